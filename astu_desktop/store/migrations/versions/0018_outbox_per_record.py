"""outbox_change: one row per changed record instead of one per changed field

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 06:30:00

A seeded 10,000-client store held 1.9 million outbox rows, each repeating the table,
the record's id, the stamp and the device's id beside one field's value. The outbox
now keeps a record's changed fields as one JSON object (`fields`), the newest stamp
(`hlc`) and the stamps of fields edited earlier than it (`older_stamps`). Waiting
rows are folded together here as the sync engine would have sent them, except that
rows inside a push batch already fixed (its answer not yet in hand) stay apart from
later ones, so the answer removes exactly what the batch carried.
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BASE_CURSOR_TRIGGER = """
CREATE TRIGGER outbox_change_base_cursor AFTER INSERT ON outbox_change
WHEN EXISTS (SELECT 1 FROM sync_state WHERE pull_cursor > 0)
BEGIN
    UPDATE outbox_change SET base_cursor = (SELECT pull_cursor FROM sync_state)
    WHERE seq = NEW.seq;
END
"""

NEW_TABLE = """
CREATE TABLE outbox_change_new (
    seq INTEGER NOT NULL PRIMARY KEY,
    table_name VARCHAR(64) NOT NULL,
    row_id VARCHAR(36) NOT NULL,
    fields TEXT NOT NULL,
    hlc VARCHAR(64) NOT NULL,
    older_stamps TEXT,
    device_id VARCHAR(36) NOT NULL,
    base_cursor INTEGER NOT NULL DEFAULT '0'
)
"""


def _order(stamp: str) -> tuple[int, int, str]:
    wall, counter, device = stamp.split(".", 2)
    return int(wall), int(counter), device


def _fold(rows: Sequence[Any]) -> dict[str, Any]:
    """One record's rows (in outbox order) as one row: each field's newest edit."""
    values: dict[str, Any] = {}
    stamps: dict[str, str] = {}
    for row in rows:
        held = stamps.get(row.field)
        if held is not None and _order(held) > _order(row.hlc):
            continue
        values[row.field] = json.loads(row.value)
        stamps[row.field] = row.hlc
    newest = max(stamps.values(), key=_order)
    older = {name: stamp for name, stamp in stamps.items() if stamp != newest}
    return {
        "seq": rows[-1].seq, "table_name": rows[0].table_name, "row_id": rows[0].row_id,
        "fields": json.dumps(values, ensure_ascii=False, separators=(",", ":")),
        "hlc": newest, "older_stamps": json.dumps(older) if older else None,
        "device_id": rows[-1].device_id, "base_cursor": min(row.base_cursor for row in rows),
    }  # fmt: skip


def _swap_in(conn: sa.Connection, new_table: str) -> None:
    """`new_table` becomes the outbox, with its index and base-cursor trigger."""
    conn.execute(sa.text("DROP TRIGGER IF EXISTS outbox_change_base_cursor"))
    conn.execute(sa.text("DROP INDEX IF EXISTS ix_outbox_change_record"))
    conn.execute(sa.text("DROP TABLE outbox_change"))
    conn.execute(sa.text(f"ALTER TABLE {new_table} RENAME TO outbox_change"))
    conn.execute(
        sa.text("CREATE INDEX ix_outbox_change_record ON outbox_change (table_name, row_id)")
    )
    conn.execute(sa.text(BASE_CURSOR_TRIGGER))


def upgrade() -> None:
    conn = op.get_bind()
    fixed_upto = conn.scalar(sa.text("SELECT pending_push_upto FROM sync_state")) or 0
    groups: dict[tuple[str, str, bool], list[Any]] = {}
    query = sa.text(
        "SELECT seq, table_name, row_id, field, value, hlc, device_id, base_cursor"
        " FROM outbox_change ORDER BY seq"
    )
    for row in conn.execute(query):
        groups.setdefault((row.table_name, row.row_id, row.seq <= fixed_upto), []).append(row)
    conn.execute(sa.text(NEW_TABLE))
    folded = sorted((_fold(rows) for rows in groups.values()), key=lambda row: row["seq"])
    insert = sa.text(
        "INSERT INTO outbox_change_new (seq, table_name, row_id, fields, hlc, older_stamps,"
        " device_id, base_cursor) VALUES (:seq, :table_name, :row_id, :fields, :hlc,"
        " :older_stamps, :device_id, :base_cursor)"
    )
    for start in range(0, len(folded), 1000):
        conn.execute(insert, folded[start : start + 1000])
    _swap_in(conn, "outbox_change_new")


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "CREATE TABLE outbox_change_old (seq INTEGER NOT NULL PRIMARY KEY,"
            " table_name VARCHAR(64) NOT NULL, row_id VARCHAR(36) NOT NULL,"
            " field VARCHAR(64) NOT NULL, value TEXT NOT NULL, hlc VARCHAR(64) NOT NULL,"
            " device_id VARCHAR(36) NOT NULL, base_cursor INTEGER NOT NULL DEFAULT '0')"
        )
    )
    rows = conn.execute(
        sa.text(
            "SELECT table_name, row_id, fields, hlc, older_stamps, device_id, base_cursor"
            " FROM outbox_change ORDER BY seq"
        )
    ).all()
    unfolded = []
    for row in rows:
        older = json.loads(row.older_stamps) if row.older_stamps else {}
        for name, value in json.loads(row.fields).items():
            unfolded.append(
                {"table_name": row.table_name, "row_id": row.row_id, "field": name,
                 "value": json.dumps(value, ensure_ascii=False),
                 "hlc": older.get(name, row.hlc), "device_id": row.device_id,
                 "base_cursor": row.base_cursor}
            )  # fmt: skip
    if unfolded:
        conn.execute(
            sa.text(
                "INSERT INTO outbox_change_old (table_name, row_id, field, value, hlc,"
                " device_id, base_cursor) VALUES (:table_name, :row_id, :field, :value,"
                " :hlc, :device_id, :base_cursor)"
            ),
            unfolded,
        )
    _swap_in(conn, "outbox_change_old")
