"""Where a client is in the processes of the service, and what the worker does next.

The stages are read from the records the work leaves behind (episodes, SAS decisions,
offers, placements, service plans, follow-ups) rather than stored, so a stage is never
out of step with the facts, also after a sync brought in a colleague's entries.
The actions that move a process on live in `process_actions`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    FormDocument,
    HomeVisit,
    HousingOffer,
    Placement,
    RentDebtFollowUp,
    SasDecision,
    ServiceEpisode,
    TenancyEnding,
)
from astu_desktop.models.codes import (
    DocumentStatus,
    EpisodeEndReason,
    EpisodeStatus,
    FormKey,
    OfferOutcome,
    RentDebtOutcome,
    RentDebtStage,
    SasOutcome,
    Service,
    TenancyEndReason,
)
from astu_desktop.services.caseload import VISIT_INTERVAL
from astu_desktop.services.documents import add_months

RENT_DEBT_PROCESS_MONTHS = 6


class HousingStage(enum.StrEnum):
    """The SAS and housing process, in order; each stage is the last one reached."""

    NOT_STARTED = "not_started"
    INITIAL_ASSESSMENT = "initial_assessment"
    SAS_DECISION = "sas_decision"
    QUEUE = "queue"
    OFFER = "offer"
    VIEWING = "viewing"
    MOVED_IN = "moved_in"
    SERVICE_PLAN = "service_plan"
    ENDED = "ended"  # the last tenancy or SAS episode is over


HOUSING_STEPS = tuple(HousingStage)[1:-1]
# After these endings nobody needs a new SAS process from us.
FINAL_TENANCY_ENDINGS = frozenset(
    {TenancyEndReason.DIRECT_TENANCY, TenancyEndReason.DIED, TenancyEndReason.MOVED_AWAY}
)


class Phase(enum.StrEnum):
    """Start -> work -> end: outreach and rent-debt follow-up as the seed draws them."""

    START = "start"
    WORK = "work"
    END = "end"


class NextStep(enum.StrEnum):
    START_SAS = "start_sas"
    ASSESSMENT_INTERVIEW = "assessment_interview"
    SAS_DECISION = "sas_decision"
    AWAIT_STATEMENTS = "await_statements"
    END_SAS_EPISODE = "end_sas_episode"
    HOUSING_OFFER = "housing_offer"
    VIEWING = "viewing"
    MOVE_IN = "move_in"
    SERVICE_PLAN = "service_plan"
    PLAN_REVIEW = "plan_review"
    START_OUTREACH_WORK = "start_outreach_work"
    HOME_VISIT = "home_visit"
    PAYMENT_PLAN = "payment_plan"
    FOLLOW_PAYMENT_PLAN = "follow_payment_plan"
    END_FOLLOW_UP = "end_follow_up"
    NONE = "none"


@dataclass(frozen=True)
class HousingProcess:
    stage: HousingStage
    next_step: NextStep
    due: date | None = None
    sas_episode_id: str | None = None
    decision_id: str | None = None
    offer_id: str | None = None
    placement_id: str | None = None


@dataclass(frozen=True)
class PhaseProcess:
    """Outreach or rent-debt follow-up: the phase, the next step and its due date."""

    record_id: str
    phase: Phase
    next_step: NextStep
    due: date | None = None
    ended_because: EpisodeEndReason | RentDebtOutcome | None = None


@dataclass(frozen=True)
class ClientProcesses:
    housing: HousingProcess
    outreach: PhaseProcess | None
    rent_debt: PhaseProcess | None


def client_processes(session: Session, client_id: str, today: date) -> ClientProcesses:
    return ClientProcesses(
        housing=housing_process(session, client_id),
        outreach=outreach_process(session, client_id),
        rent_debt=rent_debt_process(session, client_id, today),
    )


# -- SAS and housing ----------------------------------------------------------------


def housing_process(session: Session, client_id: str) -> HousingProcess:
    placement = current_placement(session, client_id)
    if placement is not None:
        return _housed(session, placement)
    episode = _latest_episode(session, client_id, Service.SAS_ASSESSMENT)
    if episode is None or not episode.is_open:
        return _between_processes(session, client_id, started=episode is not None)
    decision = _latest(session, SasDecision, SasDecision.episode_id == episode.id)
    if decision is None:
        return _assessing(session, episode)
    return _decided(session, episode, decision)


def current_placement(session: Session, client_id: str) -> Placement | None:
    query = (
        select(Placement)
        .where(
            Placement.client_id == client_id,
            Placement.ended_on.is_(None),
            Placement.deleted_at.is_(None),
        )
        .order_by(Placement.move_in_on.desc(), Placement.id.desc())
    )
    return session.scalars(query).first()


def _between_processes(session: Session, client_id: str, *, started: bool) -> HousingProcess:
    ending = session.scalars(
        select(TenancyEnding)
        .where(TenancyEnding.client_id == client_id, TenancyEnding.deleted_at.is_(None))
        .order_by(TenancyEnding.ended_on.desc())
    ).first()
    if ending is None and not started:
        return HousingProcess(HousingStage.NOT_STARTED, NextStep.START_SAS)
    final = ending is not None and ending.reason in FINAL_TENANCY_ENDINGS
    return HousingProcess(HousingStage.ENDED, NextStep.NONE if final else NextStep.START_SAS)


def _assessing(session: Session, episode: ServiceEpisode) -> HousingProcess:
    assessed = session.scalar(
        select(func.count(FormDocument.id)).where(
            FormDocument.client_id == episode.client_id,
            FormDocument.form_key == FormKey.ASSESSMENT_INTERVIEW,
            FormDocument.document_date >= episode.start_date,
            FormDocument.deleted_at.is_(None),
        )
    )
    step = NextStep.SAS_DECISION if assessed else NextStep.ASSESSMENT_INTERVIEW
    return HousingProcess(HousingStage.INITIAL_ASSESSMENT, step, sas_episode_id=episode.id)


def _decided(session: Session, episode: ServiceEpisode, decision: SasDecision) -> HousingProcess:
    decided = HousingProcess(
        HousingStage.SAS_DECISION,
        NextStep.AWAIT_STATEMENTS,
        sas_episode_id=episode.id,
        decision_id=decision.id,
    )
    if decision.outcome == SasOutcome.PENDING_STATEMENTS:
        return decided
    if decision.outcome == SasOutcome.NOT_PLACED:
        return replace(decided, next_step=NextStep.END_SAS_EPISODE)
    offer = _latest(session, HousingOffer, HousingOffer.sas_decision_id == decision.id)
    if offer is None or offer.outcome not in (OfferOutcome.PENDING, OfferOutcome.ACCEPTED):
        return replace(decided, stage=HousingStage.QUEUE, next_step=NextStep.HOUSING_OFFER)
    offered = replace(decided, offer_id=offer.id)
    if offer.outcome == OfferOutcome.ACCEPTED:
        return replace(offered, stage=HousingStage.VIEWING, next_step=NextStep.MOVE_IN)
    if offer.viewing_on is None:
        return replace(offered, stage=HousingStage.OFFER, next_step=NextStep.VIEWING)
    return replace(
        offered, stage=HousingStage.VIEWING, next_step=NextStep.VIEWING, due=offer.viewing_on
    )


def _housed(session: Session, placement: Placement) -> HousingProcess:
    """Moved in; the process is complete once a signed service plan exists."""
    plan = session.scalars(
        select(FormDocument)
        .where(
            FormDocument.client_id == placement.client_id,
            FormDocument.form_key == FormKey.SERVICE_PLAN,
            FormDocument.status == DocumentStatus.SIGNED,
            FormDocument.document_date >= placement.move_in_on,
            FormDocument.deleted_at.is_(None),
        )
        .order_by(FormDocument.document_date.desc(), FormDocument.signed_at.desc())
    ).first()
    housed = HousingProcess(
        HousingStage.MOVED_IN,
        NextStep.SERVICE_PLAN,
        decision_id=placement.sas_decision_id,
        placement_id=placement.id,
    )
    if plan is None:
        return housed
    return replace(
        housed, stage=HousingStage.SERVICE_PLAN, next_step=NextStep.PLAN_REVIEW, due=plan.review_due
    )


# -- outreach (lähityö) ---------------------------------------------------------------


def outreach_process(session: Session, client_id: str) -> PhaseProcess | None:
    episode = _latest_episode(session, client_id, Service.OUTREACH)
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


def _visit_due(session: Session, episode: ServiceEpisode) -> date:
    last: datetime | None = session.scalar(
        select(func.max(HomeVisit.visited_at)).where(
            HomeVisit.client_id == episode.client_id, HomeVisit.deleted_at.is_(None)
        )
    )
    if last is None:
        return episode.start_date
    return last.date() + VISIT_INTERVAL


def _sas_started_after(session: Session, episode: ServiceEpisode) -> bool:
    sas = _latest_episode(session, episode.client_id, Service.SAS_ASSESSMENT)
    return sas is not None and episode.end_date is not None and sas.start_date >= episode.end_date


# -- rent-debt follow-up (vuokravelan seuranta) ---------------------------------------


def rent_debt_process(session: Session, client_id: str, today: date) -> PhaseProcess | None:
    follow_up = _latest(session, RentDebtFollowUp, RentDebtFollowUp.client_id == client_id)
    if follow_up is None:
        return None
    planned_end = add_months(follow_up.started_on, RENT_DEBT_PROCESS_MONTHS)
    if follow_up.stage == RentDebtStage.START:
        return PhaseProcess(follow_up.id, Phase.START, NextStep.PAYMENT_PLAN, planned_end)
    if follow_up.stage == RentDebtStage.WORK:
        step = NextStep.END_FOLLOW_UP if today >= planned_end else NextStep.FOLLOW_PAYMENT_PLAN
        return PhaseProcess(follow_up.id, Phase.WORK, step, planned_end)
    return PhaseProcess(follow_up.id, Phase.END, NextStep.NONE, ended_because=follow_up.outcome)


# -- shared lookups -----------------------------------------------------------------


def _latest_episode(session: Session, client_id: str, service: Service) -> ServiceEpisode | None:
    query = (
        select(ServiceEpisode)
        .where(
            ServiceEpisode.client_id == client_id,
            ServiceEpisode.service == service,
            ServiceEpisode.deleted_at.is_(None),
        )
        .order_by(ServiceEpisode.start_date.desc(), ServiceEpisode.id.desc())
    )
    return session.scalars(query).first()


_DATE_OF = {
    SasDecision: SasDecision.decided_on,
    HousingOffer: HousingOffer.offered_on,
    RentDebtFollowUp: RentDebtFollowUp.started_on,
}


_Dated = TypeVar("_Dated", SasDecision, HousingOffer, RentDebtFollowUp)


def _latest(session: Session, kind: type[_Dated], condition: ColumnElement[bool]) -> _Dated | None:
    """The newest live record of `kind` matching `condition` (ids break date ties)."""
    query = (
        select(kind)
        .where(condition, kind.deleted_at.is_(None))
        .order_by(_DATE_OF[kind].desc(), kind.id.desc())
    )
    return session.scalars(query).first()
