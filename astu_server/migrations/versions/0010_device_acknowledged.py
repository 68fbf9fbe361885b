"""what the server acknowledged per device: the push batch's content, its newest stamp,
the pull cursor the device last said it had applied

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 17:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_push_digest", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("last_stamp", sa.String(length=80), nullable=True))
        batch_op.add_column(
            sa.Column("pull_cursor", sa.BigInteger(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_column("pull_cursor")
        batch_op.drop_column("last_stamp")
        batch_op.drop_column("last_push_digest")
