"""The service day: Helsinki's calendar and clock, whatever the laptop's own zone says.

Workers, their clients and the City's due dates live in Europe/Helsinki; instants are
stored in UTC. Every "today", every visit's day, every week (Monday to Sunday in
Helsinki) and every clock time shown to a person is read through here, so a visit at
00:30 Helsinki time is on the Helsinki day it happened although UTC still says the day
before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


def now_utc() -> datetime:
    return datetime.now(UTC)


def local(moment: datetime) -> datetime:
    """A stored instant on Helsinki's clock; a naive value is read as UTC, as stored."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(HELSINKI)


def service_day(moment: datetime) -> date:
    return local(moment).date()


def service_today(now: Callable[[], datetime] = now_utc) -> date:
    return service_day(now())


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
