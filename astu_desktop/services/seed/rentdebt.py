"""Rent-debt follow-up (vuokravelan seuranta): start, work and end, usually six months."""

from __future__ import annotations

import math
from datetime import date, timedelta

from astu_desktop.models import Placement, RentDebtFollowUp, ServiceEpisode
from astu_desktop.models.base import new_id
from astu_desktop.services.rent_debt_actions import EPISODE_END_FOR_OUTCOME
from astu_desktop.services.seed.repayment import (
    add_decisions,
    add_partner_contacts,
    add_payment,
    follow_payment_plan,
)
from astu_desktop.services.seed.story import (
    VISIT_HISTORY_DAYS,
    Ending,
    Story,
    end_episode,
    start_episode,
)
from astu_desktop.services.seed.visits import add_visit
from astu_protocol.codes import RentDebtOutcome, RentDebtStage, Service, TenancyEndReason, VisitKind

RENT_DEBT_SHARE = 0.17
NOTICE_DAYS_BEFORE_START = 7  # the landlord's notice, then the tenant is contacted


def maybe_follow_rent_debt(story: Story, placement: Placement, ending: Ending | None) -> None:
    """Every eviction for rent debt had a follow-up before it; other tenants sometimes."""
    if ending is not None and ending.reason == TenancyEndReason.EVICTION_RENT_DEBT:
        warned_on = _start_before_eviction(story, placement, ending.on)
        _follow_rent_debt(story, placement, warned_on, forced_end=ending.on)
        return
    if story.rng.random() >= RENT_DEBT_SHARE:
        return
    start = _start_during_tenancy(story, placement, ending)
    if start is not None:
        _follow_rent_debt(story, placement, start, forced_end=None)


def _start_before_eviction(story: Story, placement: Placement, evicted_on: date) -> date:
    """Four to eight months before, not in the tenancy's first month; halfway if need be."""
    start = max(placement.move_in_on + timedelta(days=30), evicted_on - story.days(120, 240))
    if start >= evicted_on:
        start = placement.move_in_on + timedelta(days=(evicted_on - placement.move_in_on).days // 2)
    return start


def _start_during_tenancy(story: Story, placement: Placement, ending: Ending | None) -> date | None:
    """A day two months or more into the tenancy and two weeks or more before its end.

    The day also falls within the visit history; None when no such day is left.
    """
    first = max(
        placement.move_in_on + timedelta(days=60),
        story.today - timedelta(days=VISIT_HISTORY_DAYS),
    )
    last = min(ending.on if ending else story.today, story.today) - timedelta(days=14)
    if first > last:
        return None
    return first + story.days(0, (last - first).days)


def _follow_rent_debt(
    story: Story, placement: Placement, start: date, forced_end: date | None
) -> None:
    """`forced_end`: the eviction that ends the follow-up, whatever the plan."""
    episode = start_episode(story, Service.RENT_DEBT, start, story.pick("rent_debt"))
    follow_up = _open_follow_up(story, episode, placement, start)
    planned_end = start + story.days(150, 210)  # usually six months
    ends = forced_end or (planned_end if planned_end < story.today else None)
    last = min(ends or story.today, story.today)
    add_partner_contacts(story, follow_up, last)
    paid = follow_payment_plan(story, follow_up, last)
    add_decisions(story, follow_up, last)
    _rent_debt_visits(story, episode, last)
    if ends is not None:
        _close_follow_up(story, follow_up, episode, ends, paid, forced=forced_end is not None)


def _open_follow_up(
    story: Story, episode: ServiceEpisode, placement: Placement, start: date
) -> RentDebtFollowUp:
    follow_up = RentDebtFollowUp(
        id=new_id(),
        client_id=story.client.id,
        episode_id=episode.id,
        placement_id=placement.id,
        started_on=start,
        debt_at_start_cents=_debt_cents(story),
        landlord=placement.landlord,
        notice_on=start - timedelta(days=NOTICE_DAYS_BEFORE_START),
        stage=RentDebtStage.START,
    )
    story.batch.add(follow_up)
    return follow_up


def _debt_cents(story: Story) -> int:
    """200-6,000 euros, most debts one to three months' rent."""
    euros = 200 + 5800 * math.pow(story.rng.random(), 2.2)
    return round(euros * 100)


def _rent_debt_visits(story: Story, episode: ServiceEpisode, last: date) -> None:
    """A home visit to check living skills early on, then a contact every month or two."""
    worker = episode.responsible_worker_id
    if worker is None:
        return
    check_day = episode.start_date + story.days(14, 45)
    if check_day <= last and story.in_visit_history(check_day):
        add_visit(story, check_day, worker, VisitKind.HOME_VISIT, living_skills=True)
    day = check_day + story.days(28, 56)
    while day <= last:
        if story.in_visit_history(day):
            kind = story.rng.choice((VisitKind.PHONE, VisitKind.OFFICE, VisitKind.HOME_VISIT))
            add_visit(story, day, worker, kind)
        day += story.days(28, 56)


def _close_follow_up(
    story: Story,
    follow_up: RentDebtFollowUp,
    episode: ServiceEpisode,
    ends: date,
    paid: int,
    *,
    forced: bool,
) -> None:
    """A paid-off debt is paid in full, the rest in one last payment if need be."""
    outcome = _follow_up_outcome(story, forced)
    if outcome == RentDebtOutcome.DEBT_PAID and paid < follow_up.debt_at_start_cents:
        add_payment(story, follow_up, ends, follow_up.debt_at_start_cents - paid)
    follow_up.stage = RentDebtStage.ENDED
    follow_up.ended_on = ends
    follow_up.outcome = outcome
    end_episode(episode, ends, EPISODE_END_FOR_OUTCOME[outcome])


def _follow_up_outcome(story: Story, forced: bool) -> RentDebtOutcome:
    """An eviction sends the tenant to a new SAS; otherwise most debts get paid."""
    if forced:
        return RentDebtOutcome.TENANCY_ENDED_NEW_SAS
    if story.rng.random() < 0.65:
        return RentDebtOutcome.DEBT_PAID
    return RentDebtOutcome.CONTINUES_WITH_OUTREACH
