"""sync state: enrolment, cursors, quarantine, conflicts; outbox base cursor

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each outbox row remembers the pull cursor of the moment it was written: the server
# tells concurrent edits from later ones by it. Stores that never synced skip the work.
BASE_CURSOR_TRIGGER = """
CREATE TRIGGER outbox_change_base_cursor AFTER INSERT ON outbox_change
WHEN EXISTS (SELECT 1 FROM sync_state WHERE pull_cursor > 0)
BEGIN
    UPDATE outbox_change SET base_cursor = (SELECT pull_cursor FROM sync_state)
    WHERE seq = NEW.seq;
END
"""

# The signed-document guards of 0001, with one exception: while the sync engine
# applies the server's state (and holds the `remote_apply` row inside its own
# transaction), the server's version of a signed document replaces a local one, and a
# client who left this device's scope is purged with its signed documents.
FROZEN = """
CREATE TRIGGER signed_document_frozen BEFORE UPDATE ON form_document
WHEN OLD.status = 'signed' {exception}
BEGIN SELECT RAISE(ABORT, 'signed documents are immutable'); END
"""
KEPT = """
CREATE TRIGGER signed_document_kept BEFORE DELETE ON form_document
WHEN OLD.status = 'signed' {exception}
BEGIN SELECT RAISE(ABORT, 'signed documents are immutable'); END
"""
EXCEPTION = "AND NOT EXISTS (SELECT 1 FROM remote_apply)"


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("singleton", sa.Integer(), nullable=False),
        sa.Column("server_url", sa.Text(), nullable=False),
        sa.Column("device_token", sa.Text(), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("pull_cursor", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("push_seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("pending_push_seq", sa.Integer(), nullable=True),
        sa.Column("pending_push_upto", sa.Integer(), nullable=True),
        sa.Column("pending_access_upto", sa.Integer(), nullable=True),
        sa.Column("access_log_sent_seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_success_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=40), nullable=True),
        sa.Column("clock_ahead_ms", sa.Integer(), nullable=True),
        sa.Column("last_verified_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("singleton", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_quarantine",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("stamp", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("reason_fields", sa.JSON(), nullable=False),
        sa.Column("quarantined_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_quarantine")),
    )
    op.create_index("ix_sync_quarantine_row", "sync_quarantine", ["table_name", "row_id"])
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("values_a", sa.JSON(), nullable=False),
        sa.Column("values_b", sa.JSON(), nullable=False),
        sa.Column("device_a", sa.String(length=36), nullable=False),
        sa.Column("device_b", sa.String(length=36), nullable=False),
        sa.Column("worker_a", sa.String(length=36), nullable=True),
        sa.Column("worker_b", sa.String(length=36), nullable=True),
        sa.Column("current", sa.String(length=1), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution_pending", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("resolution_push_seq", sa.Integer(), nullable=True),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_client", "sync_conflict", ["client_id"])
    op.create_table(
        "remote_apply",
        sa.Column("active", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("active", name=op.f("pk_remote_apply")),
    )
    with op.batch_alter_table("outbox_change") as batch_op:
        batch_op.add_column(
            sa.Column("base_cursor", sa.Integer(), nullable=False, server_default="0")
        )
    op.execute(BASE_CURSOR_TRIGGER)
    _replace_document_guards(EXCEPTION)


def downgrade() -> None:
    _replace_document_guards("")
    op.execute("DROP TRIGGER IF EXISTS outbox_change_base_cursor")
    with op.batch_alter_table("outbox_change") as batch_op:
        batch_op.drop_column("base_cursor")
    op.drop_table("remote_apply")
    op.drop_index("ix_sync_conflict_client", "sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_index("ix_sync_quarantine_row", "sync_quarantine")
    op.drop_table("sync_quarantine")
    op.drop_table("sync_state")


def _replace_document_guards(exception: str) -> None:
    op.execute("DROP TRIGGER IF EXISTS signed_document_frozen")
    op.execute("DROP TRIGGER IF EXISTS signed_document_kept")
    op.execute(FROZEN.format(exception=exception))
    op.execute(KEPT.format(exception=exception))
