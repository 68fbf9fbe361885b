"""Sync over loopback: a new laptop's first sync, and the cost of one edited field.

1. First sync of a 10,000-client scope (about 30 rows per client) from a real server
   over HTTP into a new SQLCipher store: rows per second, and the ratio to a bulk insert
   of the same rows into a local store in the same run (goal: <= 1.5), and the
   laptop store's size after it.
2. One edited field, synced from a 10,000-client store and from a 1,000-client store:
   bytes on the wire (goal: <= 2 KB) and time (goal: <= 100 ms); the cost should grow
   with the changes, not with the store.

The server's database (SQLite, the embedded default) is loaded directly with synthetic
rows, as an import would; the laptop side is exactly what a worker's laptop runs. The
server runs in a process of its own, as it does in production (on another machine): in
this process its Python work would hold the GIL against the laptop's writes, which then
measured four to seven times slower than either does alone.
"""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from argon2 import PasswordHasher
from sqlalchemy import insert, select

from astu_desktop.models import Base, Client
from astu_desktop.services import enrolment
from astu_desktop.store import keyfile
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync import apply, capture
from astu_desktop.sync.engine import synchronise
from astu_protocol.messages import API_PREFIX
from astu_server import directory
from astu_server.db import FeedPositions, make_engine, migrate, sessions
from astu_server.models import Assignment, Record, ScopeGrant
from astu_server.security import use_password_hasher
from bench import goals
from bench.goals import verdict
from bench.template import PASSPHRASE

PASSWORD = "benchmark password – not secret"
KDF = keyfile.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
STAMP = "001795900000000.000000000.bench"
VISITS_PER_CLIENT = 10
DOCUMENTS_PER_CLIENT = 4


def main() -> None:
    use_password_hasher(PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1))
    first_sync(10_000)
    for clients in (10_000, 1_000):
        one_edit(clients)


# -- synthetic caseload ---------------------------------------------------------------


def caseload(
    clients: int, worker_id: str, seed: int = 7
) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(table, row id, client id, fields) for every row of a synthetic caseload."""
    rng = random.Random(seed)
    base = date(2024, 1, 1)
    for number in range(clients):
        client_id = _id(number, 0)
        yield "client", client_id, client_id, _client(rng, number)
        yield (
            "contact_person",
            _id(number, 1),
            client_id,
            {"client_id": client_id, "name": "Omainen", "relation": "sisar", "phone": "040 1"},
        )
        episode = _id(number, 2)
        yield (
            "service_episode",
            episode,
            client_id,
            {
                "client_id": client_id,
                "service": "outreach",
                "status": "active",
                "responsible_worker_id": worker_id,
                "start_date": base.isoformat(),
            },
        )
        for doc in range(DOCUMENTS_PER_CLIENT):
            yield (
                "form_document",
                _id(number, 10 + doc),
                client_id,
                {
                    "client_id": client_id,
                    "form_key": "service_plan",
                    "form_version": 1,
                    "answers": {"services_notes": "Asuminen jatkuu ilman vuokravelkaa."},
                    "status": "signed",
                    "version_no": doc + 1,
                    "author_id": worker_id,
                    "document_date": (base + timedelta(days=90 * doc)).isoformat(),
                    "signed_by_id": worker_id,
                    "signed_at": "2024-06-01T10:00:00+00:00",
                },
            )
        for visit in range(VISITS_PER_CLIENT):
            visit_id = _id(number, 100 + visit)
            when = datetime(2024, 1, 1, 9, tzinfo=UTC) + timedelta(days=14 * visit)
            yield (
                "home_visit",
                visit_id,
                client_id,
                {
                    "client_id": client_id,
                    "visited_at": when.isoformat(),
                    "duration_minutes": 45,
                    "kind": "home_visit",
                    "notes": "Kotikäynti sujui, asunto siisti.",
                    "recorded_by_id": worker_id,
                },
            )
            yield (
                "visit_worker",
                _id(number, 200 + visit),
                client_id,
                {"visit_id": visit_id, "worker_id": worker_id},
            )


def _client(rng: random.Random, number: int) -> dict[str, Any]:
    from astu_desktop.models.hetu import check_character

    day, month, year = 1 + number % 28, 1 + (number // 28) % 12, 40 + (number // 336) % 60
    stem, individual = f"{day:02d}{month:02d}{year:02d}", f"{2 + number // 20160:03d}"
    return {
        "first_names": rng.choice(["Aino", "Eino", "Helmi", "Onni"]),
        "last_name": rng.choice(["Virtanen", "Korhonen", "Nieminen", "Mäkinen"]),
        "hetu": f"{stem}-{individual}{check_character(stem, individual)}",
        "birth_date": date(1900 + year, month, day).isoformat(),
        "sex": "female" if int(individual) % 2 == 0 else "male",
        "phone": "040 123 4567", "languages": ["fi"], "needs_interpreter": False,
        "street_address": "Kaarlenkatu 3", "postal_code": "00530", "city": "Helsinki",
    }  # fmt: skip


def _id(client: int, row: int) -> str:
    return f"01a00000-{row:04x}-7000-8000-{client:012x}"


# -- server -----------------------------------------------------------------------------


@contextmanager
def loaded_server(
    folder: Path, clients: int
) -> Iterator[tuple[str, list[tuple[str, str, str, dict[str, Any]]]]]:
    engine = make_engine(f"sqlite:///{folder / 'server.db'}")
    migrate(engine)
    with sessions(engine)() as session, session.begin():
        directory.add_team(session, "Bench")
        user = directory.add_user(
            session, username="bench", full_name="Bench Worker", role="field_worker",
            password=PASSWORD, team_name="Bench",
        )  # fmt: skip
        session.flush()
        staff = [
            (r.table_name, r.row_id, "", dict(r.data)) for r in session.scalars(select(Record))
        ]
        rows = list(caseload(clients, user.id))
        positions = FeedPositions(session)
        session.execute(insert(Record), [_record(row, positions.next()) for row in rows])
        client_ids = [row_id for table, row_id, _c, _f in rows if table == "client"]
        session.execute(
            insert(Assignment),
            [{"client_id": c, "user_id": user.id, "kind": "responsible"} for c in client_ids],
        )
        session.execute(
            insert(ScopeGrant), [{"client_id": c, "user_id": user.id} for c in client_ids]
        )
    engine.dispose()
    with server_process(folder / "server.db") as url:
        yield url, staff + rows


@contextmanager
def server_process(database: Path) -> Iterator[str]:
    """`astu-server serve` on a free loopback port, until the block ends."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [
        sys.executable, "-m", "astu_server", "--db-url", f"sqlite:///{database}",
        "serve", "--host", "127.0.0.1", "--port", str(port),
    ]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        patient = httpx.HTTPTransport(retries=10)  # connecting is retried until it listens
        with httpx.Client(transport=patient, timeout=30) as probe_client:
            probe_client.get(f"{url}{API_PREFIX}/health").raise_for_status()
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def _record(row: tuple[str, str, str, dict[str, Any]], position: int) -> dict[str, Any]:
    table, row_id, client_id, fields = row
    return {
        "table_name": table, "row_id": row_id, "client_id": client_id, "change_id": position,
        "data": fields, "stamp": STAMP,
        "field_meta": {name: [STAMP, position, "import", None] for name in fields},
    }  # fmt: skip


