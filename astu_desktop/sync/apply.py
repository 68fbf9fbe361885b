"""Applying a pull page to the local store, all of it in the caller's transaction.

Rows come in their current server state and are written with Core statements inside
`capture.applying_remote` (so nothing echoes back to the server), with foreign keys
checked at commit (a page may carry a child before its parent). A field with an
unsent local edit keeps the local value: the edit goes to the server at the next
push, where it is merged or becomes a conflict. A client that left the scope is
purged: its rows in every table and its conflicts; work on it the server has not
taken stays in quarantine (see `purge_client`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Date, Enum, Table, delete, func, insert, select, update
from sqlalchemy.sql.elements import ColumnElement

from astu_desktop.models import Base
from astu_desktop.models.base import UtcDateTime
from astu_desktop.sync import queue
from astu_desktop.sync.duplicates import settle_key_clashes
from astu_desktop.sync.localstate import outbox, remote_apply, sync_conflict, sync_quarantine
from astu_protocol.messages import (
    TABLE_ORDER,
    TABLES,
    ConflictState,
    ConflictStatus,
    RowState,
    Scope,
    ScopeEvent,
    ScopeEventKind,
    TableSpec,
)

CHUNK = 500
# The quarantine reason of work whose client left this device's scope before it was taken.
LEFT_SCOPE = "left_scope"
NOT_SENT = frozenset({"id", "created_at", "updated_at"})
PendingFields = dict[tuple[str, str], set[str]]


def begin_remote_apply(conn: Connection) -> None:
    """Defer foreign keys to commit and lift the signed-document guard for this txn."""
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    conn.execute(delete(remote_apply))
    conn.execute(insert(remote_apply).values(active=1))


def end_remote_apply(conn: Connection) -> None:
    conn.execute(delete(remote_apply))


def pending_fields(conn: Connection) -> PendingFields:
    """The fields of each record with an edit waiting to be sent (a record created here
    and not yet sent: all of them; the server cannot hold an edit of it yet)."""
    pending: PendingFields = defaultdict(set)
    for row in conn.execute(select(outbox)).mappings():
        pending[(row["table_name"], row["row_id"])].update(queue.field_names(row))
    return pending


@dataclass
class PageOutcome:
    """What a page did besides writing rows: clients purged, local duplicates joined."""

    purged: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)  # of `purged`: past the retention time
    kept_from_purged: int = 0  # changes of purged clients kept in quarantine
    # (a local duplicate's id, the server's row it was joined into): sync/duplicates.py
    joined: list[tuple[str, str]] = field(default_factory=list)


def apply_page_items(
    conn: Connection,
    rows: Sequence[RowState],
    events: Sequence[ScopeEvent],
    pending: PendingFields,
    known: Mapping[str, TableSpec] = TABLES,
) -> PageOutcome:
    """Rows and scope events in feed order.

    `known`: what the server sent the rows in (the version both speak); a field it does
    not know keeps its value here."""
    outcome = PageOutcome()
    items = sorted(
        [(row.change_id, 0, row) for row in rows] + [(e.position, 1, e) for e in events],
        key=lambda item: (item[0], item[1]),
    )
    run: list[RowState] = []
    for _position, _kind, item in items:
        if isinstance(item, RowState):
            run.append(item)
            continue
        outcome.joined += apply_rows(conn, run, pending, known)
        run = []
        if item.kind in (ScopeEventKind.REVOKE, ScopeEventKind.RETIRE):
            outcome.kept_from_purged += purge_client(conn, item.client_id)
            outcome.purged.append(item.client_id)
            if item.kind is ScopeEventKind.RETIRE:
                outcome.retired.append(item.client_id)
        else:
            outcome.joined += apply_rows(conn, item.rows, pending, known)
    outcome.joined += apply_rows(conn, run, pending, known)
    return outcome


def apply_rows(
    conn: Connection,
    states: Iterable[RowState],
    pending: PendingFields,
    known: Mapping[str, TableSpec] = TABLES,
) -> list[tuple[str, str]]:
    """Write the rows' server state; returns the local duplicates joined into them."""
    by_table: dict[str, dict[str, RowState]] = defaultdict(dict)
    for state in states:
        by_table[state.table][state.row_id] = state
    joined: list[tuple[str, str]] = []
    for table_name in sorted(by_table, key=lambda name: TABLE_ORDER.get(name, len(TABLE_ORDER))):
        table = Base.metadata.tables.get(table_name)
        if table is None or table_name not in TABLES:
            continue  # a newer server's table: nothing here can hold it
        joined += _apply_table(conn, table, by_table[table_name], pending, known)
    return joined


