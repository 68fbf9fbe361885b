"""The client record's timeline: what happened with the client, newest first.

Visits, documents, the start and end of each service episode, SAS decisions, moves
into a flat and the ends of tenancies, each as one entry that names what happened
with codes (the UI words them in the worker's language).
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    FormDocument,
    HomeVisit,
    Placement,
    SasDecision,
    ServiceEpisode,
    TenancyEnding,
    VisitWorker,
    Worker,
)
from astu_desktop.services.sync_marks import RowSync, SyncMark, row_states

# Helsinki's service: a visit at 00:30 local time belongs to that local day.
LOCAL_ZONE = ZoneInfo("Europe/Helsinki")


class TimelineKind(enum.StrEnum):
    VISIT = "visit"
    DOCUMENT = "document"
    EPISODE_STARTED = "episode_started"
    EPISODE_ENDED = "episode_ended"
    SAS_DECISION = "sas_decision"
    MOVED_IN = "moved_in"
    TENANCY_ENDED = "tenancy_ended"


@dataclass(frozen=True)
class TimelineEntry:
    """`subject` is what it was about (a visit kind, a form, a service, a housing type);
    `qualifier` how it turned out (a document status, an end reason, a decision)."""

    kind: TimelineKind
    on: date
    record_id: str
    subject: enum.StrEnum
    qualifier: enum.StrEnum | None = None
    at: datetime | None = None
    detail: str | None = None
    people: tuple[str, ...] = ()
    version_no: int = 1
    sync: RowSync | None = None  # not (yet) on the server

    @property
    def sort_key(self) -> tuple[date, datetime]:
        return self.on, self.at or datetime.min.replace(tzinfo=LOCAL_ZONE)


def timeline(session: Session, client_id: str) -> tuple[TimelineEntry, ...]:
    entries = [
        *_visits(session, client_id),
        *_documents(session, client_id),
        *_episodes(session, client_id),
        *_sas_decisions(session, client_id),
        *_placements(session, client_id),
        *_tenancy_endings(session, client_id),
    ]
    entries.sort(key=lambda entry: entry.sort_key, reverse=True)
    return tuple(_with_sync_state(session, entries))


# The table each kind of entry is a row of.
_ENTRY_TABLES = {
    TimelineKind.VISIT: "home_visit",
    TimelineKind.DOCUMENT: "form_document",
    TimelineKind.EPISODE_STARTED: "service_episode",
    TimelineKind.EPISODE_ENDED: "service_episode",
    TimelineKind.SAS_DECISION: "sas_decision",
    TimelineKind.MOVED_IN: "placement",
    TimelineKind.TENANCY_ENDED: "tenancy_ending",
}


def _with_sync_state(session: Session, entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """Each entry marked when it is not on the server; a visit also when a worker row of
    it is not (the visit is what the worker sees of it)."""
    ids: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        ids[_ENTRY_TABLES[entry.kind]].append(entry.record_id)
    states = {}
    for table, row_ids in ids.items():
        states.update(row_states(session, table, row_ids))
    workers = select(VisitWorker.id, VisitWorker.visit_id).where(
        VisitWorker.visit_id.in_(ids.get("home_visit", []))
    )
    visit_rows = {row_id: visit_id for row_id, visit_id in session.execute(workers)}
    for row_id, state in row_states(session, "visit_worker", list(visit_rows)).items():
        visit_id = visit_rows[row_id]
        own = states.get(visit_id)
        if own is None or (state.mark is SyncMark.REFUSED and own.mark is not SyncMark.REFUSED):
            states[visit_id] = state  # the visit's own refusal says the most
    return [
        replace(entry, sync=states[entry.record_id]) if entry.record_id in states else entry
        for entry in entries
    ]


def local_day(moment: datetime) -> date:
    return moment.astimezone(LOCAL_ZONE).date()


def _visits(session: Session, client_id: str) -> list[TimelineEntry]:
    visits = list(
        session.scalars(
            select(HomeVisit).where(
                HomeVisit.client_id == client_id, HomeVisit.deleted_at.is_(None)
            )
        )
    )
    people = _visit_workers(session, [visit.id for visit in visits])
    return [
        TimelineEntry(
            TimelineKind.VISIT,
            local_day(visit.visited_at),
            visit.id,
            visit.kind,
            at=visit.visited_at,
            detail=visit.notes,
            people=tuple(people[visit.id]),
        )
        for visit in visits
    ]


def _visit_workers(session: Session, visit_ids: list[str]) -> dict[str, list[str]]:
    query = (
        select(VisitWorker.visit_id, Worker.full_name)
        .join(Worker, Worker.id == VisitWorker.worker_id)
        .where(VisitWorker.visit_id.in_(visit_ids), VisitWorker.deleted_at.is_(None))
        .order_by(Worker.full_name)
    )
    names: dict[str, list[str]] = defaultdict(list)
    for visit_id, name in session.execute(query):
        names[visit_id].append(name)
    return names


def _documents(session: Session, client_id: str) -> list[TimelineEntry]:
    query = select(FormDocument).where(
        FormDocument.client_id == client_id, FormDocument.deleted_at.is_(None)
    )
    return [
        TimelineEntry(
            TimelineKind.DOCUMENT,
            document.document_date,
            document.id,
            document.form_key,
            document.status,
            version_no=document.version_no,
        )
        for document in session.scalars(query)
    ]


def _episodes(session: Session, client_id: str) -> list[TimelineEntry]:
    query = select(ServiceEpisode).where(
        ServiceEpisode.client_id == client_id, ServiceEpisode.deleted_at.is_(None)
    )
    entries = []
    for episode in session.scalars(query):
        started = TimelineKind.EPISODE_STARTED
        entries.append(TimelineEntry(started, episode.start_date, episode.id, episode.service))
        if episode.end_date is not None:
            ended = TimelineKind.EPISODE_ENDED
            entries.append(
                TimelineEntry(
                    ended, episode.end_date, episode.id, episode.service, episode.end_reason
                )
            )
    return entries


def _sas_decisions(session: Session, client_id: str) -> list[TimelineEntry]:
    query = select(SasDecision).where(
        SasDecision.client_id == client_id, SasDecision.deleted_at.is_(None)
    )
    return [
        TimelineEntry(
            TimelineKind.SAS_DECISION,
            decision.decided_on,
            decision.id,
            decision.outcome,
            decision.housing_type,
            detail=decision.reasoning,
        )
        for decision in session.scalars(query)
    ]


def _placements(session: Session, client_id: str) -> list[TimelineEntry]:
    query = select(Placement).where(
        Placement.client_id == client_id, Placement.deleted_at.is_(None)
    )
    return [
        TimelineEntry(
            TimelineKind.MOVED_IN,
            placement.move_in_on,
            placement.id,
            placement.housing_type,
            detail=placement.street_address,
        )
        for placement in session.scalars(query)
    ]


def _tenancy_endings(session: Session, client_id: str) -> list[TimelineEntry]:
    query = select(TenancyEnding).where(
        TenancyEnding.client_id == client_id, TenancyEnding.deleted_at.is_(None)
    )
    return [
        TimelineEntry(
            TimelineKind.TENANCY_ENDED,
            ending.ended_on,
            ending.id,
            ending.reason,
            detail=ending.notes,
        )
        for ending in session.scalars(query)
    ]
