"""The client record: everything the record window shows, read in one session.

The result is a tree of frozen dataclasses with no ORM objects in it, so it can be
read on the background worker and handed to the GUI thread after the session has
closed. `open_client_record` logs the VIEW in the same transaction as the read:
nothing is shown without being logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    Client,
    HousingOffer,
    Placement,
    ServiceEpisode,
    Worker,
)
from astu_desktop.models.hetu import masked_for_display
from astu_desktop.services.accesslog import entries_for_client, record_access
from astu_desktop.services.bookings import (
    NO_NEXT_VISIT,
    BookingLine,
    NextVisit,
    client_bookings,
    next_visits,
)
from astu_desktop.services.case_facts import responsible_worker_names
from astu_desktop.services.client_registration import CONTACT_FIELDS
from astu_desktop.services.clients import live_client
from astu_desktop.services.processes import ClientProcesses, client_processes
from astu_desktop.services.record_documents import FormDocuments, documents_by_form
from astu_desktop.services.record_progress import LivingSkills, RentDebt, living_skills, rent_debts
from astu_desktop.services.record_timeline import TimelineEntry, timeline
from astu_desktop.services.sync_marks import ClientSync, client_sync
from astu_protocol.codes import (
    AccessAction,
    AccessOutcome,
    EpisodeEndReason,
    EpisodeStatus,
    FormKey,
    HousingType,
    OfferOutcome,
    Service,
)

TARGET_RECORD = "client:record"


@dataclass(frozen=True)
class PlacementLine:
    placement_id: str
    housing_type: HousingType
    street_address: str
    postal_code: str | None
    landlord: str | None
    move_in_on: date
    ended_on: date | None


@dataclass(frozen=True)
class ContactPersonLine:
    name: str
    relation: str
    phone: str | None


@dataclass(frozen=True)
class RecordHeader:
    client_id: str
    name: str
    hetu_masked: str
    age: int
    phone: str | None
    address: str
    placement: PlacementLine | None
    responsible_worker: str | None
    services: tuple[Service, ...]
    language: str | None = None  # the client's own language code (fi, sv, ru...)
    needs_interpreter: bool = False
    email: str | None = None
    contact_details: Mapping[str, object] = field(default_factory=dict)  # as stored
    contact_persons: tuple[ContactPersonLine, ...] = ()
    next_visit: NextVisit = NO_NEXT_VISIT


@dataclass(frozen=True)
class EpisodeLine:
    episode_id: str
    service: Service
    status: EpisodeStatus
    start_date: date
    end_date: date | None
    end_reason: EpisodeEndReason | None
    worker: str | None


@dataclass(frozen=True)
class OfferLine:
    offer_id: str
    offered_on: date
    housing_type: HousingType
    street_address: str
    viewing_on: date | None
    outcome: OfferOutcome


@dataclass(frozen=True)
class AccessLine:
    at: datetime
    worker: str | None
    action: AccessAction
    outcome: AccessOutcome
    target: str | None


@dataclass(frozen=True)
class ClientRecord:
    header: RecordHeader
    timeline: tuple[TimelineEntry, ...]
    episodes: tuple[EpisodeLine, ...]
    documents: Mapping[FormKey, FormDocuments]
    living_skills: LivingSkills
    rent_debts: tuple[RentDebt, ...]
    processes: ClientProcesses
    placements: tuple[PlacementLine, ...]
    offers: tuple[OfferLine, ...]
    access_log: tuple[AccessLine, ...]
    today: date
    sync: ClientSync  # the client's records not (yet) on the server
    bookings: tuple[BookingLine, ...] = ()


def open_client_record(session: Session, client_id: str, today: date) -> ClientRecord:
    """Log the VIEW, then read: the record's own access log shows this opening too."""
    live_client(session, client_id)
    record_access(session, action=AccessAction.VIEW, client_id=client_id, target=TARGET_RECORD)
    return load_client_record(session, client_id, today)


