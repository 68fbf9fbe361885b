"""rent-debt follow-up: the landlord and the date of the landlord's notice

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 17:45:00

A follow-up starts from the landlord's notice of the arrears (Asuntoyksikkö warns
before the debt goes to collection); the date says how much time the work has.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: no table rebuild, no reflection of its neighbours.
    op.add_column("rent_debt_follow_up", sa.Column("landlord", sa.String(160), nullable=True))
    op.add_column("rent_debt_follow_up", sa.Column("notice_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("rent_debt_follow_up", "notice_on")
    op.drop_column("rent_debt_follow_up", "landlord")
