"""booked visits: the next visit planned, with who goes

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 17:40:00

`booked_visit` and `booked_visit_worker` are synced records like `home_visit` and
`visit_worker`. The index on (client, start) answers each caseload row's next booked
visit with one lookup; the index on the start answers the day and week view, which
asks for the bookings of a few days whoever the client is.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUS = ("booked", "done", "cancelled", "rescheduled")
REASON = ("client_asked", "client_unreachable", "client_in_care", "worker_unavailable", "other")


def _bookkeeping() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "booked_visit",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column(
            "status",
            sa.Enum(*STATUS, name="bookingstatus", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column(
            "change_reason",
            sa.Enum(*REASON, name="bookingchangereason", native_enum=False, length=40),
            nullable=True,
        ),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("booked_by_id", sa.String(length=36), nullable=True),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_booked_visit_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["home_visit.id"], name=op.f("fk_booked_visit_visit_id_home_visit")
        ),
        sa.ForeignKeyConstraint(
            ["booked_by_id"], ["worker.id"], name=op.f("fk_booked_visit_booked_by_id_worker")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booked_visit")),
    )
    with op.batch_alter_table("booked_visit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_booked_visit_client_start", ["client_id", "starts_at"], unique=False
        )
        batch_op.create_index("ix_booked_visit_starts_at", ["starts_at"], unique=False)

    op.create_table(
        "booked_visit_worker",
        sa.Column("booking_id", sa.String(length=36), nullable=False),
        sa.Column("worker_id", sa.String(length=36), nullable=False),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["booked_visit.id"],
            name=op.f("fk_booked_visit_worker_booking_id_booked_visit"),
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["worker.id"], name=op.f("fk_booked_visit_worker_worker_id_worker")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booked_visit_worker")),
        sa.UniqueConstraint(
            "booking_id", "worker_id", name=op.f("uq_booked_visit_worker_booking_id")
        ),
    )
    with op.batch_alter_table("booked_visit_worker", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_booked_visit_worker_booking_id"), ["booking_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_booked_visit_worker_worker_id"), ["worker_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("booked_visit_worker")
    op.drop_table("booked_visit")
