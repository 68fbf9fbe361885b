"""device trust: one-time enrolment codes, token rotation

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-03 17:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from astu_server.models import UtcDateTime

revision: str = "0009"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "enrolment_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
        sa.Column("used_at", UtcDateTime(), nullable=True),
        sa.Column("password_attempts", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_enrolment_code_user_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_enrolment_code")),
    )
    op.create_index(op.f("ix_enrolment_code_user_id"), "enrolment_code", ["user_id"])
    # Plain ADD COLUMN (no table rebuild on SQLite: other tables refer to device).
    op.add_column("device", sa.Column("token_issued_at", UtcDateTime(), nullable=True))
    op.add_column("device", sa.Column("pending_token_hash", sa.String(length=64), nullable=True))
    op.create_index(
        op.f("uq_device_pending_token_hash"), "device", ["pending_token_hash"], unique=True
    )


def downgrade() -> None:
    op.drop_index(op.f("uq_device_pending_token_hash"), table_name="device")
    with op.batch_alter_table("device") as batch:
        batch.drop_column("pending_token_hash")
        batch.drop_column("token_issued_at")
    op.drop_index(op.f("ix_enrolment_code_user_id"), table_name="enrolment_code")
    op.drop_table("enrolment_code")
