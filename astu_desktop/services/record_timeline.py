"""The client record's timeline: what happened with the client, newest first.

Visits, documents, the start and end of each service episode, SAS decisions, moves
into a flat and the ends of tenancies, and every step of a rent-debt follow-up (the
debt, the payment plan, payments, partner contacts, income-support decisions, the
end), each as one entry that names what happened with codes (the UI words them in
the worker's language) and, where money moved, the sum in cents.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    FormDocument,
    HomeVisit,
    Instalment,
    PartnerContact,
    Placement,
    RentDebtDecision,
    RentDebtFollowUp,
    RentPayment,
    SasDecision,
    ServiceEpisode,
    TenancyEnding,
    VisitWorker,
    Worker,
)
from astu_desktop.services.sync_marks import RowSync, SyncMark, row_states
from astu_protocol.codes import DecisionOutcome, DocumentStatus, RentDebtStage
from astu_protocol.service_day import HELSINKI, service_day

# Helsinki's service: a visit at 00:30 local time belongs to that local day.


class TimelineKind(enum.StrEnum):
    VISIT = "visit"
    DOCUMENT = "document"
    EPISODE_STARTED = "episode_started"
    EPISODE_ENDED = "episode_ended"
    SAS_DECISION = "sas_decision"
    MOVED_IN = "moved_in"
    TENANCY_ENDED = "tenancy_ended"
    RENT_DEBT_STARTED = "rent_debt_started"
    PAYMENT_PLAN = "payment_plan"
    RENT_PAYMENT = "rent_payment"
    PARTNER_CONTACT = "partner_contact"
    DECISION_APPLIED = "decision_applied"
    DECISION_MADE = "decision_made"
    RENT_DEBT_ENDED = "rent_debt_ended"


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
    signed_by: str | None = None
    superseded: bool = False  # a newer version of this document replaced it
    cents: int | None = None  # the sum of a rent-debt step
    count: int = 0  # the instalments of a payment plan
    sync: RowSync | None = None  # not (yet) on the server

    @property
    def sort_key(self) -> tuple[date, datetime]:
        return self.on, self.at or datetime.min.replace(tzinfo=HELSINKI)


def timeline(session: Session, client_id: str) -> tuple[TimelineEntry, ...]:
    entries = [
        *_visits(session, client_id),
        *_documents(session, client_id),
        *_episodes(session, client_id),
        *_sas_decisions(session, client_id),
        *_placements(session, client_id),
        *_tenancy_endings(session, client_id),
        *_rent_debt_steps(session, client_id),
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
    TimelineKind.RENT_DEBT_STARTED: "rent_debt_follow_up",
    TimelineKind.PAYMENT_PLAN: "rent_debt_follow_up",
    TimelineKind.RENT_DEBT_ENDED: "rent_debt_follow_up",
    TimelineKind.RENT_PAYMENT: "rent_payment",
    TimelineKind.PARTNER_CONTACT: "partner_contact",
    TimelineKind.DECISION_APPLIED: "rent_debt_decision",
    TimelineKind.DECISION_MADE: "rent_debt_decision",
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
            service_day(visit.visited_at),
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
    """Each version of each document, with who signed it and whether a newer one
    replaced it: the worker reading the history must never mistake an old plan for
    the one in force."""
    query = (
        select(FormDocument, Worker.full_name)
        .outerjoin(Worker, Worker.id == FormDocument.signed_by_id)
        .where(FormDocument.client_id == client_id, FormDocument.deleted_at.is_(None))
    )
    rows = [(document, signer) for document, signer in session.execute(query)]
    replaced = {  # a draft amendment does not replace the signed version until it is signed
        document.supersedes_id
        for document, _signer in rows
        if document.supersedes_id and document.status == DocumentStatus.SIGNED
    }
    return [
        TimelineEntry(
            TimelineKind.DOCUMENT,
            document.document_date,
            document.id,
            document.form_key,
            document.status,
            version_no=document.version_no,
            signed_by=signer,
            superseded=document.id in replaced,
        )
        for document, signer in rows
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


def _rent_debt_steps(session: Session, client_id: str) -> list[TimelineEntry]:
    follow_ups = list(
        session.scalars(
            select(RentDebtFollowUp).where(
                RentDebtFollowUp.client_id == client_id, RentDebtFollowUp.deleted_at.is_(None)
            )
        )
    )
    ids = [follow_up.id for follow_up in follow_ups]
    entries = [entry for follow_up in follow_ups for entry in _follow_up_entries(follow_up)]
    entries += _plans(session, follow_ups)
    return entries + _payments(session, ids) + _contacts(session, ids) + _decisions(session, ids)


def _follow_up_entries(follow_up: RentDebtFollowUp) -> list[TimelineEntry]:
    started = TimelineEntry(
        TimelineKind.RENT_DEBT_STARTED,
        follow_up.started_on,
        follow_up.id,
        RentDebtStage.START,
        detail=follow_up.landlord,
        cents=follow_up.debt_at_start_cents,
    )
    if follow_up.outcome is None or follow_up.ended_on is None:
        return [started]
    ended = TimelineEntry(
        TimelineKind.RENT_DEBT_ENDED,
        follow_up.ended_on,
        follow_up.id,
        follow_up.outcome,
        detail=follow_up.notes,
    )
    return [started, ended]


def _plans(session: Session, follow_ups: list[RentDebtFollowUp]) -> list[TimelineEntry]:
    """The plan in force: its instalments and what they add up to."""
    agreed = {f.id: f for f in follow_ups if f.plan_agreed_on is not None}
    query = select(Instalment).where(
        Instalment.follow_up_id.in_(list(agreed)), Instalment.deleted_at.is_(None)
    )
    totals: dict[str, list[int]] = defaultdict(list)
    for instalment in session.scalars(query):
        totals[instalment.follow_up_id].append(instalment.amount_cents)
    return [
        TimelineEntry(
            TimelineKind.PAYMENT_PLAN,
            follow_up.plan_agreed_on,
            follow_up.id,
            RentDebtStage.WORK,
            cents=sum(totals[follow_up.id]),
            count=len(totals[follow_up.id]),
        )
        for follow_up in agreed.values()
        if follow_up.plan_agreed_on is not None
    ]


def _payments(session: Session, follow_up_ids: list[str]) -> list[TimelineEntry]:
    query = select(RentPayment).where(
        RentPayment.follow_up_id.in_(follow_up_ids), RentPayment.deleted_at.is_(None)
    )
    return [
        TimelineEntry(
            TimelineKind.RENT_PAYMENT,
            payment.paid_on,
            payment.id,
            payment.source,
            cents=payment.amount_cents,
        )
        for payment in session.scalars(query)
    ]


def _contacts(session: Session, follow_up_ids: list[str]) -> list[TimelineEntry]:
    query = select(PartnerContact).where(
        PartnerContact.follow_up_id.in_(follow_up_ids), PartnerContact.deleted_at.is_(None)
    )
    return [
        TimelineEntry(
            TimelineKind.PARTNER_CONTACT,
            contact.contacted_on,
            contact.id,
            contact.partner,
            contact.channel,
            detail=contact.summary,
        )
        for contact in session.scalars(query)
    ]


def _decisions(session: Session, follow_up_ids: list[str]) -> list[TimelineEntry]:
    """The application, and the decision on the day it was made."""
    query = select(RentDebtDecision).where(
        RentDebtDecision.follow_up_id.in_(follow_up_ids), RentDebtDecision.deleted_at.is_(None)
    )
    entries = []
    for decision in session.scalars(query):
        entries.append(
            TimelineEntry(
                TimelineKind.DECISION_APPLIED, decision.applied_on, decision.id, decision.kind
            )
        )
        if decision.outcome != DecisionOutcome.PENDING and decision.decided_on is not None:
            entries.append(
                TimelineEntry(
                    TimelineKind.DECISION_MADE,
                    decision.decided_on,
                    decision.id,
                    decision.kind,
                    decision.outcome,
                    cents=decision.amount_cents,
                )
            )
    return entries
