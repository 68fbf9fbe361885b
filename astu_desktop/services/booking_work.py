"""The booking dialogs' units of work: what they show first and each change, one
session opened here per user action (the dialogs run them on the store worker).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from astu_desktop.models import Client
from astu_desktop.services.bookings import (
    BookingLine,
    book_visit,
    cancel_booking,
    client_address,
    reschedule_booking,
    worker_bookings,
)
from astu_desktop.services.calendar_export import export_week
from astu_desktop.services.visits import WorkerChoice, current_worker_id, visit_workers
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import BookingChangeReason
from astu_protocol.service_day import now_utc


@dataclass(frozen=True)
class BookingSetup:
    client_name: str
    address: str
    workers: list[WorkerChoice]
    me: str | None


@dataclass(frozen=True)
class BookingInput:
    client_id: str
    starts_at: datetime
    duration_minutes: int
    place: str
    worker_ids: list[str]


def read_booking_setup(store: CaseStore, client_id: str) -> BookingSetup:
    with store.session() as session:
        client = session.get(Client, client_id)
        me = current_worker_id(session)
        name = client.full_name if client is not None else ""
        address = client_address(client) if client is not None else ""
        return BookingSetup(name, address, visit_workers(session, me), me)


def save_booking(store: CaseStore, booking: BookingInput) -> str:
    with store.session() as session, session.begin():
        return book_visit(
            session,
            client_id=booking.client_id,
            starts_at=booking.starts_at,
            duration_minutes=booking.duration_minutes,
            place=booking.place,
            worker_ids=booking.worker_ids,
            booked_by_id=current_worker_id(session),
        ).id


def save_move(
    store: CaseStore, booking_id: str, starts_at: datetime, reason: BookingChangeReason
) -> str:
    with store.session() as session, session.begin():
        return reschedule_booking(
            session,
            booking_id,
            starts_at=starts_at,
            reason=reason,
            booked_by_id=current_worker_id(session),
        ).id


def save_cancel(store: CaseStore, booking_id: str, reason: BookingChangeReason) -> None:
    with store.session() as session, session.begin():
        cancel_booking(session, booking_id, reason=reason)


def read_worker_days(store: CaseStore, worker_id: str, first: date, days: int) -> list[BookingLine]:
    """The worker's booked visits on `days` days from `first` (the calendar's page)."""
    with store.session() as session:
        return worker_bookings(session, worker_id, first, days)


def write_week_calendar(
    store: CaseStore, worker_id: str, first: date, path: Path, title: str
) -> Path:
    """The week of booked visits as an .ics file at `path`; the export is logged."""
    with store.session() as session, session.begin():
        export_week(
            session, worker_id=worker_id, first=first, path=path, title=title, stamp=now_utc()
        )
    return path
