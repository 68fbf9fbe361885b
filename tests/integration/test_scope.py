"""Scope is decided on the server, object by object; what leaves it leaves the laptop."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from astu_desktop.cli import run_command
from astu_desktop.cli_sync import cmd_sync
from astu_desktop.models import Base, Client, FormDocument, HomeVisit, OutboxChange, Worker
from astu_desktop.sync.client import HttpSyncClient, NotAuthorised
from astu_desktop.sync.localstate import sync_quarantine
from astu_protocol.codes import DocumentStatus, FormKey
from astu_protocol.messages import (
    Outcome,
    PullRequest,
    PushRequest,
    RefusalReason,
    RowChange,
)
from tests.integration.serverkit import Laptop, LiveServer
from tests.support import PASSPHRASE

HETU_X, HETU_Y, HETU_Z = "131052-308T", "010180-1232", "290296-7808"


def two_teams(server: LiveServer) -> None:
    server.add_team("Itä")
    server.add_team("Länsi")
    server.add_user("aino", team="Itä")
    server.add_user("bertta", team="Itä")
    server.add_user("cecilia", team="Länsi")
    server.add_user("leena", role="team_lead", team="Itä")
    server.add_user("lauri", role="team_lead", team="Länsi")


def new_client(laptop: Laptop, hetu: str, last_name: str = "Virtanen") -> str:
    with laptop.session() as session, session.begin():
        client = Client(first_names="Aino", last_name=last_name, hetu=hetu)
        session.add(client)
        session.flush()
        return client.id


def add_case_file(laptop: Laptop, client_id: str) -> None:
    """A visit and a signed service plan: rows in several tables, one of them frozen."""
    worker_id = laptop.store.device_state()["current_worker_id"]
    with laptop.session() as session, session.begin():
        session.add(HomeVisit(client_id=client_id, visited_at=datetime(2026, 11, 3, tzinfo=UTC)))
        session.add(
            FormDocument(
                client_id=client_id, form_key=FormKey.SERVICE_PLAN, form_version=1,
                answers={"services_notes": "Vuokrat ajallaan"}, status=DocumentStatus.SIGNED,
                document_date=date(2026, 11, 3), signed_by_id=worker_id,
                signed_at=datetime(2026, 11, 3, 10, tzinfo=UTC),
            )
        )  # fmt: skip


def rows_of_client(laptop: Laptop, client_id: str) -> int:
    with laptop.session() as session:
        total = 0
        for name in ("client", "home_visit", "form_document"):
            table = Base.metadata.tables[name]
            key = table.c.id if name == "client" else table.c.client_id
            total += (
                session.scalar(select(func.count()).select_from(table).where(key == client_id)) or 0
            )
        return total


def test_each_device_receives_its_users_clients_only(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, bertta, cecilia = laptops("aino"), laptops("bertta"), laptops("cecilia")
    leena, lauri = laptops("leena"), laptops("lauri")
    x, y, z = new_client(aino, HETU_X), new_client(bertta, HETU_Y), new_client(cecilia, HETU_Z)
    for laptop in (aino, bertta, cecilia, leena, lauri, aino, bertta, cecilia):
        laptop.sync()

    assert aino.client_ids() == {x}
    assert bertta.client_ids() == {y}
    assert cecilia.client_ids() == {z}
    assert leena.client_ids() == {x, y}  # the lead of Itä sees the team's caseload
    assert lauri.client_ids() == {z}


def test_a_reassigned_client_is_purged_from_the_old_device(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, cecilia = laptops("aino"), laptops("cecilia")
    x = new_client(aino, HETU_X)
    add_case_file(aino, x)
    aino.sync()
    assert rows_of_client(aino, x) == 3

    server.assign(x, "cecilia")
    report = aino.sync()
    cecilia.sync()

    assert report.purged_clients == 1
    assert rows_of_client(aino, x) == 0
    with aino.session() as session:
        assert session.scalar(select(func.count()).select_from(OutboxChange)) == 0
    wal = aino.store.paths.sidecars()[0]
    assert not wal.exists() or wal.stat().st_size == 0  # no old pages left in the WAL
    assert rows_of_client(cecilia, x) == 3  # the new worker gets the whole case file


def test_a_co_worker_gets_the_client_and_loses_it_again(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    x = new_client(aino, HETU_X)
    aino.sync()
    server.assign(x, "aino", "bertta")
    bertta.sync()
    assert bertta.client_ids() == {x}
    server.assign(x, "aino")
    bertta.sync()
    assert bertta.client_ids() == set()
    aino.sync()
    assert aino.client_ids() == {x}


def test_changing_an_id_in_a_push_gets_nothing_outside_the_scope(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, cecilia = laptops("aino"), laptops("cecilia")
    x = new_client(aino, HETU_X)
    aino.sync()
    forged = [
        RowChange(table="client", row_id=x, fields={"phone": "050 666"}, stamp=_stamp(),
                  base_cursor=10**6),
        RowChange(table="home_visit", row_id="01a00000-0000-7000-8000-000000000001",
                  fields={"client_id": x, "visited_at": "2026-11-03T09:00:00+00:00",
                          "kind": "home_visit"}, stamp=_stamp(), base_cursor=0),
    ]  # fmt: skip
    with cecilia.client() as client:
        answer = client.push(PushRequest(seq=999, changes=forged))
    assert [(r.outcome, r.reason) for r in answer.results] == [
        (Outcome.REFUSED, RefusalReason.NOT_PERMITTED),
        (Outcome.REFUSED, RefusalReason.NOT_PERMITTED),
    ]
    assert server.record("client", x).get("phone") is None
    assert server.record("home_visit", "01a00000-0000-7000-8000-000000000001") is None
    cecilia.sync()
    assert cecilia.client_ids() == set()


def test_a_refused_change_is_quarantined_and_the_rest_goes_through(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino = laptops("aino")
    x = new_client(aino, HETU_X)
    with aino.session() as session, session.begin():
        # A staff-directory row is the server's to keep: refused, never blocking the queue.
        worker = session.get_one(Worker, aino.store.device_state()["current_worker_id"])
        worker.phone = "09 310 1234"
    report = aino.sync()
    assert report.refused == 1
    assert report.refused_reasons == [RefusalReason.READ_ONLY.value]
    assert server.record("client", x) is not None
    with aino.session() as session:
        quarantined = session.execute(select(sync_quarantine)).mappings().one()
        assert quarantined["table_name"] == "worker"
        assert quarantined["fields"] == {"phone": "09 310 1234"}
        assert session.scalar(select(func.count()).select_from(OutboxChange)) == 0


def test_a_revoked_device_says_why_and_wipes_its_store(
    server: LiveServer,
    laptops: Callable[[str], Laptop],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    two_teams(server)
    aino = laptops("aino")
    new_client(aino, HETU_X)
    aino.sync()
    server.revoke(aino.device_id)
    paths = aino.store.paths
    aino.store.lock()
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASTU_LANG", "en")

    args = argparse.Namespace(db=paths.database)
    status = run_command(cmd_sync, args)

    said = capsys.readouterr().out
    assert status != 0
    assert "revoked this device" in said
    assert said.index("revoked this device") < said.index("have been erased")
    leftovers = [paths.database, paths.keyfile, *paths.sidecars(), paths.throttle]
    assert [p for p in leftovers if p.exists()] == []
    assert not os.listdir(paths.database.parent)


def test_a_forged_token_gets_nothing(server: LiveServer) -> None:
    with HttpSyncClient(server.url, "not-a-token") as client, pytest.raises(NotAuthorised):
        client.pull(PullRequest(cursor=0))


def _stamp() -> str:
    return f"{datetime.now(UTC).timestamp() * 1000:015.0f}.000000.forger"
