"""Records the server refused: kept on this computer with the reason, never silently lost.

A refused change does not block the rest of the queue; it waits here so that the
worker (or support) knows what did not reach the server and why. Work kept because its
client left the caseload waits for a person's decision: exported for the team lead as
a password-protected PDF, or discarded after a confirmation that says it is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.printing.kept_work_export import render_kept_work
from astu_desktop.services import sync_work
from astu_desktop.services.sync_work import RefusedRow
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.errors import failure_shown_in
from astu_desktop.ui.pdf_export import ExportDialog, ExportHooks, PdfJob
from astu_desktop.ui.sync.status_bar import when
from astu_desktop.ui.sync.texts import fields_label, record_names, refusal_text, table_label
from astu_desktop.ui.tasks import TaskRunner, WindowWork
from astu_desktop.ui.widgets import ERROR_STYLE, text_label

REASON_COLUMN = 2


ConfirmDiscard = Callable[[QWidget, RefusedRow, int], bool]


def ask_discard_ok(parent: QWidget, row: RefusedRow, count: int) -> bool:
    """Discarding loses work that is nowhere else: the question says so plainly."""
    question = QCoreApplication.translate(
        "RefusedListDialog",
        "The %n change(s) kept for %1 will be removed from this laptop. They are not on "
        "the server, so they will be lost for good. Export them for your team lead first "
        "if they may still be needed. Discard them?",
        None,
        count,
    ).replace("%1", row.client_name or "–")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("RefusedListDialog", "Discard the kept changes?"),
        question,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    discard = box.button(QMessageBox.StandardButton.Discard)
    discard.setText(QCoreApplication.translate("RefusedListDialog", "Discard"))  # as the list's
    return box.exec() == QMessageBox.StandardButton.Discard


class RefusedListDialog(QDialog):
    def __init__(
        self,
        store: CaseStore,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        export_hooks: ExportHooks | None = None,
        confirm_discard: ConfirmDiscard = ask_discard_ok,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._export_hooks = export_hooks
        self._confirm_discard = confirm_discard
        self.rows: list[RefusedRow] = []
        self.intro = text_label()
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)  # a reason is read in full, never cut off
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.message = text_label(shown=False, style=ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.export_button = QPushButton()
        self.discard_button = QPushButton()
        for button, role in (
            (self.export_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole),
        ):
            button.setAutoDefault(False)
            button.setEnabled(False)
            self.buttons.addButton(button, role)
        self.export_button.clicked.connect(self.export_kept)
        self.discard_button.clicked.connect(self.discard_kept)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table, self.message, self.buttons):
            layout.addWidget(widget)
        self.resize(920, 420)
        self._work = WindowWork(
            runner, show_busy=self._set_busy, show_failure=failure_shown_in(self.message)
        )
        self.finished.connect(self._work.stop)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Refused changes – ASTU Desktop"))
        self.intro.setText(
            self.tr(
                "The server did not accept these changes. They are kept on this computer; "
                "the rest of your changes were sent. Please tell support if a reason is unclear."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Client"), self.tr("Record"), self.tr("Reason"), self.tr("Refused")]
        )
        self.export_button.setText(self.tr("&Export for the team lead…"))
        self.discard_button.setText(self.tr("&Discard…"))
        if self.rows:
            self._show(self.rows)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        store = self._store
        self._work.run(lambda: sync_work.refused_rows(store), self._show)

    def _set_busy(self, busy: bool) -> None:
        """While the list is read or kept work discarded, nothing else can be decided."""
        if busy:
            self.export_button.setEnabled(False)
            self.discard_button.setEnabled(False)
        else:
            self._selection_changed()

    def _show(self, rows: list[RefusedRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            reason = refusal_text(row.reason)
            if row.reason_fields:
                reason += " (" + fields_label(row.reason_fields) + ")"
            cells = [row.client_name or "–", table_label(row.table), reason,
                     when(row.quarantined_at)]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        self._selection_changed()

    # -- deciding on kept work -------------------------------------------------------

    @property
    def selected(self) -> RefusedRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.rows[chosen[0].row()] if chosen else None

    def _kept_selected(self) -> RefusedRow | None:
        row = self.selected
        return row if row is not None and row.kept_for_decision else None

    def _selection_changed(self) -> None:
        kept = self._kept_selected() is not None and not self._work.busy
        self.export_button.setEnabled(kept)
        self.discard_button.setEnabled(kept)

    def export_kept(self) -> None:
        row = self._kept_selected()
        if row is None or row.kept_client_id is None:
            return
        client_id = row.kept_client_id
        job = PdfJob(
            self.tr("Kept changes"),
            lambda session, language: render_kept_work(
                session, client_id, language, record_names(language)
            ),
        )
        dialog = ExportDialog(
            self._store, self._runner, [job], hooks=self._export_hooks,
            password_required=True, parent=self,
        )  # fmt: skip
        dialog.open()

    def discard_kept(self) -> None:
        row = self._kept_selected()
        if row is None or row.kept_client_id is None:
            return
        count = sum(1 for other in self.rows if other.kept_client_id == row.kept_client_id)
        if not self._confirm_discard(self, row, count):
            return
        store, client_id = self._store, row.kept_client_id
        self.message.hide()
        self._work.run(lambda: sync_work.discard_kept(store, client_id), self._discarded)

    def _discarded(self, _count: Any) -> None:
        self.load()
