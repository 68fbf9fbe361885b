"""Change capture: every saved field change, and nothing else, waits in the outbox.

What the server receives is what a worker changed; a write that would bypass the
outbox must fail loudly instead of leaving the server silently behind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from astu_desktop.models import AccessLogEntry, Client, DeviceState, HomeVisit, OutboxChange
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync import capture, queue
from astu_desktop.sync.capture import HardDeleteForbidden, UncapturedWrite
from astu_desktop.sync.outbox import compact
from astu_protocol import hlc
from astu_protocol.codes import AccessAction, AccessOutcome
from tests.outboxkit import WaitingRow, edits_since, waiting_rows
from tests.support import PASSPHRASE

HETU = "131052-308T"


def add_client(store: CaseStore, **fields: object) -> Client:
    with store.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu=HETU, **fields)
        session.add(client)
    return client


def outbox(store: CaseStore) -> list[WaitingRow]:
    with store.session() as session:
        return waiting_rows(session)


def outbox_count(store: CaseStore) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(OutboxChange)) or 0


def clock_state(store: CaseStore) -> tuple[int, int]:
    with store.session() as session:
        device = session.scalars(select(DeviceState)).one()
        return device.hlc_wall_ms, device.hlc_counter


def test_insert_captures_exactly_the_fields_that_have_values(store: CaseStore) -> None:
    client = add_client(store, phone="040 123 4567")
    (row,) = outbox(store)
    assert (row.table_name, row.row_id) == ("client", client.id)
    assert row.fields == {
        "first_names": "Aino",
        "last_name": "Virtanen",
        "hetu": HETU,
        "birth_date": "1952-10-13",  # derived from the code
        "sex": "female",
        "phone": "040 123 4567",
        "languages": [],  # column defaults are part of the record the server gets
        "needs_interpreter": False,
    }
    assert row.older_stamps == {}  # one flush, one stamp


def raw_outbox(store: CaseStore) -> list[dict[str, object]]:
    """The outbox rows as stored: what the laptop's disk holds for them."""
    with store.session() as session:
        rows = session.execute(select(OutboxChange.__table__).order_by(OutboxChange.seq))
        return [dict(row) for row in rows.mappings()]


def batch_fields(store: CaseStore) -> dict[str, dict[str, object]]:
    """What the next push would carry, per record."""
    with store.session() as session:
        rows = session.execute(select(OutboxChange.__table__)).mappings()
        changes = compact(session, queue.read(session.connection(), rows))
    return {row_id: change.fields for (_table, row_id), change in changes.items()}


def test_a_new_record_waits_by_reference_and_its_values_are_stored_once(
    store: CaseStore,
) -> None:
    client = add_client(store)
    notes = "Pitkä muistiinpano. " * 300  # 6,000 characters
    with store.session() as session, session.begin():
        visit = HomeVisit(
            client_id=client.id, visited_at=datetime(2026, 12, 7, 9, 30, tzinfo=UTC), notes=notes
        )
        session.add(visit)
    stored = raw_outbox(store)
    assert [(row["row_id"], row["fields"]) for row in stored] == [
        (client.id, "{}"),
        (visit.id, "{}"),
    ]
    assert all(row["created_stamp"] == row["hlc"] for row in stored)
    assert sum(len(str(value)) for value in stored[1].values()) < 300  # not 6,000 again
    sent = batch_fields(store)[visit.id]
    assert sent["notes"] == notes
    assert sent["visited_at"] == "2026-12-07T09:30:00+00:00"
    assert sent["client_id"] == client.id


def test_an_edit_of_a_new_record_is_copied_alone_with_its_own_stamp(store: CaseStore) -> None:
    client = add_client(store, phone="040 123 4567")
    with store.session() as session, session.begin():
        session.get_one(Client, client.id).phone = "050 765 4321"
    (row,) = raw_outbox(store)
    assert row["fields"] == '{"phone":"050 765 4321"}'
    assert row["created_stamp"] is not None
    assert row["created_stamp"] != row["hlc"]
    assert batch_fields(store)[client.id] == {
        "first_names": "Aino", "last_name": "Virtanen", "hetu": HETU,
        "birth_date": "1952-10-13", "sex": "female", "phone": "050 765 4321",
        "languages": [], "needs_interpreter": False,
    }  # fmt: skip
    (waiting,) = outbox(store)
    assert waiting.stamp_of("phone") == row["hlc"]
    assert waiting.stamp_of("last_name") == row["created_stamp"]


