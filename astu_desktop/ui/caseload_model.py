"""The caseload as a lazy Qt table model.

The model holds only the ordered list of client ids; a row's columns are fetched a
page at a time, so a 10,000-client caseload opens as fast as a 10-client one. Every
read runs on the store worker, never on the GUI thread.

What one search keystroke costs is what it shows: the ids, and in the same task the
rows of one screenful (the view tells the model how many that is). A keystroke
queued behind a newer one reads nothing. The pages either side of a painted one are
read ahead only once the list has held still for a moment: while the worker types,
the list is replaced at every keystroke, and a page read for the old one would make
the next keystroke wait on the one store worker. A page jumped to far down the list
is asked for when the view first needs it, its cells blank for the few milliseconds
until it arrives. Fetched rows are kept by client id while the worker types a search
(each keystroke shows mostly clients already fetched) and dropped on any other
reload, which is how changes saved elsewhere reach the list. Sorting re-runs the id
query in SQL with the matching `SortKey` (a `QSortFilterProxyModel` over every row
would fetch everything).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from astu_desktop.services.caseload import CaseloadQuery, CaseloadRow
from astu_desktop.services.sync_marks import SyncMark
from astu_desktop.ui.caseload_columns import (
    LONG_TEXT,
    RIGHT_ALIGNED,
    SORT_KEYS,
    Column,
    cell_text,
    is_overdue,
    title,
)
from astu_desktop.ui.sync.marks import SYNC_MARK_ROLE, client_mark_text, mark_icon
from astu_desktop.ui.tasks import TaskRunner
from astu_protocol.service_day import service_today

# A screenful and a half: what is read at a time when a row's page is asked for.
PAGE_SIZE = 50
MAX_CACHED_ROWS = 4000
# Reading ahead waits until the list has held still this long: while the worker types,
# each keystroke replaces the list, and a page read for the old one would only delay
# the next keystroke's query on the one store worker.
READ_AHEAD_AFTER_MS = 250
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#a4000f")
AnyIndex = QModelIndex | QPersistentModelIndex


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# `data` runs for every role of every painted cell (7 roles a cell, some 2,000 calls a
# paint): roles as plain ints, columns as ints and the cells' texts made once a row.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_MARK = int(SYNC_MARK_ROLE)
_HANDLED = frozenset(
    {_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND, _DECORATION, _MARK, int(CLIENT_ID_ROLE)}
)
_COLUMNS = len(Column)
_RIGHT_COLUMNS = frozenset(int(column) for column in RIGHT_ALIGNED)
_LONG_COLUMNS = frozenset(int(column) for column in LONG_TEXT)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_HETU = int(Column.HETU)
_NAME = int(Column.NAME)
# A row as painted: each column's text, whether its date is overdue, its sync state.
Cells = tuple[tuple[str, ...], tuple[bool, ...], SyncMark | None]


class CaseloadSource(Protocol):
    """Where ids and rows come from (the store; a list in a test)."""

    def ids(self, query: CaseloadQuery) -> list[str]: ...

    def rows(self, client_ids: list[str]) -> list[CaseloadRow]: ...


@dataclass(frozen=True)
class _Loaded:
    """What one reload read on the worker: the ids and the first page's new rows."""

    ids: list[str]
    asked: list[str]
    rows: list[CaseloadRow]


def _load(
    source: CaseloadSource,
    query: CaseloadQuery,
    kept: frozenset[str],
    first_rows: int,
    still_wanted: Callable[[], bool],
) -> _Loaded | None:
    """The ids, then the rows of the first screenful not kept from before: one task on
    the worker. The rest of the first page is read when painted or read ahead. None,
    reading nothing, when a newer keystroke has asked again while this one waited."""
    if not still_wanted():
        return None
    ids = source.ids(query)
    asked = [client_id for client_id in ids[:first_rows] if client_id not in kept]
    return _Loaded(ids, asked, source.rows(asked) if asked else [])


