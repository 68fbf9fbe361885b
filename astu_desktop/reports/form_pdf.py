"""A form document as an official City document, laid out from its form definition.

The definition the document was written on drives the layout, as it drives the Qt
renderer: sections and fields in the definition's order, only the fields visible for
these answers, repeating groups as tables, and for the living-skills check the scores
of every area as one compact table before the observations.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, assert_never

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from astu_desktop.reports.pages import CITY_BLUE, CONTENT_WIDTH, PageFrame, build_pdf
from astu_desktop.reports.styles import (
    CELL,
    CELL_HEAD,
    HEADING,
    LABEL,
    SECTION_FILL,
    SMALL,
    TITLE,
    field_table_style,
    grid_table_style,
    text,
)
from astu_desktop.reports.words import day_text, euro_text, word
from astu_protocol.codes import FormKey
from astu_protocol.dates import stored_date_text
from astu_protocol.forms import FieldDef, FieldType, FormDefinition, visible_fields

LABEL_WIDTH = 62 * mm


@dataclass(frozen=True)
class PrintableDocument:
    """One version of a form document with the names it is printed with."""

    form: FormDefinition
    answers: Mapping[str, Any]
    client_name: str
    client_hetu: str
    document_date: date
    version_no: int
    signed_on: date | None
    signed_by: str | None
    author: str | None
    review_due: date | None
    amendment_reason: str | None

    @property
    def signed(self) -> bool:
        return self.signed_on is not None


def form_document_pdf(document: PrintableDocument, language: str) -> bytes:
    frame = PageFrame(
        language=language,
        title=document.form.title.get(language),
        subtitle=word("form_version", language, version=document.form.version),
        client_line=f"{document.client_name}, {document.client_hetu}",
        draft=not document.signed,
    )
    return build_pdf(form_document_story(document, language), frame)


def form_document_story(document: PrintableDocument, language: str) -> list[Flowable]:
    story: list[Flowable] = [text(document.form.title.get(language), TITLE)]
    story.append(_facts_table(document, language))
    if document.form.key == FormKey.LIVING_SKILLS_CHECK:
        story += _score_table(document, language)
    answers = dict(document.answers)
    observations: list[tuple[str, FieldDef]] = []
    for section in document.form.sections:
        fields = visible_fields(section.fields, answers)
        if document.form.key == FormKey.LIVING_SKILLS_CHECK:
            fields = [f for f in fields if f.type != FieldType.SCALE]
            if len(fields) == 1 and len(section.fields) == 2:
                # An area's one observation is a row of one table, not a section of its own.
                observations.append((section.title.get(language), fields[0]))
                continue
        if observations:
            story += _observations(observations, answers, language)
            observations = []
        if fields:
            story += _section(section.title.get(language), fields, answers, language)
    if observations:
        story += _observations(observations, answers, language)
    return _signatures_with_the_last_part(story, _signatures(document, language))


def _signatures_with_the_last_part(story: list[Flowable], signatures: Flowable) -> list[Flowable]:
    """The signature block goes to the page of the content's last part, never alone on a
    page of its own: bare signatures could be put under any other text. A last part
    too long for one page still breaks, and its tail stays with the signatures."""
    if not story:
        return [signatures]
    return [*story[:-1], KeepTogether([story[-1], signatures])]


def _facts_table(document: PrintableDocument, language: str) -> Table:
    status = (
        word(
            "status_signed",
            language,
            day=day_text(document.signed_on),
            worker=document.signed_by or "",
        )
        if document.signed
        else word("status_draft", language)
    )
    rows = [
        (word("name", language), document.client_name),
        (word("hetu", language), document.client_hetu),
        (word("document_date", language), day_text(document.document_date)),
        (word("document_version", language), str(document.version_no)),
        (word("status", language), status),
    ]
    if document.author:
        rows.append((word("author", language), document.author))
    if document.review_due is not None:
        rows.append((word("review_due", language), day_text(document.review_due)))
    if document.amendment_reason:
        rows.append((word("amendment_reason", language), document.amendment_reason))
    table = Table(
        [[text(label, LABEL), text(value, CELL)] for label, value in rows],
        colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH],
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, CITY_BLUE),
                ("BACKGROUND", (0, 0), (0, -1), SECTION_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _section(
    title: str, fields: list[FieldDef], answers: Mapping[str, Any], language: str
) -> list[Flowable]:
    flowables: list[Flowable] = []
    rows: list[list[Flowable]] = []

    def flush_rows() -> None:
        if rows:
            table = Table(list(rows), colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH])
            table.setStyle(field_table_style())
            flowables.append(table)
            rows.clear()

    for field in fields:
        if field.type == FieldType.REPEATING_GROUP:
            flush_rows()
            flowables += _group(field, answers.get(field.key), language)
        else:
            label = text(field.label.get(language), LABEL)
            rows.append([label, text(answer_text(field, answers.get(field.key), language), CELL)])
    flush_rows()
    # A heading never ends a page on its own: it stays with the first of its answers.
    return [KeepTogether([text(title, HEADING), flowables[0]]), *flowables[1:]]


def _observations(
    areas: list[tuple[str, FieldDef]], answers: Mapping[str, Any], language: str
) -> list[Flowable]:
    """The living-skills notes, one row per area, under the notes field's own label."""
    rows = [
        [text(title, LABEL), text(answer_text(field, answers.get(field.key), language), CELL)]
        for title, field in areas
    ]
    table = Table(rows, colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH])
    table.setStyle(field_table_style())
    return [KeepTogether([text(areas[0][1].label.get(language), HEADING), table])]


