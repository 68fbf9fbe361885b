"""Data minimisation: an ended client leaves the worker's laptop after the retention time.

The server decides (it knows the episodes and the setting) and retires the client from
the worker's scope; the laptop purges them, its scope check stays verified, the server
keeps the record, and a new episode brings the client back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from sqlalchemy import event, select

from astu_desktop.messages import message_in
from astu_desktop.models import Client, ServiceEpisode
from astu_desktop.sync.engine import Sync
from astu_desktop.sync.localstate import sync_quarantine
from astu_protocol.codes import EpisodeEndReason, EpisodeStatus, Service
from tests.integration.serverkit import Laptop, LiveServer
from tests.integration.test_reassignment import worker_id
from tests.integration.test_scope import HETU_X, HETU_Y, two_teams

ENDED_ON = date(2026, 9, 1)
RETENTION = timedelta(days=90)
EPISODE_TABLE = "service_episode"


def client_with_episode(laptop: Laptop, hetu: str, *, ended: bool) -> str:
    """A client of the laptop's worker with one outreach episode, ended on ENDED_ON or open."""
    with laptop.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu=hetu)
        session.add(client)
        session.flush()
        session.add(
            ServiceEpisode(
                client_id=client.id, service=Service.OUTREACH,
                status=EpisodeStatus.ENDED if ended else EpisodeStatus.ACTIVE,
                responsible_worker_id=worker_id(laptop), start_date=date(2026, 3, 1),
                end_date=ENDED_ON if ended else None,
                end_reason=EpisodeEndReason.GOALS_MET if ended else None,
            )
        )  # fmt: skip
        return client.id


def on_day(server: LiveServer, day: date) -> None:
    server.retention.today = lambda: day


def edit_phone(laptop: Laptop, client_id: str, phone: str) -> None:
    with laptop.session() as session, session.begin():
        session.get_one(Client, client_id).phone = phone


def pull_only(laptop: Laptop) -> None:
    """A pull whose push went before this edit was made (the edit is still unsent)."""
    with laptop.client() as transport:
        Sync(laptop.store, transport, verify=False).pull_all()


def test_an_ended_client_leaves_the_laptop_after_the_retention_time(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, leena = laptops("aino"), laptops("leena")
    ended = client_with_episode(aino, HETU_X, ended=True)
    ongoing = client_with_episode(aino, HETU_Y, ended=False)
    on_day(server, ENDED_ON + RETENTION - timedelta(days=1))
    aino.sync()
    leena.sync()

    assert aino.sync().retired_clients == 0
    assert aino.client_ids() == {ended, ongoing}

    on_day(server, ENDED_ON + RETENTION)
    report = aino.sync(verify_every=timedelta(0))  # the scope check runs on this sync

    assert (report.retired_clients, report.purged_clients) == (1, 1)
    assert aino.client_ids() == {ongoing}
    assert report.verified is True
    assert not report.resynced
    assert report.repaired_rows == 0
    # and stays so: the server's summary agrees the client is gone
    assert aino.sync(verify_every=timedelta(0)).verified is True
    record = server.record("client", ended)
    assert record is not None
    assert record["hetu"] == HETU_X
    leena.sync()
    assert ended in leena.client_ids()  # the lead's team record stays with the lead


def test_unsent_work_keeps_an_ended_client_until_it_is_sent(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino = laptops("aino")
    ended = client_with_episode(aino, HETU_X, ended=True)
    on_day(server, ENDED_ON)
    aino.sync()
    on_day(server, ENDED_ON + RETENTION + timedelta(days=30))
    edit_phone(aino, ended, "040 123 4567")

    pull_only(aino)

    assert ended in aino.client_ids()
    report = aino.sync()  # sends the edit first, then the client may go
    assert report.retired_clients == 1
    assert ended not in aino.client_ids()
    record = server.record("client", ended)
    assert record is not None
    assert record["phone"] == "040 123 4567"


def test_quarantined_work_keeps_an_ended_client_on_the_laptop(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    ended = client_with_episode(aino, HETU_X, ended=True)
    on_day(server, ENDED_ON)
    aino.sync()
    with aino.session() as session, session.begin():  # only a lead may: refused, kept
        episode = session.scalars(
            select(ServiceEpisode).where(ServiceEpisode.client_id == ended)
        ).one()
        episode.responsible_worker_id = worker_id(bertta)
    assert aino.sync().refused == 1
    on_day(server, ENDED_ON + RETENTION + timedelta(days=30))

    report = aino.sync()

    assert report.retired_clients == 0
    assert ended in aino.client_ids()
    with aino.session() as session:
        assert len(session.execute(select(sync_quarantine)).all()) == 1


@contextmanager
def episode_reads(server: LiveServer) -> Iterator[list[str]]:
    """The server's statements that read episode records (what the retention check reads)."""
    seen: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, parameters: Any, *_: object) -> None:
        if EPISODE_TABLE in str(parameters) or f"'{EPISODE_TABLE}'" in statement:
            seen.append(statement)

    event.listen(server.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(server.engine, "before_cursor_execute", note)


def test_the_retention_check_runs_once_a_day_and_a_client_due_later_goes_the_next_day(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    """A sync's cost follows what it carries, not the caseload: after the day's check
    found nothing due, the day's later syncs read no episode for it."""
    two_teams(server)
    aino = laptops("aino")
    ongoing = client_with_episode(aino, HETU_Y, ended=False)
    day = ENDED_ON + RETENTION
    on_day(server, day)
    aino.sync()
    with episode_reads(server) as reads:
        assert aino.sync().retired_clients == 0
    assert reads == []

    ended = client_with_episode(aino, HETU_X, ended=True)  # due at once, recorded today
    assert aino.sync().retired_clients == 0
    assert aino.client_ids() == {ongoing, ended}

    on_day(server, day + timedelta(days=1))
    with episode_reads(server) as reads:
        assert aino.sync().retired_clients == 1
    assert reads != []  # the new day's check
    assert aino.client_ids() == {ongoing}


def test_a_new_episode_brings_a_retired_client_back(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, leena = laptops("aino"), laptops("leena")
    ended = client_with_episode(aino, HETU_X, ended=True)
    on_day(server, ENDED_ON)
    aino.sync()
    leena.sync()
    on_day(server, ENDED_ON + RETENTION)
    assert aino.sync().retired_clients == 1

    with leena.session() as session, session.begin():
        session.add(
            ServiceEpisode(
                client_id=ended, service=Service.OUTREACH, status=EpisodeStatus.STARTING,
                responsible_worker_id=worker_id(aino), start_date=date(2026, 12, 1),
            )
        )  # fmt: skip
    assert leena.sync().refused == 0
    report = aino.sync(verify_every=timedelta(0))

    assert ended in aino.client_ids()
    assert report.retired_clients == 0
    assert report.verified is True
    with aino.session() as session:
        statuses = set(
            session.scalars(select(ServiceEpisode.status).where(ServiceEpisode.client_id == ended))
        )
    assert statuses == {EpisodeStatus.ENDED, EpisodeStatus.STARTING}


def test_the_sync_result_says_ended_clients_were_removed_in_each_language() -> None:
    assert message_in("fi", "sync_retired", count=1) == (
        "1 päättynyt asiakas poistettiin tältä tietokoneelta säilytysajan jälkeen; "
        "hänen tietonsa säilyvät palvelimella."
    )
    assert message_in("fi", "sync_retired", count=2).startswith("2 päättynyttä asiakasta ")
    assert message_in("sv", "sync_retired", count=2).startswith("2 avslutade klienter togs bort")
    assert message_in("en", "sync_retired", count=1).startswith("1 ended client was removed")
