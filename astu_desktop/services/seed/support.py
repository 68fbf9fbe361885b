"""Support while housed: outreach (lähityö) and the home-rehabilitation team."""

from __future__ import annotations

from astu_desktop.models import Placement, SasDecision, ServiceEpisode
from astu_desktop.services.seed.story import Ending, Story, end_episode, start_episode
from astu_desktop.services.seed.visits import add_support_visits
from astu_protocol.codes import EpisodeEndReason, HousingQueue, Service, TenancyEndReason

# Why outreach ends when the tenancy ends before the goals are met.
_OUTREACH_END: dict[TenancyEndReason, EpisodeEndReason] = {
    TenancyEndReason.DIRECT_TENANCY: EpisodeEndReason.DIRECT_TENANCY,
    TenancyEndReason.OTHER_HOUSING_SERVICE: EpisodeEndReason.NEW_SAS,
    TenancyEndReason.EVICTION_RENT_DEBT: EpisodeEndReason.NEW_SAS,
    TenancyEndReason.EVICTION_DISTURBANCE: EpisodeEndReason.NEW_SAS,
    TenancyEndReason.EVICTION_CONDITION: EpisodeEndReason.NEW_SAS,
    TenancyEndReason.MOVED_AWAY: EpisodeEndReason.MOVED_AWAY,
    TenancyEndReason.DIED: EpisodeEndReason.DIED,
    TenancyEndReason.OTHER: EpisodeEndReason.OTHER,
}


def add_outreach(story: Story, placement: Placement, ending: Ending | None) -> ServiceEpisode:
    """Lähityö from moving in until living goes well, or until the tenancy ends."""
    start = placement.move_in_on - story.days(0, 7)
    area = story.areas[placement.id]
    episode = start_episode(story, Service.OUTREACH, start, story.pick("outreach", area))
    goals_met = placement.move_in_on + story.days(270, 1460)
    if ending is not None and ending.on <= goals_met:
        reason = _OUTREACH_END.get(ending.reason, EpisodeEndReason.TENANCY_ENDED)
        end_episode(episode, ending.on, reason)
    elif goals_met < story.today:
        end_episode(episode, goals_met, EpisodeEndReason.GOALS_MET)
    add_support_visits(story, episode, interval=story.rng.choice((7, 14, 14, 21, 28)))
    return episode


def maybe_add_home_rehabilitation(
    story: Story, placement: Placement, decision: SasDecision, outreach: ServiceEpisode
) -> None:
    """Mostly for the mental-health queue; it ends with outreach at the latest."""
    chance = 0.45 if decision.queue == HousingQueue.MENTAL_HEALTH else 0.08
    if story.rng.random() >= chance:
        return
    start = placement.move_in_on + story.days(30, 365)
    if start >= (outreach.end_date or story.today):
        return
    worker = story.pick("home_rehabilitation")
    episode = start_episode(story, Service.HOME_REHABILITATION, start, worker)
    planned_end = start + story.days(180, 540)
    if outreach.end_date is not None and outreach.end_date <= planned_end:
        end_episode(episode, outreach.end_date, outreach.end_reason or EpisodeEndReason.OTHER)
    elif planned_end < story.today:
        end_episode(episode, planned_end, EpisodeEndReason.HANDED_TO_OUTREACH)
    add_support_visits(story, episode, interval=story.rng.choice((7, 7, 10, 14)))
