"""Words and numbers as the worker reads them: code labels, dates and euros.

Storage codes (`Service.OUTREACH`) are never shown; they are translated here at the
moment of display, so a language switch changes every label at once.
"""

from __future__ import annotations

from datetime import date, datetime

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from astu_desktop.models.codes import EpisodeStatus, Service, VisitKind
from astu_protocol.service_day import local, service_day, service_today

_CONTEXT = "Codes"
_SERVICES = {
    Service.SAS_ASSESSMENT: QT_TRANSLATE_NOOP("Codes", "SAS assessment"),
    Service.OUTREACH: QT_TRANSLATE_NOOP("Codes", "Outreach"),
    Service.RENT_DEBT: QT_TRANSLATE_NOOP("Codes", "Rent-debt follow-up"),
    Service.HOME_REHABILITATION: QT_TRANSLATE_NOOP("Codes", "Home rehabilitation"),
}
_STATUSES = {
    EpisodeStatus.STARTING: QT_TRANSLATE_NOOP("Codes", "Starting"),
    EpisodeStatus.ACTIVE: QT_TRANSLATE_NOOP("Codes", "Active"),
    EpisodeStatus.ENDED: QT_TRANSLATE_NOOP("Codes", "Ended"),
}
_VISIT_KINDS = {
    VisitKind.HOME_VISIT: QT_TRANSLATE_NOOP("Codes", "Home visit"),
    VisitKind.JOINT_VISIT: QT_TRANSLATE_NOOP("Codes", "Joint visit"),
    VisitKind.THREE_PARTY_MEETING: QT_TRANSLATE_NOOP("Codes", "Three-party meeting"),
    VisitKind.ACCOMPANYING: QT_TRANSLATE_NOOP("Codes", "Accompanying to a service"),
    VisitKind.NOT_AT_HOME: QT_TRANSLATE_NOOP("Codes", "Not at home"),
    VisitKind.OFFICE: QT_TRANSLATE_NOOP("Codes", "Office visit"),
    VisitKind.PHONE: QT_TRANSLATE_NOOP("Codes", "Phone call"),
    VisitKind.MESSAGE: QT_TRANSLATE_NOOP("Codes", "Message"),
    VisitKind.PARTNER_MEETING: QT_TRANSLATE_NOOP("Codes", "Meeting with a partner"),
}


def service_label(service: Service) -> str:
    return QCoreApplication.translate(_CONTEXT, str(_SERVICES[service]))


def services_label(services: tuple[Service, ...]) -> str:
    return ", ".join(service_label(service) for service in services)


def status_label(status: EpisodeStatus) -> str:
    return QCoreApplication.translate(_CONTEXT, str(_STATUSES[status]))


def visit_kind_label(kind: VisitKind) -> str:
    return QCoreApplication.translate(_CONTEXT, str(_VISIT_KINDS[kind]))


def language_name(code: str, locale: QLocale | None = None) -> str:
    """A client's language in the worker's language ("somali", "somaliska"), from the
    Unicode CLDR names Babel carries: a worker reads a name, never a code like "SO".
    A code CLDR does not know is shown as it was typed, in capitals."""
    ui = (locale or QLocale()).name().split("_")[0] or "fi"
    try:
        name = Locale.parse(ui).languages.get(code.strip().lower())
    except (UnknownLocaleError, ValueError):
        name = None
    return str(name) if name else code.upper()


def euros(cents: int, locale: QLocale | None = None) -> str:
    """`1 234,56 €` in Finnish and Swedish (QLocale's spaces are non-breaking)."""
    return (locale or QLocale()).toCurrencyString(cents / 100, "€")


def short_date(day: date | datetime | None, locale: QLocale | None = None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = service_day(day)
    qdate = QDate(day.year, day.month, day.day)
    return (locale or QLocale()).toString(qdate, QLocale.FormatType.ShortFormat)


def helsinki_qdatetime(moment: datetime) -> QDateTime:
    """The instant as Helsinki's clocks show it, for an editor that knows no zones."""
    on_clock = local(moment)
    return QDateTime(
        QDate(on_clock.year, on_clock.month, on_clock.day), QTime(on_clock.hour, on_clock.minute)
    )


def clock_time(moment: datetime, locale: QLocale | None = None) -> str:
    """The one way a time of day is written: "klo 14.36", "kl. 14.36", "at 14.36".

    Helsinki's clock, minutes only: a worker reads "klo 14.36", never "14:36:07"."""
    here = local(moment)
    clock = (locale or QLocale()).toString(
        QTime(here.hour, here.minute), QLocale.FormatType.ShortFormat
    )
    return QCoreApplication.translate("Times", "at %1").replace("%1", clock)


def moment_text(
    moment: datetime, *, today: date | None = None, locale: QLocale | None = None
) -> str:
    """A stored instant as a person says it: "klo 14.36" today, "3.12.2026 klo 14.36" else."""
    day = local(moment).date()
    time = clock_time(moment, locale)
    if day == (today if today is not None else service_today()):
        return time
    return f"{short_date(day, locale)} {time}"
