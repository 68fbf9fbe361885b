"""home_visit: why a removed visit was removed

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 03:00:00

A saved visit can be corrected or removed until a signed living-skills check locks
it. A removal is a tombstone like any other, and it carries its reason from a short
list; the visit's notes are not copied anywhere.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: the rows and indexes of the table stay as they are.
    op.add_column("home_visit", sa.Column("removal_reason", sa.String(40), nullable=True))


def downgrade() -> None:
    op.drop_column("home_visit", "removal_reason")
