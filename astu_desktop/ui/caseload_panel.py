"""The caseload view: whose clients (mine, my team's, all), search, filters and the table.

Every filter change re-runs the id query in SQL; the table then asks the lazy model
only for the rows it paints. The search runs as the worker types, once typing pauses
for `SEARCH_DELAY_MS`, so a quick typist causes one search (and one access-log entry),
not one per letter.
"""

from __future__ import annotations

import enum
from dataclasses import replace

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services.caseload import CaseloadQuery, DueFilter
from astu_desktop.services.store_actions import DeviceScope
from astu_desktop.services.visits import WorkerChoice
from astu_desktop.ui import shortcuts
from astu_desktop.ui.caseload_columns import Column
from astu_desktop.ui.caseload_model import CaseloadModel
from astu_desktop.ui.labels import code_label, services_label
from astu_desktop.ui.tasks import TaskRunner
from astu_protocol.codes import EpisodeStatus, Service

_WIDTH_SAMPLES = {
    Column.NAME: "Karjalainen, Anna Maria",
    Column.HETU: "131052-308T",
    Column.AGE: "100",
    Column.STATUS: "Aktiivinen",
    Column.WORKER: "Johanna Hyvönen-Laine",
    Column.NEXT_VISIT: "tors 30.12.2026 kl. 14.45",  # a weekday and a time (sv is longest)
    Column.REVIEW_DUE: "30.12.2026",
    Column.RENT_DEBT: "12 345,67 €",
}


_NARROW = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
SEARCH_DELAY_MS = 150
# Ended episodes are not in any caseload, so "ended" is not offered.
_STATUSES = (EpisodeStatus.ACTIVE, EpisodeStatus.STARTING)


class Scope(enum.IntEnum):
    MINE = 0
    TEAM = 1
    ALL = 2