def _apply_table(
    conn: Connection,
    table: Table,
    states: dict[str, RowState],
    pending: PendingFields,
    known: Mapping[str, TableSpec],
) -> list[tuple[str, str]]:
    """New rows in one bulk insert, known rows updated; unsent local edits are kept.

    (An INSERT .. ON CONFLICT DO UPDATE for all of them measured five times slower
    than this in SQLCipher.)
    """
    settled = settle_key_clashes(conn, table, states) if TABLES[table.name].unique else None
    for kept, filled_here in (settled.fill if settled else {}).items():
        # now unsent edits of the row: a second copy of it later in the page keeps them
        pending.setdefault((table.name, kept), set()).update(filled_here)
    existing = _existing_ids(conn, table, list(states))
    inserts: list[dict[str, Any]] = []
    for row_id, state in states.items():
        filled = settled.fill.get(row_id, {}) if settled else {}
        values = local_values(table, {**state.fields, **filled}, known.get(table.name))
        if row_id in existing:
            kept_here = pending.get((table.name, row_id), ())
            values = {k: v for k, v in values.items() if k not in kept_here}
            if values:
                conn.execute(update(table).where(table.c.id == row_id).values(**values))
        else:
            inserts.append({"id": row_id, **values})
    if inserts:
        conn.execute(insert(table), inserts)  # every row has every field: one statement
    return settled.joined if settled else []


