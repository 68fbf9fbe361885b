"""Unlocking: a wrong passphrase changes nothing, costs a growing wait, and survives a restart."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from astu_desktop.store import keyfile
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import UnlockThrottled, WrongPassphrase
from astu_desktop.store.throttle import MAX_DELAY_SECONDS
from tests.support import FAST_KDF, PASSPHRASE
from tests.unit.store.storefiles import add_client_with_visit, run_python, snapshot, visit_notes

WRONG = "Kotikäynti aamulla klo 9; ovi 'B' kiinni"


class FakeClock:
    """Seconds since the epoch that move only when a test moves them."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def store_files_without_throttle(folder: Path) -> dict[str, bytes]:
    return {name: data for name, data in snapshot(folder).items() if not name.endswith(".unlock")}


def test_wrong_passphrase_leaves_every_store_file_as_it_was(store: CaseStore) -> None:
    add_client_with_visit(store)
    store.lock()
    folder = store.paths.database.parent
    before = snapshot(folder)
    assert set(before) == {"astu.db", "astu.db.key"}  # no -wal/-shm once locked
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store.paths.database, WRONG)
    assert store_files_without_throttle(folder) == before


def test_wrong_passphrase_while_the_store_is_open_elsewhere_changes_nothing(
    store: CaseStore,
) -> None:
    add_client_with_visit(store)
    folder = store.paths.database.parent
    before = snapshot(folder)
    assert {"astu.db-wal", "astu.db-shm"} <= set(before)
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store.paths.database, WRONG)
    assert store_files_without_throttle(folder) == before


def test_each_wrong_passphrase_makes_the_next_wait_longer(store: CaseStore) -> None:
    store.lock()
    clock = FakeClock()
    waits = []
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            CaseStore.unlock(store.paths.database, WRONG, clock=clock)
        with pytest.raises(UnlockThrottled) as throttled:
            CaseStore.unlock(store.paths.database, PASSPHRASE, clock=clock)
        waits.append(throttled.value.wait_seconds)
        clock.advance(throttled.value.wait_seconds)
    assert waits == sorted(set(waits))
    assert waits == pytest.approx([1, 2, 4, 8, 16])


def test_the_wait_is_counted_down_and_never_skipped(store: CaseStore) -> None:
    store.lock()
    clock = FakeClock()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            CaseStore.unlock(store.paths.database, WRONG, clock=clock)
        clock.advance(60)
    clock.advance(-60 + 1.5)  # 1.5 s after the third failure, which costs 4 s
    with pytest.raises(UnlockThrottled) as throttled:
        CaseStore.unlock(store.paths.database, PASSPHRASE, clock=clock)
    assert throttled.value.wait_seconds == pytest.approx(2.5)
    clock.advance(2.4)
    with pytest.raises(UnlockThrottled) as throttled:
        CaseStore.unlock(store.paths.database, PASSPHRASE, clock=clock)
    assert throttled.value.wait_seconds == pytest.approx(0.1)


def test_the_wait_stops_growing_at_its_ceiling(store: CaseStore) -> None:
    store.lock()
    clock = FakeClock()
    for _ in range(12):
        with pytest.raises(WrongPassphrase):
            CaseStore.unlock(store.paths.database, WRONG, clock=clock)
        clock.advance(MAX_DELAY_SECONDS)
    clock.advance(-MAX_DELAY_SECONDS)
    with pytest.raises(UnlockThrottled) as throttled:
        CaseStore.unlock(store.paths.database, PASSPHRASE, clock=clock)
    assert throttled.value.wait_seconds == pytest.approx(MAX_DELAY_SECONDS)


def test_right_passphrase_after_the_wait_opens_and_forgets_the_failures(store: CaseStore) -> None:
    add_client_with_visit(store, notes="Vuokrarästit puheeksi.")
    store.lock()
    clock = FakeClock()
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            CaseStore.unlock(store.paths.database, WRONG, clock=clock)
        clock.advance(MAX_DELAY_SECONDS)
    reopened = CaseStore.unlock(store.paths.database, PASSPHRASE, clock=clock)
    assert visit_notes(reopened) == ["Vuokrarästit puheeksi."]
    reopened.lock()
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store.paths.database, WRONG, clock=clock)
    with pytest.raises(UnlockThrottled) as throttled:
        CaseStore.unlock(store.paths.database, PASSPHRASE, clock=clock)
    assert throttled.value.wait_seconds == pytest.approx(1)  # counting starts again from one


TRY_IN_A_NEW_PROCESS = """
import os, sys
from pathlib import Path
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import UnlockThrottled, WrongPassphrase
now = float(sys.argv[2])
try:
    CaseStore.unlock(Path(sys.argv[1]), os.environ["ASTU_PASSPHRASE"], clock=lambda: now).lock()
    print("opened")
except UnlockThrottled as exc:
    print(f"throttled {exc.wait_seconds:.3f}")
except WrongPassphrase:
    print("wrong")
"""


