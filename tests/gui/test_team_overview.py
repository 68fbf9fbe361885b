"""The team overview window on a seeded store: figures, lists behind them, the record."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from astu_desktop.models import DeviceState, Team, Worker
from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.services.reassignment import REASSIGN_TARGET
from astu_desktop.services.team_overview import Cell, Measure
from astu_desktop.services.team_work import LeadScope, lead_scope
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.record import ClientRecordWindow
from astu_desktop.ui.team import TeamOverviewWindow
from astu_desktop.ui.team.drill_down import DrillDownDialog
from astu_desktop.ui.team.figures_model import COLUMNS
from astu_desktop.ui.team.reassign_dialog import ReassignDialog
from astu_protocol.codes import Role, Service
from tests.gui.windowkit import open_window, opened
from tests.unit.services.overviewkit import TODAY, busiest_team, expected, seeded_store

TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseStore]:
    """The seeded caseload, on the laptop of the lead of its busiest team."""
    store = seeded_store(tmp_path_factory.mktemp("team"))
    with store.session() as session, session.begin():
        team_id = busiest_team(session)
        lead = session.scalars(
            select(Worker).where(Worker.team_id == team_id, Worker.role == Role.TEAM_LEAD)
        ).first()
        assert lead is not None
        session.get_one(DeviceState, 1).current_worker_id = lead.id
    yield store
    store.lock()


@pytest.fixture
def scope(seeded: CaseStore) -> LeadScope:
    found = lead_scope(seeded)
    assert found is not None
    return found


def _overview(qtbot, runner, seeded: CaseStore, scope: LeadScope, opened: list[str]):
    window = TeamOverviewWindow(seeded, scope, runner, opened.append, today=lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=TIMEOUT_MS):
        window.open()
    return window


def _hand_lists(hand, worker_id: str) -> dict[Cell, set[str]]:
    lists = {Cell(Measure.CLIENTS, s): hand.by_service[worker_id].get(s, set()) for s in Service}
    return lists | {
        Cell(Measure.CLIENTS): hand.clients[worker_id],
        Cell(Measure.NOT_VISITED): hand.not_visited[worker_id],
        Cell(Measure.REVIEW_SOON): hand.review_soon[worker_id],
        Cell(Measure.REVIEW_OVERDUE): hand.review_overdue[worker_id],
        Cell(Measure.OLD_DRAFTS): hand.old_drafts[worker_id],
        Cell(Measure.RENT_DEBT_OPEN): hand.debt_open[worker_id],
        Cell(Measure.RENT_DEBT_LONG): hand.debt_long[worker_id],
        Cell(Measure.AWAITING_REVIEW): hand.awaiting_review[worker_id],
    }


def test_the_lead_sees_the_figures_counted_by_hand(
    qtbot, runner, translations, seeded, scope
) -> None:
    window = _overview(qtbot, runner, seeded, scope, [])
    with seeded.session() as session:
        hand = expected(session, scope.team_id, 28, 14)
    model = window.model

    shown = {model.index(row, 0).data(): row for row in range(model.rowCount() - 1)}
    with seeded.session() as session:
        names = {w.id: w.full_name for w in session.scalars(select(Worker))}
    assert set(shown) == {names[worker_id] for worker_id in hand.clients}
    for worker_id in hand.clients:
        row = shown[names[worker_id]]
        lists = _hand_lists(hand, worker_id)
        for column, spec in enumerate(COLUMNS, start=1):
            if spec.money:
                assert model.value(row, column) == hand.debt_cents[worker_id]
            elif spec.cell.measure is Measure.HOME_VISITS:
                assert model.value(row, column) == hand.visits[worker_id]
            else:
                assert model.value(row, column) == len(lists[spec.cell]), spec
    team_row = model.rowCount() - 1
    assert model.index(team_row, 0).data() == "Koko tiimi"  # in Finnish, the first language
    assert model.value(team_row, 1) == len(set().union(*hand.clients.values()))


def test_the_caseload_chart_draws_each_workers_services(qtbot, runner, seeded, scope) -> None:
    window = _overview(qtbot, runner, seeded, scope, [])
    with seeded.session() as session:
        hand = expected(session, scope.team_id, 28, 14)
    drawn = sum(bars.sum() for bars in window.charts.caseload_sets.values())
    by_hand = sum(len(c) for per in hand.by_service.values() for c in per.values())
    assert drawn == by_hand > 0
    assert window.charts.visit_set.count() == 12
    assert window.charts.debt_series.count() == 12


def _open_list(qtbot, window: TeamOverviewWindow, row: int, cell: Cell) -> DrillDownDialog:
    column = next(n for n, spec in enumerate(COLUMNS, start=1) if spec.cell == cell)
    with qtbot.waitSignal(window.drill_down_opened, timeout=TIMEOUT_MS) as opened:
        window.table.activated.emit(window.model.index(row, column))
    dialog = opened.args[0]
    assert isinstance(dialog, DrillDownDialog)  # closed with its window
    return dialog


def test_a_figure_opens_exactly_its_clients_and_enter_opens_one(
    qtbot, runner, seeded, scope
) -> None:
    opened: list[str] = []
    window = _overview(qtbot, runner, seeded, scope, opened)
    window.not_visited_days.setValue(10)
    with qtbot.waitSignal(window.loaded, timeout=TIMEOUT_MS):
        window.refresh()
    with seeded.session() as session:
        hand = expected(session, scope.team_id, 10, 14)
    worker_id = max(hand.not_visited, key=lambda w: len(hand.not_visited[w]))
    row = next(
        r for r in range(window.model.rowCount()) if window.model.figures(r).worker_id == worker_id
    )

    dialog = _open_list(qtbot, window, row, Cell(Measure.NOT_VISITED))

    assert set(dialog.client_ids()) == hand.not_visited[worker_id]
    assert len(dialog.client_ids()) == window.model.value(row, 7) > 0
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [dialog.client_ids()[0]]


def test_the_team_row_lists_every_client_of_the_team(qtbot, runner, seeded, scope) -> None:
    window = _overview(qtbot, runner, seeded, scope, [])
    with seeded.session() as session:
        hand = expected(session, scope.team_id, 28, 14)
    dialog = _open_list(qtbot, window, window.model.rowCount() - 1, Cell(Measure.CLIENTS))
    assert set(dialog.client_ids()) == set().union(*hand.clients.values())


def test_a_field_workers_laptop_has_no_team_overview(store: CaseStore) -> None:
    with store.session() as session, session.begin():
        team = Team(name="Itä")
        worker = Worker(username="aino", full_name="Aino A", team=team)
        session.add_all([team, worker])
        session.flush()
        session.get_one(DeviceState, 1).current_worker_id = worker.id
    assert lead_scope(store) is None
    with store.session() as session, session.begin():
        session.get_one(DeviceState, 1).is_demo = True
    demo = lead_scope(store)
    assert demo is not None
    assert demo.team_name == "Itä"


def test_closing_the_overview_while_it_loads_is_harmless(qtbot, qapp, runner, seeded, scope):
    window = TeamOverviewWindow(seeded, scope, runner, lambda _client_id: None)
    window.open()
    window.close()  # deleted on close; the load still finishes in the background
    runner.wait_until_idle()
    qapp.processEvents()  # the result arrives for a closed window (pytest-qt fails on errors)
    assert not runner.busy


def _worker_row(window: TeamOverviewWindow, worker_id: str) -> int:
    model = window.model
    return next(r for r in range(model.rowCount()) if model.figures(r).worker_id == worker_id)


def _accept_hand_over(qtbot, window: TeamOverviewWindow, to_worker: str) -> None:
    dialog = opened(qtbot, window, ReassignDialog)  # once the team's workers are read
    assert dialog is window.reassign_dialog
    dialog.workers.setCurrentIndex(dialog.workers.findData(to_worker))
    with qtbot.waitSignal(window.handed_over, timeout=TIMEOUT_MS):
        dialog.accept()


# These change the shared store, so they run late; the hand counts read it fresh.


def test_a_lead_hands_one_client_over_from_a_list(qtbot, runner, seeded, scope) -> None:
    window = _overview(qtbot, runner, seeded, scope, [])
    figures = [window.model.figures(r) for r in range(window.model.rowCount() - 1)]
    giver = max(figures, key=lambda f: f.clients)
    taker = min(figures, key=lambda f: f.clients)
    dialog = _open_list(qtbot, window, _worker_row(window, giver.worker_id), Cell(Measure.CLIENTS))
    client_id = dialog.client_ids()[0]
    assert dialog.hand_over_button.isVisible()

    dialog.table.selectRow(0)
    dialog.hand_over_button.click()
    with qtbot.waitSignal(window.loaded, timeout=TIMEOUT_MS):
        _accept_hand_over(qtbot, window, taker.worker_id)

    with seeded.session() as session:
        hand = expected(session, scope.team_id, 28, 14)
        logged = entries_for_client(session, client_id)
    assert client_id in hand.clients[taker.worker_id]
    assert client_id not in hand.clients[giver.worker_id]
    assert window.model.figures(_worker_row(window, taker.worker_id)).clients == len(
        hand.clients[taker.worker_id]
    )
    assert logged[0].target == REASSIGN_TARGET


def test_a_lead_hands_a_whole_caseload_over(qtbot, runner, seeded, scope) -> None:
    window = _overview(qtbot, runner, seeded, scope, [])
    figures = [window.model.figures(r) for r in range(window.model.rowCount() - 1)]
    giver, taker = figures[0], figures[1]
    window.table.setCurrentIndex(window.model.index(_worker_row(window, giver.worker_id), 0))
    assert window.hand_over_button.isEnabled()

    window.hand_over_button.click()
    with qtbot.waitSignal(window.loaded, timeout=TIMEOUT_MS):
        _accept_hand_over(qtbot, window, taker.worker_id)

    assert window.model.figures(_worker_row(window, giver.worker_id)).clients == 0
    with seeded.session() as session:
        hand = expected(session, scope.team_id, 28, 14)
    assert (
        len(hand.clients[taker.worker_id])
        == window.model.figures(_worker_row(window, taker.worker_id)).clients
    )


# Last: closing the main window locks the shared store.
def test_a_lead_opens_the_overview_from_the_main_window_and_a_client_from_it(
    qtbot, runner, translations, reporter, seeded
) -> None:
    main = open_window(qtbot, runner, translations, reporter, seeded)
    assert main.team_action.isVisible()
    overview = main.open_team_overview()
    assert overview is not None
    qtbot.addWidget(overview)
    qtbot.waitUntil(lambda: overview.model.rowCount() > 0, timeout=TIMEOUT_MS)
    dialog = _open_list(qtbot, overview, overview.model.rowCount() - 1, Cell(Measure.CLIENTS))

    dialog.client_requested.emit(dialog.client_ids()[0])

    def record_shown() -> bool:
        return any(
            isinstance(w, ClientRecordWindow) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )

    qtbot.waitUntil(record_shown, timeout=TIMEOUT_MS)
    main.close_store()
