"""A rekey and a migration need room for a second copy of the store: on a disk without
it they are refused before they start, with a sentence, and the store stays as it was.

The store lives on a small tmpfs, so this runs as root (CI does; tests/diskkit.py skips
it elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from astu_desktop.cli import main
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import DiskFull
from tests.diskkit import SmallDisk, small_disk
from tests.support import FAST_KDF, PASSPHRASE
from tests.unit.store.storefiles import add_client_with_visit, visit_notes

NOTES = "Vuokranantajan kanssa sovittu maksusuunnitelma."


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk", size_mib=8) as mounted:
        yield mounted


@pytest.fixture
def path(disk: SmallDisk) -> Path:
    store = CaseStore.create(disk.root / "astu.db", PASSPHRASE, kdf=FAST_KDF)
    add_client_with_visit(store, notes=NOTES)
    store.lock()
    return store.paths.database


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (path, path.with_name(path.name + ".key"))}


def test_a_rekey_without_room_for_a_second_copy_is_refused_and_changes_nothing(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASTU_LANG", "sv")
    before = _files(path)

    assert main(["rekey", "--db", str(path)]) == 1

    said = capsys.readouterr().out
    asked = re.match(
        r"Diskutrymmet räcker inte för detta \([0-8] MB ledigt, (\d+) MB behövs\), så det "
        r"påbörjades inte\. Tidigare sparat arbete finns kvar\.",
        said,
    )
    assert asked is not None, said
    assert 34 <= int(asked.group(1)) <= 40  # the store (a few MB) again, and a full log
    assert _files(path) == before
    assert not path.with_name(path.name + ".key.pending").exists()
    store = CaseStore.unlock(path, PASSPHRASE)
    try:
        assert visit_notes(store) == [NOTES]
    finally:
        store.lock()


def test_a_migration_without_room_for_its_backup_is_refused_before_it_starts(path: Path) -> None:
    store = CaseStore.unlock(path, PASSPHRASE)
    with store.engine.begin() as conn:  # as a store an older version wrote would say
        conn.execute(text("UPDATE alembic_version SET version_num = '0017'"))
    store.lock()
    before = path.read_bytes()

    with pytest.raises(DiskFull) as refused:
        CaseStore.unlock(path, PASSPHRASE)

    assert refused.value.needed_bytes is not None
    assert refused.value.free_bytes is not None
    assert refused.value.needed_bytes > refused.value.free_bytes
    assert path.read_bytes() == before
    assert not path.with_name(path.name + ".backups").exists()
