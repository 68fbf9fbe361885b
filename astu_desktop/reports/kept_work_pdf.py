"""Kept changes of a client who left the caseload, on paper for the team lead."""

from __future__ import annotations

import json
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


def kept_work_pdf(kept: KeptWork, language: str, today: date) -> bytes:
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
        _changes(kept, language),
    ]
    return build_pdf(story, frame)


def _changes(kept: KeptWork, language: str) -> Table:
    heads = ("kept_record", "kept_field", "kept_value", "kept_on")
    rows: list[list[Flowable]] = [[text(word(code, language), CELL_HEAD) for code in heads]]
    for change in kept.changes:
        for name, value in change.fields.items():
            cells = (change.table, name, _value_text(value), day_text(change.quarantined_at))
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