def load_client_record(session: Session, client_id: str, today: date) -> ClientRecord:
    client = live_client(session, client_id)
    workers = _worker_names(session)
    episodes = _episodes(session, client_id, workers)
    placements = _placements(session, client_id)
    header = _header(client, episodes, placements, today, _responsible_worker(session, client))
    next_visit = next_visits(session, [client_id], today)[client_id]
    return ClientRecord(
        header=replace(header, next_visit=next_visit),
        timeline=timeline(session, client_id),
        episodes=episodes,
        documents=documents_by_form(session, client_id, workers),
        living_skills=living_skills(session, client_id),
        rent_debts=rent_debts(session, client_id, today),
        processes=client_processes(session, client_id, today),
        placements=placements,
        offers=_offers(session, client_id),
        access_log=_access_log(session, client_id, workers),
        today=today,
        bookings=tuple(client_bookings(session, client_id)),
        sync=client_sync(session, client_id),
    )


def _responsible_worker(session: Session, client: Client) -> str | None:
    """The one responsible worker, as services/case_facts.py defines it for every view."""
    return responsible_worker_names(session, [client.id]).get(client.id)


def _worker_names(session: Session) -> dict[str, str]:
    return {
        worker_id: name for worker_id, name in session.execute(select(Worker.id, Worker.full_name))
    }


def _header(
    client: Client,
    episodes: tuple[EpisodeLine, ...],
    placements: tuple[PlacementLine, ...],
    today: date,
    responsible_worker: str | None,
) -> RecordHeader:
    open_episodes = [episode for episode in episodes if episode.status != EpisodeStatus.ENDED]
    town = " ".join(part for part in (client.postal_code, client.city) if part)
    return RecordHeader(
        client_id=client.id,
        name=client.full_name,
        hetu_masked=masked_for_display(client.hetu),
        age=client.age_on(today),
        phone=client.phone,
        address=", ".join(part for part in (client.street_address, town) if part),
        placement=next((p for p in placements if p.ended_on is None), None),
        responsible_worker=responsible_worker,
        services=tuple(sorted({episode.service for episode in open_episodes})),
        language=client.preferred_language,
        needs_interpreter=client.needs_interpreter,
        email=client.email,
        contact_details={name: getattr(client, name) for name in CONTACT_FIELDS},
        contact_persons=tuple(
            ContactPersonLine(person.name, person.relation, person.phone)
            for person in sorted(client.contacts, key=lambda person: (person.name, person.id))
            if not person.is_deleted
        ),
    )


def _episodes(
    session: Session, client_id: str, workers: Mapping[str, str]
) -> tuple[EpisodeLine, ...]:
    query = (
        select(ServiceEpisode)
        .where(ServiceEpisode.client_id == client_id, ServiceEpisode.deleted_at.is_(None))
        .order_by(ServiceEpisode.start_date.desc(), ServiceEpisode.id.desc())
    )
    return tuple(
        EpisodeLine(
            e.id,
            e.service,
            e.status,
            e.start_date,
            e.end_date,
            e.end_reason,
            workers.get(e.responsible_worker_id or ""),
        )
        for e in session.scalars(query)
    )


def _placements(session: Session, client_id: str) -> tuple[PlacementLine, ...]:
    query = (
        select(Placement)
        .where(Placement.client_id == client_id, Placement.deleted_at.is_(None))
        .order_by(Placement.move_in_on.desc(), Placement.id.desc())
    )
    return tuple(
        PlacementLine(
            p.id,
            p.housing_type,
            p.street_address,
            p.postal_code,
            p.landlord,
            p.move_in_on,
            p.ended_on,
        )
        for p in session.scalars(query)
    )


def _offers(session: Session, client_id: str) -> tuple[OfferLine, ...]:
    query = (
        select(HousingOffer)
        .where(HousingOffer.client_id == client_id, HousingOffer.deleted_at.is_(None))
        .order_by(HousingOffer.offered_on.desc(), HousingOffer.id.desc())
    )
    return tuple(
        OfferLine(o.id, o.offered_on, o.housing_type, o.street_address, o.viewing_on, o.outcome)
        for o in session.scalars(query)
    )


def _access_log(
    session: Session, client_id: str, workers: Mapping[str, str]
) -> tuple[AccessLine, ...]:
    return tuple(
        AccessLine(e.at, workers.get(e.worker_id or ""), e.action, e.outcome, e.target)
        for e in entries_for_client(session, client_id)
    )
