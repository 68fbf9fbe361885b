"""Changing the passphrase (rewraps the key) and rekeying (re-encrypts the database)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from astu_desktop.store import keyfile
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import DatabaseDamaged, WeakPassphrase, WrongPassphrase
from tests.support import FAST_KDF, PASSPHRASE
from tests.unit.store.storefiles import add_client_with_visit, run_python, visit_notes

NEW_PASSPHRASE = 'Uusi tunnus: 🚲 pyörällä Kallioon, ei "autolla"; 2026'
NOTES = "Asukas kertoi vuokranmaksun sujuvan."


def database_key(path: Path, passphrase: str) -> bytes:
    return bytes(keyfile.read(path).unwrap(passphrase))


def test_a_changed_passphrase_opens_and_the_old_one_no_longer_does(store: CaseStore) -> None:
    add_client_with_visit(store, notes=NOTES)
    store.checkpoint()
    database_before = store.paths.database.read_bytes()
    key_before = database_key(store.paths.keyfile, PASSPHRASE)
    store.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, kdf=FAST_KDF)
    assert store.paths.database.read_bytes() == database_before
    assert visit_notes(store) == [NOTES]  # the open store goes on working
    store.lock()
    assert database_key(store.paths.keyfile, NEW_PASSPHRASE) == key_before  # rewrapped only
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store.paths.database, PASSPHRASE)
    store.paths.throttle.unlink()
    reopened = CaseStore.unlock(store.paths.database, NEW_PASSPHRASE)
    assert visit_notes(reopened) == [NOTES]
    reopened.lock()


def test_a_wrong_old_passphrase_changes_nothing(store: CaseStore) -> None:
    key_file_before = store.paths.keyfile.read_bytes()
    with pytest.raises(WrongPassphrase):
        store.change_passphrase(NEW_PASSPHRASE, NEW_PASSPHRASE + "!")
    assert store.paths.keyfile.read_bytes() == key_file_before


def test_a_weak_new_passphrase_is_refused(store: CaseStore) -> None:
    key_file_before = store.paths.keyfile.read_bytes()
    with pytest.raises(WeakPassphrase):
        store.change_passphrase(PASSPHRASE, "salasana123")
    assert store.paths.keyfile.read_bytes() == key_file_before


def test_rekey_re_encrypts_under_a_new_key(store: CaseStore, tmp_path: Path) -> None:
    add_client_with_visit(store, notes=NOTES)
    store.checkpoint()
    old_key_file = tmp_path / "old.key"
    shutil.copyfile(store.paths.keyfile, old_key_file)
    database_before = store.paths.database.read_bytes()
    store.rekey(PASSPHRASE)
    assert visit_notes(store) == [NOTES]  # the open store goes on under the new key
    assert store.check().ok
    store.lock()
    new_key = database_key(store.paths.keyfile, PASSPHRASE)
    assert new_key != database_key(old_key_file, PASSPHRASE)
    assert store.paths.database.read_bytes()[:PAGE] != database_before[:PAGE]
    assert not store.paths.pending_keyfile.exists()
    reopened = CaseStore.unlock(store.paths.database, PASSPHRASE)
    assert visit_notes(reopened) == [NOTES]
    reopened.lock()
    shutil.copyfile(old_key_file, store.paths.keyfile)
    with pytest.raises(DatabaseDamaged):
        CaseStore.unlock(store.paths.database, PASSPHRASE)


PAGE = 4096


def start_rekey(store: CaseStore) -> bytearray:
    """The first step of a rekey: the new key written as the pending key file."""
    new_key = keyfile.new_database_key()
    keyfile.write(store.paths.pending_keyfile, keyfile.wrap(new_key, PASSPHRASE, FAST_KDF))
    return new_key


def test_a_rekey_interrupted_before_re_encrypting_keeps_the_old_key(store: CaseStore) -> None:
    add_client_with_visit(store, notes=NOTES)
    store.lock()
    key_file_before = store.paths.keyfile.read_bytes()
    start_rekey(store)
    reopened = CaseStore.unlock(store.paths.database, PASSPHRASE)
    assert visit_notes(reopened) == [NOTES]
    reopened.lock()
    assert store.paths.keyfile.read_bytes() == key_file_before
    assert not store.paths.pending_keyfile.exists()


def test_a_rekey_interrupted_after_re_encrypting_is_finished_at_unlock(store: CaseStore) -> None:
    add_client_with_visit(store, notes=NOTES)
    store.lock()
    old_key = database_key(store.paths.keyfile, PASSPHRASE)
    new_key = start_rekey(store)
    pending = store.paths.pending_keyfile.read_bytes()
    connection = sqlcipher3.connect(str(store.paths.database))
    connection.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
    connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    connection.close()
    reopened = CaseStore.unlock(store.paths.database, PASSPHRASE)
    assert visit_notes(reopened) == [NOTES]
    assert reopened.check().ok
    reopened.lock()
    assert store.paths.keyfile.read_bytes() == pending
    assert not store.paths.pending_keyfile.exists()


REKEY_THEN_DIE = """
import os, sys
import sqlcipher3
connection = sqlcipher3.connect(sys.argv[1])
connection.execute(f"PRAGMA key = \\"x'{sys.argv[2]}'\\"")
connection.execute("PRAGMA journal_mode = WAL")
connection.execute(f"PRAGMA rekey = \\"x'{sys.argv[3]}'\\"")
os._exit(0)  # no close, no checkpoint: the re-encrypted pages are left in the WAL
"""


def test_a_rekey_killed_before_its_checkpoint_is_finished_at_unlock(store: CaseStore) -> None:
    add_client_with_visit(store, notes=NOTES)
    store.lock()
    old_key = database_key(store.paths.keyfile, PASSPHRASE)
    new_key = start_rekey(store)
    result = run_python(REKEY_THEN_DIE, str(store.paths.database), old_key.hex(), new_key.hex())
    assert result.returncode == 0, result.stderr
    wal = store.paths.database.with_name("astu.db-wal")
    assert wal.stat().st_size > 0
    reopened = CaseStore.unlock(store.paths.database, PASSPHRASE)
    assert visit_notes(reopened) == [NOTES]
    assert reopened.check().ok
    reopened.lock()
    assert database_key(store.paths.keyfile, PASSPHRASE) == bytes(new_key)
    assert not store.paths.pending_keyfile.exists()
