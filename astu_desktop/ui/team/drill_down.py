"""The list behind one figure of the overview: its clients, each opening the record."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services.caseload import CaseloadRow
from astu_desktop.ui.caseload_columns import RIGHT_ALIGNED, Column, cell_text, title

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN = (
    Column.NAME, Column.HETU, Column.AGE, Column.SERVICES, Column.WORKER, Column.NEXT_VISIT,
    Column.REVIEW_DUE, Column.RENT_DEBT,
)  # fmt: skip


class DrillDownDialog(QDialog):
    """Enter or a double-click on a row asks for the client's record."""

    client_requested = Signal(str)
    hand_over_requested = Signal(str)

    def __init__(
        self,
        heading: str,
        rows: list[CaseloadRow],
        parent: QWidget | None = None,
        *,
        can_hand_over: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(heading)
        self.heading = QLabel(heading)
        self.count = QLabel(self.tr("%n client(s)", "", len(rows)))
        self.table = QTableWidget(len(rows), len(SHOWN))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([title(column) for column in SHOWN])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SHOWN.index(Column.SERVICES), QHeaderView.ResizeMode.Stretch)
        self._fill(rows)
        self.table.activated.connect(lambda index: self._request(index.row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.hand_over_button = buttons.addButton(
            self.tr("&Hand over client…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.hand_over_button.setVisible(can_hand_over)
        self.hand_over_button.setEnabled(bool(rows))
        self.hand_over_button.clicked.connect(self._hand_over)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(1000, 520)
        if rows:
            self.table.selectRow(0)

    def client_ids(self) -> list[str]:
        return [self.client_id(row) for row in range(self.table.rowCount())]

    def client_id(self, row: int) -> str:
        item = self.table.item(row, 0)
        return str(item.data(CLIENT_ID_ROLE)) if item is not None else ""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """The list opened the client on Enter (`activated`); the dialog must not close."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

    def _fill(self, rows: list[CaseloadRow]) -> None:
        locale = QLocale()
        for row_number, row in enumerate(rows):
            for column_number, column in enumerate(SHOWN):
                item = QTableWidgetItem(cell_text(row, column, locale))
                if column in RIGHT_ALIGNED:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setData(CLIENT_ID_ROLE, row.client_id)
                self.table.setItem(row_number, column_number, item)

    def _hand_over(self) -> None:
        client_id = self.client_id(self.table.currentRow()) if self.table.currentRow() >= 0 else ""
        if client_id:
            self.hand_over_requested.emit(client_id)

    def _request(self, row: int) -> None:
        client_id = self.client_id(row)
        if client_id:
            self.client_requested.emit(client_id)
