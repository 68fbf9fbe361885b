"""The caseload: which clients a worker (or a team) has, and one summary row per client.

The list is built in two steps so a Qt view can stay lazy: `caseload_ids` filters and
sorts in SQL and returns only ids; `caseload_rows` fetches the visible rows' columns.
A client is in a worker's caseload while the worker is responsible for one of the
client's open service episodes. A tombstoned client is in nobody's caseload. The row's
responsible worker and plan review date are the facts of services/case_facts.py.

`caseload_ids` runs on every search keystroke over up to 10,000 clients, so a search
reads its matches from the search index first and sorts only those (a thousand rows
sort in about a millisecond); without a search, by name it walks the name index of
migration 0003 in order. The next booked visit, review date and open debt (one index
lookup per client each) are read only when a due filter or the sort asks for them.
The next visit is the booked one (services/bookings.py defines it).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from astu_desktop.models import (
    Client,
    HomeVisit,
    RentDebtFollowUp,
    RentPayment,
    ServiceEpisode,
    Worker,
)
from astu_desktop.models.hetu import masked_for_display
from astu_desktop.services.bookings import (
    NEXT_BOOKING_AFTER,
    NO_NEXT_VISIT,
    NextVisit,
    next_booked_start,
    next_visits,
)
from astu_desktop.services.case_facts import (
    CLIENT_IDS,
    plan_review_due,
    plan_review_dues_of_clients,
    responsible_worker_names,
)
from astu_desktop.services.search import matching_keys, search_keys
from astu_desktop.services.sync_marks import SyncMark, client_marks
from astu_desktop.services.visits import WorkerChoice
from astu_protocol.codes import CONTACT_KINDS, EpisodeStatus, RentDebtStage, Service
from astu_protocol.service_day import day_start, service_today

# Outreach and home rehabilitation clients are visited at least every four weeks.
VISIT_INTERVAL = NEXT_BOOKING_AFTER
VISITED_SERVICES = (Service.OUTREACH, Service.HOME_REHABILITATION)


class SortKey(enum.StrEnum):
    NAME = "name"
    NEXT_VISIT = "next_visit"
    REVIEW_DUE = "review_due"
    RENT_DEBT = "rent_debt"
    SERVICE = "service"


class DueFilter(enum.StrEnum):
    VISIT_DUE = "visit_due"
    REVIEW_DUE = "review_due"
    RENT_DEBT_OPEN = "rent_debt_open"


@dataclass(frozen=True)
class CaseloadQuery:
    """Whose caseload, narrowed by service, status, worker, what is due and a search.

    `search` is what the worker typed in the search box (see services/search.py).
    """

    worker_id: str | None = None
    team_id: str | None = None
    service: Service | None = None
    status: EpisodeStatus | None = None
    due: DueFilter | None = None
    due_within_days: int = 14
    search: str | None = None
    sort: SortKey = SortKey.NAME
    descending: bool = False
    today: date | None = None


@dataclass(frozen=True)
class CaseloadRow:
    client_id: str
    name: str
    hetu_masked: str
    age: int
    services: tuple[Service, ...]
    status: EpisodeStatus
    responsible_worker: str | None
    last_visit: datetime | None
    next_visit: NextVisit
    review_due: date | None
    open_rent_debt_cents: int
    sync: SyncMark | None = None  # a record of the client not (yet) on the server


def caseload_ids(session: Session, query: CaseloadQuery) -> list[str]:
    """Client ids of the caseload in display order; filtering and sorting happen in SQL."""
    today = query.today or service_today()
    statement = select(Client.id).where(Client.deleted_at.is_(None))
    statement = _apply_scope(statement, query)
    statement = _apply_due(statement, query, today)
    return list(session.scalars(statement.order_by(*_order(query))))


def _order(query: CaseloadQuery) -> list[ColumnElement[Any]]:
    """By name exactly as the name index is ordered; any other key first, names on ties."""
    names: list[Any] = [func.lower(Client.last_name), Client.last_name, Client.first_names]
    if query.sort == SortKey.NAME:
        return [name.desc() if query.descending else name.asc() for name in names]
    key = _sort_column(query.sort)
    return [(key.desc() if query.descending else key.asc()).nulls_last(), *names]


def _apply_scope(statement: Select[str], query: CaseloadQuery) -> Select[str]:
    """Whose clients: those with an open episode that matches the filters and the search.

    A worker's or a team's episodes are few: they are read first and their clients
    sorted. Everyone's are many: the clients are walked in name order and each one
    is checked, which sorts nothing.
    """
    episodes = _open_episodes(query)
    few = query.worker_id is not None or query.team_id is not None
    if few:
        statement = statement.where(Client.id.in_(episodes))
    else:
        statement = statement.where(exists(episodes.where(ServiceEpisode.client_id == Client.id)))
    return _apply_search(statement, query.search or "", few)


def _apply_search(statement: Select[str], typed: str, few: bool) -> Select[str]:
    """Keep the clients the search finds, reading the smaller side first.

    In a worker's caseload, each of its clients is looked up in the matches. Over
    everyone, the matches are read from the search index and only they are sorted:
    even a first letter finds a tenth of the clients at most, and walking all of
    them in name order to check each would cost the whole table per keystroke. The
    `_not_by_index` term keeps SQLite from choosing the other way round.
    """
    keys = matching_keys(typed)
    if keys is None:
        return statement
    key: Any = _not_by_index(search_keys.c.key) if few else search_keys.c.key
    return statement.join(search_keys, search_keys.c.client_id == Client.id).where(key.in_(keys))


def _not_by_index(column: Any) -> ColumnElement[Any]:
    """`+column`: the same value, but SQLite will not look rows up by it through an index."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def _open_episodes(query: CaseloadQuery) -> Select[str]:
    episode = ServiceEpisode
    statement = select(episode.client_id).where(
        episode.status != EpisodeStatus.ENDED, episode.deleted_at.is_(None)
    )
    if query.worker_id is not None:
        statement = statement.where(episode.responsible_worker_id == query.worker_id)
    if query.team_id is not None:
        team = select(Worker.id).where(Worker.team_id == query.team_id)
        statement = statement.where(episode.responsible_worker_id.in_(team))
    if query.service is not None:
        statement = statement.where(episode.service == query.service)
    if query.status is not None:
        statement = statement.where(episode.status == query.status)
    return statement


