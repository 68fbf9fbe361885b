"""The words of the processes (stages, phases, next steps, what a stage view holds)
and the two lookups that the housing and the support processes share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from astu_desktop.models import HousingOffer, RentDebtFollowUp, SasDecision, ServiceEpisode
from astu_desktop.models.codes import HousingStage, NextStep, Phase
from astu_protocol.codes import EpisodeEndReason, RentDebtOutcome, Service, TenancyEndReason

RENT_DEBT_PROCESS_MONTHS = 6


HOUSING_STEPS = tuple(HousingStage)[1:-1]
# After these endings nobody needs a new SAS process from us.
FINAL_TENANCY_ENDINGS = frozenset(
    {TenancyEndReason.DIRECT_TENANCY, TenancyEndReason.DIED, TenancyEndReason.MOVED_AWAY}
)


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
