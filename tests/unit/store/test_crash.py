"""Kill -9 of a writing process: every acknowledged commit, and its outbox rows, survive.

A laptop's battery runs out or the program is killed mid-write; what the program had
told the worker was saved must still be there, and the store must be intact.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from astu_desktop.models import Client, HomeVisit
from astu_desktop.store.casestore import CaseStore
from tests.outboxkit import waiting_rows
from tests.support import PASSPHRASE
from tests.unit.store.storefiles import REPO_ROOT, child_environment

ROUNDS = 24
WATCHDOG_SECONDS = 60


def start_writer(path: Path, client_id: str, first: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.unit.store.crash_writer", str(path), client_id, str(first)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_environment(PASSPHRASE),
        cwd=REPO_ROOT,
    )


def run_writer_and_kill(path: Path, client_id: str, first: int, kill_after: int) -> set[int]:
    """Counters the writer acknowledged before SIGKILL, sent after `kill_after` of them."""
    writer = start_writer(path, client_id, first)
    watchdog = threading.Timer(WATCHDOG_SECONDS, writer.kill)
    watchdog.start()
    assert writer.stdout is not None
    assert writer.stderr is not None
    try:
        acknowledged = set()
        for _ in range(kill_after):
            line = writer.stdout.readline()
            assert line, f"the writer stopped by itself: {writer.stderr.read()}"
            acknowledged.add(int(line))
        os.kill(writer.pid, signal.SIGKILL)
        assert writer.wait() == -signal.SIGKILL
        # Lines already flushed before the kill were acknowledged commits too.
        for line in writer.stdout.read().splitlines(keepends=True):
            if line.endswith("\n"):
                acknowledged.add(int(line))
        return acknowledged
    finally:
        watchdog.cancel()
        writer.stdout.close()
        writer.stderr.close()


def saved_counters(path: Path, client_id: str, acknowledged: set[int]) -> set[int]:
    """Open the store as the next program start would, verify it, return the saved counters."""
    store = CaseStore.unlock(path, PASSPHRASE)
    try:
        report = store.check()
        assert report.ok, report
        with store.session() as session:
            visits = {
                notes: row_id
                for notes, row_id in session.execute(select(HomeVisit.notes, HomeVisit.id))
            }
            outbox = waiting_rows(session)
    finally:
        store.lock()
    saved = {int(notes.removeprefix("counter ")) for notes in visits if notes}
    assert acknowledged <= saved
    waiting = {row.row_id: row.fields for row in outbox}
    assert len(waiting) == len(outbox), "one outbox row per unsent record"
    visit_notes_in_outbox = {
        row_id: fields["notes"] for row_id, fields in waiting.items() if "notes" in fields
    }
    assert visit_notes_in_outbox == {visit_id: notes for notes, visit_id in visits.items()}
    phone_edits = [n for n in saved if n % 3 == 0]
    last_phone = {"phone": f"040 {max(phone_edits)}"} if phone_edits else {}
    assert {k: v for k, v in waiting[client_id].items() if k == "phone"} == last_phone
    return saved


@pytest.mark.slow
def test_acknowledged_commits_survive_kill_9(store: CaseStore) -> None:
    with store.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu="131052-308T")
        session.add(client)
    store.lock()
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    acknowledged: set[int] = set()
    next_counter = 0
    for _ in range(ROUNDS):
        kill_after = rng.choice([0, 1, rng.randint(2, 10), rng.randint(10, 60)])
        acknowledged |= run_writer_and_kill(
            store.paths.database, client.id, next_counter, kill_after
        )
        saved = saved_counters(store.paths.database, client.id, acknowledged)
        next_counter = max(saved, default=next_counter - 1) + 1
    assert len(acknowledged) > ROUNDS, f"too few commits to mean anything (seed {seed})"
