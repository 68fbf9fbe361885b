"""The SAS process (selvitä-arvioi-sijoita): assessment, decision, offers, placement."""

from __future__ import annotations

from datetime import date, timedelta

from astu_desktop.models import HousingOffer, Placement, SasDecision, ServiceEpisode
from astu_desktop.models.base import new_id
from astu_desktop.services.seed.data.housing import (
    HOUSING_TYPE_WEIGHTS,
    LANDLORDS,
    OFFER_DECLINE_NOTES,
    SAS_REASONINGS,
    Street,
)
from astu_desktop.services.seed.documents import add_document
from astu_desktop.services.seed.draws import street_address, weighted
from astu_desktop.services.seed.story import Story, end_episode, start_episode
from astu_desktop.services.seed.visits import add_visit
from astu_protocol.codes import (
    EpisodeEndReason,
    FormKey,
    HousingQueue,
    HousingType,
    OfferOutcome,
    SasOutcome,
    Service,
    VisitKind,
)


def sas_process(story: Story, start: date) -> tuple[Placement, SasDecision] | None:
    """From the assessment to moving in; None while that is still ahead, or if not placed."""
    sas = start_episode(story, Service.SAS_ASSESSMENT, start, story.pick("sas"))
    _assessment(story, sas)
    decision = _sas_decision(story, sas)
    if decision is None or decision.outcome != SasOutcome.PLACE:
        return None
    placement = _find_housing(story, decision)
    if placement is None:
        return None
    end_episode(sas, placement.move_in_on, EpisodeEndReason.PLACED)
    return placement, decision


def _assessment(story: Story, sas: ServiceEpisode) -> None:
    """The interview, at the office when it falls within the visit history."""
    on = min(story.today, sas.start_date + story.days(0, 10))
    facts = {"has_guardian": story.has_guardian}
    add_document(story, FormKey.ASSESSMENT_INTERVIEW, on, sas.responsible_worker_id, facts=facts)
    if story.in_visit_history(on) and sas.responsible_worker_id is not None:
        add_visit(story, on, sas.responsible_worker_id, VisitKind.OFFICE)


def _sas_decision(story: Story, sas: ServiceEpisode) -> SasDecision | None:
    """Two to eight weeks after the assessment began; None if that is after today."""
    decided = sas.start_date + story.days(14, 60)
    if decided > story.today:
        return None
    outcome = _sas_outcome(story, decided)
    decision = _decision_record(story, sas, decided, outcome)
    story.batch.add(decision)
    if outcome == SasOutcome.NOT_PLACED:
        reason = story.rng.choice((EpisodeEndReason.CLIENT_DECLINED, EpisodeEndReason.NO_CONTACT))
        end_episode(sas, decided, reason)
    return decision


def _sas_outcome(story: Story, decided: date) -> SasOutcome:
    if (story.today - decided).days < 45 and story.rng.random() < 0.25:
        return SasOutcome.PENDING_STATEMENTS
    return SasOutcome.PLACE if story.rng.random() < 0.94 else SasOutcome.NOT_PLACED


def _decision_record(
    story: Story, sas: ServiceEpisode, decided: date, outcome: SasOutcome
) -> SasDecision:
    placing = outcome == SasOutcome.PLACE
    return SasDecision(
        id=new_id(),
        client_id=story.client.id,
        episode_id=sas.id,
        decided_on=decided,
        outcome=outcome,
        housing_type=weighted(story.rng, HOUSING_TYPE_WEIGHTS) if placing else None,
        queue=_queue(story, decided) if placing else None,
        decided_by_id=story.pick("sas"),
        reasoning=story.rng.choice(SAS_REASONINGS),
    )


def _queue(story: Story, on: date) -> HousingQueue:
    """Most under-30s queue as young people; of the rest, some in the mental-health queue."""
    if story.client.age_on(on) < 30 and story.rng.random() < 0.7:
        return HousingQueue.YOUNG_PEOPLE
    return HousingQueue.MENTAL_HEALTH if story.rng.random() < 0.3 else HousingQueue.ADULTS


def _find_housing(story: Story, decision: SasDecision) -> Placement | None:
    """Queue, maybe decline an offer or two, view the flat and move in (if by today)."""
    housing = decision.housing_type or HousingType.SMALL_APARTMENT
    offered = decision.decided_on + _queueing_time(story, housing)
    _declined_offers(story, decision, offered)
    if offered > story.today:
        return None
    street, address = street_address(story.rng)
    viewing = offered + story.days(2, 7)
    move_in = viewing + story.days(3, 14)
    outcome = OfferOutcome.ACCEPTED if viewing <= story.today else OfferOutcome.PENDING
    offer = _offer(story, decision, offered, (street, address), viewing, outcome)
    if move_in > story.today:
        return None
    return _placement(story, decision, offer, street, move_in)


def _queueing_time(story: Story, housing: HousingType) -> timedelta:
    """Small apartments take longest to come free."""
    if housing == HousingType.SMALL_APARTMENT:
        return story.days(30, 240)
    return story.days(14, 120)


def _declined_offers(story: Story, decision: SasDecision, accepted_offer_on: date) -> None:
    rng = story.rng
    count = rng.choices((0, 1, 2), weights=(65, 25, 10))[0]
    for nth in range(count, 0, -1):
        offered = accepted_offer_on - timedelta(days=nth * rng.randint(20, 45))
        if offered <= decision.decided_on or offered > story.today:
            continue
        where = street_address(rng)
        outcome = rng.choice((OfferOutcome.DECLINED, OfferOutcome.DECLINED, OfferOutcome.NO_SHOW))
        viewing = offered + story.days(2, 7)
        notes = rng.choice(OFFER_DECLINE_NOTES)
        _offer(story, decision, offered, where, viewing, outcome, notes=notes)


def _offer(
    story: Story,
    decision: SasDecision,
    offered: date,
    where: tuple[Street, str],
    viewing: date,
    outcome: OfferOutcome,
    *,
    notes: str | None = None,
) -> HousingOffer:
    street, address = where
    offer = HousingOffer(
        id=new_id(),
        client_id=story.client.id,
        sas_decision_id=decision.id,
        offered_on=offered,
        housing_type=decision.housing_type or HousingType.SMALL_APARTMENT,
        street_address=address,
        postal_code=street.postal_code,
        viewing_on=viewing,
        outcome=outcome,
        notes=notes,
    )
    story.batch.add(offer)
    return offer


def _placement(
    story: Story, decision: SasDecision, offer: HousingOffer, street: Street, move_in: date
) -> Placement:
    """The new home; its area decides which outreach team works with the client."""
    placement = Placement(
        id=new_id(),
        client_id=story.client.id,
        sas_decision_id=decision.id,
        offer_id=offer.id,
        housing_type=offer.housing_type,
        street_address=offer.street_address,
        postal_code=offer.postal_code,
        city="Helsinki",
        landlord=story.rng.choice(LANDLORDS[offer.housing_type]),
        move_in_on=move_in,
    )
    story.batch.add(placement)
    story.areas[placement.id] = street.area
    story.home = (offer.street_address, street.postal_code)
    return placement
