"""The store work behind the caseload window, free of Qt so it can be read on its own.

Each function is one user action with its own session; reading a client's data and
writing its access-log entry happen in the same transaction, so nothing is shown
without being logged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from astu_desktop.models import Worker
from astu_desktop.services.accesslog import record_access
from astu_desktop.services.caseload import (
    CaseloadQuery,
    CaseloadRow,
    caseload_ids,
    caseload_rows,
    responsible_workers,
)
from astu_desktop.services.clients import live_client
from astu_desktop.services.search import is_search, log_search
from astu_desktop.services.team_work import LeadScope, lead_scope
from astu_desktop.services.visits import WorkerChoice
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import AccessAction, Role
from astu_protocol.service_day import service_today

LAST_VISITS_SHOWN = 5
TARGET_HETU = "client:hetu"
TARGET_HETU_COPY = "client:hetu_copy"


class StoreCaseloadSource:
    """Ids and rows from the store; each call is a short session of its own."""

    def __init__(self, store: CaseStore, today: Callable[[], date] = service_today) -> None:
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
    is_lead: bool = False  # a team lead's laptop: the team's caseload comes first


def device_scope(store: CaseStore) -> DeviceScope:
    state = store.device_state()
    worker_id = state.get("current_worker_id")
    team_id, is_lead = None, False
    if worker_id is not None:
        with store.session() as session:
            worker = session.get(Worker, worker_id)
            if worker is not None:
                team_id, is_lead = worker.team_id, worker.role == Role.TEAM_LEAD
    return DeviceScope(worker_id, team_id, bool(state.get("is_demo")), is_lead)


@dataclass(frozen=True)
class StoreOpening:
    """What the main window needs to know when a store opens, read off the GUI thread."""

    scope: DeviceScope
    lead: LeadScope | None


def read_opening(store: CaseStore) -> StoreOpening:
    """Whose laptop this is and which team its user leads, read once the store unlocked."""
    return StoreOpening(device_scope(store), lead_scope(store))


def reveal_hetu(store: CaseStore, client_id: str, target: str = TARGET_HETU) -> str:
    """The full henkilötunnus; the reveal (or copy, by `target`) is logged in the same txn."""
    with store.session() as session, session.begin():
        client = live_client(session, client_id)
        record_access(session, action=AccessAction.REVEAL, client_id=client_id, target=target)
        return client.hetu


def read_responsible_workers(store: CaseStore) -> list[WorkerChoice]:
    """The workers the caseload's worker filter offers, read when a store opens."""
    with store.session() as session:
        return responsible_workers(session)
