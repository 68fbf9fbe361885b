"""A client registered on a laptop, with contact persons and an episode, reaches the server
and the team lead's laptop through the real server over HTTP."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from astu_desktop.models import Client, ContactPerson, ServiceEpisode
from astu_desktop.services.client_registration import (
    ContactPersonInput,
    EpisodeStart,
    NewClient,
    register_client,
)
from astu_desktop.services.visits import current_worker_id
from astu_protocol.codes import Service
from tests.integration.serverkit import Laptop, LiveServer

HETU = "131052-308T"
TODAY = date(2026, 11, 2)


def test_a_registered_client_reaches_the_server_and_the_team_lead(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    server.add_team("Lähityö Itä")
    server.add_user("aino", team="Lähityö Itä")
    server.add_user("leena", role="team_lead", team="Lähityö Itä")
    aino, leena = laptops("aino"), laptops("leena")
    new = NewClient(
        details={
            "first_names": "Aino", "last_name": "Virtanen", "hetu": HETU,
            "phone": "040 111 2222", "email": "aino@example.fi", "preferred_language": "sv",
            "needs_interpreter": True,
        },
        contacts=(
            ContactPersonInput("Liisa Virtanen", "sisar", "040 333 4444"),
            ContactPersonInput("Kalle Koski", "edunvalvoja"),
        ),
        episode=EpisodeStart(Service.OUTREACH, TODAY),
    )  # fmt: skip
    with aino.session() as session, session.begin():
        me = current_worker_id(session)
        client_id = register_client(session, new, worker_id=me, today=TODAY).id

    report = aino.sync()
    assert report.refused == 0
    on_server = server.record("client", client_id)
    assert on_server is not None
    assert (on_server["hetu"], on_server["email"], on_server["needs_interpreter"]) == (
        HETU, "aino@example.fi", True,
    )  # fmt: skip

    leena.sync()
    with leena.session() as session:
        client = session.get_one(Client, client_id)
        assert (client.full_name, client.preferred_language, client.email) == (
            "Aino Virtanen", "sv", "aino@example.fi",
        )  # fmt: skip
        contacts = session.scalars(
            select(ContactPerson).where(ContactPerson.client_id == client_id)
        )
        assert sorted((c.name, c.relation, c.phone) for c in contacts) == [
            ("Kalle Koski", "edunvalvoja", None),
            ("Liisa Virtanen", "sisar", "040 333 4444"),
        ]
        (episode,) = session.scalars(
            select(ServiceEpisode).where(ServiceEpisode.client_id == client_id)
        )
        assert (episode.service, episode.responsible_worker_id, episode.start_date) == (
            Service.OUTREACH, me, TODAY,
        )  # fmt: skip
