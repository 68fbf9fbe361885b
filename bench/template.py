"""One seeded store per `make bench` run, copied for each benchmark, never re-seeded.

The GUI, report and team benchmarks all want the same synthetic 10,000-client store.
Each used to seed its own (minutes apiece); now the first to ask seeds a template in
the run's folder (`bench/__main__` makes it and removes it at the end) and every
benchmark works on a copy, byte for byte the same store. Run on its own, a benchmark
seeds into a private folder as before.

The template's key derivation is cheap; a benchmark that times unlocking wraps its
copy's key again under the parameters it wants (`kdf=`).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from astu_desktop.services.seed import seed_caseload
from astu_desktop.store import keyfile
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.storepaths import StorePaths
from astu_desktop.sync.localstate import outbox

PASSPHRASE = "benchmark passphrase – not secret"
FOLDER_VARIABLE = "ASTU_BENCH_TEMPLATES"
RANDOM_SEED = 11
CHEAP_KDF = keyfile.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


@dataclass(frozen=True)
class SeededStore:
    """What seeding the template made: read by the benchmarks that print store size."""

    clients: int
    seed_seconds: float
    file_bytes: int  # the database file after seeding and a WAL checkpoint
    outbox_rows: int

    @property
    def bytes_per_client(self) -> float:
        return self.file_bytes / self.clients


def seeded_copy(
    target: Path, clients: int, today: date, *, kdf: keyfile.KdfParams | None = None
) -> tuple[Path, SeededStore]:
    """A copy of the seeded store at `target` (a folder), and what seeding it made."""
    template, seeded = _template(clients, today)
    target.mkdir(parents=True, exist_ok=True)
    copy = StorePaths(target / template.database.name)
    shutil.copyfile(template.database, copy.database)
    shutil.copyfile(template.keyfile, copy.keyfile)
    os.chmod(copy.database, 0o600)
    if kdf is not None:
        key = keyfile.read(copy.keyfile).unwrap(PASSPHRASE)
        try:
            keyfile.write(copy.keyfile, keyfile.wrap(key, PASSPHRASE, kdf))
        finally:
            keyfile.zero(key)
    return copy.database, seeded


def _template(clients: int, today: date) -> tuple[StorePaths, SeededStore]:
    root = os.environ.get(FOLDER_VARIABLE)
    if root is None:  # a benchmark run on its own: its own template
        root = tempfile.mkdtemp(prefix="astu-bench-template-")
        os.environ[FOLDER_VARIABLE] = root
    folder = Path(root) / f"{clients}-clients-{today.isoformat()}"
    paths = StorePaths(folder / "astu.db")
    facts = folder / "seeded.json"
    if facts.exists():
        print(f"copying the seeded {clients:,}-client store (seeded once for this run)")
        return paths, SeededStore(**json.loads(facts.read_text()))
    seeded = _seed(paths, clients, today)
    facts.write_text(json.dumps(asdict(seeded)))
    return paths, seeded


def _seed(paths: StorePaths, clients: int, today: date) -> SeededStore:
    print(f"seeding a {clients:,}-client store (once for this run)", flush=True)
    store = CaseStore.create(paths.database, PASSPHRASE, kdf=CHEAP_KDF)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done % 2000 == 0 or done == total:
            elapsed = time.perf_counter() - started
            print(f"  seeded {done:,}/{total:,} ({elapsed:.0f} s)", flush=True)

    try:
        seed_caseload(store, clients=clients, random_seed=RANDOM_SEED, today=today,
                      progress=progress)  # fmt: skip
        seconds = time.perf_counter() - started
        store.checkpoint()
        with store.session() as session:
            rows = session.scalar(select(func.count()).select_from(outbox)) or 0
    finally:
        store.lock()
    return SeededStore(clients, seconds, paths.database.stat().st_size, rows)
