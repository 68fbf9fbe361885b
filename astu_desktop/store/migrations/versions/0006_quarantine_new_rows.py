"""quarantine: mark the refused rows the server never took

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 06:50:00

A local duplicate of a person is joined into the server's record only when the server
refused its creation (it has no such row); an edit the server refused of a row it has
must never be joined into another record. The push answer tells the two apart (an
edit's refusal carries the server's values), and this column keeps that answer.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_quarantine") as batch_op:
        batch_op.add_column(
            sa.Column("refused_new_row", sa.Boolean(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_quarantine") as batch_op:
        batch_op.drop_column("refused_new_row")
