"""Pull pages: what changed in a user's scope after a cursor, never skipping a change.

Rows, scope events and conflicts share one position counter. A page is cut at a
position every part of it agrees on, and at most at the feed ceiling read first (the
newest committed position: since positions are handed out under the feed lock, every
position below it has committed too), so a change committed late is never passed.

A row is sent in its current state, so a device's first pull is a snapshot of the
scope, not its history. A page also carries the not-yet-sent rows its rows refer to,
so a device can apply every page on its own with its foreign keys intact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from astu_protocol.messages import (
    TABLES,
    ConflictKind,
    ConflictState,
    ConflictStatus,
    PullResponse,
    RowState,
    ScopeEventKind,
)
from astu_protocol.messages import ScopeEvent as ScopeEventMessage
from astu_server import records, scope, values
from astu_server.db import feed_ceiling
from astu_server.models import Conflict, Record, ScopeEvent, ScopeGrant


@dataclass(frozen=True)
class Acknowledged:
    """What the server had acknowledged for the pulling device before this request."""

    cursor: int = 0
    push_seq: int = 0
    stamp: str | None = None


@dataclass
class Page:
    response: PullResponse
    client_ids: set[str] = field(default_factory=set)  # whose data was sent (access log)


def pull_page(
    session: Session,
    user_id: str,
    device_id: str,
    cursor: int,
    limit: int,
    now_ms: int,
    acknowledged: Acknowledged | None = None,
) -> Page:
    ceiling = feed_ceiling(session)
    rows = _rows(session, user_id, cursor, ceiling, limit)
    events = _events(session, user_id, cursor, ceiling, limit)
    conflicts = _conflicts(session, user_id, cursor, ceiling, limit)
    boundary = _boundary(
        ceiling,
        limit,
        [row.change_id for row in rows],
        [event.position for event in events],
        [conflict.change_id for conflict in conflicts],
    )
    rows = [row for row in rows if row.change_id <= boundary]
    events = [event for event in events if event.position <= boundary]
    conflicts = [conflict for conflict in conflicts if conflict.change_id <= boundary]
    messages = [_event_message(session, user_id, event, boundary) for event in events]
    granted = [state for message in messages for state in message.rows]
    rows += _closure(session, user_id, rows, boundary, {(s.table, s.row_id) for s in granted})
    # A device's own changes are not sent back to it (unless the server changed the row).
    rows = [row for row in rows if records.news_for(row, cursor, device_id)]
    servable = values.Servable()
    rows = servable.rows(rows)
    messages = servable.events(messages)
    response = PullResponse(
        rows=[row_state(row) for row in rows],
        events=messages,
        conflicts=servable.conflicts([conflict_state(conflict) for conflict in conflicts]),
        next_cursor=boundary,
        has_more=boundary < ceiling,
        server_time_ms=now_ms,
        withheld=servable.withheld,
        device_cursor=acknowledged.cursor if acknowledged else 0,
        device_push_seq=acknowledged.push_seq if acknowledged else 0,
        device_stamp=acknowledged.stamp if acknowledged else None,
    )
    servable.report(user_id)
    sent = {row.client_id for row in rows if row.client_id} | {e.client_id for e in events}
    return Page(response, sent)


def _in_scope(user_id: str) -> ColumnElement[bool]:
    """Directory rows, and rows of the user's clients, checked row by row.

    A probe of the grant's primary key per row, not `client_id IN (the scope)`: with
    that, the planner probed the client index once for every client of the scope and
    sorted all it found, on every page, which made a first sync of 10,000 clients
    quadratic. This way a page walks the change_id (or primary key) index once.
    """
    granted = (
        select(ScopeGrant.client_id)
        .where(ScopeGrant.user_id == user_id, ScopeGrant.client_id == Record.client_id)
        .exists()
    )
    return or_(Record.client_id.is_(None), granted)


def _rows(session: Session, user_id: str, cursor: int, ceiling: int, limit: int) -> list[Record]:
    query = (
        select(Record)
        .where(Record.change_id > cursor, Record.change_id <= ceiling, _in_scope(user_id))
        .order_by(Record.change_id)
        .limit(limit)
    )
    return list(session.scalars(query))


def _events(
    session: Session, user_id: str, cursor: int, ceiling: int, limit: int
) -> list[ScopeEvent]:
    query = (
        select(ScopeEvent)
        .where(
            ScopeEvent.user_id == user_id,
            ScopeEvent.position > cursor,
            ScopeEvent.position <= ceiling,
        )
        .order_by(ScopeEvent.position)
        .limit(limit)
    )
    return list(session.scalars(query))


def _conflicts(
    session: Session, user_id: str, cursor: int, ceiling: int, limit: int
) -> list[Conflict]:
    query = (
        select(Conflict)
        .where(
            Conflict.change_id > cursor,
            Conflict.change_id <= ceiling,
            Conflict.client_id.in_(scope.scope_clients(user_id)),
        )
        .order_by(Conflict.change_id)
        .limit(limit)
    )
    return list(session.scalars(query))


def _boundary(ceiling: int, limit: int, *positions: Sequence[int]) -> int:
    """The last position every part of the page is complete up to."""
    boundary = ceiling
    for part in positions:
        if len(part) >= limit:
            boundary = min(boundary, part[-1])
    return boundary


def _event_message(
    session: Session, user_id: str, event: ScopeEvent, boundary: int
) -> ScopeEventMessage:
    rows: list[Record] = []
    if event.kind == ScopeEventKind.GRANT and scope.in_scope(session, user_id, event.client_id):
        rows = list(session.scalars(select(Record).where(Record.client_id == event.client_id)))
        rows += _closure(session, user_id, rows, boundary, set())
    return ScopeEventMessage(
        position=event.position,
        kind=ScopeEventKind(event.kind),
        client_id=event.client_id,
        rows=[row_state(row) for row in rows],
    )


def _closure(
    session: Session,
    user_id: str,
    rows: list[Record],
    boundary: int,
    also_sent: set[tuple[str, str]],
) -> list[Record]:
    """Rows referred to by `rows` that the device does not have yet (sent after `boundary`)."""
    have = {(row.table_name, row.row_id) for row in rows} | also_sent
    pending, extra = rows, []
    while pending:
        wanted = {key for row in pending for key in _references(row)} - have
        if not wanted:
            break
        have |= wanted
        pending = _not_sent_yet(session, user_id, wanted, boundary)
        extra += pending
    return extra


def _not_sent_yet(
    session: Session, user_id: str, wanted: set[tuple[str, str]], boundary: int
) -> list[Record]:
    """The wanted rows positioned after `boundary`, looked up table by table by primary key."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in sorted(wanted):
        by_table.setdefault(table, []).append(row_id)
    found: list[Record] = []
    for table, row_ids in by_table.items():
        query = select(Record).where(
            Record.table_name == table,
            Record.row_id.in_(row_ids),
            Record.change_id > boundary,
            _in_scope(user_id),
        )
        found += session.scalars(query)
    return found


def _references(row: Record) -> list[tuple[str, str]]:
    spec = TABLES.get(row.table_name)
    if spec is None:
        return []
    return [
        (table, str(row.data[name]))
        for name, table in spec.references.items()
        if row.data.get(name) is not None
    ]


def row_state(row: Record) -> RowState:
    return RowState(
        table=row.table_name,
        row_id=row.row_id,
        fields=row.data,
        stamp=row.stamp,
        change_id=row.change_id,
    )


def conflict_state(conflict: Conflict) -> ConflictState:
    return ConflictState(
        id=conflict.id,
        table=conflict.table_name,
        row_id=conflict.row_id,
        client_id=conflict.client_id,
        kind=ConflictKind(conflict.kind),
        fields=list(conflict.fields),
        values_a=conflict.values_a,
        values_b=conflict.values_b,
        device_a=conflict.device_a,
        device_b=conflict.device_b,
        worker_a=conflict.worker_a,
        worker_b=conflict.worker_b,
        current="a" if conflict.current == "a" else "b",
        status=ConflictStatus(conflict.status),
        created_at=conflict.created_at,
        resolved_at=conflict.resolved_at,
        change_id=conflict.change_id,
    )