class CaseloadModel(QAbstractTableModel):
    loaded = Signal(int)
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._source: CaseloadSource | None = None
        self._query = CaseloadQuery()
        self._ids: list[str] = []
        # None: asked for, but the client has left the caseload since its id was read.
        self._rows: OrderedDict[str, CaseloadRow | None] = OrderedDict()
        self._cells: dict[str, Cells] = {}
        self._overdue = QBrush(OVERDUE)
        self._revealed: dict[str, str] = {}
        self._pages_asked: set[int] = set()  # pages asked of the worker, not yet here
        self._generation = 0
        self._rows_in_view = PAGE_SIZE  # until the view says how many rows it shows
        self._deferred_pages: set[int] = set()  # read ahead once the list holds still
        self._settling = QTimer(self)
        self._settling.setSingleShot(True)
        self._settling.setInterval(READ_AHEAD_AFTER_MS)
        self._settling.timeout.connect(self._read_deferred_pages)
        self.loading = False
        self.today = service_today()

    # -- loading -------------------------------------------------------------------

    @property
    def query(self) -> CaseloadQuery:
        return self._query

    def set_rows_in_view(self, rows: int) -> None:
        """How many rows the view shows at once: the first read of a reload brings these."""
        self._rows_in_view = min(max(rows, 1), PAGE_SIZE)

    def set_source(self, source: CaseloadSource | None) -> None:
        self.clear()
        self._source = source

    def set_query(self, query: CaseloadQuery, *, keep_rows: bool = False) -> None:
        """Show `query`; `keep_rows` keeps fetched rows (a new search text, nothing saved)."""
        self._query = query
        self.reload(keep_rows=keep_rows)

    def reload(self, *, keep_rows: bool = False) -> None:
        """Re-run the id query on the background worker; `loaded` follows."""
        source, query = self._source, self._query
        if source is None:
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.today = service_today()
        kept = frozenset(self._rows) if keep_rows else frozenset()
        first_rows = self._rows_in_view
        self._runner.run(
            lambda: _load(source, query, kept, first_rows, lambda: self._is_current(generation)),
            lambda loaded: self._on_loaded(generation, loaded, keep_rows),
            lambda error: self._on_failed(generation, error),
        )

    def clear(self) -> None:
        """Forget every id, row, revealed code and the search text (on lock)."""
        self._generation += 1
        self._source = None
        self._query = replace(self._query, search=None)
        self.loading = False
        self._replace_ids([])

    def _is_current(self, generation: int) -> bool:
        """Whether work asked for under `generation` is still wanted; read on the worker,
        so a read queued behind a newer keystroke costs nothing."""
        return generation == self._generation

    def _on_loaded(self, generation: int, loaded: _Loaded | None, keep_rows: bool) -> None:
        if loaded is None or generation != self._generation:
            return  # a newer query or a lock came first
        self.loading = False
        self._replace_ids(loaded.ids, keep_rows)
        self._keep(loaded.asked, loaded.rows)
        self.loaded.emit(len(loaded.ids))

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.failed.emit(error)

    def _replace_ids(self, ids: list[str], keep_rows: bool = False) -> None:
        self.beginResetModel()
        self._ids = ids
        if not keep_rows:
            self._rows.clear()
            self._cells.clear()
        self._revealed.clear()
        self._pages_asked.clear()
        self._deferred_pages.clear()
        self._settling.start()
        self.endResetModel()

    # -- rows, fetched a page at a time ----------------------------------------------

    def client_id(self, row: int) -> str:
        return self._ids[row]

    def row_at(self, row: int) -> CaseloadRow | None:
        """The row if it has been fetched; otherwise its page is asked for and None given."""
        client_id = self._ids[row]
        if client_id not in self._rows:
            self._ask_for_page(row // PAGE_SIZE)
            return None
        self._rows.move_to_end(client_id)
        return self._rows[client_id]

    def _ask_for_page(self, page_number: int) -> None:
        """One bounded read on the worker: the page's rows not fetched yet."""
        source = self._source
        if source is None or page_number in self._pages_asked:
            return
        first = page_number * PAGE_SIZE
        wanted = [i for i in self._ids[first : first + PAGE_SIZE] if i not in self._rows]
        self._pages_asked.add(page_number)
        generation = self._generation
        self._runner.run(
            lambda: source.rows(wanted) if self._is_current(generation) else [],
            lambda rows: self._on_page(generation, page_number, wanted, rows),
            lambda error: self._on_failed(generation, error),
        )

    def _on_page(
        self, generation: int, page_number: int, wanted: list[str], rows: list[CaseloadRow]
    ) -> None:
        if generation != self._generation:
            return  # the ids changed (or the store was locked) while the page was read
        self._pages_asked.discard(page_number)
        self._keep(wanted, rows)
        first = page_number * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, _COLUMNS - 1))

    def _keep(self, wanted: list[str], rows: list[CaseloadRow]) -> None:
        """Keep fetched rows by client id; a wanted id without a row has left the caseload."""
        found: dict[str, CaseloadRow | None] = {row.client_id: row for row in rows}
        for client_id in wanted:
            self._rows[client_id] = found.get(client_id)
            self._rows.move_to_end(client_id)
        while len(self._rows) > MAX_CACHED_ROWS:
            self._cells.pop(self._rows.popitem(last=False)[0], None)

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
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role not in _HANDLED:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._ids) and 0 <= column < _COLUMNS):
            return None
        if role == CLIENT_ID_ROLE:
            return self._ids[row]
        if role == _ALIGNMENT:
            return _RIGHT if column in _RIGHT_COLUMNS else None
        if role in (_DECORATION, _MARK) and column != _NAME:
            return None
        if role == _TOOLTIP and column not in _LONG_COLUMNS:
            return None
        cells = self._cells_at(row)
        if cells is None:
            return None
        texts, overdue, mark = cells
        if column == _NAME and role in (_DECORATION, _MARK, _TOOLTIP):
            return _mark_data(role, mark, texts[column])
        if role == _FOREGROUND:
            return self._overdue if overdue[column] else None
        if column == _HETU and self._ids[row] in self._revealed:
            return self._revealed[self._ids[row]]
        return texts[column]  # a tooltip repeats a long text cut short

    def _cells_at(self, row: int) -> Cells | None:
        client_id = self._ids[row]
        cells = self._cells.get(client_id)
        if cells is None:
            found = self.row_at(row)
            if found is None:
                return None
            locale = QLocale()
            cells = (
                tuple(cell_text(found, column, locale) for column in Column),
                tuple(is_overdue(found, column, self.today) for column in Column),
                found.sync,
            )
            self._cells[client_id] = cells
            self._read_ahead(row // PAGE_SIZE)
        return cells

    def _read_ahead(self, page_number: int) -> None:
        """Ask for the pages either side of one being painted, so a scroll of a few rows
        finds them here; only a jump far down the list shows blank rows for a moment."""
        for neighbour in (page_number - 1, page_number + 1):
            first = neighbour * PAGE_SIZE
            if not 0 <= first < len(self._ids):
                continue
            last = min(first + PAGE_SIZE, len(self._ids)) - 1
            if self._ids[first] in self._rows and self._ids[last] in self._rows:
                continue
            if self._settling.isActive():
                self._deferred_pages.add(neighbour)
            else:
                self._ask_for_page(neighbour)

    def _read_deferred_pages(self) -> None:
        """The list has held still: read the top two pages (a reload shows the top; the
        first read brought only a screenful) and those the paints asked for meanwhile."""
        pages, self._deferred_pages = self._deferred_pages | {0, 1}, set()
        for page_number in sorted(pages):
            first = page_number * PAGE_SIZE
            page = self._ids[first : first + PAGE_SIZE]
            if any(client_id not in self._rows for client_id in page):
                self._ask_for_page(page_number)

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
        self._cells.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._ids:
            last = self.index(len(self._ids) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])


def _mark_data(role: int, mark: SyncMark | None, name: str) -> Any:
    """The name cell carries the client's sync state: a badge and a sentence."""
    if mark is None:
        return name if role == _TOOLTIP else None  # a long name cut short, in full
    if role == _DECORATION:
        return mark_icon(mark)
    if role == _MARK:
        return mark.value
    return f"{name}\n{client_mark_text(mark)}"
