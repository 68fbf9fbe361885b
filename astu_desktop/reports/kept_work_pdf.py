"""Kept changes of a client who left the caseload, on paper for the team lead."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from astu_desktop.reports.pages import CONTENT_WIDTH, PageFrame, build_pdf
from astu_desktop.reports.styles import BODY, CELL, CELL_HEAD, TITLE, grid_table_style, text
from astu_desktop.reports.words import day_text, word
from astu_desktop.services.kept_work import KeptWork

_RECORD_WIDTH = 38 * mm
_FIELD_WIDTH = 38 * mm
_DAY_WIDTH = 24 * mm


def _as_coded(code: str) -> str:
    return code


@dataclass(frozen=True)
class RecordNames:
    """Record and field names in the document's language; by default their codes.

    The names are the sync screens' (one catalogue), which the caller looks up in the
    document's language; a name the catalogue lacks prints as its code, so the lead
    still sees which field a value belongs to.
    """

    table: Callable[[str], str] = _as_coded
    field: Callable[[str], str] = _as_coded


def kept_work_pdf(
    kept: KeptWork, language: str, today: date, names: RecordNames | None = None
) -> bytes:
    frame = PageFrame(
        language=language,
        title=word("kept_title", language),
        subtitle=word("kept_made", language, day=day_text(today)),
        client_line=kept.client_label or None,
    )
    story: list[Flowable] = [
        text(word("kept_title", language), TITLE),
        text(kept.client_label, BODY),
        Spacer(1, 4),
        text(word("kept_intro", language), BODY),
        Spacer(1, 6),
        _changes(kept, language, names or RecordNames()),
    ]
    return build_pdf(story, frame)


def _changes(kept: KeptWork, language: str, names: RecordNames) -> Table:
    heads = ("kept_record", "kept_field", "kept_value", "kept_on")
    rows: list[list[Flowable]] = [[text(word(code, language), CELL_HEAD) for code in heads]]
    for change in kept.changes:
        for name, value in change.fields.items():
            cells = (
                names.table(change.table), names.field(name), _value_text(value),
                day_text(change.quarantined_at),
            )  # fmt: skip
            rows.append([text(cell, CELL) for cell in cells])
    value_width = CONTENT_WIDTH - _RECORD_WIDTH - _FIELD_WIDTH - _DAY_WIDTH
    table = Table(
        rows, colWidths=[_RECORD_WIDTH, _FIELD_WIDTH, value_width, _DAY_WIDTH], repeatRows=1
    )
    table.setStyle(grid_table_style())
    return table


def _value_text(value: Any) -> str:
    """A value exactly as it was kept: text as typed, anything else as its JSON."""
    if value is None:
        return "–"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
