"""The case summary (asiakkuuden yhteenveto): the record's essentials for one printout.

Read from the same services as the client record window (`load_client_record`), plus
the current (signed) service plan's goals (services/case_facts.py), so the summary and
the window tell the same story.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from astu_desktop.models import Client
from astu_desktop.services.case_facts import current_document
from astu_desktop.services.client_record import ClientRecord, EpisodeLine, load_client_record
from astu_desktop.services.clients import ClientNotFound
from astu_desktop.services.record_progress import RentDebt
from astu_desktop.services.record_timeline import TimelineEntry, TimelineKind
from astu_protocol.codes import DocumentStatus, EpisodeStatus, FormKey

LAST_VISITS = 5
TARGET_CASE_SUMMARY = "client:summary"  # as the access-log tab words it


@dataclass(frozen=True)
class PlanGoal:
    goal: str
    measures: str
    who_does_what: str
    due_by: date | None


@dataclass(frozen=True)
class PlanSummary:
    document_date: date
    status: DocumentStatus
    review_due: date | None
    goals: tuple[PlanGoal, ...]


@dataclass(frozen=True)
class CaseSummary:
    record: ClientRecord
    hetu: str  # in full: the summary is a document about this person
    open_episodes: tuple[EpisodeLine, ...]
    plan: PlanSummary | None
    last_visits: tuple[TimelineEntry, ...]  # newest first
    rent_debt: RentDebt | None  # the open follow-up, else the newest one

    @property
    def today(self) -> date:
        return self.record.today


def case_summary(session: Session, client_id: str, today: date) -> CaseSummary:
    client = session.get(Client, client_id)
    if client is None or client.is_deleted:
        raise ClientNotFound()
    record = load_client_record(session, client_id, today)
    debts = record.rent_debts
    return CaseSummary(
        record=record,
        hetu=client.hetu,
        open_episodes=tuple(e for e in record.episodes if e.status != EpisodeStatus.ENDED),
        plan=_plan(session, client_id),
        last_visits=tuple(e for e in record.timeline if e.kind == TimelineKind.VISIT)[:LAST_VISITS],
        rent_debt=next((d for d in debts if d.ended_on is None), debts[0] if debts else None),
    )


def _plan(session: Session, client_id: str) -> PlanSummary | None:
    document = current_document(session, client_id, FormKey.SERVICE_PLAN)
    if document is None:
        return None
    rows = document.answers.get("goals")
    goals = (
        tuple(_goal(row) for row in rows if isinstance(row, dict)) if isinstance(rows, list) else ()
    )
    return PlanSummary(document.document_date, document.status, document.review_due, goals)


def _goal(row: dict[str, Any]) -> PlanGoal:
    due = row.get("due_by")
    return PlanGoal(
        goal=str(row.get("goal") or ""),
        measures=str(row.get("measures") or ""),
        who_does_what=str(row.get("who_does_what") or ""),
        due_by=date.fromisoformat(due) if isinstance(due, str) else None,
    )
