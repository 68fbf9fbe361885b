"""Words and numbers as the worker reads them: code labels, dates and euros.

Storage codes (`Service.OUTREACH`) are never shown; they are worded here at the moment
of display, so a language switch changes every label at once.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from astu_desktop.code_words import code_word
from astu_desktop.ui.i18n import ui_language
from astu_protocol.codes import FormKey, Service
from astu_protocol.forms import definition
from astu_protocol.service_day import local, service_day, service_today


def code_label(code: enum.StrEnum) -> str:
    """The code in the worker's language, from the one catalogue the paper uses too.

    Asked at the moment of display, so a language switch re-words every open window."""
    return code_word(code, ui_language())


def with_mnemonic(text: str) -> str:
    """`text` with Alt and its first letter as the keyboard shortcut (a literal & kept)."""
    return "&" + text.replace("&", "&&")


def new_document_label(form_key: FormKey) -> str:
    """The button that starts a new document, in the form definition's own words."""
    return with_mnemonic(definition(form_key).new_document.get(ui_language()))


def services_label(services: tuple[Service, ...]) -> str:
    return ", ".join(code_label(service) for service in services)


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
