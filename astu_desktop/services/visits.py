"""Home visits (kotikäynnit): recording one, and who could have been there.

A visit is recorded on the laptop right after it happened, often offline: when,
which workers were there (pair work is common), who else was present, what kind of
contact it was and notes. A living-skills check done on the visit is a form document
linked to the visit. Functions take the caller's session and never commit.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import Client, DeviceState, FormDocument, HomeVisit, VisitWorker, Worker
from astu_desktop.services.accesslog import record_access
from astu_desktop.services.bookings import DEFAULT_DURATION_MINUTES, book_visit, complete_booking
from astu_desktop.services.documents import create_draft
from astu_protocol.codes import AccessAction, FormKey, VisitKind

TARGET_VISIT = "home_visit"
TARGET_LIVING_SKILLS = f"form_document:{FormKey.LIVING_SKILLS_CHECK.value}"
OTHERS_PRESENT_MAX = 400


class VisitProblem(enum.StrEnum):
    NO_WORKER = "no_worker"
    UNKNOWN_WORKER = "unknown_worker"
    UNKNOWN_CLIENT = "unknown_client"
    NAIVE_TIME = "naive_time"
    OTHERS_TOO_LONG = "others_too_long"
    NOT_A_LIVING_SKILLS_CHECK = "not_a_living_skills_check"
    EMPTY = "empty"  # nothing written and no check: nothing to keep


class VisitInvalid(ValueError):
    """The visit cannot be saved as given; `problem` says why (never with personal data)."""

    def __init__(self, problem: VisitProblem) -> None:
        self.problem = problem
        super().__init__(problem.value)


@dataclass(frozen=True)
class VisitInput:
    """What the visit dialog asks, as the worker left it."""

    client_id: str
    visited_at: datetime
    worker_ids: list[str]
    others_present: str
    notes: str
    kind: VisitKind
    with_living_skills: bool
    booking_id: str | None = None  # the booked visit this one fulfils
    next_starts_at: datetime | None = None  # book the next visit for then


@dataclass(frozen=True)
class WorkerChoice:
    """A worker to pick: on a visit or a booking, or in the caseload's worker filter."""

    worker_id: str
    name: str


def record_visit(
    session: Session,
    *,
    client_id: str,
    visited_at: datetime,
    worker_ids: Sequence[str],
    others_present: str | None,
    notes: str | None,
    kind: VisitKind,
    living_skills: str | None = None,
    duration_minutes: int | None = None,
    booking_id: str | None = None,
) -> HomeVisit:
    """Save the visit with its workers; `living_skills` links an existing check.

    `booking_id` names the booked visit this one fulfils: it is marked done.
    """
    check_visit(session, client_id, visited_at, worker_ids, others_present)
    if living_skills is not None:
        _check_living_skills(session, client_id, living_skills)
    visit = HomeVisit(
        client_id=client_id,
        visited_at=visited_at,
        duration_minutes=duration_minutes,
        kind=kind,
        others_present=(others_present or "").strip() or None,
        notes=(notes or "").strip() or None,
        living_skills_document_id=living_skills,
        recorded_by_id=current_worker_id(session),
    )
    session.add(visit)
    session.flush()
    for worker_id in dict.fromkeys(worker_ids):
        session.add(VisitWorker(visit_id=visit.id, worker_id=worker_id))
    session.flush()
    if booking_id is not None:
        complete_booking(session, booking_id, visit_id=visit.id, client_id=client_id)
    record_access(session, action=AccessAction.CREATE, client_id=client_id, target=TARGET_VISIT)
    return visit


