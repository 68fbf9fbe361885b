"""The caseload as a lazy Qt table model.

The model holds only the ordered list of client ids; a row's columns are fetched a
page at a time when the view first asks for them, so a 10,000-client caseload opens
as fast as a 10-client one. Sorting re-runs the id query in SQL with the matching
`SortKey` (a `QSortFilterProxyModel` over every row would fetch everything).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from astu_desktop.services.caseload import CaseloadQuery, CaseloadRow
from astu_desktop.ui.caseload_columns import (
    LONG_TEXT,
    RIGHT_ALIGNED,
    SORT_KEYS,
    Column,
    cell_text,
    is_overdue,
    title,
)
from astu_desktop.ui.tasks import TaskRunner

# A screenful and a half: the first paint after a search waits for one page.
PAGE_SIZE = 50
MAX_CACHED_PAGES = 80
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#a4000f")
AnyIndex = QModelIndex | QPersistentModelIndex


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROW_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, _TOOLTIP)


class CaseloadSource(Protocol):
    """Where ids and rows come from (the store; a list in a test)."""

    def ids(self, query: CaseloadQuery) -> list[str]: ...

    def rows(self, client_ids: list[str]) -> list[CaseloadRow]: ...


class CaseloadModel(QAbstractTableModel):
    loaded = Signal(int)
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._source: CaseloadSource | None = None
        self._query = CaseloadQuery()
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, CaseloadRow]] = OrderedDict()
        self._revealed: dict[str, str] = {}
        self._generation = 0
        self.loading = False
        self.today = date.today()

    # -- loading -------------------------------------------------------------------

    @property
    def query(self) -> CaseloadQuery:
        return self._query

    def set_source(self, source: CaseloadSource | None) -> None:
        self.clear()
        self._source = source

    def set_query(self, query: CaseloadQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Re-run the id query on the background worker; `loaded` follows."""
        source, query = self._source, self._query
        if source is None:
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.today = date.today()
        self._runner.run(
            lambda: source.ids(query),
            lambda ids: self._on_ids(generation, ids),
            lambda error: self._on_failed(generation, error),
        )

    def clear(self) -> None:
        """Forget every id, row, revealed code and the search text (on lock)."""
        self._generation += 1
        self._source = None
        self._query = replace(self._query, search=None)
        self.loading = False
        self._replace_ids([])

    def _on_ids(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return  # a newer query or a lock came first
        self.loading = False
        self._replace_ids(ids)
        self.loaded.emit(len(ids))

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.failed.emit(error)

    def _replace_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._revealed.clear()
        self.endResetModel()

    # -- rows, fetched a page at a time ----------------------------------------------

    def client_id(self, row: int) -> str:
        return self._ids[row]

    def row_at(self, row: int) -> CaseloadRow | None:
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._fetch_page(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[row])

    def _fetch_page(self, page_number: int) -> dict[str, CaseloadRow]:
        """One bounded read on the GUI thread: at most PAGE_SIZE rows."""
        wanted = self._ids[page_number * PAGE_SIZE : (page_number + 1) * PAGE_SIZE]
        rows = self._source.rows(wanted) if self._source is not None else []
        page = {row.client_id: row for row in rows}
        self._pages[page_number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def is_revealed(self, row: int) -> bool:
        return 0 <= row < len(self._ids) and self._ids[row] in self._revealed

    def reveal(self, row: int, hetu: str) -> None:
        """Show the full code in place of the masked one until the next reload or lock."""
        self._revealed[self._ids[row]] = hetu
        cell = self.index(row, Column.HETU)
        self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])

    # -- Qt's model interface ------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        column = Column(index.column())
        if role == CLIENT_ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT_ALIGNED:
            return _RIGHT
        if role not in _ROW_ROLES or (role == _TOOLTIP and column not in LONG_TEXT):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE) if is_overdue(row, column, self.today) else None
        if column == Column.HETU and row.client_id in self._revealed:
            return self._revealed[row.client_id]
        return cell_text(row, column, QLocale())  # a tooltip repeats a long text cut short

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return title(Column(section))
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.AscendingOrder  # names A-Z, the soonest due date first
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=key, descending=descending))

    @staticmethod
    def is_sortable(column: int) -> bool:
        return 0 <= column < len(Column) and Column(column) in SORT_KEYS

    def retranslate(self) -> None:
        """Headers and code labels follow the new language without re-fetching rows."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._ids:
            last = self.index(len(self._ids) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])
