"""The scope summary a device checks itself against after a sync."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from astu_desktop.sync.protocol import ScopeSummary, scope_digest
from astu_server import scope
from astu_server.db import feed_ceiling
from astu_server.models import Record


def summarise(session: Session, user_id: str, exclude: set[str]) -> ScopeSummary:
    before = feed_ceiling(session)
    query = select(Record.table_name, Record.row_id).where(
        or_(Record.client_id.is_(None), Record.client_id.in_(scope.scope_clients(user_id)))
    )
    ids: dict[str, list[str]] = defaultdict(list)
    for table, row_id in session.execute(query):
        if row_id not in exclude:
            ids[table].append(row_id)
    after = feed_ceiling(session)
    return ScopeSummary(
        counts={table: len(rows) for table, rows in sorted(ids.items())},
        digest=scope_digest(ids),
        cursor=before if before == after else -1,
    )
