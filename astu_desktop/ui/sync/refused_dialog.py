"""Records the server refused: kept on this computer with the reason, never silently lost.

A refused change does not block the rest of the queue; it waits here so that the
worker (or support) knows what did not reach the server and why.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.errors import describe
from astu_desktop.ui.sync import store_work
from astu_desktop.ui.sync.status_bar import when
from astu_desktop.ui.sync.store_work import RefusedRow
from astu_desktop.ui.sync.texts import fields_label, refusal_text, table_label
from astu_desktop.ui.tasks import TaskRunner
from astu_desktop.ui.widgets import ERROR_STYLE, text_label

REASON_COLUMN = 2


class RefusedListDialog(QDialog):
    def __init__(self, store: CaseStore, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
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
        self.message = text_label(shown=False, style=ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table, self.message, self.buttons):
            layout.addWidget(widget)
        self.resize(920, 420)
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
        if self.rows:
            self._show(self.rows)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        store = self._store
        self._runner.run(lambda: store_work.refused_rows(store), self._show, self._failed)

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

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        self.message.show()
