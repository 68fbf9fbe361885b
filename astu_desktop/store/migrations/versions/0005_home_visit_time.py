"""home visits by time: an index on visited_at

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 06:40:00

The yearly statistics and the team's visits per week and month ask for every visit in
a period whoever the client is; without this index each of them read the whole
`home_visit` table (most of the time of the yearly report on 10,000 clients).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_home_visit_visited_at", "home_visit", ["visited_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_home_visit_visited_at", table_name="home_visit")
