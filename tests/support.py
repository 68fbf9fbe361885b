"""Constants and helpers shared by the tests (import as `tests.support`)."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import update

from astu_desktop.models import DeviceState
from astu_desktop.models.base import new_id, utcnow
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.keyfile import KdfParams

# Argon2id at a cost far below the real one (64 KiB, one pass): the real parameters cost
# ~0.5 s per unlock by design, and the suite unlocks stores thousands of times.
FAST_KDF = KdfParams(time_cost=1, memory_kib=64, parallelism=1)
PASSPHRASE = "Kotikäynti aamulla klo 9; ovi 'B' auki"


def helsinki_today() -> date:
    """Today in Helsinki, read from the wall clock here and not from the code under test.

    The app's "today" is the service day; between 22.00 and 24.00 UTC (21.00 in summer)
    the machine's own `date.today()` is still yesterday, and a test that expects it fails
    for two hours a night.
    """
    return datetime.now(ZoneInfo("Europe/Helsinki")).date()


def new_store(path: Path) -> CaseStore:
    """A new, empty, migrated store at `path`, as `CaseStore.create` makes one, unlocked.

    Copied from one store created and migrated per test session (a copy and an unlock
    take ~10 ms, a migration ~150-200 ms); it gets a device id of its own, so two
    laptops of one test never share one. The tests of creating a store itself call
    `CaseStore.create`.
    """
    template = _template()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    for name, suffix in ((template.name, ""), (template.name + ".key", ".key")):
        shutil.copy2(template.parent / name, Path(f"{path}{suffix}"))
    store = CaseStore.unlock(path, PASSPHRASE)
    with store.engine.begin() as connection:
        connection.execute(update(DeviceState).values(device_id=new_id(), created_at=utcnow()))
    return store


@functools.cache
def _template() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="astu-test-template-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "astu.db"
    CaseStore.create(path, PASSPHRASE, kdf=FAST_KDF).lock()
    return path


def open_handles(database: Path) -> list[str]:
    """This process's open files of the store (the database and its log files)."""
    names = {str(database), f"{database}-wal", f"{database}-shm"}
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target in names:
            found.append(target)
    return found
