"""The service's yearly statistics (tilastointi ja raportointi), for the screen and the PDF.

Both the statistics view and the yearly report PDF read `year_statistics`, so a figure
on screen and on paper cannot disagree. Every figure is "as of" a day: the last day of
the year for a past year, today for the current one, so the current year's figures do
not count what has not happened yet.

Definitions:
- tenancy endings: endings in the year of tenancies in small apartments, by reason;
- rent-debt follow-up: at the end of each month, the clients with an open follow-up
  (started, not yet ended) and what they still owe (debt at start less payments made
  by then); for the year, the clients followed up at any time and their debt;
- caseload per worker: the clients of the worker's episodes ongoing on the day
  (started, not ended), in total and by service;
- home visits: contacts in the client's home (home and joint visits, and attempts that
  found no one at home) per month;
- service plans overdue: clients with an ongoing episode whose current signed service
  plan's review date (as signing fixed it, `documents.service_plan_review_due`) has
  passed, counted for the client's responsible worker; both facts as
  services/case_facts.py defines them, as of the day. A client without a signed plan
  is not counted here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, distinct, func, or_, select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    HomeVisit,
    Placement,
    RentDebtFollowUp,
    RentPayment,
    ServiceEpisode,
    TenancyEnding,
    Worker,
)
from astu_desktop.models.service_day_sql import helsinki_month
from astu_desktop.services.case_facts import plan_review_dues, responsible_episode_id
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import HOME_VISIT_KINDS, HousingType, Service, TenancyEndReason
from astu_protocol.service_day import days_span, month_end

# Contacts in the client's home; office meetings and phone calls are not home visits.
MONTHS = tuple(range(1, 13))


@dataclass(frozen=True)
class RentDebtMonth:
    month: int
    debtors: int
    debt_cents: int


@dataclass(frozen=True)
class RentDebtYear:
    debtors: int  # clients with a follow-up open at any time in the year
    debt_at_start_cents: int  # what those follow-ups started from
    paid_cents: int  # payments made in the year
    remaining_cents: int  # still owed at the end of the year (or today)


@dataclass(frozen=True)
class WorkerCaseload:
    worker_id: str
    name: str
    clients: int
    by_service: dict[Service, int]
    plans_overdue: int


@dataclass(frozen=True)
class YearStatistics:
    year: int
    as_of: date
    tenancy_endings: dict[TenancyEndReason, int]  # every reason, zeros included
    rent_debt_months: tuple[RentDebtMonth, ...]  # the months up to `as_of`
    rent_debt_year: RentDebtYear
    caseload: tuple[WorkerCaseload, ...]  # by worker name
    home_visits: dict[int, int]  # month -> visits, every month up to `as_of`
    plans_overdue: int

    @property
    def tenancy_endings_total(self) -> int:
        return sum(self.tenancy_endings.values())

    @property
    def home_visits_total(self) -> int:
        return sum(self.home_visits.values())


def statistics_years(session: Session, today: date) -> list[int]:
    """The years a user can choose: from the first recorded episode to this year."""
    first = session.scalar(
        select(func.min(ServiceEpisode.start_date)).where(ServiceEpisode.deleted_at.is_(None))
    )
    start = first.year if isinstance(first, date) else today.year
    return list(range(today.year, start - 1, -1))


def year_statistics(session: Session, year: int, today: date) -> YearStatistics:
    as_of = min(date(year, 12, 31), today)
    if as_of < date(year, 1, 1):
        raise ValueError("a statistics year cannot lie in the future")
    months = tuple(m for m in MONTHS if date(year, m, 1) <= as_of)
    overdue_by_worker = _plans_overdue(session, as_of)
    follow_ups = _follow_ups(session, date(year, 1, 1), as_of)
    return YearStatistics(
        year=year,
        as_of=as_of,
        tenancy_endings=tenancy_endings(session, year, as_of),
        rent_debt_months=_rent_debt_months(follow_ups, year, months, as_of),
        rent_debt_year=_rent_debt_year(follow_ups, year, as_of),
        caseload=_caseload(session, as_of, overdue_by_worker),
        home_visits=_home_visits(session, year, months, as_of),
        plans_overdue=len(set().union(*overdue_by_worker.values())) if overdue_by_worker else 0,
    )


# -- tenancy endings -------------------------------------------------------------------


def tenancy_endings(session: Session, year: int, as_of: date) -> dict[TenancyEndReason, int]:
    statement = (
        select(TenancyEnding.reason, func.count())
        .join(Placement, Placement.id == TenancyEnding.placement_id)
        .where(
            TenancyEnding.deleted_at.is_(None),
            Placement.deleted_at.is_(None),
            Placement.housing_type == HousingType.SMALL_APARTMENT,
            TenancyEnding.ended_on >= date(year, 1, 1),
            TenancyEnding.ended_on <= as_of,
        )
        .group_by(TenancyEnding.reason)
    )
    counted = {TenancyEndReason(reason): int(n) for reason, n in session.execute(statement)}
    return {reason: counted.get(reason, 0) for reason in TenancyEndReason}


# -- rent debt -------------------------------------------------------------------------


@dataclass(frozen=True)
class _FollowUp:
    client_id: str
    started_on: date
    ended_on: date | None
    debt_cents: int
    payments: tuple[tuple[date, int], ...]

    def open_on(self, day: date) -> bool:
        return self.started_on <= day and (self.ended_on is None or self.ended_on > day)

    def owed_on(self, day: date) -> int:
        paid = sum(amount for paid_on, amount in self.payments if paid_on <= day)
        return max(self.debt_cents - paid, 0)


def _follow_ups(session: Session, first: date, last: date) -> list[_FollowUp]:
    """The follow-ups open at some time between `first` and `last`, with their payments."""
    follow_up = RentDebtFollowUp
    statement = select(
        follow_up.id, follow_up.client_id, follow_up.started_on, follow_up.ended_on,
        follow_up.debt_at_start_cents,
    ).where(
        follow_up.deleted_at.is_(None),
        follow_up.started_on <= last,
        or_(follow_up.ended_on.is_(None), follow_up.ended_on >= first),
    )  # fmt: skip
    rows = list(session.execute(statement))
    payments: dict[str, list[tuple[date, int]]] = defaultdict(list)
    ids = [row.id for row in rows]
    for chunk in _chunks(ids, 500):
        paid = select(RentPayment.follow_up_id, RentPayment.paid_on, RentPayment.amount_cents)
        paid = paid.where(RentPayment.follow_up_id.in_(chunk), RentPayment.deleted_at.is_(None))
        for follow_up_id, paid_on, amount in session.execute(paid):
            payments[follow_up_id].append((paid_on, amount))
    return [
        _FollowUp(
            row.client_id,
            row.started_on,
            row.ended_on,
            row.debt_at_start_cents,
            tuple(payments.get(row.id, ())),
        )
        for row in rows
    ]


def _rent_debt_months(
    follow_ups: list[_FollowUp], year: int, months: Iterable[int], as_of: date
) -> tuple[RentDebtMonth, ...]:
    result = []
    for month in months:
        day = min(month_end(date(year, month, 1)), as_of)
        open_ones = [f for f in follow_ups if f.open_on(day)]
        result.append(
            RentDebtMonth(
                month,
                len({f.client_id for f in open_ones}),
                sum(f.owed_on(day) for f in open_ones),
            )
        )
    return tuple(result)


def _rent_debt_year(follow_ups: list[_FollowUp], year: int, as_of: date) -> RentDebtYear:
    first = date(year, 1, 1)
    return RentDebtYear(
        debtors=len({f.client_id for f in follow_ups}),
        debt_at_start_cents=sum(f.debt_cents for f in follow_ups),
        paid_cents=sum(
            amount
            for f in follow_ups
            for paid_on, amount in f.payments
            if first <= paid_on <= as_of
        ),
        remaining_cents=sum(f.owed_on(as_of) for f in follow_ups if f.open_on(as_of)),
    )


# -- caseload and plans ----------------------------------------------------------------


def _ongoing(as_of: date) -> list[ColumnElement[bool]]:
    episode = ServiceEpisode
    return [
        episode.deleted_at.is_(None),
        episode.responsible_worker_id.is_not(None),
        episode.start_date <= as_of,
        or_(episode.end_date.is_(None), episode.end_date > as_of),
    ]


def _caseload(
    session: Session, as_of: date, overdue_by_worker: dict[str, set[str]]
) -> tuple[WorkerCaseload, ...]:
    episode = ServiceEpisode
    by_service: dict[str, dict[Service, int]] = defaultdict(dict)
    worker = episode.responsible_worker_id
    statement = (
        select(worker, episode.service, func.count(distinct(episode.client_id)))
        .where(*_ongoing(as_of))
        .group_by(worker, episode.service)
    )
    for worker_id, service, count in session.execute(statement):
        by_service[str(worker_id)][Service(service)] = int(count)
    totals = {
        str(worker_id): int(count)
        for worker_id, count in session.execute(
            select(episode.responsible_worker_id, func.count(distinct(episode.client_id)))
            .where(*_ongoing(as_of))
            .group_by(episode.responsible_worker_id)
        )
    }
    names = {
        worker_id: name for worker_id, name in session.execute(select(Worker.id, Worker.full_name))
    }
    lines = [
        WorkerCaseload(
            worker_id,
            names.get(worker_id, "?"),
            int(totals[worker_id]),
            by_service[worker_id],
            len(overdue_by_worker.get(worker_id, set())),
        )
        for worker_id in totals
    ]
    return tuple(sorted(lines, key=lambda line: (line.name, line.worker_id)))


def _plans_overdue(session: Session, as_of: date) -> dict[str, set[str]]:
    """Responsible worker -> clients whose current plan on `as_of` was due for review before
    it (both facts as of that day, from services/case_facts.py)."""
    newest = plan_review_dues(as_of).subquery()
    episode = ServiceEpisode
    statement = (
        select(episode.responsible_worker_id, episode.client_id)
        .join(newest, newest.c.client_id == episode.client_id)
        .where(
            *_ongoing(as_of),
            episode.id == responsible_episode_id(episode.client_id, as_of),
            newest.c.review_due < as_of,
        )
        .distinct()
    )
    found: dict[str, set[str]] = defaultdict(set)
    for worker_id, client_id in session.execute(statement):
        found[str(worker_id)].add(client_id)
    return dict(found)


# -- home visits -------------------------------------------------------------------------


def _home_visits(session: Session, year: int, months: Iterable[int], as_of: date) -> dict[int, int]:
    first = date(year, 1, 1)
    start, end = days_span(first, (as_of - first).days + 1)
    month = helsinki_month(HomeVisit.visited_at, start, end)
    statement = (
        select(month, func.count())
        .where(
            and_(HomeVisit.visited_at >= start, HomeVisit.visited_at < end),
            HomeVisit.deleted_at.is_(None),
            HomeVisit.kind.in_(HOME_VISIT_KINDS),
        )
        .group_by(month)
    )
    counted = {int(m): int(n) for m, n in session.execute(statement)}
    return {m: counted.get(m, 0) for m in months}


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def read_year_statistics(
    store: CaseStore, year: int | None, today: date
) -> tuple[list[int], YearStatistics]:
    """The years there are figures for, and one year's figures (the newest if None)."""
    with store.session() as session:
        years = statistics_years(session, today)
        return years, year_statistics(session, year or years[0], today)
