"""client email: an e-mail address among the contact details

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-03 17:50:00

A worker registering a client records how to reach them: address, phone and now an
e-mail address. A plain ALTER TABLE ADD COLUMN keeps the table and so the search
triggers of migration 0003 (the address index does not include e-mail).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("client", sa.Column("email", sa.String(length=254), nullable=True))


def downgrade() -> None:
    # Not a batch rebuild: that would drop the search triggers with the table.
    op.execute("ALTER TABLE client DROP COLUMN email")
