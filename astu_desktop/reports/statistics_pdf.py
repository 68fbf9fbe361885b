"""The yearly statistics report: the same figures as the statistics view, on paper."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from astu_desktop.code_words import code_word
from astu_desktop.reports.charts import horizontal_bars, vertical_bars
from astu_desktop.reports.fonts import BOLD, REGULAR
from astu_desktop.reports.pages import CONTENT_WIDTH, PageFrame, build_pdf
from astu_desktop.reports.styles import (
    BODY,
    CELL_HEAD,
    HEADING,
    SMALL,
    TITLE,
    grid_table_style,
    text,
)
from astu_desktop.reports.words import day_text, euro_text, month_word, word
from astu_desktop.services.statistics import YearStatistics
from astu_protocol.codes import Service

Cell = Flowable | str  # a header paragraph, or a plain string in the body


def statistics_pdf(figures: YearStatistics, language: str) -> bytes:
    title = word("stats_title", language, year=figures.year)
    frame = PageFrame(
        language=language,
        title=title,
        subtitle=word("stats_as_of", language, day=day_text(figures.as_of)),
    )
    return build_pdf(statistics_story(figures, language), frame)


def statistics_story(figures: YearStatistics, language: str) -> list[Flowable]:
    story: list[Flowable] = [
        text(word("stats_title", language, year=figures.year), TITLE),
        text(word("stats_as_of", language, day=day_text(figures.as_of)), BODY),
        Spacer(1, 4),
    ]
    story += _endings(figures, language)
    story += _rent_debt(figures, language)
    story += _visits(figures, language)
    story += _caseload(figures, language)
    return story


def _endings(figures: YearStatistics, language: str) -> list[Flowable]:
    reasons = list(figures.tenancy_endings)
    labels = [code_word(reason, language) for reason in reasons]
    values = [figures.tenancy_endings[reason] for reason in reasons]
    chart = horizontal_bars(labels, values, CONTENT_WIDTH)
    rows: list[list[Cell]] = [
        [
            text(word("stats_reason", language), CELL_HEAD),
            text(word("stats_count", language), CELL_HEAD),
        ]
    ]
    rows += [[label, str(value)] for label, value in zip(labels, values, strict=True)]
    rows.append([word("stats_total", language), str(sum(values))])
    table = Table(rows, colWidths=[CONTENT_WIDTH - 30 * mm, 30 * mm], repeatRows=1)
    style = _numbers_style()
    style.add("FONTNAME", (0, -1), (-1, -1), BOLD)
    table.setStyle(style)
    return [KeepTogether([text(word("stats_endings", language), HEADING), chart]), table]


def _rent_debt(figures: YearStatistics, language: str) -> list[Flowable]:
    year = figures.rent_debt_year
    summary = Table(
        [
            [word("stats_year_debtors", language), str(year.debtors)],
            [
                word("stats_year_debt_at_start", language),
                euro_text(year.debt_at_start_cents, language),
            ],
            [
                word("stats_year_paid", language),
                euro_text(year.paid_cents, language),
            ],
            [
                word("stats_year_remaining", language),
                euro_text(year.remaining_cents, language),
            ],
        ],
        colWidths=[CONTENT_WIDTH - 40 * mm, 40 * mm],
    )
    summary.setStyle(_numbers_style(header_rows=0))
    months = figures.rent_debt_months
    chart = vertical_bars(
        [month_word(line.month, language) for line in months],
        [line.debt_cents / 100 for line in months],
        CONTENT_WIDTH,
    )
    rows: list[list[Cell]] = [
        [
            text(word("stats_month", language), CELL_HEAD),
            text(word("stats_debtors", language), CELL_HEAD),
            text(word("stats_debt", language), CELL_HEAD),
        ]
    ]
    rows += [
        [
            month_word(line.month, language),
            str(line.debtors),
            euro_text(line.debt_cents, language),
        ]
        for line in months
    ]
    table = Table(rows, colWidths=[CONTENT_WIDTH - 70 * mm, 30 * mm, 40 * mm], repeatRows=1)
    table.setStyle(_numbers_style())
    return [
        KeepTogether([text(word("stats_rent_debt", language), HEADING), summary]),
        Spacer(1, 6),
        KeepTogether(
            [
                text(f"{word('stats_debt', language)} (€)", SMALL),
                chart,
                text(word("stats_month_end_note", language), SMALL),
            ]
        ),
        Spacer(1, 3),
        table,
    ]


def _visits(figures: YearStatistics, language: str) -> list[Flowable]:
    months = list(figures.home_visits)
    labels = [month_word(month, language) for month in months]
    values = [figures.home_visits[month] for month in months]
    chart = vertical_bars(labels, values, CONTENT_WIDTH)
    total = f"{word('stats_total', language)}: {sum(values)}"
    return [KeepTogether([text(word("stats_visits", language), HEADING), chart, text(total, BODY)])]


def _caseload(figures: YearStatistics, language: str) -> list[Flowable]:
    services = list(Service)
    head: list[Cell] = [
        text(word("worker", language), CELL_HEAD),
        text(word("stats_clients", language), CELL_HEAD),
    ]
    head += [text(code_word(service, language), CELL_HEAD) for service in services]
    head.append(text(word("stats_plans_overdue", language), CELL_HEAD))
    rows = [head]
    for line in figures.caseload:
        row: list[Cell] = [line.name, str(line.clients)]
        row += [str(line.by_service.get(service, 0)) for service in services]
        row.append(str(line.plans_overdue))
        rows.append(row)
    name_width = 36 * mm
    other = (CONTENT_WIDTH - name_width) / (len(services) + 2)
    table = Table(rows, colWidths=[name_width] + [other] * (len(services) + 2), repeatRows=1)
    table.setStyle(_numbers_style())
    note = word("stats_plans_overdue_note", language, count=figures.plans_overdue)
    return [
        KeepTogether(
            [text(word("stats_caseload", language), HEADING), text(note, BODY), Spacer(1, 4), table]
        )
    ]


def _numbers_style(header_rows: int = 1) -> TableStyle:
    """Body cells are plain strings, not paragraphs: a big caseload table lays out fast."""
    style = grid_table_style(header_rows)
    style.add("ALIGN", (1, 0), (-1, -1), "RIGHT")
    style.add("FONTNAME", (0, header_rows), (-1, -1), REGULAR)
    style.add("FONTSIZE", (0, header_rows), (-1, -1), 8.5)
    return style
