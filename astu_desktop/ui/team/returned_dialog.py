"""The worker's list of documents a lead returned ("Palautetut asiakirjat"), with notes.

A row opens the client's record; the worker answers by amending the document there.
The list empties itself as amendments are signed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from astu_desktop.services.reviews import ReturnedDocument
from astu_desktop.ui.labels import code_label, short_date
from astu_desktop.ui.record.tables import fill, read_only_table, selected_id


class ReturnedDocumentsDialog(QDialog):
    client_requested = Signal(str)

    def __init__(self, returned: list[ReturnedDocument], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Returned documents"))
        self.returned = returned
        self.explain = QLabel(
            self.tr("Documents your team lead returned. Open the client and amend the document.")
            if returned
            else self.tr("No returned documents.")
        )
        self.explain.setWordWrap(True)
        self.table = read_only_table(6, "returned_documents")
        headers = [
            self.tr("Client"), self.tr("Document"), self.tr("Version"), self.tr("Returned"),
            self.tr("Team lead"), self.tr("Note"),
        ]  # fmt: skip
        rows = [
            [r.client_name, code_label(r.form_key), str(r.version_no), short_date(r.reviewed_at),
             r.reviewer, r.note or ""]
            for r in returned
        ]  # fmt: skip
        fill(self.table, headers, rows, ids=[r.client_id for r in returned])
        self.table.activated.connect(lambda _index: self._request())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(960, 420)

    def _request(self) -> None:
        client_id = selected_id(self.table)
        if client_id is not None:
            self.client_requested.emit(client_id)
