"""Two laptops and a team lead converge through the real server over HTTP."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from astu_desktop.models import Client, HomeVisit, OutboxChange, VisitWorker
from astu_desktop.services.enrolment import sync_status
from astu_desktop.sync.localstate import sync_state
from astu_server.db import feed_ceiling
from tests.integration.serverkit import Laptop, LiveServer

HETU = "131052-308T"


def add_client(laptop: Laptop, hetu: str = HETU, **fields: object) -> str:
    with laptop.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu=hetu, **fields)
        session.add(client)
        session.flush()
        return client.id


def set_phone(laptop: Laptop, client_id: str, phone: str) -> None:
    with laptop.session() as session, session.begin():
        session.get_one(Client, client_id).phone = phone


def phone_of(laptop: Laptop, client_id: str) -> str | None:
    with laptop.session() as session:
        return session.get_one(Client, client_id).phone


def outbox_size(laptop: Laptop) -> int:
    with laptop.session() as session:
        return session.scalar(select(func.count()).select_from(OutboxChange)) or 0


def setup_team(server: LiveServer) -> None:
    server.add_team("Lähityö Itä")
    server.add_user("aino", team="Lähityö Itä")
    server.add_user("bertta", team="Lähityö Itä")
    server.add_user("leena", role="team_lead", team="Lähityö Itä")


def test_a_client_made_offline_reaches_the_co_worker_and_the_team_lead(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    setup_team(server)
    aino, bertta, leena = laptops("aino"), laptops("bertta"), laptops("leena")
    client_id = add_client(aino, phone="040 111 2222")
    with aino.session() as session, session.begin():
        visit = HomeVisit(client_id=client_id, visited_at=datetime(2026, 11, 2, 9, tzinfo=UTC))
        session.add(visit)
        session.flush()
        worker_id = aino.store.device_state()["current_worker_id"]
        session.add(VisitWorker(visit_id=visit.id, worker_id=worker_id))

    first = aino.sync()
    assert first.pushed_changes == 3
    assert first.refused == 0
    assert outbox_size(aino) == 0
    server.assign(client_id, "aino", "bertta")
    bertta.sync()
    leena.sync()

    for laptop in (bertta, leena):
        with laptop.session() as session:
            client = session.get_one(Client, client_id)
            assert (client.hetu, client.birth_date, client.phone) == (
                HETU, date(1952, 10, 13), "040 111 2222",
            )  # fmt: skip
            visits = session.scalars(select(HomeVisit).where(HomeVisit.client_id == client_id))
            assert [v.visited_at for v in visits] == [datetime(2026, 11, 2, 9, tzinfo=UTC)]
            assert session.scalar(select(func.count()).select_from(VisitWorker)) == 1
        assert outbox_size(laptop) == 0  # applying the server's rows echoes nothing back


def test_edits_of_different_fields_on_two_laptops_both_arrive(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    setup_team(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = add_client(aino)
    aino.sync()
    server.assign(client_id, "aino", "bertta")
    bertta.sync()
    aino.sync()

    set_phone(aino, client_id, "040 000 0001")
    with bertta.session() as session, session.begin():
        session.get_one(Client, client_id).city = "Helsinki"
    aino.sync()
    bertta.sync()
    aino.sync()

    for laptop in (aino, bertta):
        with laptop.session() as session:
            client = session.get_one(Client, client_id)
            assert (client.phone, client.city) == ("040 000 0001", "Helsinki")
    assert not any(r.conflicts_on_push or r.conflicts_received for r in aino.reports)
    assert server.record("client", client_id)["phone"] == "040 000 0001"


def test_sync_status_tells_what_waits_and_when_it_last_worked(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    setup_team(server)
    aino = laptops("aino")
    add_client(aino)
    with aino.session() as session:
        before = sync_status(session)
    assert before.enrolled
    assert before.username == "aino"
    assert before.records_waiting == 1  # one client, however many fields
    aino.sync()
    with aino.session() as session:
        after = sync_status(session)
    assert after.records_waiting == 0
    assert before.last_success_at is not None
    assert after.last_success_at is not None
    assert after.last_success_at > before.last_success_at
    assert after.refused == 0
    assert after.open_conflicts == 0
    assert after.last_error is None


def test_a_week_offline_goes_in_many_batches_and_every_record_is_taken(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    """Batches are cut by count; a cut must never fall inside one new record's fields."""
    setup_team(server)
    aino = laptops("aino")
    hetus = ["010180-9015", "020281-902W", "030382-903M", "040483-904C", "050584-9054"]
    made = [add_client(aino, hetu, phone="040 555 0101") for hetu in hetus]
    with aino.session() as session, session.begin():
        for client_id in made:
            visit = HomeVisit(client_id=client_id, visited_at=datetime(2026, 11, 3, tzinfo=UTC))
            session.add(visit)
    for push_rows in (1, 3, 7):  # every cut falls somewhere else inside the records
        assert outbox_size(aino) > push_rows
        report = aino.sync(push_rows=push_rows)
        assert report.refused == 0, report.refused_reasons
        for client_id in made:
            assert server.record("client", client_id) is not None
        with aino.session() as session, session.begin():
            for client_id in made:
                session.get_one(Client, client_id).phone = f"040 555 0{push_rows}0{push_rows}"
                session.add(
                    HomeVisit(client_id=client_id, visited_at=datetime(2026, 11, 4, tzinfo=UTC))
                )
    assert outbox_size(aino) > 0
    with aino.session() as session:
        assert sync_status(session).refused == 0


def test_a_sync_that_only_sent_moves_the_cursor_past_its_own_change(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    """Its own change is not sent back, so the next pull starts after it and asks nothing."""
    setup_team(server)
    aino = laptops("aino")
    client_id = add_client(aino)
    aino.sync()
    set_phone(aino, client_id, "040 999 8888")

    report = aino.sync()

    assert report.pushed_changes == 1
    assert report.pulled_rows == 0
    with server.session() as session:
        newest = feed_ceiling(session)
    with aino.session() as session:
        assert session.scalar(select(sync_state.c.pull_cursor)) == newest
