"""The series behind the team overview's charts: home visits per week, rent debt over time.

Both are grouped in SQL (visits by day, payments by follow-up) so the charts cost a
few statements whatever the size of the team; only the dozen points are put together
here.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import distinct, func, or_, select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    HomeVisit,
    RentDebtFollowUp,
    RentPayment,
    ServiceEpisode,
    VisitWorker,
    Worker,
)
from astu_desktop.models.service_day_sql import helsinki_date
from astu_desktop.services.documents import add_months
from astu_protocol.codes import HOME_VISIT_KINDS
from astu_protocol.service_day import days_span, month_end, week_start

WEEKS_SHOWN = 12
MONTHS_SHOWN = 12


def home_visits_per_week(
    session: Session, team_id: str | None, today: date, weeks: int = WEEKS_SHOWN
) -> list[tuple[date, int]]:
    """(Monday, visits) for the last `weeks` weeks, this one included; pair work counts once.

    A team's visits are those one of its workers was at, as the overview's figures count.
    """
    first = week_start(today) - timedelta(weeks=weeks - 1)
    start, end = days_span(first, (today - first).days + 1)
    day = helsinki_date(HomeVisit.visited_at, start, end)
    statement = (
        select(day, func.count(distinct(HomeVisit.id)))
        .where(
            HomeVisit.deleted_at.is_(None),
            HomeVisit.kind.in_(HOME_VISIT_KINDS),
            HomeVisit.visited_at >= start,
            HomeVisit.visited_at < end,
        )
        .group_by(day)
    )
    if team_id is not None:  # from the team's own visits, through the visit_worker index
        team = select(Worker.id).where(Worker.team_id == team_id)
        statement = statement.join(VisitWorker, VisitWorker.visit_id == HomeVisit.id).where(
            VisitWorker.worker_id.in_(team), VisitWorker.deleted_at.is_(None)
        )
    counts = {first + timedelta(weeks=index): 0 for index in range(weeks)}
    for visited_on, count in session.execute(statement):
        counts[week_start(date.fromisoformat(str(visited_on)))] += count
    return sorted(counts.items())


def rent_debt_by_month(
    session: Session, team_id: str | None, today: date, months: int = MONTHS_SHOWN
) -> list[tuple[date, int]]:
    """(month end, cents still owed on the follow-ups open that day), oldest first."""
    ends = [month_end(add_months(today, -back)) for back in range(months - 1, 0, -1)]
    return [(end, _owed_on(session, team_id, end)) for end in [*ends, today]]


def _owed_on(session: Session, team_id: str | None, day: date) -> int:
    follow_up = RentDebtFollowUp
    paid = (
        select(func.coalesce(func.sum(RentPayment.amount_cents), 0))
        .where(
            RentPayment.follow_up_id == follow_up.id,
            RentPayment.deleted_at.is_(None),
            RentPayment.paid_on <= day,
        )
        .scalar_subquery()
    )
    owed = func.max(follow_up.debt_at_start_cents - paid, 0)
    statement = (
        select(func.coalesce(func.sum(owed), 0))
        .select_from(follow_up)
        .where(
            follow_up.deleted_at.is_(None),
            follow_up.started_on <= day,
            or_(follow_up.ended_on.is_(None), follow_up.ended_on > day),
        )
    )
    if team_id is not None:
        team = select(Worker.id).where(Worker.team_id == team_id)
        episodes = select(ServiceEpisode.id).where(ServiceEpisode.responsible_worker_id.in_(team))
        statement = statement.where(follow_up.episode_id.in_(episodes))
    return int(session.scalar(statement) or 0)
