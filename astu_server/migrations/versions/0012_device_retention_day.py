"""device: the service day a retention check found nothing left to retire for it

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 15:40:00

Every pull asked which of the user's clients were due to leave their laptops, reading
every episode of the caseload: 65 ms of a 75 ms pull for a 10,000-client caseload, on
every sync, however little it carried. Whether a client is due changes with the
service day; a device whose check found nothing due, or retired all it found, is not
checked again until the next day (`retention_clear_on`). A device that held some
back (unsent work on them) is checked again at its next pull.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retention_clear_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_column("retention_clear_on")
