"""Concurrent pushes while another device pulls: the cursor never skips a change.

On PostgreSQL two pushes can run at once. If the later one committed first, a puller
could move its cursor past feed positions the earlier one had taken but not yet
committed, and never see them. The feed lock makes commit order equal position order.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from astu_desktop.models import Client, ContactPerson
from astu_server.app import Hooks
from tests.integration.serverkit import Laptop, LiveServer, live_server, new_laptop

HETUS = ["131052-308T", "010180-1232", "290296-7808"]
WAIT_S = 30


class HoldPush(Hooks):
    """Holds one device's push transaction open after it took its feed positions."""

    def __init__(self) -> None:
        self.device_id = ""
        self.holding = threading.Event()
        self.release = threading.Event()

    def before_push_commit(self, device_id: str) -> None:
        if device_id == self.device_id and not self.holding.is_set():
            self.holding.set()
            self.release.wait(WAIT_S)


@pytest.fixture
def held_server(postgres_url: str) -> Iterator[tuple[LiveServer, HoldPush]]:
    hooks = HoldPush()
    with live_server(postgres_url, hooks) as server:
        yield server, hooks


def add_client(laptop: Laptop, hetu: str) -> str:
    with laptop.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu=hetu)
        session.add(client)
        session.flush()
        return client.id


def waiting_for_the_feed_lock(server: LiveServer) -> bool:
    with server.engine.connect() as conn:
        query = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
        return bool(conn.scalar(query))


def test_a_push_committed_late_is_not_skipped_by_a_pull(
    held_server: tuple[LiveServer, HoldPush], tmp_path: Path
) -> None:
    server, hooks = held_server
    server.add_team("Itä")
    for name in ("aino", "bertta"):
        server.add_user(name, team="Itä")
    server.add_user("leena", role="team_lead", team="Itä")
    aino, bertta, leena = (new_laptop(tmp_path, server, n) for n in ("aino", "bertta", "leena"))
    first, second = add_client(aino, HETUS[0]), add_client(bertta, HETUS[1])
    hooks.device_id = aino.device_id

    early = threading.Thread(target=aino.sync)
    early.start()
    assert hooks.holding.wait(WAIT_S)  # aino's positions are taken, not committed
    late = threading.Thread(target=bertta.sync)
    late.start()
    done = threading.Event()
    while not waiting_for_the_feed_lock(server):  # bertta queues behind aino
        assert not done.wait(0.01)
        assert late.is_alive()
    leena.sync()
    assert leena.client_ids() == set()  # nothing past aino's uncommitted positions

    hooks.release.set()
    early.join(WAIT_S)
    late.join(WAIT_S)
    leena.sync()
    assert leena.client_ids() == {first, second}
    for laptop in (aino, bertta, leena):
        laptop.store.lock()


def test_many_pushes_at_once_while_a_lead_keeps_pulling(server: LiveServer, tmp_path: Path) -> None:
    rounds = 6
    server.add_team("Itä")
    names = ["aino", "bertta", "cecilia"]
    for name in names:
        server.add_user(name, team="Itä")
    server.add_user("leena", role="team_lead", team="Itä")
    writers = [new_laptop(tmp_path, server, name) for name in names]
    leena = new_laptop(tmp_path, server, "leena")
    clients = [add_client(writer, hetu) for writer, hetu in zip(writers, HETUS, strict=True)]
    failures: list[BaseException] = []

    def write(writer: Laptop, client_id: str) -> None:
        try:
            for number in range(rounds):
                with writer.session() as session, session.begin():
                    session.add(ContactPerson(client_id=client_id, name=f"n{number}", relation="x"))
                writer.sync()
        except BaseException as failure:
            failures.append(failure)

    threads = [
        threading.Thread(target=write, args=pair) for pair in zip(writers, clients, strict=True)
    ]
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        leena.sync(verify=False)
    for thread in threads:
        thread.join()
    leena.sync(verify_every=timedelta(0))

    assert failures == []
    with leena.session() as session:
        assert session.scalar(select(func.count()).select_from(ContactPerson)) == rounds * 3
    assert leena.reports[-1].verified is True
    for laptop in [*writers, leena]:
        laptop.store.lock()