def try_in_new_process(path: Path, passphrase: str, now: float) -> str:
    result = run_python(TRY_IN_A_NEW_PROCESS, str(path), repr(now), passphrase=passphrase)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_wait_survives_a_restart_of_the_program(store: CaseStore) -> None:
    store.lock()
    clock = FakeClock()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            CaseStore.unlock(store.paths.database, WRONG, clock=clock)
        clock.advance(10)
    clock.advance(-10)
    path = store.paths.database
    assert try_in_new_process(path, PASSPHRASE, clock.now + 1) == "throttled 3.000"
    assert try_in_new_process(path, WRONG, clock.now + 4) == "wrong"
    clock.advance(4 + 7)  # the fourth failure, in the other process, costs 8 s
    with pytest.raises(UnlockThrottled) as throttled:
        CaseStore.unlock(path, PASSPHRASE, clock=clock)
    assert throttled.value.wait_seconds == pytest.approx(1)
    assert try_in_new_process(path, PASSPHRASE, clock.now + 1) == "opened"
    assert not store.paths.throttle.exists()


TRICKY_PASSPHRASES = [
    "ovi \"B\" auki; klo 9 -- 'DROP TABLE client'",
    "x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'",
    "  välilyöntejä alussa ja lopussa  ",
    "Äiti, Öljy ja Åland: ääkköset",
    "🏠🔑 kotikäynti 🚪 tiistaina",
    "tab\there\nand a newline",
]


@pytest.mark.parametrize("passphrase", TRICKY_PASSPHRASES)
def test_tricky_passphrases_round_trip(store_path: Path, passphrase: str) -> None:
    created = CaseStore.create(store_path, passphrase, kdf=FAST_KDF)
    add_client_with_visit(created, notes="Tuettu asuminen jatkuu.")
    created.lock()
    clock = FakeClock()
    for near_miss in {passphrase.strip(), passphrase + " ", passphrase.upper()} - {passphrase}:
        with pytest.raises(WrongPassphrase):
            CaseStore.unlock(store_path, near_miss, clock=clock)
        clock.advance(MAX_DELAY_SECONDS)
    reopened = CaseStore.unlock(store_path, passphrase, clock=clock)
    assert visit_notes(reopened) == ["Tuettu asuminen jatkuu."]
    reopened.lock()


@pytest.mark.parametrize("passphrase", ["ä;'\"", "🔑", " ", "x'00'"])
def test_short_tricky_passphrases_round_trip_without_the_policy(
    store_path: Path, passphrase: str
) -> None:
    created = CaseStore.create(store_path, passphrase, kdf=FAST_KDF, enforce_policy=False)
    add_client_with_visit(created)
    created.lock()
    reopened = CaseStore.unlock(store_path, passphrase)
    assert len(visit_notes(reopened)) == 1
    reopened.lock()


@settings(max_examples=15, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_key_wrapping_round_trips_any_text_passphrase(passphrase: str, other: str) -> None:
    database_key = keyfile.new_database_key()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "astu.db.key"
        keyfile.write(path, keyfile.wrap(database_key, passphrase, FAST_KDF))
        stored = keyfile.read(path)
    assert stored.unwrap(passphrase) == database_key
    if other != passphrase:
        with pytest.raises(WrongPassphrase):
            stored.unwrap(other)


YEAR_SECONDS = 365 * 24 * 3600.0


def test_a_wrong_passphrase_while_the_clock_was_a_year_ahead_costs_no_year(
    store: CaseStore,
) -> None:
    store.lock()
    wall, monotonic = FakeClock(1_800_000_000.0 + YEAR_SECONDS), FakeClock(5_000.0)
    for _ in range(12):  # enough for the longest wait
        with pytest.raises(WrongPassphrase):
            CaseStore.unlock(store.paths.database, WRONG, clock=wall, monotonic=monotonic)
        wall.advance(MAX_DELAY_SECONDS)
        monotonic.advance(MAX_DELAY_SECONDS)
    wall.advance(-MAX_DELAY_SECONDS)
    monotonic.advance(-MAX_DELAY_SECONDS)
    wall.now = 1_800_000_000.0  # the clock is corrected: a year back
    with pytest.raises(UnlockThrottled) as throttled:
        CaseStore.unlock(store.paths.database, PASSPHRASE, clock=wall, monotonic=monotonic)
    assert throttled.value.wait_seconds <= MAX_DELAY_SECONDS
    monotonic.advance(MAX_DELAY_SECONDS)  # five minutes really pass
    CaseStore.unlock(store.paths.database, PASSPHRASE, clock=wall, monotonic=monotonic).lock()


def test_after_a_restart_of_the_computer_the_wait_is_still_at_most_the_cap(
    store: CaseStore,
) -> None:
    store.lock()
    wall, monotonic = FakeClock(1_800_000_000.0 + YEAR_SECONDS), FakeClock(5_000.0)
    for _ in range(12):
        with pytest.raises(WrongPassphrase):
            CaseStore.unlock(store.paths.database, WRONG, clock=wall, monotonic=monotonic)
        wall.advance(MAX_DELAY_SECONDS)
        monotonic.advance(MAX_DELAY_SECONDS)
    wall.now, monotonic.now = 1_800_000_000.0, 10.0  # corrected, and the monotonic restarted
    with pytest.raises(UnlockThrottled) as throttled:
        CaseStore.unlock(store.paths.database, PASSPHRASE, clock=wall, monotonic=monotonic)
    assert throttled.value.wait_seconds == pytest.approx(MAX_DELAY_SECONDS)
