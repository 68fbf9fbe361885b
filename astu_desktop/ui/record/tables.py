"""Read-only tables of the record's tabs: small lists, filled whole from the loaded record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING = QColor("#a4000f")
MUTED = QColor("#6b6b6b")


def read_only_table(columns: int, name: str = "") -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    if name:
        table.setObjectName(name)
    return table


def fill(
    table: QTableWidget,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    ids: Sequence[str] | None = None,
    colours: Sequence[QColor | None] | None = None,
    right_aligned: Sequence[int] = (),
) -> None:
    """Replace the table's content; `ids` go to RECORD_ID_ROLE of each row's first cell."""
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for row_number, values in enumerate(rows):
        colour = colours[row_number] if colours else None
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column in right_aligned:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if colour is not None:
                item.setForeground(QBrush(colour))
            table.setItem(row_number, column, item)
        if ids is not None:
            first = table.item(row_number, 0)
            if first is not None:
                first.setData(RECORD_ID_ROLE, ids[row_number])


def selected_id(table: QTableWidget) -> Any:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(RECORD_ID_ROLE) if item is not None else None


def column_texts(table: QTableWidget, column: int) -> list[str]:
    """What a column shows, top to bottom (tests and screen readers read the same)."""
    texts = []
    for row in range(table.rowCount()):
        item = table.item(row, column)
        texts.append(item.text() if item is not None else "")
    return texts