def new_laptop(folder: Path, url: str) -> CaseStore:
    store = CaseStore.create(folder / "laptop" / "astu.db", PASSPHRASE, kdf=KDF)
    engine = make_engine(f"sqlite:///{folder / 'server.db'}")  # the admin's side
    try:
        with sessions(engine)() as session, session.begin():
            code = directory.enrolment_code(session, "bench")
    finally:
        engine.dispose()
    enrolment.enrol(store, url, "bench", PASSWORD, code, device_name="bench")
    return store


# -- measurements -----------------------------------------------------------------------


def first_sync(clients: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, loaded_server(Path(tmp), clients) as (url, rows):
        store = new_laptop(Path(tmp), url)
        started = time.perf_counter()
        with enrolment.sync_client(store) as client:
            report = synchronise(store, client)
            wire = client.bytes_received + client.bytes_sent
        synced = time.perf_counter() - started
        store.checkpoint()
        on_disk = store.paths.database.stat().st_size
        store.lock()
        bulk = bulk_insert(Path(tmp) / "bulk", rows)
    rate = report.pulled_rows / synced
    ratio = synced / bulk
    print(f"first sync, {clients:,} clients: {report.pulled_rows:,} rows in {synced:.2f} s")
    print(f"  = {rate:,.0f} rows/s, {wire / 1e6:.1f} MB on the wire")
    print(
        f"  the laptop's store after it: {on_disk / 1e6:.0f} MB, "
        f"{on_disk / clients / 1e3:.1f} KB per client, nothing in the outbox"
    )
    print(f"bulk insert of the same rows into a local store: {bulk:.2f} s")
    print(
        f"ratio first sync / bulk insert: {ratio:.2f} "
        f"({verdict(ratio, goals.FIRST_SYNC_RATIO)} the goal of <= {goals.FIRST_SYNC_RATIO})"
    )


def bulk_insert(folder: Path, rows: list[tuple[str, str, str, dict[str, Any]]]) -> float:
    """The same rows, converted the same way, inserted in one transaction."""
    store = CaseStore.create(folder / "astu.db", PASSPHRASE, kdf=KDF)
    started = time.perf_counter()
    by_table: dict[str, list[dict[str, Any]]] = {}
    for table, row_id, _client, fields in rows:
        values = apply.local_values(Base.metadata.tables[table], fields)
        by_table.setdefault(table, []).append({"id": row_id, **values})
    with store.session() as session, session.begin(), capture.applying_remote(session):
        for table, table_rows in by_table.items():
            session.execute(insert(Base.metadata.tables[table]), table_rows)
    elapsed = time.perf_counter() - started
    store.lock()
    return elapsed


def one_edit(clients: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, loaded_server(Path(tmp), clients) as (url, _rows):
        store = new_laptop(Path(tmp), url)
        with enrolment.sync_client(store) as client:
            synchronise(store, client)
        with store.session() as session, session.begin():
            session.get_one(Client, _id(clients // 2, 0)).phone = "050 765 4321"
        with enrolment.sync_client(store) as client:
            started = time.perf_counter()
            report = synchronise(store, client)
            elapsed = time.perf_counter() - started
            wire = client.bytes_sent + client.bytes_received
        store.lock()
    print(f"one edited field, {clients:,}-client store: {wire:,} bytes on the wire "
          f"(goal <= 2,048), {elapsed * 1000:.0f} ms (goal <= 100); "
          f"sent {report.pushed_changes}, received {report.pulled_rows} rows")  # fmt: skip


if __name__ == "__main__":
    main()
