"""The store work behind the team overview, free of Qt: each call is one short session.

Who may open the overview: a team lead's laptop (the role the server gave at
enrolment, or the worker's role in the staff directory), and the demo store, whose
user then sees the team of the worker the demo makes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from astu_desktop.models import Team, Worker
from astu_desktop.services.caseload import CaseloadQuery, CaseloadRow, caseload_rows
from astu_desktop.services.reassignment import reassign_caseload, reassign_client, team_members
from astu_desktop.services.reviews import ReturnedDocument, returned_documents
from astu_desktop.services.team_overview import (
    Cell,
    OverviewQuery,
    WorkerFigures,
    drill_down,
    team_figures,
    team_total,
)
from astu_desktop.services.team_trends import home_visits_per_week, rent_debt_by_month
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync.localstate import sync_state
from astu_protocol.codes import Role


@dataclass(frozen=True)
class LeadScope:
    """The team shown; `is_lead` is False on a demo store whose user only looks."""

    team_id: str
    team_name: str
    is_lead: bool = True


@dataclass(frozen=True)
class OverviewData:
    figures: list[WorkerFigures]
    total: WorkerFigures
    visits_per_week: list[tuple[date, int]]
    debt_by_month: list[tuple[date, int]]


def lead_scope(store: CaseStore) -> LeadScope | None:
    """The team this device's user leads, or None when the user is no team lead."""
    state = store.device_state()
    worker_id = state.get("current_worker_id")
    if worker_id is None:
        return None
    with store.session() as session:
        worker = session.get(Worker, worker_id)
        if worker is None or worker.team_id is None:
            return None
        enrolled_role = session.scalar(select(sync_state.c.role))
        is_lead = Role.TEAM_LEAD in (enrolled_role, worker.role)
        if not (is_lead or state.get("is_demo")):
            return None
        team = session.get(Team, worker.team_id)
        return LeadScope(worker.team_id, team.name if team is not None else "", is_lead)


def load_overview(store: CaseStore, query: OverviewQuery) -> OverviewData:
    with store.session() as session:
        return OverviewData(
            figures=team_figures(session, query),
            total=team_total(session, query),
            visits_per_week=home_visits_per_week(session, query.team_id, query.today),
            debt_by_month=rent_debt_by_month(session, query.team_id, query.today),
        )


class DrillDownSource:
    """The clients behind one figure, for a lazy caseload model: ids first, rows a page at a time.

    The model's own query is ignored: the figure decides the clients, in name order.
    """

    def __init__(
        self, store: CaseStore, query: OverviewQuery, cell: Cell, worker_id: str | None
    ) -> None:
        self._store, self._query, self._cell, self._worker_id = store, query, cell, worker_id

    def ids(self, _query: CaseloadQuery) -> list[str]:
        with self._store.session() as session:
            return drill_down(session, self._query, self._cell, self._worker_id)

    def rows(self, client_ids: list[str]) -> list[CaseloadRow]:
        with self._store.session() as session:
            return caseload_rows(session, client_ids, self._query.today)


def team_choices(store: CaseStore, team_id: str) -> list[tuple[str, str]]:
    """(worker id, name) of the team's field workers who can take clients over."""
    with store.session() as session:
        return [(worker.id, worker.full_name) for worker in team_members(session, team_id)]


def hand_over(
    store: CaseStore, *, client_id: str | None, from_worker_id: str, to_worker_id: str
) -> int:
    """One client (or, with None, the whole caseload) to another worker; how many clients."""
    lead_id = str(store.device_state().get("current_worker_id") or "")
    with store.session() as session, session.begin():
        if client_id is None:
            moved = reassign_caseload(
                session, from_worker_id=from_worker_id, to_worker_id=to_worker_id, lead_id=lead_id
            )
            return len(moved)
        reassign_client(
            session, client_id, from_worker_id=from_worker_id, to_worker_id=to_worker_id,
            lead_id=lead_id,
        )  # fmt: skip
        return 1


def load_returned(store: CaseStore) -> list[ReturnedDocument]:
    """The documents returned to this laptop's worker (none on a fresh store)."""
    worker_id = store.device_state().get("current_worker_id")
    if worker_id is None:
        return []
    with store.session() as session:
        return returned_documents(session, str(worker_id))
