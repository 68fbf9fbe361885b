"""What a seeding run carries from batch to batch, and what it reports at the end."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from astu_desktop.models import (
    BookedVisit,
    BookedVisitWorker,
    Client,
    ContactPerson,
    FormDocument,
    HomeVisit,
    HousingOffer,
    Instalment,
    PartnerContact,
    Placement,
    RentDebtDecision,
    RentDebtFollowUp,
    RentPayment,
    SasDecision,
    ServiceEpisode,
    TenancyEnding,
    VisitWorker,
)
from astu_desktop.services.seed.staff import Staff
from astu_protocol.codes import EpisodeStatus, FormKey
from astu_protocol.forms import FormDefinition

T = TypeVar("T")

# Parents before children: foreign keys are checked as each row is inserted.
WRITE_ORDER: tuple[type[Any], ...] = (
    Client, ContactPerson, ServiceEpisode, SasDecision, HousingOffer, Placement, TenancyEnding,
    FormDocument, HomeVisit, VisitWorker, BookedVisit, BookedVisitWorker, RentDebtFollowUp,
    Instalment, RentPayment, PartnerContact, RentDebtDecision,
)  # fmt: skip


@dataclass(frozen=True)
class SeedSummary:
    """Counts of what was created, by kind."""

    teams: int
    workers: int
    clients: int
    episodes: int
    placements: int
    visits: int
    documents: int
    rent_debt_follow_ups: int
    tenancy_endings: int


class Batch:
    """New rows of a batch of clients, written table by table in one transaction."""

    def __init__(self) -> None:
        self._rows: dict[type[Any], list[Any]] = {kind: [] for kind in WRITE_ORDER}

    def add(self, row: Any) -> None:
        self._rows[type(row)].append(row)

    def rows(self, kind: type[T]) -> list[T]:
        return self._rows[kind]

    def write(self, session: Session) -> None:
        for kind in WRITE_ORDER:
            if self._rows[kind]:
                session.add_all(self._rows[kind])
                session.flush()


@dataclass
class SeedContext:
    """Shared by every client story: the day, the forms, the staff and what is taken."""

    today: date
    forms: dict[FormKey, FormDefinition]
    staff: Staff
    hetus: set[str] = field(default_factory=set)
    counts: Counter[type[Any]] = field(default_factory=Counter)
    caseload: Counter[str] = field(default_factory=Counter)

    def tally(self, batch: Batch) -> None:
        for kind in WRITE_ORDER:
            self.counts[kind] += len(batch.rows(kind))
        for episode in batch.rows(ServiceEpisode):
            if episode.status != EpisodeStatus.ENDED and episode.responsible_worker_id:
                self.caseload[episode.responsible_worker_id] += 1

    def summary(self) -> SeedSummary:
        return SeedSummary(
            teams=self.staff.team_count,
            workers=len(self.staff.members),
            clients=self.counts[Client],
            episodes=self.counts[ServiceEpisode],
            placements=self.counts[Placement],
            visits=self.counts[HomeVisit],
            documents=self.counts[FormDocument],
            rent_debt_follow_ups=self.counts[RentDebtFollowUp],
            tenancy_endings=self.counts[TenancyEnding],
        )
