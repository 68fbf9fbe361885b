"""The team overview: every figure and every list behind it, against a hand count."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    Client,
    HomeVisit,
    RentDebtFollowUp,
    RentPayment,
    ServiceEpisode,
    Team,
    VisitWorker,
    Worker,
)
from astu_desktop.services.team_overview import (
    Cell,
    Measure,
    OverviewQuery,
    WorkerFigures,
    drill_down,
    team_figures,
    team_total,
)
from astu_desktop.services.team_trends import home_visits_per_week, rent_debt_by_month
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import HOME_VISIT_KINDS, EpisodeStatus, Service
from tests.unit.services.overviewkit import (
    HELSINKI,
    TODAY,
    Expected,
    busiest_team,
    expected,
    field_workers,
    seeded_store,
)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseStore]:
    store = seeded_store(tmp_path_factory.mktemp("overview"))
    yield store
    store.lock()


@pytest.fixture
def session(seeded: CaseStore) -> Iterator[Session]:
    with seeded.session() as opened:
        yield opened


def _lists(hand: Expected, worker_id: str) -> dict[Cell, set[str]]:
    lists = {Cell(Measure.CLIENTS, s): c for s, c in hand.by_service[worker_id].items()}
    return lists | {
        Cell(Measure.CLIENTS): hand.clients[worker_id],
        Cell(Measure.HOME_VISITS): hand.visited[worker_id],
        Cell(Measure.NOT_VISITED): hand.not_visited[worker_id],
        Cell(Measure.REVIEW_SOON): hand.review_soon[worker_id],
        Cell(Measure.REVIEW_OVERDUE): hand.review_overdue[worker_id],
        Cell(Measure.OLD_DRAFTS): hand.old_drafts[worker_id],
        Cell(Measure.RENT_DEBT_OPEN): hand.debt_open[worker_id],
        Cell(Measure.RENT_DEBT_LONG): hand.debt_long[worker_id],
        Cell(Measure.AWAITING_REVIEW): hand.awaiting_review[worker_id],
    }


@pytest.mark.parametrize(("not_visited_days", "draft_days"), [(28, 14), (10, 3), (60, 30)])
def test_every_figure_and_list_matches_a_count_by_hand(
    session: Session, not_visited_days: int, draft_days: int
) -> None:
    team_id = busiest_team(session)
    query = OverviewQuery(team_id, TODAY, not_visited_days, draft_days)
    hand = expected(session, team_id, not_visited_days, draft_days)

    figures = {row.worker_id: row for row in team_figures(session, query)}

    assert set(figures) == {worker.id for worker in field_workers(session, team_id)}
    for worker_id, row in figures.items():
        assert row.value(Cell(Measure.HOME_VISITS)) == hand.visits[worker_id]
        assert row.open_debt_cents == hand.debt_cents[worker_id]
        for cell, clients in _lists(hand, worker_id).items():
            if cell.measure is not Measure.HOME_VISITS:
                assert row.value(cell) == len(clients), (cell, row.name)
            assert set(drill_down(session, query, cell, worker_id)) == clients, cell


def test_the_seeded_team_has_something_in_every_column(session: Session) -> None:
    """Otherwise the comparison above would pass on zeros alone."""
    team_id = busiest_team(session)
    figures = team_figures(session, OverviewQuery(team_id, TODAY, 10, 3))
    for cell in (
        Cell(Measure.CLIENTS), Cell(Measure.HOME_VISITS), Cell(Measure.NOT_VISITED),
        Cell(Measure.REVIEW_SOON), Cell(Measure.REVIEW_OVERDUE), Cell(Measure.OLD_DRAFTS),
        Cell(Measure.RENT_DEBT_OPEN), Cell(Measure.AWAITING_REVIEW),
    ):  # fmt: skip
        assert sum(row.value(cell) for row in figures) > 0, cell


def test_a_team_drill_down_holds_every_workers_clients(session: Session) -> None:
    team_id = busiest_team(session)
    query = OverviewQuery(team_id, TODAY)
    cell = Cell(Measure.CLIENTS, Service.OUTREACH)
    per_worker: set[str] = set()
    for row in team_figures(session, query):
        per_worker |= set(drill_down(session, query, cell, row.worker_id))
    assert set(drill_down(session, query, cell)) == per_worker


def test_a_raised_threshold_never_finds_more_unvisited_clients(session: Session) -> None:
    team_id = busiest_team(session)

    def unvisited(days: int) -> list[WorkerFigures]:
        return team_figures(session, OverviewQuery(team_id, TODAY, not_visited_days=days))

    for short, long in zip(unvisited(7), unvisited(90), strict=True):
        assert long.value(Cell(Measure.NOT_VISITED)) <= short.value(Cell(Measure.NOT_VISITED))


def test_a_follow_up_past_six_months_is_counted_with_what_is_still_owed(store: CaseStore) -> None:
    with store.session() as session, session.begin():
        team = Team(name="Vuokravelka")
        worker = Worker(username="veera", full_name="Veera V", team=team)
        client = Client(first_names="Testi", last_name="Asiakas", hetu="131052-308T")
        episode = ServiceEpisode(
            client=client, service=Service.RENT_DEBT, status=EpisodeStatus.ACTIVE,
            responsible_worker=worker, start_date=date(2026, 3, 1),
        )  # fmt: skip
        session.add_all([team, worker, client, episode])
        session.flush()
        follow_up = RentDebtFollowUp(
            client_id=client.id, episode_id=episode.id, started_on=date(2026, 4, 1),
            debt_at_start_cents=150_000,
        )  # fmt: skip
        session.add(follow_up)
        session.flush()
        session.add(RentPayment(follow_up_id=follow_up.id, paid_on=TODAY, amount_cents=40_000))
        team_id, worker_id, client_id = team.id, worker.id, client.id
    with store.session() as session:
        query = OverviewQuery(team_id, TODAY)
        (row,) = team_figures(session, query)
        assert row.worker_id == worker_id
        assert row.value(Cell(Measure.RENT_DEBT_LONG)) == 1
        assert row.open_debt_cents == 110_000
        assert drill_down(session, query, Cell(Measure.RENT_DEBT_LONG), worker_id) == [client_id]
        later = OverviewQuery(team_id, date(2026, 9, 30))
        assert team_figures(session, later)[0].value(Cell(Measure.RENT_DEBT_LONG)) == 0


def test_the_team_row_counts_each_client_once(session: Session) -> None:
    team_id = busiest_team(session)
    query = OverviewQuery(team_id, TODAY, 10, 3)
    hand = expected(session, team_id, 10, 3)

    total = team_total(session, query)

    everyone = set().union(*hand.clients.values())
    assert total.clients == len(everyone) == len(drill_down(session, query, Cell(Measure.CLIENTS)))
    assert total.open_debt_cents == sum(hand.debt_cents.values())
    overdue = set().union(*hand.review_overdue.values())
    assert total.value(Cell(Measure.REVIEW_OVERDUE)) == len(overdue)
    assert set(drill_down(session, query, Cell(Measure.REVIEW_OVERDUE))) == overdue
    per_worker_visits = sum(hand.visits.values())
    assert 0 < total.value(Cell(Measure.HOME_VISITS)) <= per_worker_visits


def test_the_chart_series_match_a_count_by_hand(session: Session) -> None:
    team_id = busiest_team(session)
    team = {w.id for w in session.scalars(select(Worker)) if w.team_id == team_id}
    weeks = home_visits_per_week(session, team_id, TODAY)
    months = rent_debt_by_month(session, team_id, TODAY)

    assert [monday.weekday() for monday, _count in weeks] == [0] * 12
    present = defaultdict(set)
    for row in session.scalars(select(VisitWorker)):
        if row.deleted_at is None:
            present[row.visit_id].add(row.worker_id)
    by_week: Counter[date] = Counter()
    for visit in session.scalars(select(HomeVisit)):
        day = visit.visited_at.astimezone(HELSINKI).date()
        if (
            visit.deleted_at is None
            and visit.kind in HOME_VISIT_KINDS
            and present[visit.id] & team
            and weeks[0][0] <= day <= TODAY
        ):
            by_week[day - timedelta(days=day.weekday())] += 1
    assert dict(weeks) == {monday: by_week.get(monday, 0) for monday, _count in weeks}
    assert sum(by_week.values()) > 0

    episodes = {e.id: e for e in session.scalars(select(ServiceEpisode))}
    payments = list(session.scalars(select(RentPayment)))
    assert months[-1][0] == TODAY
    for day, owed in months:
        expected_cents = 0
        for follow_up in session.scalars(select(RentDebtFollowUp)):
            episode = episodes.get(follow_up.episode_id or "")
            if (
                episode is None
                or episode.responsible_worker_id not in team
                or follow_up.deleted_at is not None
                or follow_up.started_on > day
                or (follow_up.ended_on is not None and follow_up.ended_on <= day)
            ):
                continue
            paid = sum(
                p.amount_cents
                for p in payments
                if p.follow_up_id == follow_up.id and p.deleted_at is None and p.paid_on <= day
            )
            expected_cents += max(follow_up.debt_at_start_cents - paid, 0)
        assert owed == expected_cents, day