def test_update_of_two_fields_captures_those_two_only(store: CaseStore) -> None:
    client = add_client(store, phone="040 123 4567")
    before = outbox(store)
    with store.session() as session, session.begin():
        stored = session.get_one(Client, client.id)
        stored.phone = "050 765 4321"
        stored.city = "Helsinki"
        stored.last_name = "Virtanen"  # same value: not a change
    after = outbox(store)
    assert edits_since(before, after) == {"phone": "050 765 4321", "city": "Helsinki"}
    assert [row.row_id for row in after] == [client.id]  # unsent: one row for the record


def test_assigning_the_same_values_captures_nothing(store: CaseStore) -> None:
    client = add_client(store, phone="040 123 4567")
    before, clock_before = outbox_count(store), clock_state(store)
    with store.session() as session, session.begin():
        stored = session.get_one(Client, client.id)
        stored.phone = "040 123 4567"
        stored.first_names = "Aino"
    assert outbox_count(store) == before
    assert clock_state(store) == clock_before


def test_rolled_back_transaction_leaves_no_outbox_rows(store: CaseStore) -> None:
    client = add_client(store)
    before, clock_before = outbox_count(store), clock_state(store)
    with store.session() as session:
        session.begin()
        session.get_one(Client, client.id).phone = "050 765 4321"
        session.add(HomeVisit(client_id=client.id, visited_at=datetime.now(UTC), notes="x"))
        session.flush()
        # The client's row took the phone in, the visit has a row of its own.
        assert session.scalar(select(func.count()).select_from(OutboxChange)) == before + 1
        session.rollback()
    assert outbox_count(store) == before
    assert clock_state(store) == clock_before
    with store.session() as session:
        assert session.get_one(Client, client.id).phone is None
        assert session.scalars(select(HomeVisit)).all() == []


def test_tombstone_is_captured(store: CaseStore) -> None:
    client = add_client(store)
    before = outbox(store)
    deleted_at = datetime(2026, 3, 4, 10, 30, tzinfo=UTC)
    with store.session() as session, session.begin():
        session.get_one(Client, client.id).deleted_at = deleted_at
    assert edits_since(before, outbox(store)) == {"deleted_at": deleted_at.isoformat()}


def test_hard_delete_is_refused_and_the_record_kept(store: CaseStore) -> None:
    client = add_client(store)
    before = outbox_count(store)
    with pytest.raises(HardDeleteForbidden), store.session() as session, session.begin():
        session.delete(session.get_one(Client, client.id))
    with store.session() as session:
        assert session.get(Client, client.id) is not None
    assert outbox_count(store) == before


UNCAPTURED_WRITES: dict[str, Callable[[str], Executable]] = {
    "orm bulk update": lambda row_id: update(Client).where(Client.id == row_id).values(phone="1"),
    "orm bulk delete": lambda row_id: delete(Client).where(Client.id == row_id),
    "core insert": lambda _: insert(Client).values(
        id="x",
        first_names="Eino",
        last_name="Esimerkki",
        hetu="010594-9032",
        birth_date=date(1994, 5, 1),
        sex="male",
        languages=[],
        needs_interpreter=False,
        created_at=datetime.now(UTC),
        updated_at=datetime.now(UTC),
    ),
    "raw update": lambda _: text("UPDATE client SET phone = '1'"),
    "raw update, quoted lower case": lambda _: text("update \"client\" set phone = '1'"),
    "raw delete": lambda _: text("DELETE FROM client"),
    "raw insert or replace": lambda _: text(
        "INSERT OR REPLACE INTO home_visit (id, client_id) VALUES ('x', 'y')"
    ),
}


@pytest.mark.parametrize("write", UNCAPTURED_WRITES)
def test_writes_around_capture_are_refused_and_change_nothing(store: CaseStore, write: str) -> None:
    client = add_client(store, phone="040 123 4567")
    before = outbox_count(store)
    with pytest.raises(UncapturedWrite), store.session() as session, session.begin():
        session.execute(UNCAPTURED_WRITES[write](client.id))
    with store.session() as session:
        assert session.scalars(select(Client.phone)).all() == ["040 123 4567"]
        assert session.scalars(select(HomeVisit)).all() == []
    assert outbox_count(store) == before


def test_failed_flush_in_a_savepoint_does_not_open_the_guard(store: CaseStore) -> None:
    add_client(store, phone="040 123 4567")
    with store.session() as session, session.begin():
        with pytest.raises(IntegrityError), session.begin_nested():
            session.add(Client(first_names="Toinen", last_name="Henkilö", hetu=HETU))
        with pytest.raises(UncapturedWrite):
            session.execute(update(Client).values(phone="1"))
    with store.session() as session:
        assert session.scalars(select(Client.phone)).all() == ["040 123 4567"]


