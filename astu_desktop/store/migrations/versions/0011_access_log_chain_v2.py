"""access log: seq joins the hash; the server's acknowledged head is kept

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 18:00:00

Entries written from now on hash their `seq` too (chain version 2), so a renumbered
entry breaks the chain; the entries already written keep version 1 and the hash they
were written with, and stay verifiable. `sync_state` keeps the last entry the server
acknowledged, so a local log that no longer reaches it is reported by `check`.
Plain ADD COLUMN (no table copy), so the append-only triggers stay in place.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "access_log", sa.Column("chain_version", sa.Integer(), nullable=False, server_default="1")
    )
    op.add_column("sync_state", sa.Column("access_log_ack_seq", sa.Integer(), nullable=True))
    op.add_column("sync_state", sa.Column("access_log_ack_hash", sa.String(64), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN: a batch copy of sync_state would trip the outbox trigger naming it.
    op.drop_column("sync_state", "access_log_ack_hash")
    op.drop_column("sync_state", "access_log_ack_seq")
    op.drop_column("access_log", "chain_version")
