"""Editing a client's contact details from the record: address, phone, e-mail, language.

The same rows as the new-client dialog (ui/client_fields.py); saving runs on the
background worker, a refused field gets its sentence under it and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from astu_desktop.services.client_work import save_contact_details
from astu_desktop.services.clients import InvalidClient
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.client_fields import ContactDetailsFields
from astu_desktop.ui.record.loading import failure_text
from astu_desktop.ui.tasks import TaskRunner, WindowWork
from astu_desktop.ui.widgets import ERROR_STYLE, busy_bar, text_label


class ContactDetailsDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        store: CaseStore,
        client_id: str,
        current: Mapping[str, object],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(True)
        self._store, self._client_id = store, client_id
        form = QFormLayout()
        self.details = ContactDetailsFields(form)
        self.details.fill(current)
        self.error = text_label(shown=False, style=ERROR_STYLE)
        self.busy = busy_bar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._work = WindowWork(runner, show_busy=self._set_busy, show_failure=self._failed)
        self.finished.connect(self._work.stop)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Contact details – ASTU Desktop"))
        self.details.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        store, client_id, changes = self._store, self._client_id, self.details.values()
        self._work.run(lambda: save_contact_details(store, client_id, changes), self._on_saved)

    def _on_saved(self, _result: object) -> None:
        self.saved.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        problems = error.problems if isinstance(error, InvalidClient) else {}
        self.details.show_problems(problems)
        if problems:
            self.error.setText(self.tr("Nothing was saved: correct the fields marked in red."))
        else:
            self.error.setText(failure_text(error))
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in self.buttons.buttons():
            button.setEnabled(not busy)
