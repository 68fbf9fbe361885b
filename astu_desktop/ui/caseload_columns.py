"""The caseload's columns: their order, titles, sort keys and how a cell reads."""

from __future__ import annotations

import enum
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from astu_desktop.services.bookings import NextVisitState
from astu_desktop.services.caseload import CaseloadRow, SortKey
from astu_desktop.ui.booking_texts import next_visit_text
from astu_desktop.ui.labels import code_label, euros, services_label, short_date


class Column(enum.IntEnum):
    NAME = 0
    HETU = 1
    AGE = 2
    SERVICES = 3
    STATUS = 4
    WORKER = 5
    NEXT_VISIT = 6
    REVIEW_DUE = 7
    RENT_DEBT = 8


# The titles keep the model's translation context, where they were first written.
_TITLES = {
    Column.NAME: QT_TRANSLATE_NOOP("CaseloadModel", "Name"),
    Column.HETU: QT_TRANSLATE_NOOP("CaseloadModel", "Personal identity code"),
    Column.AGE: QT_TRANSLATE_NOOP("CaseloadModel", "Age"),
    Column.SERVICES: QT_TRANSLATE_NOOP("CaseloadModel", "Services"),
    Column.STATUS: QT_TRANSLATE_NOOP("CaseloadModel", "Status"),
    Column.WORKER: QT_TRANSLATE_NOOP("CaseloadModel", "Responsible worker"),
    Column.NEXT_VISIT: QT_TRANSLATE_NOOP("CaseloadModel", "Next visit"),
    Column.REVIEW_DUE: QT_TRANSLATE_NOOP("CaseloadModel", "Plan review due"),
    Column.RENT_DEBT: QT_TRANSLATE_NOOP("CaseloadModel", "Open rent debt"),
}
# Columns without a key cannot be sorted: their order would have to be computed in Python.
SORT_KEYS = {
    Column.NAME: SortKey.NAME,
    Column.SERVICES: SortKey.SERVICE,
    Column.NEXT_VISIT: SortKey.NEXT_VISIT,
    Column.REVIEW_DUE: SortKey.REVIEW_DUE,
    Column.RENT_DEBT: SortKey.RENT_DEBT,
}
RIGHT_ALIGNED = (Column.AGE, Column.RENT_DEBT)
LONG_TEXT = (Column.NAME, Column.SERVICES, Column.WORKER)


def title(column: Column) -> str:
    return QCoreApplication.translate("CaseloadModel", str(_TITLES[column]))


def cell_text(row: CaseloadRow, column: Column, locale: QLocale) -> str:
    """The text of one cell in the current language; no debt is an empty cell, not 0 €."""
    texts = {
        Column.NAME: lambda: row.name,
        Column.HETU: lambda: row.hetu_masked,
        Column.AGE: lambda: locale.toString(row.age),
        Column.SERVICES: lambda: services_label(row.services),
        Column.STATUS: lambda: code_label(row.status),
        Column.WORKER: lambda: row.responsible_worker or "",
        Column.NEXT_VISIT: lambda: next_visit_text(row.next_visit, locale),
        Column.REVIEW_DUE: lambda: short_date(row.review_due, locale),
        Column.RENT_DEBT: lambda: _debt(row.open_rent_debt_cents, locale),
    }
    return texts[column]()


def is_overdue(row: CaseloadRow, column: Column, today: date) -> bool:
    if column == Column.NEXT_VISIT:
        return row.next_visit.state == NextVisitState.OVERDUE
    due = row.review_due if column == Column.REVIEW_DUE else None
    return due is not None and due < today


def _debt(cents: int, locale: QLocale) -> str:
    return euros(cents, locale) if cents else ""
