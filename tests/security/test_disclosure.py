"""The server's own disclosure log: what a laptop received cannot be hidden on the laptop.

A laptop's access log says what its user did; the server's disclosure log says what
the server sent to which device, written in the pull's own transaction, one line per
client per page. A duplicate registration of a person is written to the existing
client's record too: who asked, when.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from astu_server.accessreport import access_report
from astu_server.models import Disclosure
from tests.integration.serverkit import Laptop
from tests.security.hostile import HETU_X, Office, client_row, new_id


def disclosures(office: Office, client_id: str) -> list[tuple[str, str]]:
    with office.server.session() as session:
        query = select(Disclosure).where(Disclosure.client_id == client_id).order_by(Disclosure.id)
        return [(entry.device_id, entry.kind) for entry in session.scalars(query)]


def test_every_pull_that_sends_a_client_is_in_the_disclosure_log(
    office: Office, laptops: Callable[[str], Laptop]
) -> None:
    laptop = laptops("aino")  # its first sync pulls Aino's client X

    assert (laptop.device_id, "pull") in disclosures(office, office.client_x)
    assert disclosures(office, office.client_y) == []  # another team's client: never sent
    with office.server.session() as session:
        lines = [
            (line.source, line.device_id, line.action)
            for line in access_report(session, office.client_x)
        ]
    assert ("server", laptop.device_id, "sent") in lines


def test_a_duplicate_henkilotunnus_is_written_to_the_existing_clients_record(
    office: Office,
) -> None:
    cecilia = office["cecilia"]  # another team: she may not see Aino's client X

    refused = cecilia.results(client_row(new_id(), HETU_X, "Virtanen"))

    assert refused == [("refused", "duplicate", ["hetu"])]
    assert (cecilia.device_id, "duplicate_refused") in disclosures(office, office.client_x)
    with office.server.session() as session:
        lines = [(line.username, line.action) for line in access_report(session, office.client_x)]
    assert ("cecilia", "duplicate_refused") in lines
