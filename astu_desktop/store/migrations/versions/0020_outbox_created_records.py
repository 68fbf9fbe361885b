"""outbox_change: a record created here and not yet sent is queued by reference

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 15:10:00

A new record's outbox row used to copy every value of the record into `fields`: a
seeded 10,000-client store held its data twice, once in the records and once in the
outbox (51 KB per client before its first sync, 25 KB without the copies). The row of
a record created here and never sent now names the stamp of its creation
(`created_stamp`) instead: it stands for every field the record holds when the batch
is built, besides the fields edited since (in `fields`, with their own stamps). Rows
already queued keep their copied values, which stay valid.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("outbox_change", sa.Column("created_stamp", sa.String(64), nullable=True))


def downgrade() -> None:
    # The older outbox cannot hold a row by reference: it would be an empty change, and
    # the record's values would never be sent. Refused until those records are sent.
    waiting = op.get_bind().scalar(
        sa.text("SELECT count(*) FROM outbox_change WHERE created_stamp IS NOT NULL")
    )
    if waiting:
        raise RuntimeError("records created on this laptop wait to be sent: sync first")
    # A plain DROP COLUMN: a copy of the table would drop the base-cursor trigger.
    op.drop_column("outbox_change", "created_stamp")
