"""The scope summary a device checks itself against after a sync, and the rows of the
buckets that differed, for the device to repair them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from astu_protocol.messages import (
    RowsResponse,
    ScopeSummary,
    TableSpec,
    bucket_digests,
    bucket_of,
    readable_rows,
    row_version,
    scope_digest,
)
from astu_server import scope
from astu_server.db import feed_ceiling
from astu_server.feed import row_state
from astu_server.models import Record


def _scope_rows(user_id: str) -> ColumnElement[bool]:
    return or_(Record.client_id.is_(None), Record.client_id.in_(scope.scope_clients(user_id)))


def summarise(
    session: Session, user_id: str, exclude: set[str], known: Mapping[str, TableSpec]
) -> ScopeSummary:
    """Over the tables and fields of `known` (the version both sides speak): a table or a
    field the device cannot hold would make every check of it fail."""
    before = feed_ceiling(session)
    query = select(Record.table_name, Record.row_id, Record.data).where(_scope_rows(user_id))
    ids: dict[str, list[str]] = defaultdict(list)
    versions: list[tuple[str, str, str]] = []
    for table, row_id, data in session.execute(query):
        spec = known.get(table)
        if row_id in exclude or spec is None:
            continue
        ids[table].append(row_id)
        versions.append((table, row_id, row_version(spec, data)))
    after = feed_ceiling(session)
    return ScopeSummary(
        counts={table: len(rows) for table, rows in sorted(ids.items())},
        digest=scope_digest(ids),
        cursor=before if before == after else -1,
        buckets=bucket_digests(versions),
    )


def rows_in_buckets(
    session: Session,
    user_id: str,
    buckets: set[int],
    exclude: set[str],
    known: Mapping[str, TableSpec],
) -> tuple[RowsResponse, set[str]]:
    """Every row of the scope in these buckets, in its current state, and whose they are
    (for the access log)."""
    query = select(Record).where(_scope_rows(user_id)).order_by(Record.change_id)
    found = [
        record
        for record in session.scalars(query)
        if record.row_id not in exclude
        and record.table_name in known
        and bucket_of(record.table_name, record.row_id) in buckets
    ]
    clients = {record.client_id for record in found if record.client_id}
    rows = readable_rows([row_state(record) for record in found], known)
    return RowsResponse(rows=rows), clients
