"""The list behind one figure of the overview: its clients, each opening the record.

The list is the caseload's own lazy model (ids first, rows a page at a time), so a
list of a whole team opens as fast as a list of three; the columns are the caseload's.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.ui.caseload_columns import Column
from astu_desktop.ui.caseload_model import CaseloadModel

HIDDEN = (Column.STATUS,)


class DrillDownDialog(QDialog):
    """Enter or a double-click on a row asks for the client's record."""

    client_requested = Signal(str)
    hand_over_requested = Signal(str)

    def __init__(
        self,
        heading: str,
        model: CaseloadModel,
        parent: QWidget | None = None,
        *,
        can_hand_over: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(heading)
        self.model = model
        model.setParent(self)
        self.heading = QLabel(heading)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        for column in HIDDEN:
            self.table.setColumnHidden(column, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.SERVICES, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._request)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.hand_over_button = buttons.addButton(
            self.tr("&Hand over client…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.hand_over_button.setVisible(can_hand_over)
        self.hand_over_button.clicked.connect(self._hand_over)
        model.loaded.connect(self._on_loaded)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(1100, 560)
        self._on_loaded(model.rowCount())

    def client_ids(self) -> list[str]:
        return [self.model.client_id(row) for row in range(self.model.rowCount())]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """The list opened the client on Enter (`activated`); the dialog must not close."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_loaded(self, count: int) -> None:
        self.count.setText(self.tr("%n client(s)", "", count))
        self.hand_over_button.setEnabled(count > 0)
        if count:
            self.table.selectRow(0)
            for column in Column:
                if column is not Column.SERVICES:
                    self.table.resizeColumnToContents(column)

    def _hand_over(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.hand_over_requested.emit(self.model.client_id(current.row()))

    def _request(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_requested.emit(self.model.client_id(index.row()))