def _existing_ids(conn: Connection, table: Table, row_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(row_ids):
        found.update(conn.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
    return found


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def local_values(
    table: Table, fields: dict[str, Any], sent_in: TableSpec | None = None
) -> dict[str, Any]:
    """The server's JSON values as the Python values this table's columns take.

    A field the server never got a value for is empty (capture leaves out empty fields
    of a new row), so every synced field is set: the row equals the server's. Only the
    fields of `sent_in` (the table as the server's version knows it) count: one it does
    not know is left out, and keeps its value here (a new row takes its default).
    """
    spec = sent_in or TABLES[table.name]
    complete = dict.fromkeys(spec.by_name) | fields
    return {
        name: converter(table.name, name)(value)
        for name, value in complete.items()
        if name in table.c and name not in NOT_SENT
    }


@cache
def converter(table_name: str, column_name: str) -> Callable[[Any], Any]:
    column_type = Base.metadata.tables[table_name].c[column_name].type
    if isinstance(column_type, UtcDateTime):
        return _optional(_moment)
    if isinstance(column_type, Date):
        return _optional(date.fromisoformat)
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        return _optional(column_type.enum_class)
    return _same


def _moment(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else convert(value)


def _same(value: Any) -> Any:
    return value


# -- purge ----------------------------------------------------------------------------


def purge_client(conn: Connection, client_id: str) -> int:
    """Remove every row of a client that left this device's scope; children first.

    Work on them that the server did not take is not removed with them: refused
    changes stay in quarantine, and unsent ones go there too (the server would refuse
    them now), marked `left_scope` with the client's name, until a person decides.
    Returns how many such changes are kept.
    """
    label = _client_label(conn, client_id)
    kept = 0
    for table_name in reversed(list(TABLES)):
        table = Base.metadata.tables.get(table_name)
        condition = _belongs_to(table_name, client_id)
        if table is None or condition is None:
            continue
        row_ids = list(conn.scalars(select(table.c.id).where(condition)))
        for chunk in chunks(row_ids):
            _keep_unsent(conn, table_name, chunk)
            conn.execute(delete(table).where(table.c.id.in_(chunk)))
            conn.execute(
                delete(outbox).where(outbox.c.table_name == table_name, outbox.c.row_id.in_(chunk))
            )
            conn.execute(
                update(sync_quarantine)
                .where(
                    sync_quarantine.c.table_name == table_name, sync_quarantine.c.row_id.in_(chunk)
                )
                .values(reason=LEFT_SCOPE, client_label=label, client_id=client_id)
            )
        kept += _quarantined(conn, table_name, chunk_ids=row_ids)
    conn.execute(delete(sync_conflict).where(sync_conflict.c.client_id == client_id))
    return kept


def clients_with_unsent(conn: Connection) -> list[str]:
    """The clients this device holds unsent or quarantined work on: the server does not
    retire them from its scope (astu_server/retention.py) until that work is settled."""
    found: set[str] = set()
    for table_name, row_ids in _unsettled_by_table(conn).items():
        table = Base.metadata.tables.get(table_name)
        spec = TABLES.get(table_name)
        if table is None or spec is None:
            continue
        for chunk in chunks(sorted(row_ids)):
            if spec.scope is Scope.CLIENT:
                found |= set(chunk)
            elif spec.scope is Scope.CLIENT_FIELD:
                found |= set(conn.scalars(select(table.c.client_id).where(table.c.id.in_(chunk))))
            elif spec.scope is Scope.PARENT and spec.parent_field is not None:
                parent = Base.metadata.tables[spec.by_name[spec.parent_field].references or ""]
                query = (
                    select(parent.c.client_id)
                    .join(table, table.c[spec.parent_field] == parent.c.id)
                    .where(table.c.id.in_(chunk))
                )
                found |= set(conn.scalars(query))
    return sorted(client_id for client_id in found if client_id is not None)


def _unsettled_by_table(conn: Connection) -> dict[str, set[str]]:
    by_table: dict[str, set[str]] = defaultdict(set)
    for source in (outbox, sync_quarantine):
        query = select(source.c.table_name, source.c.row_id).distinct()
        for table_name, row_id in conn.execute(query):
            by_table[table_name].add(row_id)
    return by_table


def _client_label(conn: Connection, client_id: str) -> str | None:
    table = Base.metadata.tables["client"]
    row = conn.execute(
        select(table.c.last_name, table.c.first_names).where(table.c.id == client_id)
    ).first()
    return f"{row[0]}, {row[1]}" if row is not None else None


def _keep_unsent(conn: Connection, table_name: str, row_ids: Sequence[str]) -> None:
    """Unsent changes of these rows into quarantine, one entry per row (newest values)."""
    rows = conn.execute(
        select(outbox)
        .where(outbox.c.table_name == table_name, outbox.c.row_id.in_(row_ids))
        .order_by(outbox.c.seq)
    ).mappings()
    changes: dict[str, queue.Waiting] = {}
    for _table, row_id, waiting in queue.read(conn, rows):
        held = changes.setdefault(row_id, waiting)
        if held is not waiting:
            held.merge_from(waiting)
    now = datetime.now(UTC).replace(tzinfo=None)
    for row_id, entry in changes.items():
        conn.execute(
            insert(sync_quarantine).values(
                table_name=table_name, row_id=row_id, fields=entry.fields,
                stamp=queue.newest_stamp(entry.stamps.values()), reason=LEFT_SCOPE,
                reason_fields=[],
                quarantined_at=now, refused_new_row=False,
            )
        )  # fmt: skip


def _quarantined(conn: Connection, table_name: str, chunk_ids: Sequence[str]) -> int:
    count = 0
    for chunk in chunks(chunk_ids):
        query = select(func.count()).where(
            sync_quarantine.c.table_name == table_name, sync_quarantine.c.row_id.in_(chunk)
        )
        count += conn.scalar(query) or 0
    return count


def _belongs_to(table_name: str, client_id: str) -> ColumnElement[bool] | None:
    spec = TABLES[table_name]
    table = Base.metadata.tables.get(table_name)
    if table is None:
        return None
    if spec.scope is Scope.CLIENT:
        return table.c.id == client_id
    if spec.scope is Scope.CLIENT_FIELD:
        return table.c.client_id == client_id
    if spec.scope is Scope.PARENT and spec.parent_field is not None:
        parent_name = spec.by_name[spec.parent_field].references
        parent = Base.metadata.tables[parent_name or ""]
        owned = select(parent.c.id).where(parent.c.client_id == client_id)
        return table.c[spec.parent_field].in_(owned)
    return None


# -- conflicts ------------------------------------------------------------------------


def store_conflicts(conn: Connection, conflicts: Iterable[ConflictState]) -> int:
    """Keep the server's conflicts; a resolution made here and not yet sent stays."""
    opened = 0
    for conflict in conflicts:
        values = _conflict_row(conflict)
        known = conn.execute(
            select(sync_conflict.c.resolution_pending).where(sync_conflict.c.id == conflict.id)
        ).first()
        if known is None:
            conn.execute(insert(sync_conflict).values(**values))
            opened += conflict.status is ConflictStatus.OPEN
            continue
        if known[0] and conflict.status is ConflictStatus.OPEN:
            values.pop("status")  # resolved here; the server will hear of it next push
        else:
            values["resolution_pending"] = False
        conn.execute(
            update(sync_conflict).where(sync_conflict.c.id == conflict.id).values(**values)
        )
    return opened


def _conflict_row(conflict: ConflictState) -> dict[str, Any]:
    return {
        "id": conflict.id,
        "table_name": conflict.table,
        "row_id": conflict.row_id,
        "client_id": conflict.client_id,
        "kind": conflict.kind.value,
        "fields": conflict.fields,
        "values_a": conflict.values_a,
        "values_b": conflict.values_b,
        "device_a": conflict.device_a,
        "device_b": conflict.device_b,
        "worker_a": conflict.worker_a,
        "worker_b": conflict.worker_b,
        "current": conflict.current,
        "status": conflict.status.value,
        "created_at": _naive(conflict.created_at),
        "resolved_at": _naive(conflict.resolved_at) if conflict.resolved_at else None,
        "change_id": conflict.change_id,
    }


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)
