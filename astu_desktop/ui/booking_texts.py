"""Booked visits in words: the next visit and a visit's time (a change's reasons are
codes, worded by `labels.code_label`).

Times are shown on Helsinki's clock (the service's), whatever zone the laptop is in.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from astu_desktop.services.bookings import NextVisit, NextVisitState
from astu_protocol.service_day import local


def clock_text(moment: datetime, locale: QLocale | None = None) -> str:
    """ "10.00" in Helsinki time, in the locale's short format."""
    on_clock = local(moment)
    clock = QTime(on_clock.hour, on_clock.minute)
    return (locale or QLocale()).toString(clock, QLocale.FormatType.ShortFormat)


def day_text(moment: datetime, locale: QLocale | None = None) -> str:
    """ "ti 11.3.2025": the Helsinki day with its weekday."""
    on_clock = local(moment)
    day = QDate(on_clock.year, on_clock.month, on_clock.day)
    used = locale or QLocale()
    weekday = used.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {used.toString(day, QLocale.FormatType.ShortFormat)}"


def when_text(moment: datetime, locale: QLocale | None = None) -> str:
    """ "ti 11.3.2025 klo 10.00"."""
    return (
        QCoreApplication.translate("BookingTexts", "%1 at %2")
        .replace("%1", day_text(moment, locale))
        .replace("%2", clock_text(moment, locale))
    )


def next_visit_text(next_visit: NextVisit, locale: QLocale | None = None) -> str:
    """The next booked visit, "Myöhässä (…)" when its day has passed, or that none is booked."""
    if next_visit.state == NextVisitState.NONE or next_visit.starts_at is None:
        return QCoreApplication.translate("BookingTexts", "No visit booked")
    when = when_text(next_visit.starts_at, locale)
    if next_visit.state == NextVisitState.OVERDUE:
        return QCoreApplication.translate("BookingTexts", "Overdue (%1)").replace("%1", when)
    return when