def caseload_rows(
    session: Session, client_ids: list[str], today: date | None = None
) -> list[CaseloadRow]:
    """The summary rows of the given clients, in the order of `client_ids`.

    A few set-wise reads (episodes, last visits, reviews, debts) instead of
    per-client subqueries: each of those would open its own cursors, once per row.
    """
    if not client_ids:
        return []
    today = today or service_today()
    facts = {client_id: _Facts() for client_id in client_ids}
    for gather in (_gather_episodes, _gather_last_visits, _gather_reviews, _gather_debts):
        gather(session, facts)
    clients = select(
        Client.id, Client.first_names, Client.last_name, Client.hetu, Client.birth_date
    ).where(Client.id.in_(client_ids))
    booked = next_visits(session, client_ids, today)
    for client_id, next_visit in booked.items():
        facts[client_id].next_visit = next_visit
    by_id = {
        row.id: _to_row(row, facts[row.id], today)
        for row in session.execute(clients)
        if facts[row.id].services  # its last open episode ended since the ids were read
    }
    marks = client_marks(session, list(by_id))
    return [
        replace(by_id[client_id], sync=marks.get(client_id))
        for client_id in client_ids
        if client_id in by_id
    ]


@dataclass
class _Facts:
    """What one client's summary row is made of, gathered a read at a time."""

    services: set[Service] = field(default_factory=set)
    active: bool = False
    worker: str | None = None
    last_visit: datetime | None = None
    next_visit: NextVisit = NO_NEXT_VISIT
    review_due: date | None = None
    open_debt_cents: int = 0


def _gather_episodes(session: Session, facts: dict[str, _Facts]) -> None:
    episode = ServiceEpisode
    statement = select(episode.client_id, episode.service, episode.status).where(
        episode.client_id.in_(list(facts)),
        episode.status != EpisodeStatus.ENDED,
        episode.deleted_at.is_(None),
    )
    for client_id, service, status in session.execute(statement):
        fact = facts[client_id]
        fact.services.add(service)
        fact.active = fact.active or status == EpisodeStatus.ACTIVE
    for client_id, name in responsible_worker_names(session, facts).items():
        facts[client_id].worker = name


def _gather_last_visits(session: Session, facts: dict[str, _Facts]) -> None:
    statement = (
        select(HomeVisit.client_id, func.max(HomeVisit.visited_at))
        .where(HomeVisit.client_id.in_(list(facts)), _a_visit())
        .group_by(HomeVisit.client_id)
    )
    for client_id, visited_at in session.execute(statement):
        facts[client_id].last_visit = _as_datetime(visited_at)


def _a_visit() -> ColumnElement[bool]:
    """A visit that moves the next one due: not removed, and not a call, a message or
    a meeting with a partner (contacts are recorded, but they are no visit)."""
    return HomeVisit.deleted_at.is_(None) & HomeVisit.kind.notin_(CONTACT_KINDS)


def _gather_reviews(session: Session, facts: dict[str, _Facts]) -> None:
    reviews = session.execute(plan_review_dues_of_clients(), {CLIENT_IDS: list(facts)})
    for client_id, review_due in reviews:
        facts[client_id].review_due = _as_date(review_due)


