"""Correcting or removing a saved visit, until a signed check locks it.

A visit is written in a hurry, often in a car after it happened: the wrong time, a
colleague not ticked, a note on the wrong client's record, the same visit twice. The
worker corrects it, or removes it with a reason: a removal is a tombstone (records
are never hard-deleted, and the tombstone syncs like any change), its workers go with
it, a draft check started on it goes too, and a booking it fulfilled is open again.

Once the living-skills check done on the visit is signed, the visit is part of a
signed record and is locked here and on the server; what was wrong is then said in a
new version of the check. Functions take the caller's session and never commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import BookedVisit, FormDocument, HomeVisit, VisitWorker
from astu_desktop.services.accesslog import record_access
from astu_desktop.services.visits import (
    TARGET_VISIT,
    VisitInvalid,
    VisitProblem,
    check_visit,
    is_empty_note,
)
from astu_protocol.codes import (
    AccessAction,
    BookingStatus,
    DocumentStatus,
    VisitKind,
    VisitRemovalReason,
)

TARGET_VISIT_REMOVAL = "home_visit:removal"


class VisitLocked(Exception):
    """The visit's living-skills check is signed: the visit can no longer change."""


@dataclass(frozen=True)
class SavedVisit:
    """A saved visit as the correction dialog shows it."""

    visit_id: str
    client_id: str
    visited_at: datetime
    worker_ids: tuple[str, ...]
    others_present: str
    notes: str
    kind: VisitKind
    locked: bool


@dataclass(frozen=True)
class VisitCorrection:
    visit_id: str
    visited_at: datetime
    worker_ids: list[str]
    others_present: str
    notes: str
    kind: VisitKind


def saved_visit(session: Session, visit_id: str) -> SavedVisit:
    visit = _live_visit(session, visit_id)
    return SavedVisit(
        visit_id=visit.id,
        client_id=visit.client_id,
        visited_at=visit.visited_at,
        worker_ids=tuple(_worker_rows(session, visit.id)),
        others_present=visit.others_present or "",
        notes=visit.notes or "",
        kind=visit.kind,
        locked=is_locked(session, visit),
    )


def is_locked(session: Session, visit: HomeVisit) -> bool:
    """Whether a signed living-skills check holds the visit as it is."""
    if visit.living_skills_document_id is None:
        return False
    check = session.get(FormDocument, visit.living_skills_document_id)
    return check is not None and check.status == DocumentStatus.SIGNED


def correct_visit(session: Session, correction: VisitCorrection) -> None:
    """Write the corrected visit over the saved one; the workers follow the ticks."""
    visit = _open_visit(session, correction.visit_id)
    check_visit(
        session,
        visit.client_id,
        correction.visited_at,
        correction.worker_ids,
        correction.others_present,
    )
    empty = is_empty_note(correction.notes, correction.others_present, correction.kind)
    if empty and visit.living_skills_document_id is None:
        raise VisitInvalid(VisitProblem.EMPTY)
    visit.visited_at = correction.visited_at
    visit.kind = correction.kind
    visit.others_present = correction.others_present.strip() or None
    visit.notes = correction.notes.strip() or None
    _set_workers(session, visit.id, correction.worker_ids)
    session.flush()
    record_access(
        session, action=AccessAction.UPDATE, client_id=visit.client_id, target=TARGET_VISIT
    )


def remove_visit(
    session: Session,
    visit_id: str,
    *,
    reason: VisitRemovalReason,
    now: datetime | None = None,
) -> None:
    """Tombstone the visit with its reason, and what existed only because of it."""
    visit = _open_visit(session, visit_id)
    when = now or datetime.now(UTC)
    visit.deleted_at, visit.removal_reason = when, reason
    present = VisitWorker.visit_id == visit.id, VisitWorker.deleted_at.is_(None)
    for row in session.scalars(select(VisitWorker).where(*present)):
        row.deleted_at = when
    if visit.living_skills_document_id is not None:
        check = session.get(FormDocument, visit.living_skills_document_id)
        if check is not None and check.status == DocumentStatus.DRAFT and not check.is_deleted:
            check.deleted_at = when  # a draft started on this visit goes with it
    fulfilled = BookedVisit.visit_id == visit.id, BookedVisit.status == BookingStatus.DONE
    for booking in session.scalars(select(BookedVisit).where(*fulfilled)):
        booking.status, booking.visit_id = BookingStatus.BOOKED, None  # not done after all
    session.flush()
    record_access(
        session,
        action=AccessAction.UPDATE,
        client_id=visit.client_id,
        target=TARGET_VISIT_REMOVAL,
    )


def _live_visit(session: Session, visit_id: str) -> HomeVisit:
    visit = session.get(HomeVisit, visit_id)
    if visit is None or visit.is_deleted:
        raise LookupError("visit not found")
    return visit


def _open_visit(session: Session, visit_id: str) -> HomeVisit:
    visit = _live_visit(session, visit_id)
    if is_locked(session, visit):
        raise VisitLocked()
    return visit


def _worker_rows(session: Session, visit_id: str) -> list[str]:
    return list(
        session.scalars(
            select(VisitWorker.worker_id)
            .where(VisitWorker.visit_id == visit_id, VisitWorker.deleted_at.is_(None))
            .order_by(VisitWorker.id)
        )
    )


def _set_workers(session: Session, visit_id: str, worker_ids: Sequence[str]) -> None:
    """Tombstone the unticked, revive or add the ticked: one row per worker, ever."""
    wanted = set(worker_ids)
    rows = {
        row.worker_id: row
        for row in session.scalars(select(VisitWorker).where(VisitWorker.visit_id == visit_id))
    }
    for worker_id, row in rows.items():
        if worker_id in wanted and row.deleted_at is not None:
            row.deleted_at = None
        elif worker_id not in wanted and row.deleted_at is None:
            row.deleted_at = datetime.now(UTC)
    for worker_id in dict.fromkeys(worker_ids):
        if worker_id not in rows:
            session.add(VisitWorker(visit_id=visit_id, worker_id=worker_id))
