"""Where a client is in the SAS and housing process, read from the records it leaves.

Initial assessment -> SAS decision -> queue -> offer -> viewing -> moved in -> service
plan. Each stage is the last one reached; the next step says what the worker does
to move on.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    FormDocument,
    HousingOffer,
    Placement,
    SasDecision,
    ServiceEpisode,
    TenancyEnding,
)
from astu_desktop.models.codes import HousingStage, NextStep
from astu_desktop.services.process_stages import (
    FINAL_TENANCY_ENDINGS,
    HousingProcess,
    latest,
    latest_episode,
)
from astu_protocol.codes import DocumentStatus, FormKey, OfferOutcome, SasOutcome, Service


def housing_process(session: Session, client_id: str) -> HousingProcess:
    placement = current_placement(session, client_id)
    if placement is not None:
        return _housed(session, placement)
    episode = latest_episode(session, client_id, Service.SAS_ASSESSMENT)
    if episode is None or not episode.is_open:
        return _between_processes(session, client_id, started=episode is not None)
    decision = latest(session, SasDecision, SasDecision.episode_id == episode.id)
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
    offer = latest(session, HousingOffer, HousingOffer.sas_decision_id == decision.id)
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
