"""The service day: Helsinki's calendar, whatever the laptop's clock zone says.

A booked visit at 00:30 Helsinki time belongs to that Helsinki day even though it is
still the day before in UTC; a week runs Monday to Sunday in Helsinki. Instants are
stored in UTC and turned into Helsinki days and times only here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


def now_utc() -> datetime:
    return datetime.now(UTC)


def local(moment: datetime) -> datetime:
    """The moment on Helsinki's clock (an aware instant is required)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: the instant is unknown")
    return moment.astimezone(HELSINKI)


def service_day(moment: datetime) -> date:
    return local(moment).date()


def at_helsinki(day: date, clock: time) -> datetime:
    """The instant (UTC) when Helsinki's clocks show `clock` on `day`."""
    return datetime.combine(day, clock, tzinfo=HELSINKI).astimezone(UTC)


def day_start(day: date) -> datetime:
    """The instant (UTC) the Helsinki day begins (23 or 25 hours long around DST)."""
    return at_helsinki(day, time(0, 0))


def days_span(first: date, days: int) -> tuple[datetime, datetime]:
    """[start, end) in UTC of `days` Helsinki days from `first`."""
    return day_start(first), day_start(first + timedelta(days=days))


def week_start(day: date) -> date:
    """The Monday of the day's week."""
    return day - timedelta(days=day.weekday())