def _group(field: FieldDef, value: Any, language: str) -> list[Flowable]:
    label = text(field.label.get(language), LABEL)
    rows = [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []
    if not rows:
        return [label, text(word("no_rows", language), SMALL), Spacer(1, 4)]
    columns = field.fields
    head = [text(column.label.get(language), CELL_HEAD) for column in columns]
    body = [
        [
            text(answer_text(column, row.get(column.key), language), CELL)
            if column in visible_fields(columns, row)
            else text("", CELL)
            for column in columns
        ]
        for row in rows
    ]
    widths = _column_widths(columns)
    table = Table([head, *body], colWidths=widths, repeatRows=1)
    table.setStyle(grid_table_style())
    return [label, Spacer(1, 2), table, Spacer(1, 6)]


def _column_widths(columns: list[FieldDef]) -> list[float]:
    """Text columns share what dates, choices and yes/no columns leave."""
    narrow = {FieldType.DATE: 22 * mm, FieldType.YES_NO: 16 * mm, FieldType.MONEY: 24 * mm}
    fixed = sum(narrow.get(column.type, 0) for column in columns)
    flexible = [column for column in columns if column.type not in narrow]
    share = (CONTENT_WIDTH - fixed) / max(len(flexible), 1)
    return [narrow.get(column.type, share) for column in columns]


def _score_table(document: PrintableDocument, language: str) -> list[Flowable]:
    """Area | 1 2 3 4 5 (the given rating filled) | what that rating means."""
    head: list[Flowable] = [text(word("area", language), CELL_HEAD)]
    head += [text(str(n), CELL_HEAD) for n in range(1, 6)]
    head.append(text(word("rating_meaning", language), CELL_HEAD))
    rows: list[list[Flowable]] = [head]
    filled: list[tuple[int, int]] = []
    for section in document.form.sections:
        for field in section.fields:
            if field.type != FieldType.SCALE:
                continue
            score = document.answers.get(field.key)
            row: list[Flowable] = [text(section.title.get(language), CELL)]
            row += [text("●" if score == n else "", CELL) for n in range(1, 6)]
            anchor = field.scale_anchors.get(str(score)) if isinstance(score, int) else None
            row.append(
                text(anchor.get(language) if anchor else word("not_answered", language), CELL)
            )
            if isinstance(score, int) and 1 <= score <= 5:
                filled.append((score, len(rows)))
            rows.append(row)
    box = 8 * mm
    widths = [52 * mm, box, box, box, box, box, CONTENT_WIDTH - 52 * mm - 5 * box]
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = grid_table_style()
    style.add("ALIGN", (1, 0), (5, -1), "CENTER")
    for score, row_index in filled:
        style.add("BACKGROUND", (score, row_index), (score, row_index), colors.HexColor("#C9CBF2"))
    table.setStyle(style)
    return [text(word("scores", language), HEADING), table]


def _signatures(document: PrintableDocument, language: str) -> Flowable:
    line = "_" * 38
    worker_name = document.signed_by or document.author or ""
    worker_cell = [
        text(word("worker", language), LABEL),
        Spacer(1, 16),
        text(line, CELL),
        text(word("place_and_date", language), SMALL),
        Spacer(1, 16),
        text(line, CELL),
        text(word("signature", language), SMALL),
        text(worker_name, CELL),
    ]
    if document.signed:
        day = day_text(document.signed_on)
        worker_cell.append(text(word("signed_electronically", language, day=day), SMALL))
    client_cell = [
        text(word("client", language), LABEL),
        Spacer(1, 16),
        text(line, CELL),
        text(word("place_and_date", language), SMALL),
        Spacer(1, 16),
        text(line, CELL),
        text(word("signature", language), SMALL),
        text(document.client_name, CELL),
    ]
    table = Table([[worker_cell, client_cell]], colWidths=[CONTENT_WIDTH / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([text(word("signatures", language), HEADING), table])


def answer_text(field: FieldDef, value: Any, language: str) -> str:
    """An answer as the reader reads it: option labels, Kyllä/Ei, 17.5.2025, 1 234,56 €."""
    if value is None or value == "" or value == []:
        return word("not_answered", language)
    # Every type a case (mypy names a missing one); a stored value of the wrong shape
    # (an old or damaged document) prints as it was stored rather than not at all.
    match field.type:
        case FieldType.SINGLE_CHOICE:
            return _option_label(field, value, language)
        case FieldType.MULTIPLE_CHOICE if isinstance(value, list):
            return ", ".join(_option_label(field, item, language) for item in value)
        case FieldType.YES_NO:
            return word("yes" if value is True else "no", language)
        case FieldType.DATE if isinstance(value, str):
            return stored_date_text(value)
        case FieldType.MONEY if isinstance(value, int):
            return euro_text(value, language)
        case FieldType.SCALE:
            anchor = field.scale_anchors.get(str(value))
            return f"{value} – {anchor.get(language)}" if anchor else str(value)
        case FieldType.NUMBER if isinstance(value, float) and value.is_integer():
            return str(int(value))
        case FieldType.REPEATING_GROUP if isinstance(value, list):
            return "; ".join(_row_text(field, row, language) for row in value)
        case (
            FieldType.SHORT_TEXT
            | FieldType.LONG_TEXT
            | FieldType.MULTIPLE_CHOICE
            | FieldType.DATE
            | FieldType.MONEY
            | FieldType.NUMBER
            | FieldType.REPEATING_GROUP
        ):
            return str(value)
        case unknown:
            assert_never(unknown)


def _row_text(field: FieldDef, row: Any, language: str) -> str:
    """A repeating group's row on one line (the document lays groups out as tables)."""
    if not isinstance(row, dict):
        return str(row)
    return ", ".join(answer_text(column, row.get(column.key), language) for column in field.fields)


def _option_label(field: FieldDef, value: Any, language: str) -> str:
    for option in field.options:
        if option.value == value:
            return option.label.get(language)
    return str(value)
