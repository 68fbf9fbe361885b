"""Damaged files: a flipped byte, a truncated database, a broken or foreign key file.

Each must end as a store error the program can explain (`DatabaseDamaged`,
`KeyFileDamaged`), never as a raw SQLite error or a silently empty store.
"""

from __future__ import annotations

import json
import secrets
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from astu_desktop.models import Base, HomeVisit, OutboxChange
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import DatabaseDamaged, KeyFileDamaged, StoreError
from astu_desktop.store.throttle import UnlockThrottle
from astu_protocol.values import MAX_LONG_TEXT
from tests.support import FAST_KDF, PASSPHRASE
from tests.unit.store.storefiles import add_client_with_visit, snapshot, visit_notes

PAGE_SIZE = 4096
LONG_NOTES_CHARS = MAX_LONG_TEXT  # the longest notes a visit takes: its own overflow pages


def page_count(store: CaseStore) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())


def store_with_long_visit(store: CaseStore) -> tuple[int, int]:
    """A visit whose notes fill the pages after the ones that existed before; locked.

    Returns the first and last page (1-based) that hold only those notes: the file
    grows past them with a second such visit saved after it, so they lie mid-file.
    """
    client_id = add_client_with_visit(store)
    first = page_count(store) + 1
    for _visit in range(2):
        with store.session() as session, session.begin():
            notes = secrets.token_hex(LONG_NOTES_CHARS // 2)
            visit = HomeVisit(client_id=client_id, visited_at=datetime.now(UTC), notes=notes)
            session.add(visit)
    last = first + LONG_NOTES_CHARS // PAGE_SIZE - 2
    store.checkpoint()
    assert page_count(store) > last + 10
    store.lock()
    return first, last


def flip_bytes_in_page(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    start = (page - 1) * PAGE_SIZE + 1000
    for offset in range(start, start + 16):
        data[offset] ^= 0xA5
    path.write_bytes(bytes(data))


def read_everything(store: CaseStore) -> int:
    """Every row of every table, as the program would come to read them; the visits."""
    with store.session() as session:
        for table in Base.metadata.sorted_tables:
            session.execute(select(table)).all()
        session.scalars(select(OutboxChange)).all()
        return len(session.scalars(select(HomeVisit)).all())


def test_a_changed_page_is_reported_by_the_check(store: CaseStore) -> None:
    first, last = store_with_long_visit(store)
    damaged_page = (first + last) // 2
    flip_bytes_in_page(store.paths.database, damaged_page)
    reopened = CaseStore.unlock(store.paths.database, PASSPHRASE)
    try:
        report = reopened.check()
    finally:
        reopened.lock()
    assert not report.ok
    assert any(f"page {damaged_page}" in problem for problem in report.cipher_problems)


def test_reading_a_changed_page_raises_a_store_error(store: CaseStore) -> None:
    first, last = store_with_long_visit(store)
    flip_bytes_in_page(store.paths.database, (first + last) // 2)
    reopened = CaseStore.unlock(store.paths.database, PASSPHRASE)
    try:
        with pytest.raises(DatabaseDamaged) as damaged:
            visit_notes(reopened)
        assert damaged.value.code == "database_damaged"
        with reopened.session() as session:  # the undamaged rows still read
            assert session.scalars(select(HomeVisit.id)).all()
    finally:
        reopened.lock()


def test_a_changed_first_page_refuses_to_unlock(store: CaseStore) -> None:
    store_with_long_visit(store)
    flip_bytes_in_page(store.paths.database, 1)
    with pytest.raises(DatabaseDamaged):
        CaseStore.unlock(store.paths.database, PASSPHRASE)


def truncations(size: int) -> dict[str, int]:
    return {
        "to nothing": 0,
        "inside the first page": 100,
        "to one page": PAGE_SIZE,
        "to half, on a page boundary": size // 2 // PAGE_SIZE * PAGE_SIZE,
        "to half, inside a page": size // 2 + 100,
        "by one page": size - PAGE_SIZE,
        "by one byte": size - 1,
    }


@pytest.mark.parametrize("cut", list(truncations(10 * PAGE_SIZE)))
def test_a_truncated_database_is_reported_as_damaged(store: CaseStore, cut: str) -> None:
    store_with_long_visit(store)
    path = store.paths.database
    data = path.read_bytes()
    path.write_bytes(data[: truncations(len(data))[cut]])
    try:
        reopened = CaseStore.unlock(path, PASSPHRASE)
    except DatabaseDamaged:
        return
    try:  # only a short last page lets the store open; then the check tells
        assert not reopened.check().ok
        try:  # and a read that reaches the page says the store is damaged, nothing else
            visits = read_everything(reopened)
        except DatabaseDamaged:
            return
        assert visits >= 1  # the page held no rows (an index, free space): all still read
    finally:
        reopened.lock()


def test_an_empty_database_file_is_not_taken_for_a_new_store(store: CaseStore) -> None:
    store.lock()
    store.paths.database.write_bytes(b"")
    with pytest.raises(DatabaseDamaged):
        CaseStore.unlock(store.paths.database, PASSPHRASE)
    assert store.paths.database.read_bytes() == b""


def rewrite_key_file(edit: Callable[[dict[str, Any]], object]) -> Callable[[bytes], bytes]:
    def damage(original: bytes) -> bytes:
        body = json.loads(original)
        edit(body)
        return json.dumps(body).encode()

    return damage


KEY_FILE_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "emptied": lambda _: b"",
    "cut in half": lambda original: original[: len(original) // 2],
    "random bytes": lambda original: secrets.token_bytes(len(original)),
    "not an object": lambda _: b"[1, 2, 3]",
    "unknown format": rewrite_key_file(lambda body: body.update(format="something-else")),
    "newer version": rewrite_key_file(lambda body: body.update(version=99)),
    "salt missing": rewrite_key_file(lambda body: body.pop("salt")),
    "salt not base64": rewrite_key_file(lambda body: body.update(salt="not base64!")),
    "salt too short": rewrite_key_file(lambda body: body.update(salt="AAAA")),
    "nonce too short": rewrite_key_file(lambda body: body.update(nonce="AAAA")),
    "kdf not an object": rewrite_key_file(lambda body: body.update(kdf=[1, 2])),
    "unknown kdf parameter": rewrite_key_file(lambda body: body.update(kdf={"rounds": 1})),
    "zero memory": rewrite_key_file(lambda body: body["kdf"].update(memory_kib=0)),
    "zero lanes": rewrite_key_file(lambda body: body["kdf"].update(parallelism=0)),
    "endless time cost": rewrite_key_file(lambda body: body["kdf"].update(time_cost=2**31)),
    "a terabyte of memory": rewrite_key_file(lambda body: body["kdf"].update(memory_kib=2**30)),
}


@pytest.mark.parametrize("damage", KEY_FILE_DAMAGE)
def test_a_damaged_key_file_is_reported_and_not_counted_as_a_wrong_passphrase(
    store: CaseStore, damage: str
) -> None:
    store.lock()
    key_path = store.paths.keyfile
    key_path.write_bytes(KEY_FILE_DAMAGE[damage](key_path.read_bytes()))
    before = snapshot(store.paths.database.parent)
    with pytest.raises(KeyFileDamaged):
        CaseStore.unlock(store.paths.database, PASSPHRASE)
    assert snapshot(store.paths.database.parent) == before
    assert UnlockThrottle(store.paths.throttle).failures() == 0


def test_a_missing_key_file_is_reported(store: CaseStore) -> None:
    store.lock()
    store.paths.keyfile.unlink()
    with pytest.raises(KeyFileDamaged):
        CaseStore.unlock(store.paths.database, PASSPHRASE)


def test_the_key_file_of_another_store_does_not_open_this_one(
    store: CaseStore, tmp_path: Path
) -> None:
    add_client_with_visit(store)
    store.lock()
    other = CaseStore.create(tmp_path / "other" / "astu.db", PASSPHRASE, kdf=FAST_KDF)
    other.lock()
    shutil.copyfile(other.paths.keyfile, store.paths.keyfile)
    database_before = store.paths.database.read_bytes()
    with pytest.raises(DatabaseDamaged):
        CaseStore.unlock(store.paths.database, PASSPHRASE)
    assert store.paths.database.read_bytes() == database_before
    assert sorted(path.name for path in store.paths.database.parent.iterdir()) == [
        "astu.db",
        "astu.db.key",
    ]


def test_store_errors_carry_no_personal_data(store: CaseStore) -> None:
    first, last = store_with_long_visit(store)
    flip_bytes_in_page(store.paths.database, (first + last) // 2)
    reopened = CaseStore.unlock(store.paths.database, PASSPHRASE)
    try:
        with pytest.raises(StoreError) as damaged:
            visit_notes(reopened)
    finally:
        reopened.lock()
    message = str(damaged.value)
    assert "Virtanen" not in message
    assert str(store.paths.database.parent) not in message
