"""The steps a worker takes to move a client's process on.

Each action checks that it fits where the process is (an offer is made after a SAS
decision to place, a move-in follows an accepted offer), writes the records the step
leaves behind and logs the change in the access log. Functions take the caller's
session and never commit.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    Client,
    HousingOffer,
    Placement,
    RentDebtFollowUp,
    SasDecision,
    ServiceEpisode,
    TenancyEnding,
)
from astu_desktop.services.episode_actions import (
    ProcessStepRefused,
    close_episode,
    live_record,
    open_episode,
    save_logged,
)
from astu_desktop.services.processes import current_placement
from astu_protocol.codes import (
    AccessAction,
    EpisodeEndReason,
    EpisodeStatus,
    HousingQueue,
    HousingType,
    OfferOutcome,
    RentDebtOutcome,
    RentDebtStage,
    SasOutcome,
    Service,
    TenancyEndReason,
)

# Services that support the client in a tenancy; they end when the tenancy ends.
TENANCY_SERVICES = (Service.OUTREACH, Service.HOME_REHABILITATION, Service.RENT_DEBT)
_EPISODE_END_FOR_TENANCY = {
    TenancyEndReason.DIRECT_TENANCY: EpisodeEndReason.DIRECT_TENANCY,
    TenancyEndReason.DIED: EpisodeEndReason.DIED,
    TenancyEndReason.MOVED_AWAY: EpisodeEndReason.MOVED_AWAY,
}


def start_sas(
    session: Session, *, client_id: str, worker_id: str | None, on: date
) -> ServiceEpisode:
    """Open a SAS process with the initial assessment (alkuarvio)."""
    if open_episode(session, client_id, Service.SAS_ASSESSMENT) is not None:
        raise ProcessStepRefused("sas_already_open")
    episode = ServiceEpisode(
        client_id=client_id,
        service=Service.SAS_ASSESSMENT,
        status=EpisodeStatus.STARTING,
        responsible_worker_id=worker_id,
        start_date=on,
    )
    return save_logged(session, episode, client_id, AccessAction.CREATE, "service_episode")


def record_sas_decision(
    session: Session,
    *,
    client_id: str,
    decided_on: date,
    outcome: SasOutcome,
    housing_type: HousingType | None = None,
    queue: HousingQueue | None = None,
    decided_by_id: str | None = None,
    reasoning: str | None = None,
) -> SasDecision:
    """A decision to place names the housing and the queue; others name neither."""
    episode = open_episode(session, client_id, Service.SAS_ASSESSMENT)
    if episode is None:
        raise ProcessStepRefused("no_open_sas")
    placing = outcome == SasOutcome.PLACE
    if placing and (housing_type is None or queue is None):
        raise ProcessStepRefused("placement_needs_housing_and_queue")
    episode.status = EpisodeStatus.ACTIVE
    decision = SasDecision(
        client_id=client_id,
        episode_id=episode.id,
        decided_on=decided_on,
        outcome=outcome,
        housing_type=housing_type if placing else None,
        queue=queue if placing else None,
        decided_by_id=decided_by_id,
        reasoning=reasoning or None,
    )
    return save_logged(session, decision, client_id, AccessAction.CREATE, "sas_decision")


def record_offer(
    session: Session,
    *,
    client_id: str,
    offered_on: date,
    housing_type: HousingType,
    street_address: str,
    postal_code: str | None = None,
    viewing_on: date | None = None,
) -> HousingOffer:
    """A flat offered from the queue of the client's decision to place."""
    episode = open_episode(session, client_id, Service.SAS_ASSESSMENT)
    decision = _placing_decision(session, episode)
    if decision is None:
        raise ProcessStepRefused("no_decision_to_place")
    offer = HousingOffer(
        client_id=client_id,
        sas_decision_id=decision.id,
        offered_on=offered_on,
        housing_type=housing_type,
        street_address=street_address.strip(),
        postal_code=postal_code or None,
        viewing_on=viewing_on,
        outcome=OfferOutcome.PENDING,
    )
    return save_logged(session, offer, client_id, AccessAction.CREATE, "housing_offer")


def record_offer_outcome(
    session: Session, offer_id: str, *, outcome: OfferOutcome, viewing_on: date | None = None
) -> HousingOffer:
    """The viewing date and the client's answer; an answered offer stays as it was."""
    offer = live_record(session, HousingOffer, offer_id)
    if offer.outcome != OfferOutcome.PENDING:
        raise ProcessStepRefused("offer_already_answered")
    offer.outcome = outcome
    if viewing_on is not None:
        offer.viewing_on = viewing_on
    return save_logged(session, offer, offer.client_id, AccessAction.UPDATE, "housing_offer")


