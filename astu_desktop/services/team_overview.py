"""The team overview: a lead's view of every worker's caseload, read from the local store.

A lead's laptop holds the whole team after a sync, so the overview works on a train
with no network. Each figure is a *measure* of one worker; every measure is one SQL
statement of (worker, client, weight) pairs, so the table of figures is a GROUP BY
over it and the list behind a figure (the drill-down) is the same statement narrowed
to one worker. The figure and its list can therefore never disagree.

A worker's caseload is what services/caseload.py says it is (the clients of their
open episodes), and a plan's review date is the one signing a service plan fixed
(`services.documents.service_plan_review_due`), read as the caseload reads it. Figures
about the client as a whole (its plan's review, its documents awaiting approval) count
for the client's one responsible worker; both facts come from services/case_facts.py.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Select, and_, distinct, exists, func, literal, select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    Client,
    DocumentReview,
    FormDocument,
    HomeVisit,
    RentDebtFollowUp,
    RentPayment,
    ServiceEpisode,
    VisitWorker,
    Worker,
)
from astu_desktop.services.case_facts import (
    current_document_id,
    plan_review_due,
    responsible_episode_id,
)
from astu_desktop.services.caseload import VISITED_SERVICES
from astu_desktop.services.documents import add_months
from astu_desktop.services.reviews import REVIEWED_FORMS
from astu_protocol.codes import (
    HOME_VISIT_KINDS,
    DocumentStatus,
    EpisodeStatus,
    RentDebtStage,
    Role,
    Service,
)
from astu_protocol.service_day import day_start

VISITS_WINDOW_DAYS = 30
REVIEW_WINDOW_DAYS = 30
RENT_DEBT_PROCESS_MONTHS = 6
DEFAULT_NOT_VISITED_DAYS = 28
DEFAULT_DRAFT_DAYS = 14
# The statements of the measures: (worker_id, client_id, weight, cents) rows.
Rows: TypeAlias = Select[*tuple[Any, ...]]
# Contacts in the client's home; office meetings and phone calls are not home visits.


class Measure(enum.StrEnum):
    CLIENTS = "clients"  # with a service: the clients of that service
    HOME_VISITS = "home_visits"
    NOT_VISITED = "not_visited"
    REVIEW_SOON = "review_soon"
    REVIEW_OVERDUE = "review_overdue"
    OLD_DRAFTS = "old_drafts"
    RENT_DEBT_OPEN = "rent_debt_open"
    RENT_DEBT_LONG = "rent_debt_long"
    AWAITING_REVIEW = "awaiting_review"


@dataclass(frozen=True)
class OverviewQuery:
    """Whose team, as of which day, and the two thresholds a lead may change."""

    team_id: str | None
    today: date
    not_visited_days: int = DEFAULT_NOT_VISITED_DAYS
    draft_days: int = DEFAULT_DRAFT_DAYS


@dataclass(frozen=True)
class Cell:
    """One figure of the table: a measure, narrowed to a service for CLIENTS."""

    measure: Measure
    service: Service | None = None


@dataclass
class WorkerFigures:
    worker_id: str
    name: str
    clients: int = 0
    by_service: dict[Service, int] = field(default_factory=dict)
    counts: dict[Measure, int] = field(default_factory=dict)
    open_debt_cents: int = 0

    def value(self, cell: Cell) -> int:
        if cell.measure is Measure.CLIENTS:
            return self.clients if cell.service is None else self.by_service.get(cell.service, 0)
        return self.counts.get(cell.measure, 0)


def team_workers(session: Session, team_id: str | None) -> list[tuple[str, str]]:
    """The field workers of the team (everyone's when `team_id` is None), by name."""
    statement = select(Worker.id, Worker.full_name).where(
        Worker.deleted_at.is_(None), Worker.role == Role.FIELD_WORKER
    )
    if team_id is not None:
        statement = statement.where(Worker.team_id == team_id)
    return [
        (row.id, row.full_name) for row in session.execute(statement.order_by(Worker.full_name))
    ]


def team_figures(session: Session, query: OverviewQuery) -> list[WorkerFigures]:
    """Every figure of every worker of the team: one grouped statement per measure."""
    figures = {wid: WorkerFigures(wid, name) for wid, name in team_workers(session, query.team_id)}
    for worker_id, service, count in _counted(session, query, by_worker=True, by_service=True):
        if worker_id in figures:
            figures[worker_id].by_service[Service(str(service))] = count
    for worker_id, measure, count, cents in _measured(session, query, by_worker=True):
        if worker_id in figures:
            _put(figures[worker_id], measure, count, cents)
    return list(figures.values())


def team_total(session: Session, query: OverviewQuery) -> WorkerFigures:
    """The team's figures counted over the team: a client two workers share counts once."""
    total = WorkerFigures("", "")
    for _none, service, count in _counted(session, query, by_worker=False, by_service=True):
        total.by_service[Service(str(service))] = count
    for _none, measure, count, cents in _measured(session, query, by_worker=False):
        _put(total, measure, count, cents)
    return total


def _put(figures: WorkerFigures, measure: Measure, count: int, cents: int) -> None:
    if measure is Measure.CLIENTS:
        figures.clients = count
        return
    figures.counts[measure] = count
    if measure is Measure.RENT_DEBT_OPEN:
        figures.open_debt_cents = cents


def _counted(
    session: Session, query: OverviewQuery, *, by_worker: bool, by_service: bool
) -> list[tuple[str | None, str | None, int]]:
    """(worker, service, clients) of the caseload, grouped as asked."""
    caseload = _caseload(_team_ids(query.team_id)).subquery()
    worker = caseload.c.worker_id if by_worker else literal(None)
    service = caseload.c.service if by_service else literal(None)
    statement = select(worker, service, func.count(distinct(caseload.c.client_id)))
    groups = [
        c for c, on in ((caseload.c.worker_id, by_worker), (caseload.c.service, by_service)) if on
    ]
    return [(w, s, n) for w, s, n in session.execute(statement.group_by(*groups))]


def _measured(
    session: Session, query: OverviewQuery, *, by_worker: bool
) -> list[tuple[str | None, Measure, int, int]]:
    """(worker, measure, count, cents) of every measure; home visits count visits."""
    found = [
        (worker, Measure.CLIENTS, count, 0)
        for worker, _service, count in _counted(
            session, query, by_worker=by_worker, by_service=False
        )
    ]
    team = _team_ids(query.team_id)
    for measure in Measure:
        if measure is Measure.CLIENTS:
            continue
        pairs = _pairs(measure, team, query).subquery()
        counted = func.count(
            distinct(pairs.c.weight if measure is Measure.HOME_VISITS else pairs.c.client_id)
        )
        if by_worker and measure is Measure.HOME_VISITS:
            counted = func.count(pairs.c.weight)  # pair work is a visit for each worker
        worker = pairs.c.worker_id if by_worker else literal(None)
        statement = select(worker, counted, func.coalesce(func.sum(pairs.c.cents), 0))
        if by_worker:
            statement = statement.group_by(pairs.c.worker_id)
        found += [(w, measure, count, int(cents)) for w, count, cents in session.execute(statement)]
    return found


def drill_down(
    session: Session, query: OverviewQuery, cell: Cell, worker_id: str | None = None
) -> list[str]:
    """The clients behind one figure (of one worker, or of the whole team), by name."""
    team = _team_ids(query.team_id)
    if cell.measure is Measure.CLIENTS:
        pairs = _caseload(team, worker_id).subquery()
        found = select(pairs.c.client_id)
        if cell.service is not None:
            found = found.where(pairs.c.service == cell.service)
    else:
        pairs = _pairs(cell.measure, team, query, worker_id).subquery()
        found = select(pairs.c.client_id)
    clients = found.distinct().subquery()
    by_name = (
        select(Client.id)
        .join(clients, clients.c.client_id == Client.id)
        .order_by(func.lower(Client.last_name), Client.last_name, Client.first_names, Client.id)
    )
    return list(session.scalars(by_name))


# -- the measures, as (worker_id, client_id, weight, cents) ----------------------------


def _team_ids(team_id: str | None) -> Select[str] | None:
    """The team's field workers, as `team_workers` lists them."""
    if team_id is None:
        return None
    return select(Worker.id).where(
        Worker.team_id == team_id, Worker.deleted_at.is_(None), Worker.role == Role.FIELD_WORKER
    )


def _caseload(team: Select[str] | None, worker_id: str | None = None) -> Rows:
    """(worker, client, service) of every open, live episode: the caseload's definition."""
    episode = ServiceEpisode
    statement = select(
        episode.responsible_worker_id.label("worker_id"),
        episode.client_id.label("client_id"),
        episode.service.label("service"),
    ).where(
        episode.status != EpisodeStatus.ENDED,
        episode.deleted_at.is_(None),
        episode.responsible_worker_id.is_not(None),
    )
    return _narrow(statement, episode.responsible_worker_id, team, worker_id)


def _narrow(
    statement: Rows,
    column: Any,
    team: Select[str] | None,
    worker_id: str | None,
) -> Rows:
    if worker_id is not None:
        return statement.where(column == worker_id)
    if team is not None:
        return statement.where(column.in_(team))
    return statement


def _pairs(
    measure: Measure,
    team: Select[str] | None,
    query: OverviewQuery,
    worker_id: str | None = None,
) -> Rows:
    builders = {
        Measure.HOME_VISITS: _home_visits,
        Measure.NOT_VISITED: _not_visited,
        Measure.REVIEW_SOON: _review_soon,
        Measure.REVIEW_OVERDUE: _review_overdue,
        Measure.OLD_DRAFTS: _old_drafts,
        Measure.RENT_DEBT_OPEN: _rent_debt_open,
        Measure.RENT_DEBT_LONG: _rent_debt_long,
        Measure.AWAITING_REVIEW: _awaiting_review,
    }
    statement, column = builders[measure](query)
    return _narrow(statement, column, team, worker_id)


def _home_visits(query: OverviewQuery) -> tuple[Rows, Any]:
    """Home visits of the last 30 days, for every worker who was there (pair work counts twice)."""
    since = day_start(query.today - timedelta(days=VISITS_WINDOW_DAYS - 1))
    statement = (
        select(
            VisitWorker.worker_id.label("worker_id"),
            HomeVisit.client_id.label("client_id"),
            HomeVisit.id.label("weight"),
            literal(0).label("cents"),
        )
        .join(HomeVisit, HomeVisit.id == VisitWorker.visit_id)
        .where(
            VisitWorker.deleted_at.is_(None),
            HomeVisit.deleted_at.is_(None),
            HomeVisit.kind.in_(HOME_VISIT_KINDS),
            HomeVisit.visited_at >= since,
            HomeVisit.visited_at < day_start(query.today + timedelta(days=1)),
        )
    )
    return statement, VisitWorker.worker_id


def _not_visited(query: OverviewQuery) -> tuple[Rows, Any]:
    """Clients in a visited service with no contact in the last N days (or none ever).

    Asked per episode through the visits' (client, time) index, so the cost follows the
    team's caseload, not the size of the store.
    """
    cutoff = day_start(query.today - timedelta(days=query.not_visited_days))
    episode = ServiceEpisode
    recent = exists().where(
        HomeVisit.client_id == episode.client_id,
        HomeVisit.deleted_at.is_(None),
        HomeVisit.visited_at >= cutoff,
    )
    statement = select(
        episode.responsible_worker_id.label("worker_id"),
        episode.client_id.label("client_id"),
        literal(1).label("weight"),
        literal(0).label("cents"),
    ).where(*_open_episode(), episode.service.in_(VISITED_SERVICES), ~recent)
    return statement, episode.responsible_worker_id


def _reviews(due: Callable[[Any], ColumnElement[bool]]) -> tuple[Rows, Any]:
    """Clients whose current service plan is due for review as `due` says, by their
    responsible worker (services/case_facts.py): the plan is the client's, not a service's."""
    episode = ServiceEpisode
    statement = select(
        episode.responsible_worker_id.label("worker_id"),
        episode.client_id.label("client_id"),
        literal(1).label("weight"),
        literal(0).label("cents"),
    ).where(*_responsible_episode(), due(plan_review_due(episode.client_id)))
    return statement, episode.responsible_worker_id


def _review_soon(query: OverviewQuery) -> tuple[Rows, Any]:
    horizon = query.today + timedelta(days=REVIEW_WINDOW_DAYS)
    return _reviews(lambda due: and_(due >= query.today, due <= horizon))


def _review_overdue(query: OverviewQuery) -> tuple[Rows, Any]:
    return _reviews(lambda due: due < query.today)


def _old_drafts(query: OverviewQuery) -> tuple[Rows, Any]:
    """Unsigned drafts their author started more than N days ago."""
    document = FormDocument
    statement = select(
        document.author_id.label("worker_id"),
        document.client_id.label("client_id"),
        document.id.label("weight"),
        literal(0).label("cents"),
    ).where(
        document.status == DocumentStatus.DRAFT,
        document.deleted_at.is_(None),
        document.document_date < query.today - timedelta(days=query.draft_days),
    )
    return statement, document.author_id


def _rent_debt(extra: list[ColumnElement[bool]]) -> tuple[Rows, Any]:
    """Open follow-ups, with what is still owed, by the worker of the follow-up's episode."""
    follow_up, episode = RentDebtFollowUp, ServiceEpisode
    paid = (
        select(func.coalesce(func.sum(RentPayment.amount_cents), 0))
        .where(RentPayment.follow_up_id == follow_up.id, RentPayment.deleted_at.is_(None))
        .scalar_subquery()
    )
    owed = func.max(follow_up.debt_at_start_cents - paid, 0)
    statement = (
        select(
            episode.responsible_worker_id.label("worker_id"),
            follow_up.client_id.label("client_id"),
            follow_up.id.label("weight"),
            owed.label("cents"),
        )
        .join(episode, episode.id == follow_up.episode_id)
        .where(
            follow_up.stage != RentDebtStage.ENDED,
            follow_up.deleted_at.is_(None),
            episode.deleted_at.is_(None),
            *extra,
        )
    )
    return statement, episode.responsible_worker_id


def _rent_debt_open(_query: OverviewQuery) -> tuple[Rows, Any]:
    return _rent_debt([])


def _rent_debt_long(query: OverviewQuery) -> tuple[Rows, Any]:
    """Open follow-ups started more than the six months a follow-up usually takes ago."""
    started_by = add_months(query.today, -RENT_DEBT_PROCESS_MONTHS)
    return _rent_debt([RentDebtFollowUp.started_on < started_by])


def _awaiting_review(query: OverviewQuery) -> tuple[Rows, Any]:
    """Current versions of assessments and plans signed in the last 30 days, not yet reviewed,
    by the client's responsible worker."""
    document, episode = FormDocument, ServiceEpisode
    since = day_start(query.today - timedelta(days=REVIEW_WINDOW_DAYS - 1))
    statement = (
        select(
            episode.responsible_worker_id.label("worker_id"),
            episode.client_id.label("client_id"),
            document.id.label("weight"),
            literal(0).label("cents"),
        )
        .join(document, document.client_id == episode.client_id)
        .where(
            *_responsible_episode(),
            document.form_key.in_(REVIEWED_FORMS),
            document.id == current_document_id(document.client_id, document.form_key),
            document.signed_at >= since,
            ~exists().where(
                DocumentReview.document_id == document.id, DocumentReview.deleted_at.is_(None)
            ),
        )
    )
    return statement, episode.responsible_worker_id


def _open_episode() -> list[ColumnElement[bool]]:
    episode = ServiceEpisode
    return [
        episode.status != EpisodeStatus.ENDED,
        episode.deleted_at.is_(None),
        episode.responsible_worker_id.is_not(None),
    ]


def _responsible_episode() -> list[ColumnElement[bool]]:
    """The client's one responsible episode: a client-wide fact counts for one worker."""
    episode = ServiceEpisode
    return [*_open_episode(), episode.id == responsible_episode_id(episode.client_id)]
