"""The words of the processes (stages, phases, next steps, what a stage view holds)
and the two lookups that the housing and the support processes share."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from astu_desktop.models import HousingOffer, RentDebtFollowUp, SasDecision, ServiceEpisode
from astu_desktop.models.codes import (
    EpisodeEndReason,
    RentDebtOutcome,
    Service,
    TenancyEndReason,
)

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
    OVERDUE_INSTALMENT = "overdue_instalment"
    CHECK_LIVING_SKILLS = "check_living_skills"
    END_FOLLOW_UP = "end_follow_up"
    END_PAID_FOLLOW_UP = "end_paid_follow_up"
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


# -- shared lookups -----------------------------------------------------------------


def latest_episode(session: Session, client_id: str, service: Service) -> ServiceEpisode | None:
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


def latest(session: Session, kind: type[_Dated], condition: ColumnElement[bool]) -> _Dated | None:
    """The newest live record of `kind` matching `condition` (ids break date ties)."""
    query = (
        select(kind)
        .where(condition, kind.deleted_at.is_(None))
        .order_by(_DATE_OF[kind].desc(), kind.id.desc())
    )
    return session.scalars(query).first()
