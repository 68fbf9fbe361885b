"""The laptop's store on a disk that fills or fails, as the worker meets it in the CLI
and in a sync: a sentence that says what happened, how far the work got and what to
do; no traceback; and afterwards exactly what was reported as saved is there.

These mount a small tmpfs (and an ext4 on a loop device) under a real store, so they
run as root: CI runs the suite as root (tests/diskkit.py skips them elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from astu_desktop.cli import main
from astu_desktop.models import Base, Client
from astu_desktop.models.base import new_id
from astu_desktop.models.hetu import make_hetu
from astu_desktop.services import enrolment
from astu_desktop.store import space
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import DiskFull, StoppedPartWay, StorageFailed
from astu_desktop.sync.engine import synchronise
from astu_desktop.sync.localstate import sync_state
from astu_protocol.messages import TABLES
from astu_server.db import FeedPositions
from astu_server.models import Assignment, Record, ScopeGrant
from bench.sync_workload import caseload
from tests.diskkit import SmallDisk, failing_disk, small_disk
from tests.integration.serverkit import PASSWORD, LiveServer
from tests.support import FAST_KDF, PASSPHRASE

STAMP = "001795900000000.000000000.test"
SERVER_CLIENTS = 150


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk", size_mib=8) as mounted:
        yield mounted


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASTU_LANG", "fi")


@pytest.fixture
def only_real_fullness(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks before work would refuse anything on an 8 MiB disk (they ask for
    200 MB): switched off, so that the disk really fills in the middle of the work."""
    monkeypatch.setattr(space, "MIN_FREE_BYTES", 0)
    monkeypatch.setattr(space, "WAL_LIMIT_BYTES", 0)
    monkeypatch.setattr(space, "ROOM_PER_PULLED_ROW", 0)


def _clients(path: Path) -> int:
    store = CaseStore.unlock(path, PASSPHRASE)
    try:
        with store.session() as session:
            return session.scalar(select(func.count()).select_from(Client)) or 0
    finally:
        store.lock()


