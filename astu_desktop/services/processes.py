"""Where a client is in the processes of the service, and what the worker does next.

The stages are read from the records the work leaves behind (episodes, SAS decisions,
offers, placements, service plans, follow-ups) rather than stored, so a stage is never
out of step with the facts, also after a sync brought in a colleague's entries.
The actions that move a process on live in `process_actions`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import HomeVisit, RentDebtFollowUp, ServiceEpisode
from astu_desktop.models.codes import HousingStage, NextStep, Phase
from astu_desktop.services.bookings import next_visits
from astu_desktop.services.documents import add_months
from astu_desktop.services.housing_process import current_placement, housing_process
from astu_desktop.services.process_stages import (
    FINAL_TENANCY_ENDINGS,
    HOUSING_STEPS,
    RENT_DEBT_PROCESS_MONTHS,
    ClientProcesses,
    HousingProcess,
    PhaseProcess,
    latest,
    latest_episode,
)
from astu_protocol.codes import (
    EpisodeEndReason,
    EpisodeStatus,
    RentDebtOutcome,
    RentDebtStage,
    Service,
)
from astu_protocol.service_day import day_start, service_day

__all__ = [
    "FINAL_TENANCY_ENDINGS",
    "HOUSING_STEPS",
    "RENT_DEBT_PROCESS_MONTHS",
    "ClientProcesses",
    "HousingProcess",
    "HousingStage",
    "NextStep",
    "Phase",
    "PhaseProcess",
    "client_processes",
    "current_placement",
    "housing_process",
    "outreach_process",
    "rent_debt_process",
]


def client_processes(session: Session, client_id: str, today: date) -> ClientProcesses:
    return ClientProcesses(
        housing=housing_process(session, client_id),
        outreach=outreach_process(session, client_id),
        rent_debt=rent_debt_process(session, client_id, today),
    )


# -- outreach (lähityö) ---------------------------------------------------------------


def outreach_process(session: Session, client_id: str) -> PhaseProcess | None:
    episode = latest_episode(session, client_id, Service.OUTREACH)
    if episode is None:
        return None
    if episode.status == EpisodeStatus.STARTING:
        return PhaseProcess(episode.id, Phase.START, NextStep.START_OUTREACH_WORK)
    if episode.status == EpisodeStatus.ACTIVE:
        return PhaseProcess(
            episode.id, Phase.WORK, NextStep.HOME_VISIT, _visit_due(session, episode)
        )
    step = NextStep.START_SAS if episode.end_reason == EpisodeEndReason.NEW_SAS else NextStep.NONE
    if step == NextStep.START_SAS and _sas_started_after(session, episode):
        step = NextStep.NONE
    return PhaseProcess(episode.id, Phase.END, step, ended_because=episode.end_reason)


def _visit_due(session: Session, episode: ServiceEpisode) -> date | None:
    """The Helsinki day of the next booked visit (services/bookings.py), if one is booked."""
    starts_at = next_visits(session, [episode.client_id], date.min)[episode.client_id].starts_at
    return None if starts_at is None else service_day(starts_at)


def _sas_started_after(session: Session, episode: ServiceEpisode) -> bool:
    sas = latest_episode(session, episode.client_id, Service.SAS_ASSESSMENT)
    return sas is not None and episode.end_date is not None and sas.start_date >= episode.end_date


# -- rent-debt follow-up (vuokravelan seuranta) ---------------------------------------


def rent_debt_process(session: Session, client_id: str, today: date) -> PhaseProcess | None:
    """Start -> plan -> work -> end; in the work, what needs doing first comes first:
    a paid debt or six months over ends it, an overdue instalment, then the home visit
    that checks living skills, then following the plan to its next due date."""
    follow_up = latest(session, RentDebtFollowUp, RentDebtFollowUp.client_id == client_id)
    if follow_up is None:
        return None
    planned_end = add_months(follow_up.started_on, RENT_DEBT_PROCESS_MONTHS)
    if follow_up.stage != RentDebtStage.ENDED:
        paid = sum(p.amount_cents for p in follow_up.payments if not p.is_deleted)
        phase = Phase.START if follow_up.stage == RentDebtStage.START else Phase.WORK
        if paid >= follow_up.debt_at_start_cents:
            return PhaseProcess(follow_up.id, phase, NextStep.END_PAID_FOLLOW_UP)
        if phase == Phase.START:
            return PhaseProcess(follow_up.id, Phase.START, NextStep.PAYMENT_PLAN, planned_end)
        step, due = _rent_debt_work_step(session, follow_up, paid, today, planned_end)
        return PhaseProcess(follow_up.id, Phase.WORK, step, due)
    step = NextStep.NONE
    if follow_up.outcome == RentDebtOutcome.TENANCY_ENDED_NEW_SAS:
        sas = latest_episode(session, client_id, Service.SAS_ASSESSMENT)
        ended = follow_up.ended_on or follow_up.started_on
        step = NextStep.NONE if sas is not None and sas.start_date >= ended else NextStep.START_SAS
    return PhaseProcess(follow_up.id, Phase.END, step, ended_because=follow_up.outcome)


def _rent_debt_work_step(
    session: Session, follow_up: RentDebtFollowUp, paid: int, today: date, planned_end: date
) -> tuple[NextStep, date | None]:
    if today >= planned_end:
        return NextStep.END_FOLLOW_UP, planned_end
    unpaid = _first_unpaid_instalment(follow_up, paid)
    if unpaid is not None and unpaid < today:
        return NextStep.OVERDUE_INSTALMENT, unpaid
    if not _living_skills_checked_since(session, follow_up.client_id, follow_up.started_on):
        return NextStep.CHECK_LIVING_SKILLS, planned_end
    return NextStep.FOLLOW_PAYMENT_PLAN, unpaid or planned_end


def _first_unpaid_instalment(follow_up: RentDebtFollowUp, paid_cents: int) -> date | None:
    """Payments count against the instalments in the order they fall due."""
    due_so_far = 0
    for instalment in follow_up.instalments:
        if instalment.is_deleted:
            continue
        due_so_far += instalment.amount_cents
        if paid_cents < due_so_far:
            return instalment.due_on
    return None


def _living_skills_checked_since(session: Session, client_id: str, since: date) -> bool:
    found = session.scalar(
        select(HomeVisit.id)
        .where(
            HomeVisit.client_id == client_id,
            HomeVisit.living_skills_document_id.is_not(None),
            HomeVisit.deleted_at.is_(None),
            HomeVisit.visited_at >= day_start(since),
        )
        .limit(1)
    )
    return found is not None
