"""The visit dialogs' units of work: what the new-visit and the correction dialogs show
first, and each save, one session opened here per user action (the dialogs run them on
the store worker).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from astu_desktop.models import Client, Worker
from astu_desktop.services import visit_corrections, visits
from astu_desktop.services.bookings import BookingLine, booking_for_visit_on, client_bookings
from astu_desktop.services.visit_corrections import SavedVisit, VisitCorrection
from astu_desktop.services.visits import VisitInput, WorkerChoice, current_worker_id, visit_workers
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import VisitRemovalReason


@dataclass(frozen=True)
class VisitSetup:
    """What the dialog shows before the worker types anything (one small read)."""

    client_name: str
    workers: list[WorkerChoice]
    me: str | None
    booking: BookingLine | None  # the booked visit this one most likely is
    later_booked: bool  # another visit is booked already: none is offered


def read_setup(store: CaseStore, client_id: str, today: date) -> VisitSetup:
    with store.session() as session:
        client = session.get(Client, client_id)
        me = current_worker_id(session)
        name = client.full_name if client is not None else ""
        booking = booking_for_visit_on(session, client_id, today)
        open_bookings = client_bookings(session, client_id)
        later = len(open_bookings) > (1 if booking is not None else 0)
        return VisitSetup(name, visit_workers(session, me), me, booking, later)


def save_visit(store: CaseStore, visit: VisitInput, today: date) -> str | None:
    """Save the visit; the id of the living-skills draft when one was started."""
    with store.session() as session, session.begin():
        return visits.save_visit(session, visit, today=today)


@dataclass(frozen=True)
class CorrectionSetup:
    client_name: str
    visit: SavedVisit
    workers: list[WorkerChoice]


def read_correction_setup(store: CaseStore, visit_id: str) -> CorrectionSetup:
    """The saved visit and the workers who could have been on it (one small read)."""
    with store.session() as session:
        visit = visit_corrections.saved_visit(session, visit_id)
        client = session.get(Client, visit.client_id)
        workers = visit_workers(session, current_worker_id(session))
        known = {choice.worker_id for choice in workers}
        for worker_id in visit.worker_ids:  # one who has left the team since stays ticked
            worker = session.get(Worker, worker_id) if worker_id not in known else None
            if worker is not None:
                workers.append(WorkerChoice(worker.id, worker.full_name))
        return CorrectionSetup(client.full_name if client else "", visit, workers)


def save_correction(store: CaseStore, correction: VisitCorrection) -> None:
    with store.session() as session, session.begin():
        visit_corrections.correct_visit(session, correction)


def save_removal(store: CaseStore, visit_id: str, reason: VisitRemovalReason) -> None:
    with store.session() as session, session.begin():
        visit_corrections.remove_visit(session, visit_id, reason=reason)