def _log_left(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


# -- seed -------------------------------------------------------------------------------


def test_a_seed_that_fills_the_disk_says_how_many_clients_were_saved_and_exactly_those_stay(
    disk: SmallDisk, cli_env: None, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setattr("astu_desktop.services.seed.CLIENTS_PER_BATCH", 10)
    path = disk.root / "astu.db"
    CaseStore.create(path, PASSPHRASE, kdf=FAST_KDF).lock()

    assert main(["seed", "--db", str(path), "--clients", "2000"]) == 1

    said = capsys.readouterr().out
    assert "Odottamaton" not in said
    assert "Traceback" not in said
    assert said.startswith("Levy on täynnä, joten tätä ei tallennettu. Aiemmin tallennettu")
    assert "vapaana on vähintään 200 Mt" in said
    found = re.search(r"Keskeytyi: (\d+) / 2000 asiakkaasta tallennettiin ennen virhettä", said)
    assert found is not None, said
    saved = int(found.group(1))
    assert 0 < saved < 2000

    disk.grow(64)  # room again
    assert main(["check", "--db", str(path)]) == 0
    assert "Eheystarkistus: kunnossa" in capsys.readouterr().out
    assert _log_left(path) == 0  # the log folded back once there was room
    assert _clients(path) == saved


def test_check_says_when_the_log_cannot_fold_back_and_why(
    disk: SmallDisk, cli_env: None, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setattr("astu_desktop.services.seed.CLIENTS_PER_BATCH", 10)
    path = disk.root / "astu.db"
    CaseStore.create(path, PASSPHRASE, kdf=FAST_KDF).lock()
    main(["seed", "--db", str(path), "--clients", "2000"])
    capsys.readouterr()
    disk.fill()

    assert main(["check", "--db", str(path)]) == 1

    said = capsys.readouterr().out
    assert re.search(
        r"Tapahtumaloki \(-wal, \d+\.\d Mt\) ei palautunut tietokantaan: levy on täynnä\.", said
    ), said


# -- import ------------------------------------------------------------------------------


IMPORTED = 300


def _import_file(folder: Path) -> Path:
    """IMPORTED clients, each with a valid henkilötunnus of its own."""
    lines = ["etunimet;sukunimi;henkilötunnus;puhelin;katuosoite"]
    for number in range(IMPORTED):
        hetu = make_hetu(date(1950, 1, 1) + timedelta(days=number * 37), 900 + number % 99)
        lines.append(f"Aino;Virtanen;{hetu};040 123 {number:04d};Kaarlenkatu {number} B")
    source = folder / "asiakkaat.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source


def test_an_import_is_refused_before_it_starts_when_the_disk_lacks_room(
    disk: SmallDisk, cli_env: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = disk.root / "astu.db"
    CaseStore.create(path, PASSPHRASE, kdf=FAST_KDF).lock()

    assert main(["import", "--db", str(path), str(_import_file(tmp_path))]) == 1

    said = capsys.readouterr().out
    assert re.fullmatch(
        r"Levytila ei riitä tähän \(vapaana [0-8] Mt, tarvitaan 201 Mt\), joten sitä ei "
        r"aloitettu\. Aiemmin tallennettu työ on tallessa\. Vapauta levytilaa ja yritä "
        r"uudelleen\.\n",
        said,
    ), said  # 200 MB of working room, and ten times the file
    assert _clients(path) == 0


def test_an_import_on_a_disk_that_fills_imports_nothing_and_imports_all_once_there_is_room(
    disk: SmallDisk,
    cli_env: None,
    only_real_fullness: None,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    path = disk.root / "astu.db"
    CaseStore.create(path, PASSPHRASE, kdf=FAST_KDF).lock()
    source = _import_file(tmp_path)
    disk.fill(leave=256 * 1024)  # room to open the store, not for 300 clients

    assert main(["import", "--db", str(path), str(source)]) == 1
    said = capsys.readouterr().out
    assert said.startswith("Levy on täynnä, joten tätä ei tallennettu.")
    assert "Traceback" not in said

    disk.make_room()
    assert _clients(path) == 0
    assert main(["import", "--db", str(path), str(source)]) == 0
    assert _clients(path) == IMPORTED


# -- sync ---------------------------------------------------------------------------------


def _load_scope(server: LiveServer, username: str, clients: int) -> None:
    """`clients` clients with their visits in the worker's scope, as an import would."""
    user_id = server.add_user(username)
    with server.admin() as session:
        rows = list(caseload(clients, user_id))
        positions = FeedPositions(session)
        session.execute(insert(Record), [_record(row, positions.next()) for row in rows])
        ids = [row_id for table, row_id, _client, _fields in rows if table == "client"]
        session.execute(
            insert(Assignment),
            [{"client_id": c, "user_id": user_id, "kind": "responsible"} for c in ids],
        )
        session.execute(insert(ScopeGrant), [{"client_id": c, "user_id": user_id} for c in ids])


def _record(row: tuple[str, str, str, dict[str, Any]], position: int) -> dict[str, Any]:
    table, row_id, client_id, fields = row
    meta = {name: [STAMP, position, "import", None] for name in fields}
    return {
        "table_name": table, "row_id": row_id, "client_id": client_id, "change_id": position,
        "data": fields, "stamp": STAMP, "field_meta": meta,
    }  # fmt: skip


def _laptop(server: LiveServer, path: Path, username: str) -> CaseStore:
    store = CaseStore.create(path, PASSPHRASE, kdf=FAST_KDF)
    code = server.enrolment_code(username)
    enrolment.enrol(store, server.url, username, PASSWORD, code, device_name=username)
    return store


def _sync(store: CaseStore, **options: object):
    with enrolment.sync_client(store) as client:
        return synchronise(store, client, pull_limit=200, **options)


def _synced_rows(store: CaseStore) -> int:
    with store.session() as session:
        return sum(
            session.scalar(select(func.count()).select_from(Base.metadata.tables[name])) or 0
            for name in TABLES
            if name in Base.metadata.tables
        )


def test_a_sync_pull_is_refused_before_it_starts_when_the_disk_lacks_room(
    server: LiveServer, disk: SmallDisk
) -> None:
    _load_scope(server, "aino", SERVER_CLIENTS)
    store = _laptop(server, disk.root / "astu.db", "aino")
    try:
        with pytest.raises(DiskFull) as refused:
            _sync(store)
        assert refused.value.needed_bytes == 200 * 1000 * 1000
        with store.session() as session:
            assert session.scalar(select(sync_state.c.pull_cursor)) == 0
        assert _synced_rows(store) == 0
    finally:
        store.lock()


def test_a_sync_pull_that_fills_the_disk_keeps_the_pages_it_saved_and_goes_on_with_room(
    server: LiveServer, disk: SmallDisk, only_real_fullness: None
) -> None:
    _load_scope(server, "aino", SERVER_CLIENTS)
    disk.grow(3)
    store = _laptop(server, disk.root / "astu.db", "aino")
    try:
        with pytest.raises(StoppedPartWay) as stopped:
            _sync(store)
        assert isinstance(stopped.value.cause, DiskFull)
        saved = stopped.value.saved
        assert saved > 0
        assert _synced_rows(store) == saved  # what it said it saved, and nothing else

        disk.grow(64)
        report = _sync(store)
        assert report.verified is True
        with store.session() as session:
            clients = session.scalar(select(func.count()).select_from(Client))
        assert clients == SERVER_CLIENTS
        assert store.check().ok
    finally:
        store.lock()
    assert _log_left(disk.root / "astu.db") == 0


# -- a disk the kernel turned read-only -------------------------------------------------


def test_a_disk_that_turns_read_only_mid_work_refuses_the_write_and_keeps_what_was_saved(
    tmp_path: Path,
) -> None:
    mount = tmp_path / "ext4"
    with failing_disk(mount, tmp_path / "disk.img") as disk:
        path = mount / "astu.db"
        store = CaseStore.create(path, PASSPHRASE, kdf=FAST_KDF)
        with store.session() as session, session.begin():
            session.add(_person("Aino", "Virtanen", make_hetu(date(1994, 5, 1), 900)))
        disk.fail()
        assert disk.read_only
        with pytest.raises(StorageFailed), store.session() as session, session.begin():
            session.add(_person("Ville", "Mäkinen", make_hetu(date(1980, 3, 12), 901)))
        store.lock()  # never raises, even though the log cannot fold
    with failing_disk(mount, tmp_path / "disk.img", fresh=False):
        assert _clients(mount / "astu.db") == 1


def _person(first: str, last: str, hetu: str) -> Client:
    return Client(id=new_id(), first_names=first, last_name=last, hetu=hetu)
