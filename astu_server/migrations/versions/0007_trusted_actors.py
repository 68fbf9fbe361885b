"""access-log chains, integrity events, scope history and the disclosure log

Revision ID: 0007
Revises: 0002
Create Date: 2026-12-03 18:00:00

The server keeps the head of each device's access-log chain, so a gap, a fork or a
rewrite is seen; what it refuses or finds broken is an integrity event. Scope history
says which clients a user has ever held (an entry about any other client is untrue),
and the disclosure log what the server itself sent to which device.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from astu_server.models import UtcDateTime

revision: str = "0007"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = ("access_log_integrity", "disclosure")
GENESIS_HASH = "0" * 64
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("device") as batch_op:
        batch_op.add_column(
            sa.Column("access_log_seq", sa.BigInteger(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("access_log_hash", sa.String(64), nullable=False, server_default=GENESIS_HASH)
        )
        batch_op.add_column(
            sa.Column("access_log_version", sa.Integer(), nullable=False, server_default="1")
        )
    _chain_heads_from_uploaded_entries()
    op.create_table(
        "access_log_integrity",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=True),
        sa.Column("detail", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log_integrity")),
    )
    op.create_index(
        op.f("ix_access_log_integrity_device_id"), "access_log_integrity", ["device_id"]
    )
    op.create_index(
        op.f("ix_access_log_integrity_client_id"), "access_log_integrity", ["client_id"]
    )
    op.create_table(
        "scope_history",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("granted_at", UtcDateTime(), nullable=False),
        sa.Column("revoked_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scope_history")),
    )
    op.create_index("ix_scope_history_user_client", "scope_history", ["user_id", "client_id"])
    # Grants held now are history from an unknown start; so are the revoked ones.
    op.execute(
        "INSERT INTO scope_history (user_id, client_id, granted_at) "
        "SELECT user_id, client_id, '1970-01-01 00:00:00' FROM scope_grant"
    )
    op.execute(
        "INSERT INTO scope_history (user_id, client_id, granted_at, revoked_at) "
        "SELECT user_id, client_id, '1970-01-01 00:00:00', MAX(created_at) FROM scope_event "
        "WHERE kind = 'revoke' GROUP BY user_id, client_id"
    )
    op.create_table(
        "disclosure",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure")),
    )
    op.create_index(op.f("ix_disclosure_client_id"), "disclosure", ["client_id"])
    for statement in _append_only_guards(op.get_bind().dialect.name):
        op.execute(statement)


def _chain_heads_from_uploaded_entries() -> None:
    """A device that uploaded entries before this revision continues from its last one."""
    op.execute(
        "UPDATE device SET access_log_seq = COALESCE((SELECT MAX(seq) FROM device_access_log "
        "WHERE device_access_log.device_id = device.id), 0)"
    )
    op.execute(
        "UPDATE device SET access_log_hash = COALESCE((SELECT hash FROM device_access_log "
        "WHERE device_access_log.device_id = device.id "
        "AND device_access_log.seq = device.access_log_seq), access_log_hash)"
    )


def _append_only_guards(dialect: str) -> list[str]:
    """The same guards as the other logs (the function comes from revision 0001)."""
    if dialect == "postgresql":
        return [
            f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
                FOR EACH ROW EXECUTE FUNCTION astu_refuse_log_change()"""
            for table in APPEND_ONLY
        ]
    return [
        f"""CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table}
            BEGIN SELECT RAISE(ABORT, 'access logs are append-only'); END"""
        for table in APPEND_ONLY
        for verb in ("UPDATE", "DELETE")
    ]


def downgrade() -> None:
    for table in APPEND_ONLY:
        op.drop_table(table)
    op.drop_index("ix_scope_history_user_client", table_name="scope_history")
    op.drop_table("scope_history")
    with op.batch_alter_table("device") as batch_op:
        batch_op.drop_column("access_log_version")
        batch_op.drop_column("access_log_hash")
        batch_op.drop_column("access_log_seq")
