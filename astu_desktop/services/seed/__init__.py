"""A deterministic synthetic caseload for demos, benchmarks and manual testing.

Every client is simulated forward through the housing process of DOMAIN.md: intake
and assessment interview, SAS decision, housing offers, placement, outreach or home
rehabilitation with home visits and service plans, sometimes a rent-debt follow-up,
sometimes the end of the tenancy and a new SAS process.

The same `random_seed` and `today` give the same content (ids differ: they are
uuid7s). Each client draws from its own generator, so content does not depend on
the batch size. All writes go through ORM objects, so change capture sees them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import Client, DeviceState, Worker
from astu_desktop.services.seed.answers import synthetic_answers
from astu_desktop.services.seed.clients import tell_story
from astu_desktop.services.seed.context import Batch, SeedContext, SeedSummary
from astu_desktop.services.seed.documents import available_forms
from astu_desktop.services.seed.staff import create_staff
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import StoppedPartWay, StoreError
from astu_protocol.service_day import service_today

__all__ = ["CLIENTS_PER_BATCH", "Progress", "SeedSummary", "seed_caseload", "synthetic_answers"]

CLIENTS_PER_BATCH = 200
Progress = Callable[[int, int], None]


def seed_caseload(
    store: CaseStore,
    *,
    clients: int,
    random_seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> SeedSummary:
    """Fill `store` with teams, workers and `clients` clients, committing every batch.

    Batches keep memory flat for large caseloads; `progress(done, total)` follows each.
    Forms whose definition is missing are skipped (their documents are not made).
    """
    context = _start(store, clients, random_seed, today or service_today())
    for first in range(0, clients, CLIENTS_PER_BATCH):
        done = min(clients, first + CLIENTS_PER_BATCH)
        try:
            with store.session() as session, session.begin():
                _seed_batch(session, context, random_seed, range(first, done))
        except StoreError as failed:  # e.g. the disk filled: the batches before it stay
            if not first:
                raise
            raise StoppedPartWay(failed, first, clients, unit="clients") from failed
        if progress is not None:
            progress(done, clients)
    if clients == 0 and progress is not None:
        progress(0, 0)
    with store.session() as session, session.begin():
        _make_demo_worker_current(session, context)
    return context.summary()


def _start(store: CaseStore, clients: int, random_seed: int, today: date) -> SeedContext:
    """Create the staff; a store may already hold clients and workers, whose names stay."""
    with store.session() as session, session.begin():
        hetus = set(session.scalars(select(Client.hetu)))
        usernames = set(session.scalars(select(Worker.username)))
        rng = random.Random(f"astu-seed:{random_seed}:staff")
        staff = create_staff(session, rng, clients, usernames)
    return SeedContext(today, available_forms(), staff, hetus)


def _seed_batch(session: Session, context: SeedContext, seed: int, indexes: range) -> None:
    batch = Batch()
    for index in indexes:
        tell_story(context, batch, random.Random(f"astu-seed:{seed}:client:{index}"))
    batch.write(session)
    context.tally(batch)


def _make_demo_worker_current(session: Session, context: SeedContext) -> None:
    """The demo user "is" the outreach worker with the most open cases."""
    state = session.get(DeviceState, 1)
    if state is not None:
        state.current_worker_id = context.staff.busiest_field_worker(context.caseload)
