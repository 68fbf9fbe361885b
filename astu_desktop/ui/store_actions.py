"""The store work behind the caseload window, free of Qt so it can be read on its own.

Each function is one user action with its own session; reading a client's data and
writing its access-log entry happen in the same transaction, so nothing is shown
without being logged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import Client, HomeVisit, ServiceEpisode, Worker
from astu_desktop.models.codes import AccessAction, EpisodeStatus, Service, VisitKind
from astu_desktop.services.accesslog import record_access
from astu_desktop.services.caseload import CaseloadQuery, CaseloadRow, caseload_ids, caseload_rows
from astu_desktop.services.clients import ClientNotFound
from astu_desktop.services.search import is_search, log_search
from astu_desktop.store.casestore import CaseStore

LAST_VISITS_SHOWN = 5
TARGET_SUMMARY = "client:summary"
TARGET_HETU = "client:hetu"
TARGET_HETU_COPY = "client:hetu_copy"


class StoreCaseloadSource:
    """Ids and rows from the store; each call is a short session of its own."""

    def __init__(self, store: CaseStore, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._today = today

    def ids(self, query: CaseloadQuery) -> list[str]:
        """The caseload's ids; a search is logged (without its text) in the same transaction."""
        with self._store.session() as session, session.begin():
            if is_search(query.search):
                log_search(session)
            return caseload_ids(session, query)

    def rows(self, client_ids: list[str]) -> list[CaseloadRow]:
        with self._store.session() as session:
            return caseload_rows(session, client_ids, self._today())


@dataclass(frozen=True)
class DeviceScope:
    """Whose laptop this is: the worker and their team (None on a fresh store)."""

    worker_id: str | None
    team_id: str | None
    is_demo: bool


def device_scope(store: CaseStore) -> DeviceScope:
    state = store.device_state()
    worker_id = state.get("current_worker_id")
    team_id = None
    if worker_id is not None:
        with store.session() as session:
            worker = session.get(Worker, worker_id)
            team_id = worker.team_id if worker is not None else None
    return DeviceScope(worker_id, team_id, bool(state.get("is_demo")))


def reveal_hetu(store: CaseStore, client_id: str, target: str = TARGET_HETU) -> str:
    """The full henkilötunnus; the reveal (or copy, by `target`) is logged in the same txn."""
    with store.session() as session, session.begin():
        client = _live_client(session, client_id)
        record_access(session, action=AccessAction.REVEAL, client_id=client_id, target=target)
        return client.hetu


@dataclass(frozen=True)
class EpisodeLine:
    service: Service
    status: EpisodeStatus
    start_date: date
    end_date: date | None
    worker: str | None


@dataclass(frozen=True)
class VisitLine:
    visited_at: datetime
    kind: VisitKind
    duration_minutes: int | None


@dataclass(frozen=True)
class ClientSummary:
    client_id: str
    name: str
    age: int
    phone: str | None
    address: str
    episodes: list[EpisodeLine]
    visits: list[VisitLine]


def open_client_summary(
    store: CaseStore, client_id: str, today: date | None = None
) -> ClientSummary:
    """Read the summary and log the VIEW together: one action, one transaction."""
    with store.session() as session, session.begin():
        client = _live_client(session, client_id)
        summary = ClientSummary(
            client_id=client.id,
            name=client.full_name,
            age=client.age_on(today or date.today()),
            phone=client.phone,
            address=_address(client),
            episodes=_episodes(session, client_id),
            visits=_last_visits(session, client_id),
        )
        record_access(session, action=AccessAction.VIEW, client_id=client_id, target=TARGET_SUMMARY)
        return summary


def _live_client(session: Session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise ClientNotFound()
    return client


def _address(client: Client) -> str:
    town = " ".join(part for part in (client.postal_code, client.city) if part)
    return ", ".join(part for part in (client.street_address, town) if part)


def _episodes(session: Session, client_id: str) -> list[EpisodeLine]:
    query = (
        select(ServiceEpisode, Worker.full_name)
        .outerjoin(Worker, Worker.id == ServiceEpisode.responsible_worker_id)
        .where(ServiceEpisode.client_id == client_id, ServiceEpisode.deleted_at.is_(None))
        .order_by(ServiceEpisode.start_date.desc())
    )
    return [
        EpisodeLine(e.service, e.status, e.start_date, e.end_date, worker)
        for e, worker in session.execute(query)
    ]


def _last_visits(session: Session, client_id: str) -> list[VisitLine]:
    query = (
        select(HomeVisit)
        .where(HomeVisit.client_id == client_id, HomeVisit.deleted_at.is_(None))
        .order_by(HomeVisit.visited_at.desc())
        .limit(LAST_VISITS_SHOWN)
    )
    return [VisitLine(v.visited_at, v.kind, v.duration_minutes) for v in session.scalars(query)]
