"""quarantine: the id of a client that left the scope, for its work kept here

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-03 18:50:00

Kept work of a client that left the scope is exported for the team lead or discarded
by a person, client by client. An edit of a contact or a visit does not carry its
client's id in its fields, and the client's rows are purged, so the id is kept here.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_quarantine") as batch_op:
        batch_op.add_column(sa.Column("client_id", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_quarantine") as batch_op:
        batch_op.drop_column("client_id")
