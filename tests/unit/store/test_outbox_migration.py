"""A store written when the outbox held one row per field opens with one row per record.

What was waiting to be sent before the update must still be sent after it, each field
with its own edit's stamp; and a batch already out (its answer not yet in hand) stays
a row of its own, so its answer removes exactly what it carried.
"""

from __future__ import annotations

import json

from alembic import command
from sqlalchemy import Connection, text

from astu_desktop.store import migrate
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync import capture
from tests.outboxkit import waiting_rows
from tests.support import PASSPHRASE

DEVICE = "5a1d0c1e-0000-4000-8000-000000000001"
CLIENT = "c0000000-0000-4000-8000-000000000001"
VISIT = "v0000000-0000-4000-8000-000000000001"


def stamp(wall: int) -> str:
    return f"{wall:015d}.00000.{DEVICE}"


# (seq, table, row, field, JSON value, stamp, base cursor), as 0017 wrote them.
PER_FIELD_ROWS = [
    (1, "client", CLIENT, "first_names", '"Aino"', stamp(100), 0),
    (2, "client", CLIENT, "phone", '"040 1"', stamp(100), 0),
    (3, "home_visit", VISIT, "notes", '"Ovi kiinni."', stamp(200), 4),
    (4, "client", CLIENT, "phone", '"040 2"', stamp(300), 7),
    (5, "client", CLIENT, "city", '"Helsinki"', stamp(300), 7),
    (6, "home_visit", VISIT, "notes", '"Ovi auki, kahvit."', stamp(400), 7),
]


def back_to_per_field_rows(store: CaseStore, fixed_upto: int | None) -> None:
    with store.engine.begin() as conn, capture.schema_migration(conn):
        command.downgrade(migrate.alembic_config(conn), "0017")
        conn.execute(text("DELETE FROM outbox_change"))
        for seq, table, row_id, name, value, hlc, base in PER_FIELD_ROWS:
            insert_per_field_row(conn, seq, table, row_id, name, value, hlc, base)
        if fixed_upto is not None:
            conn.execute(
                text(
                    "INSERT INTO sync_state (singleton, server_url, device_token, user_id,"
                    " username, role, pull_cursor, push_seq, access_log_sent_seq,"
                    " pending_push_seq, pending_push_upto, enrolled_at) VALUES (1, 'x', 't',"
                    " 'u', 'aino', 'field_worker', 7, 1, 0, 1, :upto, '2026-12-01 08:00:00')"
                ),
                {"upto": fixed_upto},
            )


def insert_per_field_row(conn: Connection, *values: object) -> None:
    names = ("seq", "table_name", "row_id", "field", "value", "hlc", "base_cursor")
    row = dict(zip(names, values, strict=True))
    conn.execute(
        text(
            "INSERT INTO outbox_change (seq, table_name, row_id, field, value, hlc, device_id,"
            " base_cursor) VALUES (:seq, :table_name, :row_id, :field, :value, :hlc, :device,"
            " :base_cursor)"
        ),
        {**row, "device": DEVICE},
    )


def reopened(store: CaseStore) -> CaseStore:
    store.lock()
    return CaseStore.unlock(store.paths.database, PASSPHRASE)


def test_waiting_field_edits_become_one_row_per_record(store: CaseStore) -> None:
    back_to_per_field_rows(store, fixed_upto=None)
    store = reopened(store)
    try:
        with store.session() as session:
            client, visit = sorted(waiting_rows(session), key=lambda row: row.table_name)
    finally:
        store.lock()
    assert (client.table_name, client.row_id) == ("client", CLIENT)
    assert client.fields == {"first_names": "Aino", "phone": "040 2", "city": "Helsinki"}
    assert (client.stamp_of("first_names"), client.stamp_of("phone")) == (stamp(100), stamp(300))
    assert client.stamp_of("city") == stamp(300)
    assert (visit.row_id, visit.fields, visit.stamp) == (
        VISIT,
        {"notes": "Ovi auki, kahvit."},
        stamp(400),
    )


def test_a_batch_already_out_stays_apart_from_what_came_after(store: CaseStore) -> None:
    back_to_per_field_rows(store, fixed_upto=3)
    store = reopened(store)
    try:
        with store.session() as session:
            rows = waiting_rows(session)
            query = text("SELECT seq, base_cursor FROM outbox_change")
            base_cursors = {seq: base for seq, base in session.execute(query)}
            fixed_upto = session.scalar(text("SELECT pending_push_upto FROM sync_state"))
    finally:
        store.lock()
    in_batch = [(row.row_id, row.fields) for row in rows if row.seq <= fixed_upto]
    after = [(row.row_id, row.fields) for row in rows if row.seq > fixed_upto]
    assert sorted(in_batch) == sorted(
        [(CLIENT, {"first_names": "Aino", "phone": "040 1"}), (VISIT, {"notes": "Ovi kiinni."})]
    )
    assert sorted(after) == sorted(
        [(CLIENT, {"phone": "040 2", "city": "Helsinki"}), (VISIT, {"notes": "Ovi auki, kahvit."})]
    )
    assert sorted(base_cursors.values()) == [0, 4, 7, 7]


def test_the_migration_keeps_values_as_typed(store: CaseStore) -> None:
    back_to_per_field_rows(store, fixed_upto=None)
    store = reopened(store)
    try:
        with store.session() as session:
            texts = list(session.scalars(text("SELECT fields FROM outbox_change")))
    finally:
        store.lock()
    assert any("Ovi auki, kahvit." in value for value in texts)  # not \\u-escaped
    assert all(isinstance(json.loads(value), dict) for value in texts)
