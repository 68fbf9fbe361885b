"""Schema versions: new stores start at head, newer stores are refused, backups are encrypted."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from astu_desktop.store import keyfile, migrate
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import StoreTooNew
from tests.support import PASSPHRASE
from tests.unit.store.storefiles import add_client_with_visit, snapshot, visit_notes

NOTES = "Päihdetyön lausunto pyydetty."


def revision_of(store: CaseStore) -> str | None:
    with store.engine.connect() as conn:
        return migrate.current_revision(conn)


def test_a_new_store_is_at_the_newest_schema(store: CaseStore) -> None:
    assert revision_of(store) == migrate.head_revision()
    assert not store.paths.backups.exists()  # nothing to protect, nothing copied


def test_the_head_the_unlock_compares_with_is_alembics_head() -> None:
    """A new migration script also moves `migrate.HEAD_REVISION`; this says so if not."""
    assert migrate.head_revision() == migrate.HEAD_REVISION


_UNLOCK_PROBE = """
import json, sys
from pathlib import Path
from astu_desktop.store.casestore import CaseStore
path, passphrase = sys.stdin.read().split("\\n", 1)
CaseStore.unlock(Path(path), passphrase).lock()
print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] in ("alembic", "mako"))))
"""


def test_unlocking_a_store_at_head_loads_no_migration_code(store: CaseStore) -> None:
    """Alembic and its templates cost 14 MB of a laptop's memory; only a migration needs them."""
    store.lock()
    result = subprocess.run(
        [sys.executable, "-c", _UNLOCK_PROBE],
        input=f"{store.paths.database}\n{PASSPHRASE}",
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout) == []


def test_opening_a_store_at_head_migrates_nothing(store: CaseStore) -> None:
    store.lock()
    reopened = CaseStore.unlock(store.paths.database, PASSPHRASE)
    assert revision_of(reopened) == migrate.head_revision()
    assert migrate.upgrade(reopened.engine, reopened._backup) is False
    reopened.lock()
    assert not store.paths.backups.exists()


def test_a_store_written_by_a_newer_program_is_refused(store: CaseStore) -> None:
    add_client_with_visit(store, notes=NOTES)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    store.lock()
    before = snapshot(store.paths.database.parent)
    with pytest.raises(StoreTooNew) as refused:
        CaseStore.unlock(store.paths.database, PASSPHRASE)
    assert refused.value.code == "store_too_new"
    # Refused without a backup or a change, and with every connection closed again.
    assert snapshot(store.paths.database.parent) == before
    assert not store.paths.backups.exists()


def open_raw(path: Path, key: bytes | None) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(path))
    if key is not None:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def count_tables(path: Path, key: bytes | None) -> int:
    connection = open_raw(path, key)
    try:
        return int(connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    finally:
        connection.close()


def test_the_backup_before_a_migration_is_an_encrypted_copy(store: CaseStore) -> None:
    add_client_with_visit(store, notes=NOTES)
    backup = store._backup("0001")
    assert backup.parent == store.paths.backups
    assert "0001" in backup.name
    assert backup.stat().st_mode & 0o777 == 0o600
    assert store.paths.backups.stat().st_mode & 0o777 == 0o700
    assert NOTES.encode() not in backup.read_bytes()
    key = bytes(keyfile.read(store.paths.keyfile).unwrap(PASSPHRASE))
    assert count_tables(backup, key) > 10
    for wrong_key in (None, bytes(keyfile.new_database_key())):
        with pytest.raises(sqlcipher3.DatabaseError, match="not a database"):
            count_tables(backup, wrong_key)


def test_the_backup_opens_as_a_store_with_the_same_passphrase(store: CaseStore) -> None:
    add_client_with_visit(store, notes=NOTES)
    backup = store._backup("0001")
    store.lock()
    shutil.copyfile(store.paths.keyfile, backup.with_name(backup.name + ".key"))
    restored = CaseStore.unlock(backup, PASSPHRASE)
    try:
        assert visit_notes(restored) == [NOTES]
        assert restored.check().ok
    finally:
        restored.lock()
