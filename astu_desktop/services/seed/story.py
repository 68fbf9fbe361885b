"""What every chapter of one client's story shares: the client, the draws, the episodes."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import NamedTuple

from astu_desktop.models import Client, ServiceEpisode
from astu_desktop.models.base import new_id
from astu_desktop.services.seed.context import Batch, SeedContext
from astu_protocol.codes import EpisodeEndReason, EpisodeStatus, Service, TenancyEndReason

# How far back visits and plan reviews go (a tenancy's first service plan is always made).
VISIT_HISTORY_DAYS = 730


class Ending(NamedTuple):
    """When and why a tenancy ends."""

    on: date
    reason: TenancyEndReason


class Story:
    """One client from intake to today; every draw comes from the client's own generator."""

    def __init__(
        self, context: SeedContext, batch: Batch, rng: random.Random, client: Client
    ) -> None:
        self.ctx = context
        self.batch = batch
        self.rng = rng
        self.today = context.today
        self.client = client
        self.has_guardian = False
        self.home: tuple[str, str] | None = None  # street address, postal code
        self.areas: dict[str, str] = {}  # placement id -> outreach area

    def days(self, low: int, high: int) -> timedelta:
        return timedelta(days=self.rng.randint(low, high))

    def pick(self, kind: str, area: str | None = None) -> str:
        """A field worker of that kind of team (of that area, where there is one)."""
        return self.ctx.staff.pick(self.rng, kind, area)

    def in_visit_history(self, day: date) -> bool:
        return 0 < (self.today - day).days <= VISIT_HISTORY_DAYS


def start_episode(story: Story, service: Service, start: date, worker_id: str) -> ServiceEpisode:
    """Still "starting" for its first two weeks."""
    recent = (story.today - start).days < 14
    episode = ServiceEpisode(
        id=new_id(),
        client_id=story.client.id,
        service=service,
        status=EpisodeStatus.STARTING if recent else EpisodeStatus.ACTIVE,
        responsible_worker_id=worker_id,
        start_date=start,
    )
    story.batch.add(episode)
    return episode


def end_episode(episode: ServiceEpisode, on: date, reason: EpisodeEndReason) -> None:
    episode.status = EpisodeStatus.ENDED
    episode.end_date = on
    episode.end_reason = reason
