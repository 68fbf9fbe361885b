"""The store workload on SQLCipher and on plain SQLite, in one run (goal: <= 1.10 per phase).

Seed 2,000 clients; open 1,000 random client records with their visits and documents;
insert 1,000 visits, one transaction each (as a worker saves them); run the caseload
query for every worker. The same code runs against both engines, phase by phase and
alternating, so that load from elsewhere on the machine hits both alike; each phase
and the whole are held to the goal. The unlock time with real, calibrated Argon2id
parameters is printed beside.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session, sessionmaker

from astu_desktop.models import Client, DeviceState, FormDocument, HomeVisit, Worker
from astu_desktop.models.base import new_id, utcnow
from astu_desktop.services.caseload import CaseloadQuery, caseload_ids, caseload_rows
from astu_desktop.services.seed import seed_caseload
from astu_desktop.store import keyfile, migrate
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.engine import build_engine, plain_connection
from astu_desktop.sync import capture
from bench import goals
from bench.template import PASSPHRASE

CLIENTS = 2_000
OPENS = 1_000
VISITS = 1_000
TODAY = date(2026, 11, 1)
# The workload never unlocks, so creating its stores needs no real Argon2id cost.
WORKLOAD_KDF = keyfile.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
GOAL = goals.ENCRYPTED_RATIO


class PlainStore:
    """The same schema, capture and sessions as CaseStore, on an unencrypted file."""

    def __init__(self, path: Path) -> None:
        self.engine: Engine = build_engine(lambda: plain_connection(path), module=sqlite3)
        capture.install(self.engine)
        migrate.upgrade(self.engine, backup=lambda _revision: None)
        with self.engine.begin() as conn:
            conn.execute(
                insert(DeviceState).values(
                    singleton=1, device_id=new_id(), is_demo=True, created_at=utcnow()
                )
            )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._sessions()

    def lock(self) -> None:
        self.engine.dispose()


Store = CaseStore | PlainStore


@dataclass
class Run:
    """One store going through the workload, with what the phases need to share."""

    store: Store
    rng: random.Random = field(default_factory=lambda: random.Random(7))
    client_ids: list[str] = field(default_factory=list)
    worker_ids: list[str] = field(default_factory=list)


def phase_seed(run: Run) -> None:
    seed_caseload(run.store, clients=CLIENTS, random_seed=3, today=TODAY)  # type: ignore[arg-type]
    with run.store.session() as session:
        run.client_ids = list(session.scalars(select(Client.id)))
        run.worker_ids = list(session.scalars(select(Worker.id)))


def phase_open_records(run: Run) -> None:
    for client_id in run.rng.sample(run.client_ids, OPENS):
        open_record(run.store.session, client_id)


def phase_insert_visits(run: Run) -> None:
    for _ in range(VISITS):
        add_visit(run.store.session, run.rng.choice(run.client_ids), run.rng)


def phase_caseloads(run: Run) -> None:
    for worker_id in run.worker_ids:
        with run.store.session() as session:
            ids = caseload_ids(session, CaseloadQuery(worker_id=worker_id, today=TODAY))
            caseload_rows(session, ids[:100], TODAY)


PHASES: list[tuple[str, Callable[[Run], None]]] = [
    ("seed 2,000 clients", phase_seed),
    ("open 1,000 client records", phase_open_records),
    ("insert 1,000 visits", phase_insert_visits),
    ("caseload query, every worker", phase_caseloads),
]


def open_record(sessions: Callable[[], Session], client_id: str) -> int:
    """What the client record screen reads: the client, its visits and its documents."""
    with sessions() as session:
        client = session.get(Client, client_id)
        assert client is not None
        visits = session.scalars(
            select(HomeVisit).where(HomeVisit.client_id == client_id).order_by(HomeVisit.visited_at)
        ).all()
        documents = session.scalars(
            select(FormDocument).where(FormDocument.client_id == client_id)
        ).all()
        return len(visits) + len(documents) + len(client.hetu)


def add_visit(sessions: Callable[[], Session], client_id: str, rng: random.Random) -> None:
    when = datetime(2026, 10, 1, 9, tzinfo=UTC) + timedelta(minutes=rng.randrange(40_000))
    with sessions() as session, session.begin():
        session.add(
            HomeVisit(client_id=client_id, visited_at=when, notes="Kotikäynti: kuulumiset, arki.")
        )


def timed(phase: Callable[[Run], None], run: Run) -> float:
    started = time.perf_counter()
    phase(run)
    return time.perf_counter() - started


def interleaved(runs: dict[str, Run]) -> dict[str, dict[str, float]]:
    """Each phase on every store before the next phase, so drift in load hits all alike."""
    results: dict[str, dict[str, float]] = {name: {} for name in runs}
    for phase_name, phase in PHASES:
        for name, run in runs.items():
            results[name][phase_name] = timed(phase, run)
    return results


def measure_unlock(folder: Path) -> tuple[float, keyfile.KdfParams]:
    params = keyfile.calibrate()
    path = folder / "unlock.db"
    CaseStore.create(path, PASSPHRASE, kdf=params).lock()
    started = time.perf_counter()
    CaseStore.unlock(path, PASSPHRASE).lock()
    return time.perf_counter() - started, params


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="astu-bench-") as folder:
        root = Path(folder)
        plain = PlainStore(root / "plain.db")
        encrypted = CaseStore.create(root / "encrypted.db", PASSPHRASE, kdf=WORKLOAD_KDF)
        results = interleaved({"plain": Run(plain), "encrypted": Run(encrypted)})
        plain.lock()
        encrypted.lock()
        unlock_seconds, params = measure_unlock(root)
    report(results["plain"], results["encrypted"])
    print(
        f"unlock (Argon2id t={params.time_cost}, m={params.memory_kib // 1024} MiB, "
        f"p={params.parallelism}): {unlock_seconds:.3f} s"
    )


def report(plain: dict[str, float], encrypted: dict[str, float]) -> None:
    """Every phase and the whole workload against the goal, each with its verdict."""
    print(f"{'phase':30} {'plain s':>8} {'sqlcipher s':>11} {'ratio':>6}  verdict")
    for phase in plain:
        ratio = encrypted[phase] / plain[phase]
        print(
            f"{phase:30} {plain[phase]:8.3f} {encrypted[phase]:11.3f} {ratio:6.2f}  "
            f"{verdict(ratio)}"
        )
    total = sum(plain.values())
    ratio = sum(encrypted.values()) / total
    print(
        f"{'whole workload':30} {total:8.3f} {sum(encrypted.values()):11.3f} {ratio:6.2f}  "
        f"{verdict(ratio)}"
    )
    missed = [phase for phase in plain if encrypted[phase] / plain[phase] > GOAL]
    every = "misses" if missed or ratio > GOAL else "meets"
    print(
        f"encrypted/plain = {ratio:.2f} in the whole workload; {every} the goal of <= {GOAL} "
        f"in every phase ({len(missed)} of {len(plain)} phases over it)"
    )


def verdict(ratio: float) -> str:
    return goals.verdict(ratio, GOAL)
