"""The device's own sync bookkeeping (migration 0002), as Core tables.

Kept off the domain `Base` on purpose: these are not records that sync, and nothing
here goes through change capture. The device token lives only in `sync_state`,
inside the encrypted store.
"""

from __future__ import annotations

from typing import Final, cast

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from astu_desktop.models.syncstate import OutboxChange

metadata = MetaData()

sync_state = Table(
    "sync_state",
    metadata,
    Column("singleton", Integer, primary_key=True),
    Column("server_url", Text, nullable=False),
    Column("device_token", Text, nullable=False),
    Column("user_id", String(36), nullable=False),
    Column("username", String(64), nullable=False),
    Column("role", String(20), nullable=False),
    Column("pull_cursor", Integer, nullable=False, default=0),
    Column("push_seq", Integer, nullable=False, default=0),
    Column("pending_push_seq", Integer),
    Column("pending_push_upto", Integer),
    Column("pending_access_upto", Integer),
    Column("access_log_sent_seq", Integer, nullable=False, default=0),
    Column("enrolled_at", DateTime, nullable=False),
    Column("last_attempt_at", DateTime),
    Column("last_success_at", DateTime),
    Column("last_error", String(40)),
    Column("clock_ahead_ms", Integer),
    Column("last_verified_at", DateTime),
    # The newest access-log entry the server acknowledged, migration 0011.
    Column("access_log_ack_seq", Integer),
    Column("access_log_ack_hash", String(64)),
    # Migration 0019: the protocol version the pending batch was fixed in, and the
    # version the last sync spoke (astu_protocol/versions.py).
    Column("pending_push_version", Integer),
    Column("spoken_version", Integer),
)

sync_quarantine = Table(
    "sync_quarantine",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("fields", JSON, nullable=False),
    Column("stamp", String(80), nullable=False),
    Column("reason", String(40), nullable=False),
    Column("reason_fields", JSON, nullable=False),
    Column("quarantined_at", DateTime, nullable=False),
    # The server has no such row (its creation was refused), migration 0006.
    Column("refused_new_row", Boolean, nullable=False, default=False),
    # The client's name, kept when its rows were purged (it left the scope), 0014.
    Column("client_label", Text),
    # ... and its id, for exporting or discarding that client's kept work, 0016.
    Column("client_id", String(36)),
    Index("ix_sync_quarantine_row", "table_name", "row_id"),
)

sync_conflict = Table(
    "sync_conflict",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("client_id", String(36)),
    Column("kind", String(20), nullable=False),
    Column("fields", JSON, nullable=False),
    Column("values_a", JSON, nullable=False),
    Column("values_b", JSON, nullable=False),
    Column("device_a", String(36), nullable=False),
    Column("device_b", String(36), nullable=False),
    Column("worker_a", String(36)),
    Column("worker_b", String(36)),
    Column("current", String(1), nullable=False),
    Column("status", String(10), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("resolved_at", DateTime),
    Column("resolution_pending", Boolean, nullable=False, default=False),
    Column("resolution_push_seq", Integer),
    Column("change_id", Integer, nullable=False),
    Index("ix_sync_conflict_client", "client_id"),
)

remote_apply = Table("remote_apply", metadata, Column("active", Integer, primary_key=True))

# The outbox as the sync engine reads it: the ORM's own table (models/syncstate.py), so
# its columns are declared once. `fields` and `older_stamps` are JSON text (sync/queue.py).
outbox: Final[Table] = cast(Table, OutboxChange.__table__)
