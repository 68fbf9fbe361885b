"""Booked visits: booking, moving and cancelling one, and the next visit of a client.

"Next visit" is defined here once and every list uses it: a client's next visit is
the earliest booking still `booked`. It is *overdue* (myöhässä) when its Helsinki day
has passed without a visit being recorded for it; a visit booked for today is not
overdue until the day ends, since the worker may be on it. A client with no booking
has no next visit ("Ei varattua käyntiä"), whatever the last visit was.

Functions take the caller's session and never commit.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from astu_desktop.models import BookedVisit, BookedVisitWorker, Client, Worker
from astu_desktop.models.bookings import PLACE_MAX
from astu_desktop.services.accesslog import record_access
from astu_protocol.codes import AccessAction, BookingChangeReason, BookingStatus
from astu_protocol.service_day import HELSINKI, days_span, local, now_utc, service_day

TARGET_BOOKING = "booked_visit"
DEFAULT_DURATION_MINUTES = 60
DURATION_LIMITS = (5, 600)
# Outreach and home rehabilitation clients are visited at least every four weeks: the
# booking offered after a visit starts this far on (the worker can change it).
NEXT_BOOKING_AFTER = timedelta(days=28)
WORKING_HOURS = (8, 16)  # Helsinki clock hours a new booking is offered in


class BookingProblem(enum.StrEnum):
    NO_WORKER = "no_worker"
    UNKNOWN_WORKER = "unknown_worker"
    UNKNOWN_CLIENT = "unknown_client"
    UNKNOWN_BOOKING = "unknown_booking"
    NAIVE_TIME = "naive_time"
    BAD_DURATION = "bad_duration"
    PLACE_TOO_LONG = "place_too_long"
    NOT_BOOKED = "not_booked"  # done, cancelled or moved already


class BookingInvalid(ValueError):
    """The booking cannot be saved as given; `problem` says why (never personal data)."""

    def __init__(self, problem: BookingProblem) -> None:
        self.problem = problem
        super().__init__(problem.value)


class NextVisitState(enum.StrEnum):
    BOOKED = "booked"
    OVERDUE = "overdue"
    NONE = "none"


@dataclass(frozen=True)
class NextVisit:
    state: NextVisitState
    starts_at: datetime | None = None


NO_NEXT_VISIT = NextVisit(NextVisitState.NONE)


def next_visit_of(starts_at: datetime | None, today: date) -> NextVisit:
    """The rule: the earliest open booking's start, overdue once its Helsinki day has passed.

    `today` is the Helsinki service day (see services/service_day.py).
    """
    if starts_at is None:
        return NO_NEXT_VISIT
    overdue = service_day(starts_at) < today
    return NextVisit(NextVisitState.OVERDUE if overdue else NextVisitState.BOOKED, starts_at)


def next_booked_start(client_id: Any) -> Any:
    """The client's next visit's start as a correlated subquery (one index lookup)."""
    return (
        select(func.min(BookedVisit.starts_at))
        .where(
            BookedVisit.client_id == client_id,
            BookedVisit.status == BookingStatus.BOOKED,
            BookedVisit.deleted_at.is_(None),
        )
        .scalar_subquery()
    )


def next_visits(session: Session, client_ids: Sequence[str], today: date) -> dict[str, NextVisit]:
    """The next visit of each given client (those without a booking map to NONE)."""
    statement = (
        select(BookedVisit.client_id, func.min(BookedVisit.starts_at))
        .where(
            BookedVisit.client_id.in_(list(client_ids)),
            BookedVisit.status == BookingStatus.BOOKED,
            BookedVisit.deleted_at.is_(None),
        )
        .group_by(BookedVisit.client_id)
    )
    starts = {client_id: _aware(start) for client_id, start in session.execute(statement)}
    return {client_id: next_visit_of(starts.get(client_id), today) for client_id in client_ids}


def suggested_next_start(visited_at: datetime) -> datetime:
    """Four weeks after a visit at the same Helsinki clock time (DST does not shift it)."""
    on_clock = local(visited_at)
    later = on_clock.replace(tzinfo=None) + NEXT_BOOKING_AFTER
    return later.replace(tzinfo=on_clock.tzinfo)


def next_full_hour(now: datetime | None = None) -> datetime:
    """Where a new booking starts unless the worker picks a time: the next full hour of
    the working day (8-16 in Helsinki), else 9.00 on the next weekday."""
    moment = local(now or now_utc()).replace(minute=0, second=0, microsecond=0)
    moment += timedelta(hours=1)
    if WORKING_HOURS[0] <= moment.hour < WORKING_HOURS[1] and moment.weekday() < 5:
        return moment
    day = moment.date() + timedelta(days=0 if moment.hour < WORKING_HOURS[0] else 1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(9), tzinfo=HELSINKI)


def book_visit(
    session: Session,
    *,
    client_id: str,
    starts_at: datetime,
    duration_minutes: int,
    place: str | None,
    worker_ids: Sequence[str],
    booked_by_id: str | None,
) -> BookedVisit:
    """Book a visit with the workers who go."""
    _check_booking(session, client_id, starts_at, duration_minutes, place, worker_ids)
    booking = BookedVisit(
        client_id=client_id,
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        place=(place or "").strip() or None,
        status=BookingStatus.BOOKED,
        booked_by_id=booked_by_id,
    )
    session.add(booking)
    session.flush()
    for worker_id in dict.fromkeys(worker_ids):
        session.add(BookedVisitWorker(booking_id=booking.id, worker_id=worker_id))
    session.flush()
    record_access(session, action=AccessAction.CREATE, client_id=client_id, target=TARGET_BOOKING)
    return booking


def reschedule_booking(
    session: Session,
    booking_id: str,
    *,
    starts_at: datetime,
    reason: BookingChangeReason,
    booked_by_id: str | None,
) -> BookedVisit:
    """Move a booking: the old one is kept as `rescheduled` with its reason, a new one booked."""
    old = _open_booking(session, booking_id)
    workers = [row.worker_id for row in old.workers if row.deleted_at is None]
    old.status, old.change_reason = BookingStatus.RESCHEDULED, reason
    session.flush()
    return book_visit(
        session,
        client_id=old.client_id,
        starts_at=starts_at,
        duration_minutes=old.duration_minutes,
        place=old.place,
        worker_ids=workers,
        booked_by_id=booked_by_id,
    )


def cancel_booking(session: Session, booking_id: str, *, reason: BookingChangeReason) -> None:
    booking = _open_booking(session, booking_id)
    booking.status, booking.change_reason = BookingStatus.CANCELLED, reason
    session.flush()
    record_access(
        session, action=AccessAction.UPDATE, client_id=booking.client_id, target=TARGET_BOOKING
    )


def complete_booking(session: Session, booking_id: str, *, visit_id: str, client_id: str) -> None:
    """A visit was recorded for this booking: it is done and points at the visit."""
    booking = _open_booking(session, booking_id)
    if booking.client_id != client_id:
        raise BookingInvalid(BookingProblem.UNKNOWN_BOOKING)
    booking.status, booking.visit_id = BookingStatus.DONE, visit_id
    session.flush()


@dataclass(frozen=True)
class BookingLine:
    """One booked visit as the lists show it (no ORM objects: read off the GUI thread)."""

    booking_id: str
    client_id: str
    client_name: str
    client_initials: str
    starts_at: datetime
    duration_minutes: int
    place: str
    status: BookingStatus
    workers: tuple[str, ...]


def worker_bookings(session: Session, worker_id: str, first: date, days: int) -> list[BookingLine]:
    """The worker's open bookings of `days` Helsinki days from `first`, by start.

    Read through the start index for those days only, so a week costs what it shows.
    """
    start, end = days_span(first, days)
    goes = select(BookedVisitWorker.booking_id).where(
        BookedVisitWorker.worker_id == worker_id, BookedVisitWorker.deleted_at.is_(None)
    )
    statement = (
        select(BookedVisit)
        .where(
            BookedVisit.starts_at >= start,
            BookedVisit.starts_at < end,
            BookedVisit.status == BookingStatus.BOOKED,
            BookedVisit.deleted_at.is_(None),
            BookedVisit.id.in_(goes),
        )
        .order_by(BookedVisit.starts_at, BookedVisit.id)
    )
    return _lines(session, list(session.scalars(statement)))


def client_bookings(session: Session, client_id: str) -> list[BookingLine]:
    """The client's open bookings, soonest first (the record's list)."""
    statement = (
        select(BookedVisit)
        .where(
            BookedVisit.client_id == client_id,
            BookedVisit.status == BookingStatus.BOOKED,
            BookedVisit.deleted_at.is_(None),
        )
        .order_by(BookedVisit.starts_at, BookedVisit.id)
    )
    return _lines(session, list(session.scalars(statement)))


def booking_for_visit_on(session: Session, client_id: str, day: date) -> BookingLine | None:
    """The open booking a visit recorded on `day` fulfils: the earliest one up to that day."""
    for line in client_bookings(session, client_id):
        if service_day(line.starts_at) <= day:
            return line
    return None


def initials(first_names: str, last_name: str) -> str:
    """ "A. V." for Aino Maria Virtanen: what a calendar outside the store may carry."""
    parts = [first_names.split()[:1], last_name.split()[:1]]
    return " ".join(f"{words[0][0].upper()}." for words in parts if words and words[0])


def client_address(client: Client) -> str:
    """Where a booked visit takes place unless the worker writes another place."""
    town = " ".join(part for part in (client.postal_code, client.city) if part)
    return ", ".join(part for part in (client.street_address, town) if part)


def _lines(session: Session, bookings: list[BookedVisit]) -> list[BookingLine]:
    if not bookings:
        return []
    clients = {
        client.id: client
        for client in session.scalars(
            select(Client).where(Client.id.in_({booking.client_id for booking in bookings}))
        )
    }
    names = _worker_names(session, [booking.id for booking in bookings])
    lines = []
    for booking in bookings:
        client = clients[booking.client_id]
        lines.append(
            BookingLine(
                booking_id=booking.id,
                client_id=booking.client_id,
                client_name=client.full_name,
                client_initials=initials(client.first_names, client.last_name),
                starts_at=_aware(booking.starts_at),
                duration_minutes=booking.duration_minutes,
                place=booking.place or client_address(client),
                status=booking.status,
                workers=tuple(names.get(booking.id, [])),
            )
        )
    return lines


def _worker_names(session: Session, booking_ids: list[str]) -> dict[str, list[str]]:
    statement = (
        select(BookedVisitWorker.booking_id, Worker.full_name)
        .join(Worker, Worker.id == BookedVisitWorker.worker_id)
        .where(
            BookedVisitWorker.booking_id.in_(booking_ids), BookedVisitWorker.deleted_at.is_(None)
        )
        .order_by(Worker.full_name)
    )
    names: dict[str, list[str]] = {}
    for booking_id, name in session.execute(statement):
        names.setdefault(booking_id, []).append(name)
    return names


def _open_booking(session: Session, booking_id: str) -> BookedVisit:
    booking = session.get(BookedVisit, booking_id)
    if booking is None or booking.is_deleted:
        raise BookingInvalid(BookingProblem.UNKNOWN_BOOKING)
    if booking.status != BookingStatus.BOOKED:
        raise BookingInvalid(BookingProblem.NOT_BOOKED)
    return booking


def _check_booking(
    session: Session,
    client_id: str,
    starts_at: datetime,
    duration_minutes: int,
    place: str | None,
    worker_ids: Sequence[str],
) -> None:
    if starts_at.tzinfo is None:
        raise BookingInvalid(BookingProblem.NAIVE_TIME)
    low, high = DURATION_LIMITS
    if not low <= duration_minutes <= high:
        raise BookingInvalid(BookingProblem.BAD_DURATION)
    if len((place or "").strip()) > PLACE_MAX:
        raise BookingInvalid(BookingProblem.PLACE_TOO_LONG)
    if not worker_ids:
        raise BookingInvalid(BookingProblem.NO_WORKER)
    client = session.get(Client, client_id)
    if client is None or client.is_deleted:
        raise BookingInvalid(BookingProblem.UNKNOWN_CLIENT)
    known = set(session.scalars(select(Worker.id).where(Worker.id.in_(list(worker_ids)))))
    if known != set(worker_ids):
        raise BookingInvalid(BookingProblem.UNKNOWN_WORKER)


def _aware(value: object) -> datetime:
    """SQLite's aggregate hands back text or a naive datetime: both are UTC."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
