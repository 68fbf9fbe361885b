"""Dates as typed by a worker (1.5.24, 01.05.2024, 2024-05-01), read exactly or refused.

Where a form says an estimate is enough ("homeless since"), a month (5.2024) or a year
(2024) alone is an answer too. It is stored as a reduced ISO 8601 date, "2024-05" or
"2024", so a full date stays "2024-05-01" and every document written before keeps
its meaning. A two-digit year is 2000-2069 for 00-69 and 1930-1999 otherwise.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from astu_protocol.service_day import month_end

_DAY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\.?$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{1,2})[./](\d{4})\.?$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
EARLIEST_YEAR = 1900


def parse_date(text: str, *, estimate: bool = False) -> str | None:
    """The stored form of the typed date, None when nothing was typed; ValueError if no date."""
    typed = text.strip()
    if not typed:
        return None
    day = _full_date(typed)
    if day is not None:
        return day.isoformat()
    if estimate:
        partial = _partial_date(typed)
        if partial is not None:
            return partial
    raise ValueError("not a date")


def _full_date(typed: str) -> date | None:
    match = _DAY.match(typed)
    if match is not None:
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) == 2:
            year += 2000 if year < 70 else 1900
        return _valid(year, month, day)
    match = _ISO_DAY.match(typed)
    if match is not None:
        year, month, day = (int(part) for part in match.groups())
        return _valid(year, month, day)
    return None


def _partial_date(typed: str) -> str | None:
    for pattern, order in ((_MONTH, (1, 0)), (_ISO_MONTH, (0, 1))):
        match = pattern.match(typed)
        if match is not None:
            year, month = (int(match.group(index + 1)) for index in order)
            return f"{year:04d}-{month:02d}" if _valid(year, month, 1) else None
    match = _YEAR.match(typed)
    if match is not None and _valid(int(typed), 1, 1) is not None:
        return typed
    return None


def _valid(year: int, month: int, day: int) -> date | None:
    if year < EARLIEST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def is_stored_date(value: object, *, estimate: bool = False) -> bool:
    """A stored answer: "2024-05-01", or with `estimate` also "2024-05" and "2024"."""
    if not isinstance(value, str):
        return False
    if _ISO_DAY.match(value):
        return _full_date(value) is not None
    return (
        estimate
        and (_ISO_MONTH.match(value) or _YEAR.match(value)) is not None
        and (_partial_date(value) is not None)
    )


def earliest_day(value: str) -> date:
    """The first day a stored (maybe partial) date can mean: 2024-05 -> 1.5.2024."""
    parts = [int(part) for part in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def latest_day(value: str) -> date:
    """The last day it can mean: 2024-05 -> 31.5.2024, 2024 -> 31.12.2024."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return date(parts[0], parts[1], parts[2])
    if len(parts) == 2:
        return month_end(date(parts[0], parts[1], 1))
    return date(parts[0], 12, 31)


def add_months(day: date, months: int) -> date:
    """Same day of the month `months` later; the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def stored_date_text(value: str) -> str:
    """1.5.2024, 5.2024 or 2024: a stored (maybe partial) date as written in Finland."""
    parts = [str(int(part)) for part in value.split("-")]
    return ".".join(reversed(parts))
