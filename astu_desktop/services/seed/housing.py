"""A client's housing path: SAS, living in the placement, and what follows its end."""

from __future__ import annotations

from datetime import date, timedelta

from astu_desktop.models import Placement, SasDecision, TenancyEnding
from astu_desktop.models.base import new_id
from astu_desktop.services.seed.data.housing import (
    ENDING_NOTES,
    OUTREACH_HOUSING,
    TENANCY_END_REASON_WEIGHTS,
    YEARLY_TENANCY_END_RATE,
)
from astu_desktop.services.seed.documents import add_service_plans
from astu_desktop.services.seed.draws import weighted
from astu_desktop.services.seed.rentdebt import maybe_follow_rent_debt
from astu_desktop.services.seed.sas import sas_process
from astu_desktop.services.seed.story import Ending, Story
from astu_desktop.services.seed.support import add_outreach, maybe_add_home_rehabilitation
from astu_protocol.codes import HousingType, TenancyEndReason

# After these the client leaves the service; after the others a new SAS process follows.
_FINAL_ENDINGS = frozenset(
    {
        TenancyEndReason.DIRECT_TENANCY,
        TenancyEndReason.DIED,
        TenancyEndReason.MOVED_AWAY,
        TenancyEndReason.INSTITUTIONAL_CARE,
    }
)
# Tenancies with a rent to pay to a landlord (units bill differently).
_TENANCIES = OUTREACH_HOUSING | {HousingType.PURCHASED_SCATTERED_FLAT}
# A client goes through at most three SAS processes.
_MAX_DEPTH = 2


def housing_path(story: Story, start: date, depth: int = 0) -> None:
    placed = sas_process(story, start)
    if placed is not None:
        placement, decision = placed
        _live_in(story, placement, decision, depth)


def _live_in(story: Story, placement: Placement, decision: SasDecision, depth: int) -> None:
    ending = _tenancy_end(story, placement)
    if placement.housing_type in OUTREACH_HOUSING:
        outreach = add_outreach(story, placement, ending)
        maybe_add_home_rehabilitation(story, placement, decision, outreach)
        add_service_plans(story, placement, outreach.responsible_worker_id, outreach.end_date)
    else:
        add_service_plans(story, placement, decision.decided_by_id, ending.on if ending else None)
    if placement.housing_type in _TENANCIES:
        maybe_follow_rent_debt(story, placement, ending)
    if ending is not None:
        _end_tenancy(story, placement, ending)
        _after_ending(story, ending, depth)


def _tenancy_end(story: Story, placement: Placement) -> Ending | None:
    """Endings at the yearly rate reported for small apartments (185 of ~3,000)."""
    years = story.rng.expovariate(YEARLY_TENANCY_END_RATE)
    ends = placement.move_in_on + timedelta(days=max(30, round(years * 365.25)))
    if ends >= story.today:
        return None
    reasons = TENANCY_END_REASON_WEIGHTS
    if (ends - placement.move_in_on).days < 365:  # nobody becomes a direct tenant that soon
        reasons = {r: w for r, w in reasons.items() if r != TenancyEndReason.DIRECT_TENANCY}
    return Ending(ends, weighted(story.rng, reasons))


def _end_tenancy(story: Story, placement: Placement, ending: Ending) -> None:
    """Close the placement; the client keeps the address only as a direct tenant (or died)."""
    placement.ended_on = ending.on
    story.batch.add(
        TenancyEnding(
            id=new_id(),
            placement_id=placement.id,
            client_id=story.client.id,
            ended_on=ending.on,
            reason=ending.reason,
            notes=ENDING_NOTES[ending.reason],
        )
    )
    if ending.reason not in (TenancyEndReason.DIRECT_TENANCY, TenancyEndReason.DIED):
        story.home = None


def _after_ending(story: Story, ending: Ending, depth: int) -> None:
    """A new SAS process after a gap, unless the client left the service."""
    if ending.reason in _FINAL_ENDINGS or depth >= _MAX_DEPTH:
        return
    restart = ending.on + _gap_before_new_sas(story, ending.reason)
    if restart < story.today:
        housing_path(story, restart, depth + 1)


def _gap_before_new_sas(story: Story, reason: TenancyEndReason) -> timedelta:
    if reason == TenancyEndReason.PRISON:
        return story.days(180, 720)
    if reason == TenancyEndReason.OTHER_HOUSING_SERVICE:
        return story.days(0, 14)
    return story.days(7, 120)