def record_move_in(
    session: Session,
    offer_id: str,
    *,
    move_in_on: date,
    landlord: str | None = None,
    outreach_worker_id: str | None = None,
) -> Placement:
    """Move into an accepted offer: the placement starts, the SAS episode ends as placed.

    With `outreach_worker_id`, outreach starts with that named worker the same day.
    """
    offer = live_record(session, HousingOffer, offer_id)
    if offer.outcome != OfferOutcome.ACCEPTED:
        raise ProcessStepRefused("offer_not_accepted")
    if current_placement(session, offer.client_id) is not None:
        raise ProcessStepRefused("tenancy_still_current")
    placement = Placement(
        client_id=offer.client_id,
        sas_decision_id=offer.sas_decision_id,
        offer_id=offer.id,
        housing_type=offer.housing_type,
        street_address=offer.street_address,
        postal_code=offer.postal_code,
        landlord=landlord or None,
        move_in_on=move_in_on,
    )
    _move_client_to(session, offer)
    sas = open_episode(session, offer.client_id, Service.SAS_ASSESSMENT)
    if sas is not None:
        close_episode(sas, move_in_on, EpisodeEndReason.PLACED)
    if outreach_worker_id is not None:
        _start_outreach(session, offer.client_id, outreach_worker_id, move_in_on)
    return save_logged(session, placement, offer.client_id, AccessAction.CREATE, "placement")


def end_tenancy(
    session: Session,
    placement_id: str,
    *,
    ended_on: date,
    reason: TenancyEndReason,
    notes: str | None = None,
) -> TenancyEnding:
    """Record why the tenancy ended; the support that belonged to it ends with it."""
    placement = live_record(session, Placement, placement_id)
    if placement.ended_on is not None:
        raise ProcessStepRefused("tenancy_already_ended")
    if ended_on < placement.move_in_on:
        raise ProcessStepRefused("ends_before_move_in")
    placement.ended_on = ended_on
    ending = TenancyEnding(
        placement_id=placement.id,
        client_id=placement.client_id,
        ended_on=ended_on,
        reason=reason,
        notes=notes or None,
    )
    episode_reason = _EPISODE_END_FOR_TENANCY.get(reason, EpisodeEndReason.TENANCY_ENDED)
    for service in TENANCY_SERVICES:
        episode = open_episode(session, placement.client_id, service)
        if episode is not None:
            close_episode(episode, max(ended_on, episode.start_date), episode_reason)
    _close_follow_ups(session, placement, ended_on)
    return save_logged(session, ending, placement.client_id, AccessAction.CREATE, "tenancy_ending")


# -- internals -------------------------------------------------------------------------


def _placing_decision(session: Session, episode: ServiceEpisode | None) -> SasDecision | None:
    if episode is None:
        return None
    decision = session.scalars(
        select(SasDecision)
        .where(SasDecision.episode_id == episode.id, SasDecision.deleted_at.is_(None))
        .order_by(SasDecision.decided_on.desc(), SasDecision.id.desc())
    ).first()
    return decision if decision is not None and decision.outcome == SasOutcome.PLACE else None


def _move_client_to(session: Session, offer: HousingOffer) -> None:
    """The client's address becomes the new home's (the header and letters use it)."""
    client = session.get(Client, offer.client_id)
    if client is not None:
        client.street_address = offer.street_address
        client.postal_code = offer.postal_code
        client.city = "Helsinki"


def _start_outreach(session: Session, client_id: str, worker_id: str, on: date) -> None:
    if open_episode(session, client_id, Service.OUTREACH) is None:
        outreach = ServiceEpisode(
            client_id=client_id,
            service=Service.OUTREACH,
            status=EpisodeStatus.STARTING,
            responsible_worker_id=worker_id,
            start_date=on,
        )
        session.add(outreach)


def _close_follow_ups(session: Session, placement: Placement, ended_on: date) -> None:
    """An open rent-debt follow-up of the flat ends: the tenant is guided to a new SAS."""
    open_ones = session.scalars(
        select(RentDebtFollowUp).where(
            RentDebtFollowUp.placement_id == placement.id,
            RentDebtFollowUp.stage != RentDebtStage.ENDED,
            RentDebtFollowUp.deleted_at.is_(None),
        )
    )
    for follow_up in open_ones:
        follow_up.stage = RentDebtStage.ENDED
        follow_up.ended_on = max(ended_on, follow_up.started_on)
        follow_up.outcome = RentDebtOutcome.TENANCY_ENDED_NEW_SAS
