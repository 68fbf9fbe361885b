"""scope_retirement: ended clients the user's devices no longer hold (data minimisation)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "scope_retirement",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_scope_retirement_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("user_id", "client_id", name=op.f("pk_scope_retirement")),
    )
    with op.batch_alter_table("scope_retirement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scope_retirement_client_id"), ["client_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("scope_retirement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scope_retirement_client_id"))
    op.drop_table("scope_retirement")
