"""A sync never silently diverges: paging, content checks, reused sequences, restored
stores, reassignment with unsent edits, and clock jumps (issue 15), against the real
server with two or three laptops."""

from __future__ import annotations

from collections.abc import Callable

from astu_desktop.models import Client, ContactPerson
from tests.integration.serverkit import Laptop, LiveServer
from tests.integration.test_two_devices import add_client, set_phone, setup_team

OTHER_HETU = "010203A0023"
PAGE = 5  # rows per pull page: smaller than what the tests add


def co_worked_client(
    server: LiveServer, aino: Laptop, bertta: Laptop, hetu: str = "131052-308T"
) -> str:
    client_id = add_client(aino, hetu)
    aino.sync()
    server.assign(client_id, "aino", "bertta")
    bertta.sync()
    aino.sync()
    return client_id


def add_contacts(laptop: Laptop, client_id: str, count: int) -> list[str]:
    with laptop.session() as session, session.begin():
        contacts = [
            ContactPerson(client_id=client_id, name=f"Omainen {n}", relation="sisar")
            for n in range(count)
        ]
        session.add_all(contacts)
        session.flush()
        return [contact.id for contact in contacts]


def set_city(laptop: Laptop, client_id: str, city: str) -> None:
    with laptop.session() as session, session.begin():
        session.get_one(Client, client_id).city = city


def client_values(laptop: Laptop, client_id: str) -> tuple[str | None, str | None]:
    with laptop.session() as session:
        client = session.get_one(Client, client_id)
        return client.city, client.phone


def test_a_pull_longer_than_a_page_brings_an_edit_of_a_row_this_laptop_pushed(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    setup_team(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = co_worked_client(server, aino, bertta)
    other_id = co_worked_client(server, aino, bertta, OTHER_HETU)

    set_city(bertta, client_id, "Vantaa")
    bertta.sync()
    add_contacts(bertta, other_id, 2 * PAGE)  # rows that do not refer to the client
    bertta.sync()
    set_phone(aino, client_id, "040 123 4567")  # offline meanwhile: B's news not seen
    aino.sync(pull_limit=PAGE, verify=False)  # the paging alone, not the scope check

    assert client_values(aino, client_id) == ("Vantaa", "040 123 4567")
    assert server.record("client", client_id)["city"] == "Vantaa"
    bertta.sync(pull_limit=PAGE)
    assert client_values(bertta, client_id) == ("Vantaa", "040 123 4567")
