"""The team overview window: the figures of every worker, their lists, and three charts.

Everything is read from the local store in the background, so a lead reviews the
team with no network. A double-click (or Enter) on a figure opens the clients behind
it; a row of that list opens the client's record through the main window, which
logs the viewing as any other opening does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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

from astu_desktop.services.reassignment import (
    NothingToHandOver,
    NotInTeam,
    NotTeamLead,
    ReassignmentRefused,
)
from astu_desktop.services.team_overview import (
    DEFAULT_DRAFT_DAYS,
    DEFAULT_NOT_VISITED_DAYS,
    Cell,
    OverviewQuery,
)
from astu_desktop.services.team_work import (
    DrillDownSource,
    LeadScope,
    OverviewData,
    hand_over,
    load_overview,
    team_choices,
)
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.caseload_model import CaseloadModel
from astu_desktop.ui.errors import describe
from astu_desktop.ui.labels import short_date
from astu_desktop.ui.tasks import TaskRunner, WindowWork, open_after_reading
from astu_desktop.ui.team.charts import TeamCharts
from astu_desktop.ui.team.drill_down import DrillDownDialog
from astu_desktop.ui.team.figures_model import (
    CELL_ROLE,
    COLUMNS,
    WORKER_ROLE,
    TeamFiguresModel,
    column_title,
)
from astu_desktop.ui.team.reassign_dialog import ReassignDialog
from astu_desktop.ui.widgets import busy_bar, text_label
from astu_protocol.service_day import service_today

MAX_DAYS = 365
ERROR_STYLE = "color: #a4000f;"


class TeamOverviewWindow(QMainWindow):
    loaded = Signal()
    drill_down_opened = Signal(object)  # the DrillDownDialog
    handed_over = Signal(int)  # how many clients

    def __init__(
        self,
        store: CaseStore,
        scope: LeadScope,
        runner: TaskRunner,
        open_client: Callable[[str], None],
        *,
        today: Callable[[], date] = service_today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.Window)
        self.store, self.scope = store, scope
        self._runner, self._open_client, self._today = runner, open_client, today
        self.model = TeamFiguresModel(self)
        self.reassign_dialog: ReassignDialog | None = None
        self._build()
        self._work = WindowWork(runner, show_busy=self._set_busy, show_failure=self._show_failure)
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
        self.hand_over_button = QPushButton()
        self.hand_over_button.setVisible(self.scope.is_lead)
        self.hand_over_button.setEnabled(False)
        self.hand_over_button.clicked.connect(self.hand_over_caseload)
        for spin in (self.not_visited_days, self.draft_days):
            spin.editingFinished.connect(self._on_threshold_edited)
        controls = QHBoxLayout()
        for widget in (
            self.as_of, self.not_visited_label, self.not_visited_days, self.drafts_label,
            self.draft_days,
        ):  # fmt: skip
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.hand_over_button)
        controls.addWidget(self.refresh_button)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self.open_figure)
        self.table.selectionModel().currentChanged.connect(self._on_current)
        self.charts = TeamCharts()
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.charts)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 480])
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
        self.hand_over_button.setText(self.tr("&Hand over caseload…"))
        self.charts.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Work still running for the window (a load, a handover) finds it closed."""
        self._work.stop()
        super().closeEvent(event)

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

    @Slot(object)
    def on_store_changed(self, origin: object) -> None:
        """Something was saved in the store (here, in another window, or received in a
        sync): read again what this window shows, unless the write was its own."""
        if origin is not self and not self._work.stopped:
            self.refresh()

    def refresh(self) -> None:
        query, store = self.query(), self.store
        self._work.run(
            lambda: load_overview(store, query), lambda data: self._on_loaded(data, query)
        )

    def _on_threshold_edited(self) -> None:
        """Editing ends on every focus change too: reload only when a number changed."""
        shown = (self.model.not_visited_days, self.model.draft_days)
        if shown != (self.not_visited_days.value(), self.draft_days.value()):
            self.refresh()

    def _on_loaded(self, data: OverviewData, query: OverviewQuery) -> None:
        self.error.hide()
        self.model.set_figures(data.figures, data.total, query.not_visited_days, query.draft_days)
        self.charts.show_caseloads(data.figures)
        self.charts.show_visits(data.visits_per_week)
        self.charts.show_debt(data.debt_by_month)
        self._fit_table()
        self.loaded.emit()

    def _fit_table(self) -> None:
        """As tall as its rows (a small team leaves no empty half-screen), at most half."""
        table = self.table
        rows = sum(table.rowHeight(row) for row in range(self.model.rowCount()))
        wanted = table.horizontalHeader().height() + rows + 2 * table.frameWidth()
        wanted += table.horizontalScrollBar().sizeHint().height()
        total = sum(self.splitter.sizes())
        shown = max(120, min(wanted, total // 2))
        self.splitter.setSizes([shown, total - shown])

    def _on_failed(self, error: BaseException) -> None:
        """A failure of work not run by `_work` (a drill-down list, a dialog's read)."""
        if not self._work.stopped:
            self._show_failure(error)

    def _show_failure(self, error: BaseException) -> None:
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
        model = CaseloadModel(self._runner)
        model.set_source(DrillDownSource(self.store, self.query(), cell, worker_id))
        can_hand_over = self.scope.is_lead and bool(worker_id)
        dialog = DrillDownDialog(self._heading(index), model, self, can_hand_over=can_hand_over)
        dialog.client_requested.connect(self._open_client)
        dialog.hand_over_requested.connect(
            lambda client_id: self.hand_over_client(client_id, worker_id, dialog)
        )
        model.failed.connect(self._on_failed)
        model.loaded.connect(lambda _count: self.drill_down_opened.emit(dialog))
        dialog.show()
        model.reload()

    def _heading(self, index: QModelIndex) -> str:
        figure = column_title(
            COLUMNS[index.column() - 1], self.not_visited_days.value(), self.draft_days.value()
        )
        who = self.model.index(index.row(), 0).data()
        return f"{figure} – {who}"

    # -- handing clients over ---------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        worker_id = current.data(WORKER_ROLE) if current.isValid() else None
        self.hand_over_button.setEnabled(bool(worker_id) and self.scope.is_lead)

    def hand_over_caseload(self) -> None:
        current = self.table.currentIndex()
        worker_id = current.data(WORKER_ROLE) if current.isValid() else None
        if not worker_id:
            return
        name = self.model.index(current.row(), 0).data()
        question = self.tr("Hand every client of %1 over to:").replace("%1", str(name))
        self._ask_and_hand_over(question, None, str(worker_id), None)

    def hand_over_client(self, client_id: str, worker_id: str | None, dialog: QDialog) -> None:
        if worker_id:
            self._ask_and_hand_over(
                self.tr("Hand the client over to:"), client_id, worker_id, dialog
            )

    def _ask_and_hand_over(
        self, question: str, client_id: str | None, from_worker: str, source: QDialog | None
    ) -> None:
        """Ask to whom, once the team's workers are read on the store worker."""
        store, team_id = self.store, self.scope.team_id

        def build(choices: list[tuple[str, str]]) -> QDialog:
            workers = [choice for choice in choices if choice[0] != from_worker]
            return self._reassign_dialog(question, workers, client_id, from_worker, source)

        open_after_reading(
            self._runner, self, ReassignDialog, lambda: team_choices(store, team_id), build,
            still_wanted=lambda: not self._work.stopped, on_failed=self._on_failed,
        )  # fmt: skip

    def _reassign_dialog(
        self,
        question: str,
        workers: list[tuple[str, str]],
        client_id: str | None,
        from_worker: str,
        source: QDialog | None,
    ) -> ReassignDialog:
        self.reassign_dialog = ReassignDialog(question, workers, self)
        self.reassign_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chosen = self.reassign_dialog

        def handed(count: int) -> None:
            self.statusBar().showMessage(self.tr("%n client(s) handed over.", "", count), 8000)
            if source is not None:
                source.close()
            self.refresh()
            self.handed_over.emit(count)

        def go() -> None:
            to_worker, store = chosen.chosen_worker(), self.store
            self._work.run(
                lambda: hand_over(
                    store, client_id=client_id, from_worker_id=from_worker, to_worker_id=to_worker
                ),
                handed,
                on_failure=self._on_refused,
            )

        chosen.accepted.connect(go)
        return chosen

    def _on_refused(self, error: BaseException) -> None:
        if not isinstance(error, ReassignmentRefused):
            self._show_failure(error)
            return
        texts = {
            NotTeamLead: self.tr("Only the team lead can hand clients over."),
            NotInTeam: self.tr("Clients can be handed over only to a worker of the same team."),
            NothingToHandOver: self.tr("The worker has no open client to hand over."),
        }
        self.error.setText(texts.get(type(error), texts[NotInTeam]))
        self.error.show()


def _days(value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, MAX_DAYS)
    spin.setValue(value)
    return spin