def _gather_debts(session: Session, facts: dict[str, _Facts]) -> None:
    follow_up = RentDebtFollowUp
    open_follow_ups = session.execute(
        select(follow_up.id, follow_up.client_id, follow_up.debt_at_start_cents).where(
            follow_up.client_id.in_(list(facts)),
            follow_up.stage != RentDebtStage.ENDED,
            follow_up.deleted_at.is_(None),
        )
    ).all()
    if not open_follow_ups:
        return
    payments = (
        select(RentPayment.follow_up_id, func.sum(RentPayment.amount_cents))
        .where(
            RentPayment.follow_up_id.in_([row.id for row in open_follow_ups]),
            RentPayment.deleted_at.is_(None),
        )
        .group_by(RentPayment.follow_up_id)
    )
    paid = {follow_up_id: total for follow_up_id, total in session.execute(payments)}
    for follow_up_id, client_id, debt in open_follow_ups:
        facts[client_id].open_debt_cents += max(debt - int(paid.get(follow_up_id) or 0), 0)


def responsible_workers(session: Session, team_id: str | None = None) -> list[WorkerChoice]:
    """Workers responsible for an open episode (of one team's workers), for the filter."""
    statement = (
        select(Worker.id, Worker.full_name)
        .where(Worker.deleted_at.is_(None))
        .where(
            select(ServiceEpisode.id)
            .where(
                ServiceEpisode.responsible_worker_id == Worker.id,
                ServiceEpisode.status != EpisodeStatus.ENDED,
                ServiceEpisode.deleted_at.is_(None),
            )
            .exists()
        )
        .order_by(Worker.full_name)
    )
    if team_id is not None:
        statement = statement.where(Worker.team_id == team_id)
    return [WorkerChoice(worker_id, name) for worker_id, name in session.execute(statement)]


def _to_row(client: Any, fact: _Facts, today: date) -> CaseloadRow:
    born: date = client.birth_date
    return CaseloadRow(
        client_id=client.id,
        name=f"{client.last_name}, {client.first_names}",
        hetu_masked=masked_for_display(client.hetu),
        age=today.year - born.year - ((today.month, today.day) < (born.month, born.day)),
        services=tuple(sorted(fact.services)),
        status=EpisodeStatus.ACTIVE if fact.active else EpisodeStatus.STARTING,
        responsible_worker=fact.worker,
        last_visit=fact.last_visit,
        next_visit=fact.next_visit,
        review_due=fact.review_due,
        open_rent_debt_cents=fact.open_debt_cents,
    )


def _visited(client_id: Any) -> Any:
    """Whether the client has an open episode in a service visited every four weeks."""
    return exists(
        select(ServiceEpisode.id).where(
            ServiceEpisode.client_id == client_id,
            ServiceEpisode.service.in_(VISITED_SERVICES),
            ServiceEpisode.status != EpisodeStatus.ENDED,
            ServiceEpisode.deleted_at.is_(None),
        )
    )


def _first_service(client_id: Any) -> Any:
    return (
        select(func.min(ServiceEpisode.service))
        .where(
            ServiceEpisode.client_id == client_id,
            ServiceEpisode.status != EpisodeStatus.ENDED,
            ServiceEpisode.deleted_at.is_(None),
        )
        .scalar_subquery()
    )


def _open_debt(client_id: Any) -> Any:
    paid = (
        select(func.coalesce(func.sum(RentPayment.amount_cents), 0))
        .where(RentPayment.follow_up_id == RentDebtFollowUp.id, RentPayment.deleted_at.is_(None))
        .scalar_subquery()
    )
    return (
        select(func.coalesce(func.sum(func.max(RentDebtFollowUp.debt_at_start_cents - paid, 0)), 0))
        .where(
            RentDebtFollowUp.client_id == client_id,
            RentDebtFollowUp.stage != RentDebtStage.ENDED,
            RentDebtFollowUp.deleted_at.is_(None),
        )
        .scalar_subquery()
    )


def _apply_due(statement: Select[str], query: CaseloadQuery, today: date) -> Select[str]:
    horizon = today + timedelta(days=query.due_within_days)
    if query.due == DueFilter.VISIT_DUE:
        # A visited client whose next booked visit starts by the end of the horizon's
        # Helsinki day (overdue ones included), or who has none booked at all.
        cutoff = day_start(horizon + timedelta(days=1))
        booked = next_booked_start(Client.id)
        statement = statement.where(_visited(Client.id), or_(booked.is_(None), booked < cutoff))
    elif query.due == DueFilter.REVIEW_DUE:
        statement = statement.where(plan_review_due(Client.id) <= horizon)
    elif query.due == DueFilter.RENT_DEBT_OPEN:
        statement = statement.where(_open_debt(Client.id) > 0)
    return statement


def _sort_column(sort: SortKey) -> ColumnElement[Any]:
    if sort == SortKey.NEXT_VISIT:
        # The next booked visit, soonest (overdue) first; none booked sorts last (NULL).
        return next_booked_start(Client.id)  # type: ignore[no-any-return]
    if sort == SortKey.REVIEW_DUE:
        return plan_review_due(Client.id)  # type: ignore[no-any-return]
    if sort == SortKey.RENT_DEBT:
        return _open_debt(Client.id)  # type: ignore[no-any-return]
    return _first_service(Client.id)  # type: ignore[no-any-return]


def _as_datetime(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
