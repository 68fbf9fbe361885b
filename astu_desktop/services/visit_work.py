"""The visit dialog's units of work: what it shows first, and the save, each one
session opened here for one user action (the dialog runs both on the store worker).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from astu_desktop.models import Client
from astu_desktop.services import visits
from astu_desktop.services.bookings import BookingLine, booking_for_visit_on, client_bookings
from astu_desktop.services.visits import VisitInput, WorkerChoice, current_worker_id, visit_workers
from astu_desktop.store.casestore import CaseStore


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