def test_a_change_applied_to_a_record_not_yet_sent_is_not_sent_as_the_workers(
    store: CaseStore,
) -> None:
    client = add_client(store, phone="040 123 4567")
    (before,) = outbox(store)
    with store.session() as session, session.begin(), capture.applying_remote(session):
        session.get_one(Client, client.id).phone = "050 765 4321"
    (after,) = outbox(store)
    assert after.fields == before.fields  # what the worker saved, "040 123 4567"
    assert after.fields["phone"] == "040 123 4567"
    assert {name: after.stamp_of(name) for name in after.fields} == {
        name: before.stamp_of(name) for name in before.fields
    }


def test_changes_applied_from_the_server_are_not_echoed_back(store: CaseStore) -> None:
    client = add_client(store)
    with store.session() as session, session.begin():
        session.execute(delete(OutboxChange))  # sent: the server has the client now
    with store.session() as session, session.begin(), capture.applying_remote(session):
        session.get_one(Client, client.id).phone = "050 765 4321"
    assert outbox(store) == []
    with store.session() as session, session.begin():
        session.get_one(Client, client.id).city = "Espoo"
    assert [row.fields for row in outbox(store)] == [{"city": "Espoo"}]


def commit_one_change(store: CaseStore, client_id: str, value: str) -> str:
    with store.session() as session, session.begin():
        session.get_one(Client, client_id).phone = value
    return outbox(store)[-1].stamp


def test_stamps_increase_even_when_the_wall_clock_goes_backwards(store: CaseStore) -> None:
    client = add_client(store)
    now = hlc.wall_clock_ms() + 60_000
    readings = iter([now, now, now - 3_600_000, 1_000, now + 1, now + 1, 2_000])
    capture.set_wall_clock(store.engine, lambda: next(readings))
    stamps = [commit_one_change(store, client.id, f"040 {n}") for n in range(7)]
    decoded = [hlc.Stamp.decode(stamp) for stamp in stamps]
    assert stamps == sorted(set(stamps))
    assert decoded == sorted(set(decoded))
    assert [stamp.wall_ms for stamp in decoded] == [now] * 4 + [now + 1] * 3


def test_stamps_keep_increasing_after_the_store_is_reopened(store: CaseStore) -> None:
    client = add_client(store)
    capture.set_wall_clock(store.engine, lambda: hlc.wall_clock_ms() + 3_600_000)
    before = commit_one_change(store, client.id, "040 1")
    store.lock()
    reopened = CaseStore.unlock(store.paths.database, PASSPHRASE)
    try:
        capture.set_wall_clock(reopened.engine, lambda: 1_000)
        after = commit_one_change(reopened, client.id, "040 2")
    finally:
        reopened.lock()
    assert after > before


def add_access_entry(session: Session) -> AccessLogEntry:
    device = session.scalars(select(DeviceState)).one()
    entry = AccessLogEntry(
        at=datetime.now(UTC), device_id=device.device_id, client_id=None,
        action=AccessAction.SEARCH, outcome=AccessOutcome.OK, prev_hash="0" * 64, hash="h",
    )  # fmt: skip
    session.add(entry)
    return entry


@pytest.mark.parametrize(
    "statement",
    [
        update(AccessLogEntry).values(target="edited"),
        delete(AccessLogEntry),
        text("UPDATE access_log SET outcome = 'denied'"),
        text("DELETE FROM access_log"),
    ],
)
def test_access_log_refuses_update_and_delete(store: CaseStore, statement: Executable) -> None:
    with store.session() as session, session.begin():
        add_access_entry(session)
    with (
        pytest.raises(IntegrityError, match="append-only"),
        store.session() as session,
        session.begin(),
    ):
        session.execute(statement)
    with store.session() as session:
        entries = session.scalars(select(AccessLogEntry)).all()
    assert [(entry.target, entry.outcome) for entry in entries] == [(None, AccessOutcome.OK)]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE main.client SET phone = '1'",
        'UPDATE "main"."client" SET phone = \'1\'',
        "/* harmless */ UPDATE client SET phone = '1'",
        "WITH x AS (SELECT 1) UPDATE client SET phone = '1'",
        "INSERT OR REPLACE INTO client (id) VALUES ('x')",
        "DELETE FROM home_visit",
    ],
)
def test_disguised_raw_writes_are_refused(store: CaseStore, statement: str) -> None:
    with store.session() as session, session.begin(), pytest.raises(UncapturedWrite):
        session.execute(text(statement))
