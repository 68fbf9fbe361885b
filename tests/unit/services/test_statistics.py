"""The yearly statistics against figures counted independently from a seeded caseload.

The expected values are computed here the long way, from every ORM row in Python, so
a wrong join, date bound or grouping in services/statistics.py shows as a mismatch.
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    FormDocument,
    HomeVisit,
    Placement,
    RentDebtFollowUp,
    ServiceEpisode,
    TenancyEnding,
)
from astu_desktop.services.seed import seed_caseload
from astu_desktop.services.statistics import statistics_years, year_statistics
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import (
    DocumentStatus,
    FormKey,
    HousingType,
    Service,
    TenancyEndReason,
    VisitKind,
)
from tests.support import new_store

TODAY = date(2025, 6, 12)
CLIENTS = 160
HOME_KINDS = {VisitKind.HOME_VISIT, VisitKind.JOINT_VISIT, VisitKind.NOT_AT_HOME}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseStore]:
    path: Path = tmp_path_factory.mktemp("statistics") / "astu.db"
    store = new_store(path)
    seed_caseload(store, clients=CLIENTS, random_seed=11, today=TODAY)
    yield store
    store.lock()


@pytest.fixture
def session(seeded: CaseStore) -> Iterator[Session]:
    with seeded.session() as opened:
        yield opened


def live(session: Session, model: type) -> list:  # type: ignore[type-arg]
    return [row for row in session.scalars(select(model)) if row.deleted_at is None]


def as_of(year: int) -> date:
    return min(date(year, 12, 31), TODAY)


def ongoing(episode: ServiceEpisode, day: date) -> bool:
    return (
        episode.responsible_worker_id is not None
        and episode.start_date <= day
        and (episode.end_date is None or episode.end_date > day)
    )


@pytest.mark.parametrize("year", [2024, 2025])
def test_tenancy_endings_in_small_apartments_by_reason(session: Session, year: int) -> None:
    placements = {p.id: p for p in live(session, Placement)}
    expected: Counter[TenancyEndReason] = Counter()
    for ending in live(session, TenancyEnding):
        placement = placements.get(ending.placement_id)
        if placement is None or placement.housing_type != HousingType.SMALL_APARTMENT:
            continue
        if date(year, 1, 1) <= ending.ended_on <= as_of(year):
            expected[ending.reason] += 1
    figures = year_statistics(session, year, TODAY)
    assert figures.tenancy_endings == {reason: expected[reason] for reason in TenancyEndReason}
    if year == 2024:
        assert figures.tenancy_endings_total > 0  # the seed ends tenancies: not a vacuous check


@pytest.mark.parametrize("year", [2024, 2025])
def test_rent_debtors_and_debt_at_every_month_end(session: Session, year: int) -> None:
    follow_ups = live(session, RentDebtFollowUp)
    figures = year_statistics(session, year, TODAY)
    months = [m for m in range(1, 13) if date(year, m, 1) <= as_of(year)]
    assert [line.month for line in figures.rent_debt_months] == months
    for line in figures.rent_debt_months:
        day = min(date(year, line.month, calendar.monthrange(year, line.month)[1]), TODAY)
        debtors: set[str] = set()
        debt = 0
        for follow_up in follow_ups:
            if follow_up.started_on > day or (follow_up.ended_on and follow_up.ended_on <= day):
                continue
            debtors.add(follow_up.client_id)
            paid = sum(
                p.amount_cents
                for p in follow_up.payments
                if p.deleted_at is None and p.paid_on <= day
            )
            debt += max(follow_up.debt_at_start_cents - paid, 0)
        assert (line.debtors, line.debt_cents) == (len(debtors), debt), line.month
    assert any(line.debtors for line in figures.rent_debt_months)


def test_rent_debt_over_the_year(session: Session) -> None:
    year, first, last = 2024, date(2024, 1, 1), date(2024, 12, 31)
    during = [
        f
        for f in live(session, RentDebtFollowUp)
        if f.started_on <= last and (f.ended_on is None or f.ended_on >= first)
    ]
    figures = year_statistics(session, year, TODAY).rent_debt_year
    assert figures.debtors == len({f.client_id for f in during})
    assert figures.debt_at_start_cents == sum(f.debt_at_start_cents for f in during)
    assert figures.paid_cents == sum(
        p.amount_cents
        for f in during
        for p in f.payments
        if p.deleted_at is None and first <= p.paid_on <= last
    )
    assert figures.debtors > 0


@pytest.mark.parametrize("year", [2024, 2025])
def test_caseload_per_worker_on_the_as_of_day(session: Session, year: int) -> None:
    day = as_of(year)
    clients: dict[str, set[str]] = defaultdict(set)
    by_service: dict[tuple[str, Service], set[str]] = defaultdict(set)
    for episode in live(session, ServiceEpisode):
        if ongoing(episode, day):
            clients[episode.responsible_worker_id].add(episode.client_id)
            by_service[(episode.responsible_worker_id, episode.service)].add(episode.client_id)
    figures = year_statistics(session, year, TODAY)
    assert {line.worker_id: line.clients for line in figures.caseload} == {
        worker: len(ids) for worker, ids in clients.items()
    }
    for line in figures.caseload:
        for service, count in line.by_service.items():
            assert count == len(by_service[(line.worker_id, service)])
    names = [line.name for line in figures.caseload]
    assert names == sorted(names)


@pytest.mark.parametrize("year", [2024, 2025])
def test_home_visits_per_month(session: Session, year: int) -> None:
    expected: Counter[int] = Counter()
    end = datetime(as_of(year).year, as_of(year).month, as_of(year).day, tzinfo=UTC)
    for visit in live(session, HomeVisit):
        at = visit.visited_at.astimezone(UTC)
        if visit.kind in HOME_KINDS and at.year == year and at.date() <= end.date():
            expected[at.month] += 1
    figures = year_statistics(session, year, TODAY)
    assert figures.home_visits == {m: expected[m] for m in figures.home_visits}
    assert len(figures.home_visits) == (12 if year == 2024 else TODAY.month)
    assert figures.home_visits_total > 0


_SERVICE_ORDER = (
    Service.OUTREACH, Service.HOME_REHABILITATION, Service.RENT_DEBT, Service.SAS_ASSESSMENT,
)  # fmt: skip


def current_plans_due(session: Session, day: date) -> dict[str, date]:
    """Per client, the review date of its current plan on `day`: the latest signed by then
    that no amendment signed by then supersedes."""
    plans = [
        d
        for d in live(session, FormDocument)
        if d.form_key == FormKey.SERVICE_PLAN
        and d.status == DocumentStatus.SIGNED
        and d.document_date <= day
    ]
    superseded = {d.supersedes_id for d in plans}
    current: dict[str, FormDocument] = {}
    for d in sorted(plans, key=lambda d: (d.document_date, d.version_no, d.id)):
        if d.id not in superseded:
            current[d.client_id] = d  # the last in this order wins
    return {c: d.review_due for c, d in current.items() if d.review_due is not None}


def responsible_on(session: Session, day: date) -> dict[str, str]:
    """Per client, the responsible worker on `day`: first by service, then latest started."""
    episodes = [e for e in live(session, ServiceEpisode) if ongoing(e, day)]
    found: dict[str, str] = {}
    for e in sorted(episodes, key=lambda e: (-_SERVICE_ORDER.index(e.service), e.start_date, e.id)):
        found[e.client_id] = e.responsible_worker_id
    return found


@pytest.mark.parametrize("year", [2024, 2025])
def test_service_plans_overdue(session: Session, year: int) -> None:
    day = as_of(year)
    due_on = current_plans_due(session, day)
    overdue_by_worker: dict[str, set[str]] = defaultdict(set)
    for client_id, worker_id in responsible_on(session, day).items():
        due = due_on.get(client_id)
        if due is not None and due < day:
            overdue_by_worker[worker_id].add(client_id)
    figures = year_statistics(session, year, TODAY)
    everyone = set().union(*overdue_by_worker.values()) if overdue_by_worker else set()
    assert figures.plans_overdue == len(everyone)
    if year == 2025:
        assert figures.plans_overdue > 0  # the seed leaves some reviews undone
    assert {
        line.worker_id: line.plans_overdue for line in figures.caseload if line.plans_overdue
    } == {worker: len(ids) for worker, ids in overdue_by_worker.items()}


def test_the_years_to_choose_from_run_from_the_first_episode_to_this_year(
    session: Session,
) -> None:
    years = statistics_years(session, TODAY)
    assert years[0] == 2025
    assert years == sorted(years, reverse=True)
    first = min(e.start_date for e in live(session, ServiceEpisode))
    assert years[-1] == first.year


def test_a_future_year_is_refused(session: Session) -> None:
    with pytest.raises(ValueError, match="future"):
        year_statistics(session, 2026, TODAY)


def test_the_report_pdf_prints_the_same_figures(session: Session) -> None:
    from astu_desktop.reports.statistics_pdf import statistics_pdf
    from astu_desktop.reports.words import euro_text
    from tests.unit.reports.pdfkit import flat, page_texts

    figures = year_statistics(session, 2024, TODAY)
    pages = page_texts(statistics_pdf(figures, "fi"))
    text = flat(" ".join(pages))
    assert "Asumisen tuen tilastot 2024" in text
    assert "Tilanne 31.12.2024" in text
    assert f"Yhteensä {figures.tenancy_endings_total}" in text
    for line in figures.rent_debt_months:
        assert flat(euro_text(line.debt_cents, "fi")) in text
    assert f"Yhteensä: {figures.home_visits_total}" in text
    for worker in figures.caseload:
        assert worker.name in text
    assert f"on ohitettu: {figures.plans_overdue}." in text
    for number, page in enumerate(pages, start=1):
        assert f"sivu {number}/{len(pages)}" in page
    assert "LUONNOS" not in text
