"""quarantine: the name of a client that left the scope, for its work kept here

Revision ID: 0014
Revises: 0011
Create Date: 2026-12-03 17:45:00

Work refused because its client left this device's scope (reassigned while the worker
had unsent edits) stays in quarantine after the client's rows are purged, until a
person decides. The list must still say whose work it is.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_quarantine") as batch_op:
        batch_op.add_column(sa.Column("client_label", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_quarantine") as batch_op:
        batch_op.drop_column("client_label")
