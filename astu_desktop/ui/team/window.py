"""The team overview window: the figures of every worker, their lists, and three charts.

Everything is read from the local store in the background, so a lead reviews the
team with no network. A double-click (or Enter) on a figure opens the clients behind
it; a row of that list opens the client's record through the main window, which
logs the viewing as any other opening does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services.caseload import CaseloadRow
from astu_desktop.services.team_overview import (
    DEFAULT_DRAFT_DAYS,
    DEFAULT_NOT_VISITED_DAYS,
    Cell,
    OverviewQuery,
)
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.errors import describe
from astu_desktop.ui.labels import short_date
from astu_desktop.ui.tasks import TaskRunner
from astu_desktop.ui.team.charts import TeamCharts
from astu_desktop.ui.team.drill_down import DrillDownDialog
from astu_desktop.ui.team.figures_model import (
    CELL_ROLE,
    COLUMNS,
    WORKER_ROLE,
    TeamFiguresModel,
    column_title,
)
from astu_desktop.ui.team.store_work import LeadScope, OverviewData, load_drill_down, load_overview
from astu_desktop.ui.widgets import busy_bar, text_label

MAX_DAYS = 365
ERROR_STYLE = "color: #a4000f;"


class TeamOverviewWindow(QMainWindow):
    loaded = Signal()
    drill_down_opened = Signal(object)  # the DrillDownDialog

    def __init__(
        self,
        store: CaseStore,
        scope: LeadScope,
        runner: TaskRunner,
        open_client: Callable[[str], None],
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.Window)
        self.store, self.scope = store, scope
        self._runner, self._open_client, self._today = runner, open_client, today
        self.model = TeamFiguresModel(self)
        self._build()
        self.retranslate()
        self.resize(1360, 860)

    def _build(self) -> None:
        self.busy = busy_bar()
        self.error = text_label(shown=False, style=ERROR_STYLE)
        self.as_of = QLabel()
        self.not_visited_label, self.drafts_label = QLabel(), QLabel()
        self.not_visited_days = _days(DEFAULT_NOT_VISITED_DAYS)
        self.draft_days = _days(DEFAULT_DRAFT_DAYS)
        self.not_visited_label.setBuddy(self.not_visited_days)
        self.drafts_label.setBuddy(self.draft_days)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        for spin in (self.not_visited_days, self.draft_days):
            spin.editingFinished.connect(self.refresh)
        controls = QHBoxLayout()
        for widget in (
            self.as_of, self.not_visited_label, self.not_visited_days, self.drafts_label,
            self.draft_days,
        ):  # fmt: skip
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.refresh_button)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.open_figure)
        self.charts = TeamCharts()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.charts)
        splitter.setSizes([420, 380])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(controls)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Team overview – %1").replace("%1", self.scope.team_name))
        self.as_of.setText(self.tr("As of %1").replace("%1", short_date(self._today())))
        self.not_visited_label.setText(self.tr("&No visit in (days):"))
        self.drafts_label.setText(self.tr("&Drafts older than (days):"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.charts.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------

    def query(self) -> OverviewQuery:
        return OverviewQuery(
            self.scope.team_id,
            self._today(),
            self.not_visited_days.value(),
            self.draft_days.value(),
        )

    def open(self) -> None:
        self.show()
        self.refresh()

    def refresh(self) -> None:
        query, store = self.query(), self.store
        self._set_busy(True)
        self._runner.run(lambda: load_overview(store, query), self._on_loaded, self._on_failed)

    def _on_loaded(self, data: OverviewData) -> None:
        self._set_busy(False)
        self.error.hide()
        query = self.query()
        self.model.set_figures(data.figures, data.total, query.not_visited_days, query.draft_days)
        self.charts.show_caseloads(data.figures)
        self.charts.show_visits(data.visits_per_week)
        self.charts.show_debt(data.debt_by_month)
        self.loaded.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(describe(error))
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.refresh_button.setEnabled(not busy)

    # -- the lists behind the figures ------------------------------------------------

    def open_figure(self, index: QModelIndex) -> None:
        cell = index.data(CELL_ROLE)
        if not isinstance(cell, Cell):
            return
        worker_id = index.data(WORKER_ROLE)
        heading = self._heading(index)
        query, store = self.query(), self.store
        self._set_busy(True)
        self._runner.run(
            lambda: load_drill_down(store, query, cell, worker_id),
            lambda rows: self._show_list(heading, rows),
            self._on_failed,
        )

    def _heading(self, index: QModelIndex) -> str:
        figure = column_title(
            COLUMNS[index.column() - 1], self.not_visited_days.value(), self.draft_days.value()
        )
        who = self.model.index(index.row(), 0).data()
        return f"{figure} – {who}"

    def _show_list(self, heading: str, rows: list[CaseloadRow]) -> None:
        self._set_busy(False)
        dialog = DrillDownDialog(heading, rows, self)
        dialog.client_requested.connect(self._open_client)
        dialog.show()
        self.drill_down_opened.emit(dialog)


def _days(value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, MAX_DAYS)
    spin.setValue(value)
    return spin
