"""Kill -9 of the laptop's program at random points of a sync, again and again.

The next sync must converge with nothing lost and nothing duplicated: every contact
written offline reaches the server exactly once, the last phone number wins, no
conflict is invented by a batch sent twice, and the store stays intact.
"""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from astu_desktop.models import AccessLogEntry, Client, ContactPerson, OutboxChange
from astu_desktop.services.accesslog import record_access
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import AccessAction
from astu_server.models import Conflict, DeviceAccessLog, Record
from tests.integration.serverkit import Laptop, LiveServer, live_server, new_laptop
from tests.support import PASSPHRASE
from tests.unit.store.storefiles import REPO_ROOT, child_environment

KILLS = 20
MAX_ROUNDS = 40
CONTACTS_PER_ROUND = 2
KILL_POINTS = 40  # statements of one sync, about; past the end the sync just completes
WATCHDOG_S = 120


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[LiveServer]:
    # The process killed is the laptop's; the server's database is not what is tested.
    with live_server(f"sqlite:///{tmp_path / 'server.db'}") as server:
        yield server


def write_offline(path: Path, client_id: str, round_number: int) -> list[str]:
    store = CaseStore.unlock(path, PASSPHRASE)
    names = [f"yhteys {round_number}.{n}" for n in range(CONTACTS_PER_ROUND)]
    try:
        with store.session() as session, session.begin():
            for name in names:
                session.add(ContactPerson(client_id=client_id, name=name, relation="tuttava"))
            session.get_one(Client, client_id).phone = f"040 {round_number}"
            record_access(session, action=AccessAction.UPDATE, client_id=client_id)
    finally:
        store.lock()
    return names


def sync_and_kill(path: Path, kill_at: int) -> bool:
    """True when the sync finished before its kill point came."""
    child = subprocess.run(
        [sys.executable, "-m", "tests.integration.crash_syncer", str(path), str(kill_at)],
        capture_output=True,
        text=True,
        env=child_environment(PASSPHRASE),
        cwd=REPO_ROOT,
        timeout=WATCHDOG_S,
        check=False,
    )
    assert child.returncode in (0, -9), child.stderr[-2000:]
    return child.returncode == 0 and "synced" in child.stdout


@pytest.mark.slow
def test_kill_9_at_random_points_of_a_sync_loses_and_doubles_nothing(
    sqlite_server: LiveServer, tmp_path: Path
) -> None:
    server = sqlite_server
    server.add_team("Itä")
    server.add_user("aino", team="Itä")
    server.add_user("bertta", team="Itä")
    aino = new_laptop(tmp_path, server, "aino")
    with aino.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu="131052-308T")
        session.add(client)
    aino.sync()
    server.assign(client.id, "aino", "bertta")
    path = aino.store.paths.database
    aino.store.lock()

    rng = random.Random(20261128)
    written: list[str] = []
    killed = 0
    rounds = 0
    while killed < KILLS:
        assert rounds < MAX_ROUNDS, "the kill points no longer fall inside a sync"
        written += write_offline(path, client.id, rounds)
        killed += not sync_and_kill(path, rng.randint(1, KILL_POINTS))
        rounds += 1

    survivor = Laptop(CaseStore.unlock(path, PASSPHRASE), "aino")
    survivor.sync()
    bertta = new_laptop(tmp_path, server, "bertta")
    try:
        for laptop in (survivor, bertta):
            with laptop.session() as session:
                names = session.scalars(select(ContactPerson.name)).all()
                assert sorted(names) == sorted(written)  # each exactly once
                assert session.get_one(Client, client.id).phone == f"040 {rounds - 1}"
        with survivor.session() as session:
            assert session.scalar(select(func.count()).select_from(OutboxChange)) == 0
            local_log = session.scalar(select(func.count()).select_from(AccessLogEntry))
        assert survivor.store.check().ok
        with server.session() as session:
            contacts = (
                select(func.count())
                .select_from(Record)
                .where(Record.table_name == "contact_person")
            )
            assert session.scalar(contacts) == len(written)
            assert session.scalar(select(func.count()).select_from(Conflict)) == 0
            assert session.scalar(select(func.count()).select_from(DeviceAccessLog)) == local_log
    finally:
        survivor.store.lock()
        bertta.store.lock()
