"""The case summary on paper: who, which services, where they live, plan, visits, trends."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from astu_desktop.code_words import code_word
from astu_desktop.reports.charts import trend_lines
from astu_desktop.reports.form_pdf import LABEL_WIDTH
from astu_desktop.reports.pages import CITY_BLUE, CONTENT_WIDTH, PageFrame, build_pdf
from astu_desktop.reports.styles import (
    BODY,
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
from astu_desktop.services.case_summary import CaseSummary
from astu_protocol.codes import DocumentStatus, FormKey
from astu_protocol.forms import definition

NOTE_LIMIT = 280


def case_summary_pdf(summary: CaseSummary, language: str) -> bytes:
    header = summary.record.header
    frame = PageFrame(
        language=language,
        title=word("summary_title", language),
        subtitle=word("summary_made", language, day=day_text(summary.today)),
        client_line=f"{header.name}, {summary.hetu}",
    )
    return build_pdf(case_summary_story(summary, language), frame)


def case_summary_story(summary: CaseSummary, language: str) -> list[Flowable]:
    story: list[Flowable] = [
        text(word("summary_title", language), TITLE),
        _facts(summary, language),
    ]
    story += _episodes(summary, language)
    story += _housing(summary, language)
    story += _plan(summary, language)
    story += _visits(summary, language)
    story += _skills(summary, language)
    story += _rent_debt(summary, language)
    return story


def _facts(summary: CaseSummary, language: str) -> Table:
    header = summary.record.header
    rows = [
        (word("name", language), header.name),
        (word("hetu", language), summary.hetu),
        (word("address", language), header.address or word("not_answered", language)),
        (word("phone", language), header.phone or word("not_answered", language)),
        (
            word("responsible_worker", language),
            header.responsible_worker or word("not_answered", language),
        ),
        (word("document_date", language), day_text(summary.today)),
    ]
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
            ]
        )
    )
    return table


def _episodes(summary: CaseSummary, language: str) -> list[Flowable]:
    heading = text(word("episodes", language), HEADING)
    if not summary.open_episodes:
        return [heading, text(word("no_episodes", language), BODY)]
    rows = [
        [
            text(word(code, language), CELL_HEAD)
            for code in ("service", "status", "started", "worker")
        ]
    ]
    rows += [
        [
            text(code_word(e.service, language), CELL),
            text(code_word(e.status, language), CELL),
            text(day_text(e.start_date), CELL),
            text(e.worker or word("not_answered", language), CELL),
        ]
        for e in summary.open_episodes
    ]
    table = Table(
        rows, colWidths=[50 * mm, 30 * mm, 28 * mm, CONTENT_WIDTH - 108 * mm], repeatRows=1
    )
    table.setStyle(grid_table_style())
    return [KeepTogether([heading, table])]


def _housing(summary: CaseSummary, language: str) -> list[Flowable]:
    placement = summary.record.header.placement
    housing = summary.record.processes.housing
    if placement is None:
        home = word("no_placement", language)
    else:
        town = f", {placement.postal_code}" if placement.postal_code else ""
        home = (
            f"{code_word(placement.housing_type, language)}: {placement.street_address}{town} – "
            f"{word('moved_in', language, day=day_text(placement.move_in_on))}"
        )
    stage = code_word(housing.stage, language)
    if housing.due is not None:
        stage += f" ({word('due', language).lower()} {day_text(housing.due)})"
    rows = [(word("placement", language), home)]
    if placement is not None and placement.landlord:
        rows.append((word("landlord", language), placement.landlord))
    rows.append((word("sas_stage", language), stage))
    table = Table(
        [[text(label, LABEL), text(value, CELL)] for label, value in rows],
        colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH],
    )
    table.setStyle(field_table_style())
    return [KeepTogether([text(word("housing", language), HEADING), table])]


def _plan(summary: CaseSummary, language: str) -> list[Flowable]:
    heading = text(word("plan_goals", language), HEADING)
    plan = summary.plan
    if plan is None:
        return [heading, text(word("no_plan", language), BODY)]
    status = word("signed_word" if plan.status == DocumentStatus.SIGNED else "draft_word", language)
    line = word("plan_of", language, day=day_text(plan.document_date), status=status)
    if plan.review_due is not None:
        line += f"; {word('review_due', language).lower()} {day_text(plan.review_due)}"
    form = definition(FormKey.SERVICE_PLAN)
    columns = {field.key: field for field in form.all_fields()}["goals"].fields
    head = [text(column.label.get(language), CELL_HEAD) for column in columns]
    rows = [head] + [
        [
            text(goal.goal, CELL),
            text(goal.measures, CELL),
            text(goal.who_does_what, CELL),
            text(day_text(goal.due_by), CELL),
        ]
        for goal in plan.goals
    ]
    share = (CONTENT_WIDTH - 22 * mm) / 3
    table = Table(rows, colWidths=[share, share, share, 22 * mm], repeatRows=1)
    table.setStyle(grid_table_style())
    return [KeepTogether([heading, text(line, BODY), Spacer(1, 3)]), table]


def _visits(summary: CaseSummary, language: str) -> list[Flowable]:
    heading = text(word("last_visits", language), HEADING)
    if not summary.last_visits:
        return [heading, text(word("no_visits", language), BODY)]
    head = [
        text(word(code, language), CELL_HEAD)
        for code in ("document_date", "visit_kind", "present", "notes")
    ]
    rows = [head]
    for visit in summary.last_visits:
        notes = visit.detail or ""
        if len(notes) > NOTE_LIMIT:
            notes = notes[: NOTE_LIMIT - 1].rstrip() + "…"
        rows.append(
            [
                text(day_text(visit.on), CELL),
                text(code_word(visit.subject, language), CELL),
                text(", ".join(visit.people), CELL),
                text(notes, CELL),
            ]
        )
    widths = [25 * mm, 32 * mm, 40 * mm, CONTENT_WIDTH - 97 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_table_style())
    return [KeepTogether([heading, table])]


def _skills(summary: CaseSummary, language: str) -> list[Flowable]:
    heading = text(word("skills_trend", language), HEADING)
    skills = summary.record.living_skills
    if not skills.checks:
        return [heading, text(word("no_checks", language), BODY)]
    form = definition(FormKey.LIVING_SKILLS_CHECK)
    titles = {
        field.key.removesuffix("_score"): section.title.get(language)
        for section in form.sections
        for field in section.fields
    }
    series = [(titles.get(area, area), skills.trend(area)) for area in skills.areas]
    chart = trend_lines(series, CONTENT_WIDTH)
    latest = word("latest_check", language, day=day_text(skills.checks[-1].on))
    return [KeepTogether([heading, chart, text(latest, SMALL)])]


def _rent_debt(summary: CaseSummary, language: str) -> list[Flowable]:
    heading = text(word("rent_debt", language), HEADING)
    debt = summary.rent_debt
    if debt is None:
        return [heading, text(word("no_rent_debt", language), BODY)]
    stage = code_word(debt.stage, language)
    if debt.ended_on is not None:
        stage += f" – {word('debt_ended', language, day=day_text(debt.ended_on))}"
    else:
        stage += " – " + word(
            "debt_months", language, months=debt.months_elapsed, total=debt.process_months
        )
    rows = [
        (word("debt_started", language), day_text(debt.started_on)),
        (word("debt_at_start", language), euro_text(debt.debt_at_start_cents, language)),
        (word("debt_paid", language), euro_text(debt.paid_cents, language)),
        (word("debt_remaining", language), euro_text(debt.remaining_cents, language)),
        (word("debt_stage", language), stage),
    ]
    facts = Table(
        [[text(label, LABEL), text(value, CELL)] for label, value in rows],
        colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH],
    )
    facts.setStyle(field_table_style())
    flowables: list[Flowable] = [KeepTogether([heading, facts]), Spacer(1, 4)]
    if not debt.instalments:
        return [*flowables, text(word("no_plan_agreed", language), BODY)]
    head = [
        text(word(code, language), CELL_HEAD)
        for code in ("instalment_due", "amount", "instalment_state")
    ]
    plan_rows = [head]
    for instalment in debt.instalments:
        state = (
            "instalment_paid"
            if instalment.paid
            else "instalment_overdue"
            if instalment.overdue
            else "instalment_open"
        )
        plan_rows.append(
            [
                text(day_text(instalment.due_on), CELL),
                text(euro_text(instalment.amount_cents, language), CELL),
                text(word(state, language), CELL),
            ]
        )
    table = Table(plan_rows, colWidths=[35 * mm, 35 * mm, 35 * mm], repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_table_style())
    return [*flowables, table]
