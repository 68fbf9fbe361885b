"""A laptop a protocol version behind the server, and one ahead, keep syncing what both know.

Version 2 is made here from the declaration itself: the contact person table and the
client's e-mail are marked as added in version 2 (`since`), as a release that added
them would mark them. Then a laptop speaking 1 meets a server speaking 2, and a
laptop speaking 2 meets a server speaking 1, over real HTTP, with real stores.

Before, a server with a table an old laptop did not know failed that laptop's scope
check on every sync (its summary counted the table), so the laptop downloaded its
whole scope each time; and a laptop ahead had its new rows refused (quarantined).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from astu_desktop.messages import message_in
from astu_desktop.models import Client, ContactPerson
from astu_desktop.services import enrolment
from astu_desktop.sync import outbox
from astu_desktop.sync.client import HttpSyncClient, ServerUnreachable, UpdateRequired
from astu_desktop.sync.engine import synchronise
from astu_desktop.sync.localstate import sync_quarantine
from astu_protocol.messages import PushRequest, PushResponse
from astu_protocol.tables import TABLES
from astu_server.models import Device
from tests.integration.serverkit import Laptop, LiveServer, new_laptop
from tests.outboxkit import waiting_rows

HETU = "131052-308T"
NEW_TABLE, NEW_FIELD = "contact_person", "email"
CHECK_EVERY_SYNC = {"verify_every": timedelta(0)}


@pytest.fixture(autouse=True)
def version_two(monkeypatch: pytest.MonkeyPatch) -> None:
    """The declaration of a version 2 that added a table and a field of the client."""
    monkeypatch.setitem(TABLES, NEW_TABLE, dataclasses.replace(TABLES[NEW_TABLE], since=2))
    client = TABLES["client"]
    fields = tuple(
        dataclasses.replace(spec, since=2) if spec.name == NEW_FIELD else spec
        for spec in client.fields
    )
    monkeypatch.setitem(TABLES, "client", dataclasses.replace(client, fields=fields))


def setup_team(server: LiveServer) -> None:
    server.add_team("Lähityö Itä")
    server.add_user("aino", team="Lähityö Itä")
    server.add_user("bertta", team="Lähityö Itä")


def add_client_with_contact(laptop: Laptop) -> tuple[str, str]:
    with laptop.session() as session, session.begin():
        client = Client(
            first_names="Aino", last_name="Virtanen", hetu=HETU, phone="040 111 2222",
            email="aino.virtanen@example.fi",
        )  # fmt: skip
        session.add(client)
        session.flush()
        contact = ContactPerson(client_id=client.id, name="Kalle Virtanen", relation="veli")
        session.add(contact)
        session.flush()
        return client.id, contact.id


def set_phone(laptop: Laptop, client_id: str, phone: str) -> None:
    with laptop.session() as session, session.begin():
        session.get_one(Client, client_id).phone = phone


def waiting(laptop: Laptop) -> dict[str, dict[str, object]]:
    """The outbox: per table, the fields of the change not yet sent."""
    with laptop.session() as session:
        return {row.table_name: row.fields for row in waiting_rows(session)}


def quarantined(laptop: Laptop) -> int:
    with laptop.session() as session:
        return session.scalar(select(func.count()).select_from(sync_quarantine)) or 0


def test_a_laptop_a_version_behind_the_server_syncs_what_it_knows_and_its_check_holds(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    setup_team(server)
    aino, bertta = laptops("aino"), laptops("bertta")  # aino's laptop is not updated yet
    server.speaks(2)
    client_id, contact_id = add_client_with_contact(bertta)
    assert bertta.sync(protocol_version=2).refused == 0
    server.assign(client_id, "bertta", "aino")

    first = aino.sync(**CHECK_EVERY_SYNC)
    assert first.protocol_version == 1
    with aino.session() as session:
        client = session.get_one(Client, client_id)
        assert (client.phone, client.email) == ("040 111 2222", None)  # e-mail: not in 1
        assert session.scalar(select(func.count()).select_from(ContactPerson)) == 0
    assert (first.verified, first.resynced) == (True, False)

    set_phone(aino, client_id, "050 333 4444")
    second = aino.sync(**CHECK_EVERY_SYNC)
    assert (second.pushed_changes, second.refused) == (1, 0)
    assert (second.verified, second.resynced, second.pulled_rows) == (True, False, 0)
    on_server = server.record("client", client_id)
    assert on_server is not None
    assert (on_server["phone"], on_server["email"]) == (
        "050 333 4444",
        "aino.virtanen@example.fi",  # the old laptop's edit left the newer field alone
    )
    assert server.record(NEW_TABLE, contact_id) is not None

    bertta.sync(protocol_version=2)
    with bertta.session() as session:
        client = session.get_one(Client, client_id)
        assert (client.phone, client.email) == ("050 333 4444", "aino.virtanen@example.fi")


def test_a_laptop_a_version_ahead_keeps_what_the_server_does_not_know_until_it_is_updated(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    setup_team(server)
    aino = laptops("aino")  # the server still speaks 1; aino's laptop speaks 2
    client_id, contact_id = add_client_with_contact(aino)

    first = aino.sync(protocol_version=2, **CHECK_EVERY_SYNC)
    assert first.protocol_version == 1
    assert (first.refused, quarantined(aino)) == (0, 0)  # held back, not refused
    assert first.held_back == 2
    held = waiting(aino)
    assert held.keys() == {"client", NEW_TABLE}
    assert held["client"] == {"email": "aino.virtanen@example.fi"}
    assert (held[NEW_TABLE]["name"], held[NEW_TABLE]["relation"]) == ("Kalle Virtanen", "veli")
    on_server = server.record("client", client_id)
    assert on_server is not None
    assert (on_server["last_name"], on_server["phone"], on_server.get("email")) == (
        "Virtanen",
        "040 111 2222",
        None,
    )
    assert server.record(NEW_TABLE, contact_id) is None
    assert (first.verified, first.resynced) == (True, False)
    with aino.session() as session:  # what the worker typed stays on the laptop
        assert session.get_one(Client, client_id).email == "aino.virtanen@example.fi"
        assert session.get_one(ContactPerson, contact_id).name == "Kalle Virtanen"

    set_phone(aino, client_id, "050 333 4444")
    second = aino.sync(protocol_version=2, **CHECK_EVERY_SYNC)
    assert (second.refused, second.held_back) == (0, 2)
    assert (second.verified, second.resynced) == (True, False)
    on_server = server.record("client", client_id)
    assert on_server is not None
    assert on_server["phone"] == "050 333 4444"

    server.speaks(2)  # the city updates the server
    third = aino.sync(protocol_version=2, **CHECK_EVERY_SYNC)
    assert (third.protocol_version, third.refused, third.held_back) == (2, 0, 0)
    assert waiting(aino) == {}
    on_server = server.record("client", client_id)
    assert on_server is not None
    assert (on_server["phone"], on_server["email"]) == ("050 333 4444", "aino.virtanen@example.fi")
    contact = server.record(NEW_TABLE, contact_id)
    assert contact is not None
    assert (contact["name"], contact["relation"]) == ("Kalle Virtanen", "veli")
    # The scope came again once, in the new version (what the old one left out), ...
    assert (third.verified, third.resynced) == (True, True)
    fourth = aino.sync(protocol_version=2, **CHECK_EVERY_SYNC)
    assert (fourth.verified, fourth.resynced, fourth.pulled_rows) == (True, False, 0)  # ...once


def test_a_field_added_in_a_later_version_cannot_be_required() -> None:
    email = TABLES["client"].by_name[NEW_FIELD]
    with pytest.raises(ValueError, match="cannot be required"):
        dataclasses.replace(email, required=True)


def test_the_command_line_says_what_waits_for_the_server_in_each_language() -> None:
    assert message_in("fi", "sync_held_back", count=1) == (
        "1 muutos odottaa palvelimen päivitystä: palvelin ei vielä tunne sitä. Se säilyy "
        "tällä tietokoneella ja lähetetään päivityksen jälkeen."
    )
    assert message_in("sv", "sync_held_back", count=2).startswith("2 ändringar väntar på att")
    assert message_in("en", "sync_held_back", count=2).startswith("2 changes wait for the server")


def test_a_laptop_older_than_the_server_still_speaks_is_told_to_update_and_keeps_its_work(
    server: LiveServer, laptops: Callable[[str], Laptop], tmp_path: Path
) -> None:
    setup_team(server)
    aino = laptops("aino")
    with aino.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu=HETU, phone="040 1")
        session.add(client)
        session.flush()
        client_id = client.id
    server.speaks(2, oldest=2)  # a release that no longer answers version 1

    with pytest.raises(UpdateRequired):
        aino.sync()
    assert server.record("client", client_id) is None
    assert waiting(aino)["client"]["last_name"] == "Virtanen"  # kept for after the update
    with pytest.raises(UpdateRequired):  # nor is a new laptop enrolled
        new_laptop(tmp_path, server, "bertta")
    assert message_in("fi", "update_required").startswith(
        "Palvelin on päivitetty, eikä se enää tunne tätä ASTU Desktopin versiota."
    )
    assert message_in("sv", "update_required").startswith("Servern har uppdaterats")

    with aino.client() as client:  # the worker installed the update
        pushed = synchronise(aino.store, client, protocol_version=2)
    assert (pushed.pushed_changes, pushed.refused) == (1, 0)
    on_server = server.record("client", client_id)
    assert on_server is not None
    assert on_server["last_name"] == "Virtanen"


class AnswerLost:
    """The network drops the answer to the first push that carried changes."""

    def __init__(self, inner: HttpSyncClient) -> None:
        self.inner = inner
        self.lost = False

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def push(self, request: PushRequest) -> PushResponse:
        answer = self.inner.push(request)
        if not self.lost and request.changes:
            self.lost = True
            raise ServerUnreachable("answer lost")
        return answer


def test_a_batch_sent_again_after_the_server_was_updated_keeps_what_it_held_back(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    setup_team(server)
    aino = laptops("aino")  # the server speaks 1; aino's laptop 2
    client_id, contact_id = add_client_with_contact(aino)
    with enrolment.sync_client(aino.store) as client, pytest.raises(ServerUnreachable):
        synchronise(aino.store, AnswerLost(client), protocol_version=2)  # type: ignore[arg-type]
    server.speaks(2)  # updated before the laptop hears the answer

    report = aino.sync(protocol_version=2, **CHECK_EVERY_SYNC)
    assert (report.refused, report.held_back) == (0, 0)
    assert waiting(aino) == {}
    on_server = server.record("client", client_id)
    assert on_server is not None
    assert on_server["email"] == "aino.virtanen@example.fi"
    assert server.record(NEW_TABLE, contact_id) is not None
    with aino.session() as session:
        assert session.get_one(Client, client_id).email == "aino.virtanen@example.fi"
    assert report.verified is True


def test_a_store_that_recovers_from_a_restore_keeps_its_held_back_edits(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    setup_team(server)
    aino = laptops("aino")  # the server speaks 1; aino's laptop 2
    client_id, _ = add_client_with_contact(aino)
    aino.sync(protocol_version=2)
    set_phone(aino, client_id, "050 333 4444")  # newer than the held-back e-mail
    aino.sync(protocol_version=2)
    with server.session() as session:
        device = session.get_one(Device, aino.device_id)
        last_seq, last_stamp = device.last_push_seq, device.last_stamp
    with aino.session() as session, session.begin():
        outbox.forget_delivered(session, last_seq, last_stamp, spoken=1)
    held = waiting(aino)
    assert held["client"] == {"email": "aino.virtanen@example.fi"}
    assert held[NEW_TABLE]["name"] == "Kalle Virtanen"