class _CaseloadTable(QTableView):
    """The caseload's table view, telling its model how many rows a screenful holds:
    a search's first answer brings only those, and the rest are read when asked."""

    def __init__(self, model: CaseloadModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._caseload = model

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        row_height = max(self.verticalHeader().defaultSectionSize(), 1)
        self._caseload.set_rows_in_view(self.viewport().height() // row_height + 1)


class CaseloadPanel(QWidget):
    client_activated = Signal(str)
    reveal_requested = Signal(int)
    copy_hetu_requested = Signal(int)
    visit_requested = Signal(str)  # "New home visit" for the selected client

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseloadModel(runner, self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._search)
        self._owner = DeviceScope(None, None, False)
        self._sort = (int(Column.NAME), Qt.SortOrder.AscendingOrder)
        self._columns_fitted = False
        self._build()
        self.retranslate()

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.scope_buttons = QButtonGroup(self)
        scope_row = QHBoxLayout()
        for scope in Scope:
            button = QPushButton()
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.scope_buttons.addButton(button, scope)
            scope_row.addWidget(button)
        self.scope_buttons.button(Scope.ALL).setChecked(True)
        self.scope_buttons.idToggled.connect(self._on_scope_toggled)
        self.service_label = QLabel()
        self.service_combo = QComboBox()
        self.service_combo.addItem("", None)
        for service in Service:
            self.service_combo.addItem("", service)
        self.due_label = QLabel()
        self.due_combo = QComboBox()
        self.due_combo.addItem("", None)
        for due in DueFilter:
            self.due_combo.addItem("", due)
        self.status_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.addItem("", None)
        for status in _STATUSES:
            self.status_combo.addItem("", status)
        self.worker_label = QLabel()
        self.worker_combo = QComboBox()
        self.worker_combo.addItem("", None)
        self.worker_combo.setEnabled(False)
        combos = (self.service_combo, self.status_combo, self.worker_combo, self.due_combo)
        for combo in combos:
            # Narrow in the row, full texts in the list: the window fits small screens.
            combo.setSizeAdjustPolicy(_NARROW)
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(self.refresh)
        scope_row.addSpacing(24)
        labels = (self.service_label, self.status_label, self.worker_label, self.due_label)
        for label, combo in zip(labels, combos, strict=True):
            label.setBuddy(combo)
            scope_row.addWidget(label)
            scope_row.addWidget(combo)
        scope_row.addStretch(1)
        self.table = self._build_table()
        layout = QVBoxLayout(self)
        search_row = QHBoxLayout()
        search_row.addWidget(self._build_search(), 1)
        search_row.addWidget(self._build_visit_button())
        layout.addLayout(search_row)
        layout.addLayout(scope_row)
        layout.addWidget(self.table, 1)

    def _build_visit_button(self) -> QToolButton:
        """Select a client, "New home visit" (or Ctrl+N), Save: a visit in three clicks."""
        self.new_visit_action = QAction(self)
        self.new_visit_action.setShortcut(shortcuts.sequence(shortcuts.NEW_VISIT))
        self.new_visit_action.triggered.connect(self._request_visit)
        self.addAction(self.new_visit_action)
        self.new_visit_button = QToolButton()
        self.new_visit_button.setDefaultAction(self.new_visit_action)
        self.new_visit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return self.new_visit_button

    def _build_search(self) -> QLineEdit:
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaxLength(200)
        self.search_box.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_box.returnPressed.connect(self._search_now_and_go_to_table)
        clear = QAction(self.search_box)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search_box.clear)
        self.search_box.addAction(clear)
        down = QAction(self.search_box)
        down.setShortcut(QKeySequence(Qt.Key.Key_Down))
        down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        down.triggered.connect(self._go_to_first_hit)
        self.search_box.addAction(down)
        return self.search_box

    def _build_table(self) -> QTableView:
        table = _CaseloadTable(self.model, self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(*self._sort)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        table.activated.connect(self._on_activated)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        return table

    def retranslate(self) -> None:
        texts = (self.tr("My caseload"), self.tr("My team"), self.tr("All clients"))
        for scope, text in zip(Scope, texts, strict=True):
            self.scope_buttons.button(scope).setText(text)
        self.service_label.setText(self.tr("Service:"))
        self.service_combo.setItemText(0, self.tr("All services"))
        for index, service in enumerate(Service, start=1):
            self.service_combo.setItemText(index, code_label(service))
        self.due_label.setText(self.tr("Due:"))
        self.status_label.setText(self.tr("Status:"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for index, status in enumerate(_STATUSES, start=1):
            self.status_combo.setItemText(index, code_label(status))
        self.worker_label.setText(self.tr("Worker:"))
        self.worker_combo.setItemText(0, self.tr("All workers"))
        self.search_box.setPlaceholderText(
            self.tr("Search by name, personal identity code, address or phone (Ctrl+F)")
        )
        self.search_box.setAccessibleName(self.tr("Search clients"))
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.worker_combo.setAccessibleName(self.tr("Responsible worker"))
        due_texts = (
            self.tr("Anything"),
            self.tr("Visit due"),
            self.tr("Service plan review due"),
            self.tr("Open rent debt"),
        )
        for index, text in enumerate(due_texts):
            self.due_combo.setItemText(index, text)
        self.service_combo.setAccessibleName(self.tr("Service"))
        self.due_combo.setAccessibleName(self.tr("Due"))
        self.table.setAccessibleName(self.tr("Caseload"))
        self.new_visit_action.setText(self.tr("New home visit"))
        shortcuts.show_key_on_toolbar(self.new_visit_action)
        self.new_visit_action.setToolTip(
            self.tr("Record a home visit for the selected client (Ctrl+N)")
        )
        self.model.retranslate()
        if not self._columns_fitted:  # later, keep the widths the worker may have chosen
            self._fit_columns()
            self._columns_fitted = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what is shown -------------------------------------------------------------

    def set_owner(self, owner: DeviceScope) -> None:
        """The worker of this laptop; without one only "all clients" makes sense."""
        self._owner = owner
        self.scope_buttons.button(Scope.MINE).setEnabled(owner.worker_id is not None)
        self.scope_buttons.button(Scope.TEAM).setEnabled(owner.team_id is not None)
        default = Scope.MINE if owner.worker_id is not None else Scope.ALL
        if owner.is_lead and owner.team_id is not None:
            default = Scope.TEAM  # a lead reviews the team's caseload; few are their own
        self.scope_buttons.blockSignals(True)
        self.scope_buttons.button(default).setChecked(True)
        self.scope_buttons.blockSignals(False)
        self._enable_worker_filter()

    def set_workers(self, workers: list[WorkerChoice]) -> None:
        """The responsible workers the worker filter offers (after "All workers")."""
        self.worker_combo.blockSignals(True)
        while self.worker_combo.count() > 1:
            self.worker_combo.removeItem(1)
        for choice in workers:
            self.worker_combo.addItem(choice.name, choice.worker_id)
        self.worker_combo.setCurrentIndex(0)
        self.worker_combo.blockSignals(False)

    def clear(self) -> None:
        """Forget everything from the store (on lock): rows, the search text, worker names."""
        self.search_timer.stop()
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.set_workers([])
        self.model.clear()

    def focus_search(self) -> None:
        """Ctrl+F: to the search box with its text selected, ready to type over."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @property
    def search_text(self) -> str | None:
        return self.search_box.text().strip() or None

    def search_now(self) -> None:
        """Run a pending search at once instead of after the typing pause."""
        if self.search_timer.isActive():
            self._search()

    def _search(self) -> None:
        """The search text changed, nothing else: rows fetched before are still good."""
        self.search_timer.stop()
        self.model.set_query(self.current_query(), keep_rows=True)

    def _go_to_first_hit(self) -> None:
        """Down from the search field: to the first hit, as in any search list.

        A search still waiting for the typing pause runs now; its first row is chosen
        when it arrives, so the worker never lands on a hit of the previous text."""
        pending = self.search_timer.isActive()
        self.search_now()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if pending:
            self.model.loaded.connect(
                self._select_first_hit, Qt.ConnectionType.SingleShotConnection
            )
        else:
            self._select_first_hit()

    def _select_first_hit(self, *_loaded: object) -> None:
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, Column.NAME))

    def _search_now_and_go_to_table(self) -> None:
        self.search_now()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, Column.NAME))

    def _enable_worker_filter(self) -> None:
        """ "My caseload" is one worker already; the worker filter narrows a team or all."""
        mine = self.scope == Scope.MINE
        self.worker_combo.setEnabled(not mine)
        if mine:
            self.worker_combo.blockSignals(True)
            self.worker_combo.setCurrentIndex(0)
            self.worker_combo.blockSignals(False)

    @property
    def scope(self) -> Scope:
        return Scope(self.scope_buttons.checkedId())

    def set_scope(self, scope: Scope) -> None:
        self.scope_buttons.button(scope).setChecked(True)

    def current_query(self) -> CaseloadQuery:
        return replace(
            self.model.query,
            worker_id=(
                self._owner.worker_id
                if self.scope == Scope.MINE
                else self.worker_combo.currentData()
            ),
            team_id=self._owner.team_id if self.scope == Scope.TEAM else None,
            service=self.service_combo.currentData(),
            status=self.status_combo.currentData(),
            due=self.due_combo.currentData(),
            search=self.search_text,
        )

    def refresh(self) -> None:
        self.search_timer.stop()
        self.model.set_query(self.current_query())

    def _on_scope_toggled(self, _scope: int, checked: bool) -> None:
        if checked:
            self._enable_worker_filter()
            self.refresh()

    def _on_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        """Sortable columns re-query in SQL; the others keep the indicator where it was."""
        if not self.model.is_sortable(section):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            return
        self._sort = (section, order)
        self.model.sort(section, order)

    def _fit_columns(self) -> None:
        """Widths from typical content, so the table never has to read rows to lay out."""
        samples = dict(_WIDTH_SAMPLES)
        pairs = [(Service.OUTREACH, other) for other in Service if other != Service.OUTREACH]
        samples[Column.SERVICES] = max((services_label(p) for p in pairs), key=len)
        header = self.table.horizontalHeader()
        cell, title = self.table.fontMetrics(), header.fontMetrics()
        for column in Column:
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(title.horizontalAdvance(text) + 28, cell.horizontalAdvance(samples[column]))
            header.resizeSection(column, width + 16)

    # -- acting on a row -----------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_activated.emit(self.model.client_id(index.row()))

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.row_menu(index).popup(self.table.viewport().mapToGlobal(position))

    def row_menu(self, index: QModelIndex) -> QMenu:
        """Open and reveal for one row; the row is re-read when an action is chosen."""
        row = QPersistentModelIndex(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_action = QAction(self.tr("Open"), menu)
        self.open_action.triggered.connect(lambda: self._request_open(row))
        self.reveal_action = QAction(self.tr("Reveal personal identity code"), menu)
        self.reveal_action.triggered.connect(lambda: self._request_reveal(row))
        menu.addAction(self.open_action)
        menu.addAction(self.reveal_action)
        self.copy_hetu_action = QAction(self.tr("Copy personal identity code"), menu)
        self.copy_hetu_action.setEnabled(self.model.is_revealed(index.row()))
        self.copy_hetu_action.triggered.connect(lambda: self._request_copy_hetu(row))
        menu.addAction(self.copy_hetu_action)
        return menu

    def _request_visit(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.visit_requested.emit(self.model.client_id(index.row()))

    def _request_open(self, row: QPersistentModelIndex) -> None:
        if row.isValid():
            self.client_activated.emit(self.model.client_id(row.row()))

    def _request_reveal(self, row: QPersistentModelIndex) -> None:
        if row.isValid():
            self.reveal_requested.emit(row.row())

    def _request_copy_hetu(self, row: QPersistentModelIndex) -> None:
        if row.isValid():
            self.copy_hetu_requested.emit(row.row())
