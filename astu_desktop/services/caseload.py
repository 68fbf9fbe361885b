"""The caseload: which clients a worker (or a team) has, and one summary row per client.

The list is built in two steps so a Qt view can stay lazy: `caseload_ids` filters and
sorts in SQL and returns only ids; `caseload_rows` fetches the visible rows' columns.
A client is in a worker's caseload while the worker is responsible for one of the
client's open service episodes. A tombstoned client is in nobody's caseload.

`caseload_ids` runs on every search keystroke over up to 10,000 clients, so it only
computes what its filter and sort need: the episode columns always, the last visit,
review date and open debt (one index lookup per client each, see migration 0003)
only when a due filter or the sort asks for them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, literal, or_, select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    Client,
    FormDocument,
    HomeVisit,
    RentDebtFollowUp,
    RentPayment,
    ServiceEpisode,
    Worker,
)
from astu_desktop.models.codes import (
    DocumentStatus,
    EpisodeStatus,
    FormKey,
    RentDebtStage,
    Service,
)
from astu_desktop.models.hetu import parse_hetu
from astu_desktop.services.search import matching_client_ids

# Outreach and home rehabilitation clients are visited at least every four weeks.
VISIT_INTERVAL = timedelta(days=28)
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
    next_visit_due: date | None
    review_due: date | None
    open_rent_debt_cents: int


def caseload_ids(session: Session, query: CaseloadQuery) -> list[str]:
    """Client ids of the caseload in display order; filtering and sorting happen in SQL."""
    members = _members(query).subquery()
    today = query.today or date.today()
    statement = (
        select(members.c.client_id)
        .join(Client, Client.id == members.c.client_id)
        .where(Client.deleted_at.is_(None))
    )
    statement = _apply_due(statement, members, query, today)
    order = _sort_column(members, query.sort)
    order_by = order.desc() if query.descending else order.asc()
    statement = statement.order_by(order_by.nulls_last(), Client.last_name, Client.first_names)
    return list(session.scalars(statement))


def caseload_rows(
    session: Session, client_ids: list[str], today: date | None = None
) -> list[CaseloadRow]:
    """The summary rows of the given clients, in the order of `client_ids`."""
    if not client_ids:
        return []
    today = today or date.today()
    members = _members(CaseloadQuery(), only=client_ids).subquery()
    statement = select(
        Client,
        members.c.services,
        members.c.status_rank,
        members.c.worker_name,
        _last_visit(Client.id).label("last_visit"),
        _review_due(Client.id).label("review_due"),
        _open_debt(Client.id).label("open_debt"),
    ).join(members, members.c.client_id == Client.id)
    by_id = {}
    for row in session.execute(statement):
        client: Client = row[0]
        by_id[client.id] = _to_row(client, row._mapping, today)
    return [by_id[client_id] for client_id in client_ids if client_id in by_id]


@dataclass(frozen=True)
class WorkerChoice:
    worker_id: str
    name: str


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


def _to_row(client: Client, values: object, today: date) -> CaseloadRow:
    mapping = dict(values)  # type: ignore[call-overload]
    services = tuple(sorted(Service(s) for s in (mapping["services"] or "").split(",") if s))
    last_visit = _as_datetime(mapping["last_visit"])
    visited = any(s in VISITED_SERVICES for s in services)
    next_due = None
    if visited:
        next_due = (last_visit.date() + VISIT_INTERVAL) if last_visit else today
    status = EpisodeStatus.ACTIVE if mapping["status_rank"] == 0 else EpisodeStatus.STARTING
    return CaseloadRow(
        client_id=client.id,
        name=f"{client.last_name}, {client.first_names}",
        hetu_masked=parse_hetu(client.hetu).masked(),
        age=client.age_on(today),
        services=services,
        status=status,
        responsible_worker=mapping["worker_name"],
        last_visit=last_visit,
        next_visit_due=next_due,
        review_due=_as_date(mapping["review_due"]),
        open_rent_debt_cents=int(mapping["open_debt"] or 0),
    )


def _members(query: CaseloadQuery, only: list[str] | None = None) -> Select[tuple[Any, ...]]:
    """One row per client of the caseload, with what its open episodes tell in one pass."""
    episode = ServiceEpisode
    statement = (
        select(
            episode.client_id.label("client_id"),
            func.group_concat(func.distinct(episode.service)).label("services"),
            func.max(episode.service.in_(VISITED_SERVICES)).label("visited"),
            func.min(_status_rank()).label("status_rank"),
            func.max(Worker.full_name).label("worker_name"),
        )
        .outerjoin(Worker, Worker.id == episode.responsible_worker_id)
        .where(episode.status != EpisodeStatus.ENDED, episode.deleted_at.is_(None))
        .group_by(episode.client_id)
    )
    if only is not None:
        statement = statement.where(episode.client_id.in_(only))
    if query.worker_id is not None:
        statement = statement.where(episode.responsible_worker_id == query.worker_id)
    if query.team_id is not None:
        statement = statement.where(Worker.team_id == query.team_id)
    if query.service is not None:
        statement = statement.where(episode.service == query.service)
    if query.status is not None:
        statement = statement.where(episode.status == query.status)
    matching = matching_client_ids(query.search) if query.search else None
    if matching is not None:
        statement = statement.where(episode.client_id.in_(matching))
    return statement


def _status_rank() -> ColumnElement[int]:
    """ACTIVE before STARTING, so a client with any active episode shows as active."""
    return case(
        (ServiceEpisode.status == EpisodeStatus.ACTIVE, 0),
        (ServiceEpisode.status == EpisodeStatus.STARTING, 1),
        else_=2,
    )


def _last_visit(client_id: Any) -> Any:
    return (
        select(func.max(HomeVisit.visited_at))
        .where(HomeVisit.client_id == client_id, HomeVisit.deleted_at.is_(None))
        .scalar_subquery()
    )


def _review_due(client_id: Any) -> Any:
    return (
        select(func.max(FormDocument.review_due))
        .where(
            FormDocument.client_id == client_id,
            FormDocument.form_key == FormKey.SERVICE_PLAN,
            FormDocument.status == DocumentStatus.SIGNED,
            FormDocument.deleted_at.is_(None),
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


def _apply_due(
    statement: Select[tuple[str]], members: Any, query: CaseloadQuery, today: date
) -> Select[tuple[str]]:
    columns = members.c
    horizon = today + timedelta(days=query.due_within_days)
    if query.due == DueFilter.VISIT_DUE:
        # Due by the horizon = last visited on or before (horizon - interval), in UTC
        # days as `_to_row` counts them.
        last_day = horizon - VISIT_INTERVAL + timedelta(days=1)
        cutoff = datetime.combine(last_day, datetime.min.time(), tzinfo=UTC)
        last_visit = _last_visit(columns.client_id)
        statement = statement.where(
            columns.visited == 1, or_(last_visit.is_(None), last_visit < cutoff)
        )
    elif query.due == DueFilter.REVIEW_DUE:
        statement = statement.where(_review_due(columns.client_id) <= horizon)
    elif query.due == DueFilter.RENT_DEBT_OPEN:
        statement = statement.where(_open_debt(columns.client_id) > 0)
    return statement


def _sort_column(members: Any, sort: SortKey) -> ColumnElement[Any]:
    columns = members.c
    if sort == SortKey.NEXT_VISIT:
        # Next visit = last visit + interval; never visited means due now, so first.
        # Clients in no visited service have no next visit and sort last (NULL).
        never = literal(datetime(1900, 1, 1))
        last_visit = func.coalesce(_last_visit(columns.client_id), never)
        return case((columns.visited == 1, last_visit), else_=None)
    if sort == SortKey.REVIEW_DUE:
        return _review_due(columns.client_id)  # type: ignore[no-any-return]
    if sort == SortKey.RENT_DEBT:
        return _open_debt(columns.client_id)  # type: ignore[no-any-return]
    if sort == SortKey.SERVICE:
        return columns.services  # type: ignore[no-any-return]
    return func.lower(Client.last_name)


def _as_datetime(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
