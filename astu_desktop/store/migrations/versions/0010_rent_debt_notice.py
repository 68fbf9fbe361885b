"""rent-debt follow-up: the landlord and the date of the landlord's notice

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-03 17:45:00

A follow-up starts from the landlord's notice of the arrears (Asuntoyksikkö warns
before the debt goes to collection); the date says how much time the work has.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("rent_debt_follow_up") as table:
        table.add_column(sa.Column("landlord", sa.String(length=160), nullable=True))
        table.add_column(sa.Column("notice_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rent_debt_follow_up") as table:
        table.drop_column("notice_on")
        table.drop_column("landlord")
