"""The shown week of booked visits as an iCalendar file (RFC 5545), for a phone's calendar.

A calendar file leaves the encrypted store and usually ends up in a phone or a cloud
calendar, so it carries as little as a worker needs to find the visit in their day:
the start and end, and a title with the client's initials ("Kotikäynti A. V."). No
name, no henkilötunnus, no address, no notes, no colleagues' names: the place is
left out on purpose, since an address next to initials identifies a person, and the
worker opens the record (with its address) from the day view in the app. Each
client in the file gets one EXPORT entry in the access log, in the same transaction
as the write.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy.orm import Session

from astu_desktop.services.accesslog import record_access
from astu_desktop.services.bookings import BookingLine, worker_bookings
from astu_desktop.store.files import write_atomically
from astu_protocol.codes import AccessAction

TARGET_CALENDAR = "booked_visit:calendar"
PRODUCT_ID = "-//City of Helsinki//ASTU Desktop//FI"
UID_DOMAIN = "astu.hel.fi"
WEEK_DAYS = 7


def calendar_bytes(lines: Sequence[BookingLine], title: str, stamp: datetime) -> bytes:
    """The events of the given bookings; `title` is the word before the initials."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    for line in lines:
        event = Event()
        event.add("uid", f"{line.booking_id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", line.starts_at)
        event.add("dtend", line.starts_at + timedelta(minutes=line.duration_minutes))
        event.add("summary", f"{title} {line.client_initials}".strip())
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def export_week(
    session: Session,
    *,
    worker_id: str,
    first: date,
    path: Path,
    title: str,
    stamp: datetime,
) -> int:
    """Write the worker's booked visits of the week from `first`; the number of events."""
    lines = worker_bookings(session, worker_id, first, WEEK_DAYS)
    data = calendar_bytes(lines, title, stamp)
    for client_id in dict.fromkeys(line.client_id for line in lines):
        record_access(
            session, action=AccessAction.EXPORT, client_id=client_id, target=TARGET_CALENDAR
        )
    write_atomically(path, data)  # never through a link planted at or beside the path
    return len(lines)
