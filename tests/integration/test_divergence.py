"""A sync never silently diverges: paging, content checks, reused sequences, restored
stores, reassignment with unsent edits, and clock jumps (issue 15), against the real
server with two or three laptops."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update

from astu_desktop.models import Client, ContactPerson
from astu_desktop.models.base import utcnow
from astu_desktop.services import sync_work
from astu_desktop.services.enrolment import sync_status
from astu_desktop.sync import capture
from astu_desktop.sync.localstate import outbox
from astu_protocol import hlc
from astu_protocol.messages import CLOCK_SKEW_LIMIT_MS, Outcome, PushRequest, RowChange
from astu_server.models import Device, Record
from tests.integration.serverkit import Laptop, LiveServer, copy_of_files, put_back
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


def delete_contact(laptop: Laptop, contact_id: str) -> None:
    with laptop.session() as session, session.begin():
        session.get_one(ContactPerson, contact_id).deleted_at = utcnow()


def contact_deleted(laptop: Laptop, contact_id: str) -> bool:
    with laptop.session() as session:
        return session.get_one(ContactPerson, contact_id).deleted_at is not None


def test_a_store_put_back_from_an_older_copy_neither_reverts_nor_loses_work(
    server: LiveServer, laptops: Callable[[str], Laptop], tmp_path: Path
) -> None:
    setup_team(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = co_worked_client(server, aino, bertta)
    [contact_id] = add_contacts(aino, client_id, 1)
    aino.sync()
    set_phone(aino, client_id, "040 1")  # unsent when the copy is taken
    copy = copy_of_files(aino, tmp_path / "backup")
    aino.sync()  # "040 1" reaches the server
    set_phone(aino, client_id, "040 2")
    aino.sync()
    delete_contact(aino, contact_id)
    aino.sync()

    put_back(aino, copy)  # the copy still holds "040 1" unsent and the contact alive
    set_city(aino, client_id, "Espoo")  # truly unsent: made after the copy came back
    report = aino.sync()

    assert server.record("client", client_id)["phone"] == "040 2"  # not back to "040 1"
    assert server.record("client", client_id)["city"] == "Espoo"
    assert client_values(aino, client_id) == ("Espoo", "040 2")
    assert contact_deleted(aino, contact_id)  # the deleted contact stays deleted
    assert report.conflicts_on_push == 0
    assert report.restored
    assert not aino.sync().restored  # told once; the next sync is an ordinary one
    bertta.sync()
    assert client_values(bertta, client_id) == ("Espoo", "040 2")
    assert contact_deleted(bertta, contact_id)


def set_contact(laptop: Laptop, contact_id: str, **values: str) -> None:
    with laptop.session() as session, session.begin():
        contact = session.get_one(ContactPerson, contact_id)
        for name, value in values.items():
            setattr(contact, name, value)


def contact_values(laptop: Laptop, contact_id: str) -> tuple[str, str | None]:
    with laptop.session() as session:
        contact = session.get_one(ContactPerson, contact_id)
        return contact.name, contact.relation


def test_a_record_new_in_the_copy_and_edited_elsewhere_since_is_not_sent_again_whole(
    server: LiveServer, laptops: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The copy holds the contact as created and not yet sent (queued by reference to
    the record); after the copy it reached the server and a co-worker corrected it.
    Put back, only what was typed after the copy came back may go: the co-worker's
    correction stays, everywhere."""
    setup_team(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = co_worked_client(server, aino, bertta)
    [contact_id] = add_contacts(aino, client_id, 1)
    copy = copy_of_files(aino, tmp_path / "backup")
    aino.sync()
    bertta.sync()
    set_contact(bertta, contact_id, relation="veli")
    bertta.sync()

    put_back(aino, copy)
    set_contact(aino, contact_id, name="Omainen Uusi")
    report = aino.sync()

    assert report.restored
    assert (server.record("contact_person", contact_id)["name"]) == "Omainen Uusi"
    assert server.record("contact_person", contact_id)["relation"] == "veli"
    assert contact_values(aino, contact_id) == ("Omainen Uusi", "veli")
    bertta.sync()
    assert contact_values(bertta, contact_id) == ("Omainen Uusi", "veli")


def test_a_reused_push_sequence_with_other_content_is_not_answered_from_the_cache(
    server: LiveServer, laptops: Callable[[str], Laptop], tmp_path: Path
) -> None:
    setup_team(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = co_worked_client(server, aino, bertta)
    set_phone(aino, client_id, "040 1")
    copy = copy_of_files(aino, tmp_path / "backup")
    aino.sync()  # one batch after the copy: the copy's next sequence is this one's

    put_back(aino, copy)
    set_city(aino, client_id, "Espoo")  # the same sequence now carries more
    report = aino.sync()

    assert server.record("client", client_id)["city"] == "Espoo"  # not "marked sent" and lost
    assert server.record("client", client_id)["phone"] == "040 1"
    assert report.restored
    bertta.sync()
    assert client_values(bertta, client_id) == ("Espoo", "040 1")


def test_a_restored_store_with_nothing_unsent_is_caught_at_the_pull(
    server: LiveServer, laptops: Callable[[str], Laptop], tmp_path: Path
) -> None:
    setup_team(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = co_worked_client(server, aino, bertta)
    [contact_id] = add_contacts(aino, client_id, 1)
    aino.sync()
    copy = copy_of_files(aino, tmp_path / "backup")
    delete_contact(aino, contact_id)
    aino.sync()
    set_city(bertta, client_id, "Vantaa")
    bertta.sync()
    aino.sync()  # the cursor moves past both

    put_back(aino, copy)  # nothing unsent: only the pull cursor is behind the server's
    report = aino.sync()

    assert contact_deleted(aino, contact_id)
    assert client_values(aino, client_id) == ("Vantaa", None)
    assert report.restored


def test_a_change_already_applied_is_recognised_by_its_row_and_stamp(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    setup_team(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = co_worked_client(server, aino, bertta)
    set_phone(aino, client_id, "040 1")
    aino.sync()
    first_stamp = server_meta(server, client_id, "phone")[0]
    set_phone(aino, client_id, "040 2")
    aino.sync()

    # The first change again, under a fresh sequence (a copy delayed in the network, or
    # an old store's outbox): the server has it and a newer one of the same device.
    again = RowChange(
        table="client", row_id=client_id, fields={"phone": "040 1"}, stamp=first_stamp,
        base_cursor=0,
    )  # fmt: skip
    with aino.client() as http:
        response = http.push(PushRequest(seq=device_push_seq(server, aino) + 1, changes=[again]))

    assert [r.outcome for r in response.results] == [Outcome.UNCHANGED]
    assert server.record("client", client_id)["phone"] == "040 2"


def server_meta(server: LiveServer, client_id: str, name: str) -> list[object]:
    with server.session() as session:
        return list(session.get_one(Record, ("client", client_id)).field_meta[name])


def device_push_seq(server: LiveServer, laptop: Laptop) -> int:
    with server.session() as session:
        return session.get_one(Device, laptop.device_id).last_push_seq


def test_work_refused_because_the_client_left_the_scope_is_kept_not_purged(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    setup_team(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = add_client(aino)
    aino.sync()
    server.assign(client_id, "bertta")  # reassigned while aino works offline
    set_phone(aino, client_id, "040 9")
    add_contacts(aino, client_id, 1)

    report = aino.sync()

    assert client_id not in aino.client_ids()  # the client left: its rows went
    assert report.refused == 2
    assert report.kept_from_purged == 2
    rows = sync_work.refused_rows(aino.store)
    assert [(r.table, r.reason, r.client_name) for r in rows] == [
        ("client", "left_scope", "Virtanen, Aino"),
        ("contact_person", "left_scope", "Virtanen, Aino"),
    ]
    assert aino.sync().refused == 0
    assert len(sync_work.refused_rows(aino.store)) == 2  # until a person decides
    bertta.sync()
    assert client_id in bertta.client_ids()  # the new worker has the client


YEAR_MS = 365 * 24 * 3600 * 1000


def test_stamps_and_the_warning_return_to_real_time_when_the_clock_is_corrected(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    setup_team(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = co_worked_client(server, aino, bertta)
    year_ahead = lambda: hlc.wall_clock_ms() + YEAR_MS  # noqa: E731
    capture.set_wall_clock(aino.store.engine, year_ahead)
    set_phone(aino, client_id, "040 1")
    ahead = aino.sync(wall_clock=year_ahead)
    assert ahead.clock_ahead_ms is not None
    assert ahead.clock_ahead_ms > YEAR_MS // 2
    with aino.session() as session:
        assert sync_status(session).clock_ahead_ms == ahead.clock_ahead_ms

    capture.set_wall_clock(aino.store.engine, hlc.wall_clock_ms)  # the clock is corrected
    corrected = aino.sync()
    assert corrected.clock_ahead_ms is None
    with aino.session() as session:
        assert sync_status(session).clock_ahead_ms is None  # the warning goes
    set_phone(aino, client_id, "040 2")
    stamp = hlc.Stamp.decode(outbox_stamps(aino)[-1])
    assert stamp.wall_ms <= hlc.wall_clock_ms() + CLOCK_SKEW_LIMIT_MS  # real time again
    aino.sync()
    set_phone(bertta, client_id, "050 3")  # a real later edit, after seeing aino's
    bertta.sync()
    aino.sync()
    assert client_values(aino, client_id)[1] == "050 3"
    assert server.record("client", client_id)["phone"] == "050 3"


def outbox_stamps(laptop: Laptop) -> list[str]:
    with laptop.session() as session:
        return list(session.scalars(select(outbox.c.hlc).order_by(outbox.c.seq)))


def test_the_scope_check_finds_a_row_with_an_old_value_and_downloads_only_it(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    setup_team(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = co_worked_client(server, aino, bertta)
    co_worked_client(server, aino, bertta, OTHER_HETU)
    set_city(bertta, client_id, "Vantaa")
    bertta.sync()
    aino.sync()
    assert client_values(aino, client_id) == ("Vantaa", None)
    # The row falls back to an old value without a trace (what a skipped page did):
    # the same rows are there, only a value differs.
    with aino.session() as session, session.begin(), capture.applying_remote(session):
        table = Client.__table__
        session.execute(update(table).where(table.c.id == client_id).values(city="Helsinki"))

    report = aino.sync(verify_every=timedelta(0))

    assert report.verified is False
    assert report.repaired_rows == 1  # that row, not the whole scope
    assert report.pulled_rows == 0
    assert client_values(aino, client_id) == ("Vantaa", None)
    assert aino.sync(verify_every=timedelta(0)).verified is True
