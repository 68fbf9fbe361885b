"""The service day: Helsinki's calendar and clock, whatever the laptop's own zone says.

Workers, their clients and the City's due dates live in Europe/Helsinki; instants are
stored in UTC. Every "today", every visit's day and every clock time shown to a person is
read through here, so a visit at 01:30 Helsinki time is on the Helsinki day it happened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from astu_desktop.models.base import utcnow

HELSINKI = ZoneInfo("Europe/Helsinki")


def in_helsinki(moment: datetime) -> datetime:
    """A stored instant on Helsinki's clock (a naive value is read as UTC, as stored)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(HELSINKI)


def service_day_of(moment: datetime) -> date:
    return in_helsinki(moment).date()


def service_today(now: Callable[[], datetime] = utcnow) -> date:
    return service_day_of(now())
