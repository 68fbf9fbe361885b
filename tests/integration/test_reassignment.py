"""A lead hands clients over offline; the server checks it and the laptops follow."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from astu_desktop.models import Client, ServiceEpisode
from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.services.reassignment import (
    REASSIGN_TARGET,
    NotInTeam,
    NotTeamLead,
    reassign_caseload,
    reassign_client,
)
from astu_desktop.sync.localstate import sync_quarantine
from astu_protocol.codes import AccessAction, EpisodeStatus, Service
from astu_protocol.messages import RefusalReason
from tests.integration.serverkit import Laptop, LiveServer
from tests.integration.test_scope import HETU_X, HETU_Y, two_teams


def worker_id(laptop: Laptop) -> str:
    return str(laptop.store.device_state()["current_worker_id"])


def client_in_outreach(laptop: Laptop, hetu: str) -> str:
    """A new client with an open outreach episode of the laptop's worker."""
    with laptop.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu=hetu)
        session.add(client)
        session.flush()
        session.add(
            ServiceEpisode(
                client_id=client.id, service=Service.OUTREACH, status=EpisodeStatus.ACTIVE,
                responsible_worker_id=worker_id(laptop), start_date=date(2026, 10, 1),
            )
        )  # fmt: skip
        return client.id


def responsible(laptop: Laptop, client_id: str) -> set[str | None]:
    with laptop.session() as session:
        return set(
            session.scalars(
                select(ServiceEpisode.responsible_worker_id).where(
                    ServiceEpisode.client_id == client_id
                )
            )
        )


def test_a_lead_hands_a_client_over_and_the_laptops_follow(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, bertta, leena = laptops("aino"), laptops("bertta"), laptops("leena")
    x = client_in_outreach(aino, HETU_X)
    aino.sync()
    leena.sync()
    assert x in leena.client_ids()

    with leena.session() as session, session.begin():  # on the train: no network needed
        handed = reassign_client(
            session, x, from_worker_id=worker_id(aino), to_worker_id=worker_id(bertta),
            lead_id=worker_id(leena),
        )  # fmt: skip
    assert handed == 1
    with leena.session() as session:
        logged = entries_for_client(session, x)
        assert (logged[0].action, logged[0].target) == (AccessAction.UPDATE, REASSIGN_TARGET)
        assert logged[0].worker_id == worker_id(leena)
    assert leena.sync().refused == 0

    report = aino.sync()
    bertta.sync()
    assert report.purged_clients == 1
    assert x not in aino.client_ids()
    assert x in bertta.client_ids()
    assert responsible(bertta, x) == {worker_id(bertta)}
    assert x in leena.client_ids()  # still the lead's team


def test_a_whole_caseload_moves_for_a_leave(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, bertta, leena = laptops("aino"), laptops("bertta"), laptops("leena")
    x, y = client_in_outreach(aino, HETU_X), client_in_outreach(aino, HETU_Y)
    aino.sync()
    leena.sync()
    with leena.session() as session, session.begin():
        moved = reassign_caseload(
            session, from_worker_id=worker_id(aino), to_worker_id=worker_id(bertta),
            lead_id=worker_id(leena),
        )  # fmt: skip
    assert set(moved) == {x, y}
    leena.sync()
    aino.sync()
    bertta.sync()
    assert aino.client_ids() == set()
    assert bertta.client_ids() == {x, y}
    with leena.session() as session:
        for client_id in (x, y):
            assert REASSIGN_TARGET in [e.target for e in entries_for_client(session, client_id)]


def test_a_lead_cannot_hand_a_client_to_another_team(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, cecilia, leena = laptops("aino"), laptops("cecilia"), laptops("leena")
    x = client_in_outreach(aino, HETU_X)
    aino.sync()
    leena.sync()
    with leena.session() as session, session.begin(), pytest.raises(NotInTeam):
        reassign_client(
            session, x, from_worker_id=worker_id(aino), to_worker_id=worker_id(cecilia),
            lead_id=worker_id(leena),
        )  # fmt: skip

    # Past the laptop's own check (an old version, a forged store): the server refuses.
    with leena.session() as session, session.begin():
        episode = session.scalars(select(ServiceEpisode).where(ServiceEpisode.client_id == x)).one()
        episode.responsible_worker_id = worker_id(cecilia)
    report = leena.sync()

    assert report.refused_reasons == [RefusalReason.NOT_PERMITTED.value]
    cecilia.sync()
    aino.sync()
    assert x not in cecilia.client_ids()
    assert x in aino.client_ids()


def test_a_field_worker_cannot_hand_a_client_over(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    x = client_in_outreach(aino, HETU_X)
    aino.sync()
    with aino.session() as session, session.begin(), pytest.raises(NotTeamLead):
        reassign_client(
            session, x, from_worker_id=worker_id(aino), to_worker_id=worker_id(bertta),
            lead_id=worker_id(aino),
        )  # fmt: skip
    with aino.session() as session, session.begin():
        episode = session.scalars(select(ServiceEpisode).where(ServiceEpisode.client_id == x)).one()
        episode.responsible_worker_id = worker_id(bertta)

    report = aino.sync()

    assert report.refused_reasons == [RefusalReason.LEAD_ONLY.value]
    with aino.session() as session:
        quarantined = session.execute(select(sync_quarantine)).mappings().one()
        assert quarantined["table_name"] == "service_episode"
        assert quarantined["reason"] == RefusalReason.LEAD_ONLY.value
    bertta.sync()
    assert x not in bertta.client_ids()
