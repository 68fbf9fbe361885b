"""client aliases: the ids laptops gave people the server already had

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 07:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from astu_server.models import UtcDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "client_alias",
        sa.Column("alias_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("alias_id", name=op.f("pk_client_alias")),
    )
    op.create_index(op.f("ix_client_alias_client_id"), "client_alias", ["client_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_client_alias_client_id"), table_name="client_alias")
    op.drop_table("client_alias")
