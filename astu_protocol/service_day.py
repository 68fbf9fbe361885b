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


def month_end(day: date) -> date:
    """The last day of the day's month."""
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def offset_periods(start: datetime, end: datetime) -> list[tuple[datetime, timedelta]]:
    """Helsinki's UTC offset from `start` to `end`: each period's first instant and offset.

    A store without time zones (SQLite) can still count instants by Helsinki day or month
    when each instant is shifted by the offset of its period; Helsinki changes its offset
    on the hour, at most once a day, so a day's step finds every change.
    """
    periods = [(start, _offset(start))]
    moment = start
    while moment < end:
        step = min(moment + timedelta(days=1), end)
        if _offset(step) != periods[-1][1]:
            change = moment.replace(minute=0, second=0, microsecond=0)
            while _offset(change) == periods[-1][1]:
                change += timedelta(hours=1)
            periods.append((change, _offset(change)))
        moment = step
    return periods


def _offset(moment: datetime) -> timedelta:
    offset = local(moment).utcoffset()
    assert offset is not None  # a zone-aware moment always has one
    return offset