def save_visit(session: Session, visit: VisitInput, *, today: date) -> str | None:
    """Save the visit as the dialog gives it; the id of the living-skills draft when the
    worker ticked one (the editor opens it next). A visit with nothing written, no one
    else present and no check is refused as empty, unless nobody was at home (the
    attempt itself is the fact)."""
    if is_empty(visit):
        raise VisitInvalid(VisitProblem.EMPTY)
    saved = record_visit(
        session,
        client_id=visit.client_id,
        visited_at=visit.visited_at,
        worker_ids=visit.worker_ids,
        others_present=visit.others_present,
        notes=visit.notes,
        kind=visit.kind,
        booking_id=visit.booking_id,
    )
    if visit.next_starts_at is not None:
        book_visit(
            session,
            client_id=visit.client_id,
            starts_at=visit.next_starts_at,
            duration_minutes=DEFAULT_DURATION_MINUTES,
            place=None,
            worker_ids=visit.worker_ids,
            booked_by_id=current_worker_id(session),
        )
    if not visit.with_living_skills:
        return None
    return start_living_skills_check(session, saved.id, today=today).id


def is_empty(visit: VisitInput) -> bool:
    return is_empty_note(visit.notes, visit.others_present, visit.kind) and not (
        visit.with_living_skills
    )


def is_empty_note(notes: str | None, others_present: str | None, kind: VisitKind) -> bool:
    """Nothing written and nobody else there: a record that says nothing, unless
    nobody was at home (the attempt itself is the fact)."""
    written = (notes or "").strip() or (others_present or "").strip()
    return not (written or kind == VisitKind.NOT_AT_HOME)


def start_living_skills_check(session: Session, visit_id: str, *, today: date) -> FormDocument:
    """A draft living-skills check linked to the visit, for the editor to open."""
    visit = session.get(HomeVisit, visit_id)
    if visit is None or visit.is_deleted:
        raise LookupError("visit not found")
    document = create_draft(
        session,
        client_id=visit.client_id,
        form_key=FormKey.LIVING_SKILLS_CHECK,
        author_id=current_worker_id(session),
        today=today,
    )
    visit.living_skills_document_id = document.id
    session.flush()
    record_access(
        session, action=AccessAction.CREATE, client_id=visit.client_id, target=TARGET_LIVING_SKILLS
    )
    return document


def visit_workers(session: Session, worker_id: str | None) -> list[WorkerChoice]:
    """The worker's team, the worker first; every active worker when there is no team."""
    me = session.get(Worker, worker_id) if worker_id is not None else None
    query = select(Worker).where(Worker.active.is_(True), Worker.deleted_at.is_(None))
    if me is not None and me.team_id is not None:
        query = query.where(Worker.team_id == me.team_id)
    workers = sorted(session.scalars(query), key=lambda w: (w.id != worker_id, w.full_name))
    return [WorkerChoice(worker.id, worker.full_name) for worker in workers]


def current_worker_id(session: Session) -> str | None:
    """The worker this laptop belongs to (None on a store not yet given to anyone)."""
    return session.scalars(select(DeviceState.current_worker_id)).first()


def check_visit(
    session: Session,
    client_id: str,
    visited_at: datetime,
    worker_ids: Sequence[str],
    others_present: str | None,
) -> None:
    if visited_at.tzinfo is None:
        raise VisitInvalid(VisitProblem.NAIVE_TIME)
    if not worker_ids:
        raise VisitInvalid(VisitProblem.NO_WORKER)
    if len((others_present or "").strip()) > OTHERS_PRESENT_MAX:
        raise VisitInvalid(VisitProblem.OTHERS_TOO_LONG)
    client = session.get(Client, client_id)
    if client is None or client.is_deleted:
        raise VisitInvalid(VisitProblem.UNKNOWN_CLIENT)
    known = set(session.scalars(select(Worker.id).where(Worker.id.in_(list(worker_ids)))))
    if known != set(worker_ids):
        raise VisitInvalid(VisitProblem.UNKNOWN_WORKER)


def _check_living_skills(session: Session, client_id: str, document_id: str) -> None:
    document = session.get(FormDocument, document_id)
    if (
        document is None
        or document.is_deleted
        or document.client_id != client_id
        or document.form_key != FormKey.LIVING_SKILLS_CHECK
    ):
        raise VisitInvalid(VisitProblem.NOT_A_LIVING_SKILLS_CHECK)
