"""The store workload on SQLCipher and on plain SQLite, in one run (goal: ratio <= 1.15).

Seed 2,000 clients; open 1,000 random client records with their visits and documents;
insert 1,000 visits, one transaction each (as a worker saves them); run the caseload
query for every worker. The same code runs against both engines; only the connection
differs. The unlock time (real Argon2id parameters, calibrated here) is printed beside.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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

CLIENTS = 2_000
OPENS = 1_000
VISITS = 1_000
PASSPHRASE = "benchmark passphrase – not secret"
TODAY = date(2026, 11, 1)
# The workload never unlocks, so creating its store needs no real Argon2id cost.
WORKLOAD_KDF = keyfile.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


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


@contextmanager
def timed(results: dict[str, float], name: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    results[name] = results.get(name, 0.0) + time.perf_counter() - started


def workload(store: CaseStore | PlainStore) -> dict[str, float]:
    results: dict[str, float] = {}
    rng = random.Random(7)
    with timed(results, "seed 2,000 clients"):
        seed_caseload(store, clients=CLIENTS, random_seed=3, today=TODAY)  # type: ignore[arg-type]
    with store.session() as session:
        client_ids = list(session.scalars(select(Client.id)))
        worker_ids = list(session.scalars(select(Worker.id)))
    with timed(results, "open 1,000 client records"):
        for client_id in rng.sample(client_ids, OPENS):
            open_record(store.session, client_id)
    with timed(results, "insert 1,000 visits"):
        for _ in range(VISITS):
            add_visit(store.session, rng.choice(client_ids), rng)
    with timed(results, "caseload query, every worker"):
        for worker_id in worker_ids:
            with store.session() as session:
                ids = caseload_ids(session, CaseloadQuery(worker_id=worker_id, today=TODAY))
                caseload_rows(session, ids[:100], TODAY)
    return results


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
        plain_results = workload(plain)
        plain.lock()
        encrypted = CaseStore.create(root / "encrypted.db", PASSPHRASE, kdf=WORKLOAD_KDF)
        encrypted_results = workload(encrypted)
        encrypted.lock()
        unlock_seconds, params = measure_unlock(root)
    report(plain_results, encrypted_results)
    print(
        f"unlock (Argon2id t={params.time_cost}, m={params.memory_kib // 1024} MiB, "
        f"p={params.parallelism}): {unlock_seconds:.3f} s"
    )


def report(plain: dict[str, float], encrypted: dict[str, float]) -> None:
    print(f"{'phase':34} {'plain s':>9} {'sqlcipher s':>12} {'ratio':>7}")
    for phase in plain:
        ratio = encrypted[phase] / plain[phase]
        print(f"{phase:34} {plain[phase]:9.3f} {encrypted[phase]:12.3f} {ratio:7.3f}")
    total_plain, total_encrypted = sum(plain.values()), sum(encrypted.values())
    ratio = total_encrypted / total_plain
    verdict = "meets" if ratio <= 1.15 else "MISSES"
    print(f"{'whole workload':34} {total_plain:9.3f} {total_encrypted:12.3f} {ratio:7.3f}")
    print(f"encrypted/plain = {ratio:.3f} ({verdict} the goal of <= 1.15)")
