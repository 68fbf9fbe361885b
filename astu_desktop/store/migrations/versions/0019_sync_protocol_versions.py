"""sync_state: the protocol version a pending push batch was fixed in, and the last spoken

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 11:00:00

A laptop a version ahead of its server leaves what the server does not know out of a
push batch. A batch sent again after a lost answer must be built as it was the first
time, even if the server was updated meanwhile (`pending_push_version`); and a store
recovering from a restore must not take a held-back edit for one the server has
(`spoken_version`, the version of the last sync: when it rises, the scope is
downloaded again, so the fields and conflicts the old version left out arrive).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sync_state", sa.Column("pending_push_version", sa.Integer(), nullable=True))
    op.add_column("sync_state", sa.Column("spoken_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN: a copy of the table would break the outbox trigger reading it.
    op.drop_column("sync_state", "spoken_version")
    op.drop_column("sync_state", "pending_push_version")
