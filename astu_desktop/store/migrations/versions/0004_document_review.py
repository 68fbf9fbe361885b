"""document review: a team lead's approvals and returns of signed documents

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 05:30:00

`document_review` is a synced, append-only record (one row per decision). The partial
index on unsigned drafts by author answers the team overview's "drafts older than N
days" without reading the documents' answers (see 0003 on overflow pages).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DRAFTS_INDEX = (
    "CREATE INDEX ix_form_document_live_drafts ON form_document (author_id, document_date) "
    "WHERE status = 'draft' AND deleted_at IS NULL"
)


def upgrade() -> None:
    op.create_table(
        "document_review",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column(
            "decision",
            sa.Enum("approved", "returned", name="reviewdecision", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("note", sa.String(length=2000), nullable=True),
        sa.Column("reviewer_id", sa.String(length=36), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_document_review_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["form_document.id"],
            name=op.f("fk_document_review_document_id_form_document"),
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["worker.id"], name=op.f("fk_document_review_reviewer_id_worker")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_review")),
    )
    with op.batch_alter_table("document_review", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_review_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(
            "ix_document_review_document", ["document_id", "reviewed_at"], unique=False
        )
    op.execute(DRAFTS_INDEX)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_form_document_live_drafts")
    with op.batch_alter_table("document_review", schema=None) as batch_op:
        batch_op.drop_index("ix_document_review_document")
        batch_op.drop_index(batch_op.f("ix_document_review_client_id"))
    op.drop_table("document_review")
