"""A pulled row whose unique key (a henkilötunnus) is already held by a local row.

Two workers may register the same person offline. The server keeps the first and
refuses the second as a duplicate, which sits in this device's quarantine; when the
server's client then arrives in a pull, the local unique index would refuse it and
every later sync would fail on the same page. Instead the local duplicate is joined
into the server's row: whatever was recorded about it (visits, documents, episodes)
is moved onto the server's row and sent again, values the server's row lacks are
filled in from it, and the duplicate itself is removed. Nothing the worker wrote is
lost, and the next push carries it to the server under the person's real record.

A refused edit of a key (a mistyped henkilötunnus) cannot clash: the server answers
with the values it holds and the device puts them back at once (outbox.acknowledge),
keeping the refused edit in quarantine for the worker to see. A row the server has can
still hold a key for a while when the server moved the key to another row: its key is
set aside until its own new state arrives later in the same feed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, delete, select, update

from astu_desktop.models import Base
from astu_desktop.sync import queue
from astu_desktop.sync.capture import next_stamp
from astu_desktop.sync.localstate import outbox, sync_quarantine
from astu_desktop.sync.recordvalues import to_json_value
from astu_protocol.messages import TABLES, RowState, Scope

ValuesByRow = dict[str, dict[str, Any]]
CHUNK = 500
# Bookkeeping and the tombstone: a duplicate's deletion must not delete the person.
NEVER_CARRIED = frozenset({"id", "created_at", "updated_at", "deleted_at"})


@dataclass
class Settled:
    """What clearing the way for a page's rows did: joins, and values for the rows."""

    joined: list[tuple[str, str]] = field(default_factory=list)  # (local id, server id)
    fill: ValuesByRow = field(default_factory=dict)  # values the server's rows lacked


def settle_key_clashes(conn: Connection, table: Table, states: dict[str, RowState]) -> Settled:
    """Make room for `states` in `table`: join local duplicates the server refused, or
    has not been sent yet (registered while this sync was bringing the person's record)."""
    settled = Settled()
    for key_fields in TABLES[table.name].unique:
        for row_id, holder in _local_holders(conn, table, key_fields, states):
            if holder in states:
                continue  # the holder itself changes in this same page
            if _refused_creation(conn, table.name, holder) or _unsent_creation(
                conn, table.name, holder
            ):
                settled.fill[row_id] = _join(conn, table, holder, row_id, states[row_id].fields)
                settled.joined.append((holder, row_id))
            else:
                _set_key_aside(conn, table, holder, key_fields)
    return settled


def _set_key_aside(
    conn: Connection, table: Table, row_id: str, key_fields: tuple[str, ...]
) -> None:
    """A row the server has holds a key it no longer holds there: the server moved the
    key to another row (a corrected henkilötunnus) and sends this row's new state later
    in the feed, after the row that took the key. Until then its key is a placeholder
    no real key can equal; without this the page would fail on every retry."""
    spec = TABLES[table.name]
    placeholder = "~" + row_id.replace("-", "")[-10:]
    # Whatever the worker saved in the row and has not sent stays as saved: the outbox
    # keeps it, the placeholder is not sent as theirs (sync/queue.py).
    queue.copy_referred(conn, table.name, [row_id])
    for name in key_fields:
        if spec.by_name[name].references is not None:
            continue  # a reference cannot be set aside; such keys do not move on the server
        length = getattr(table.c[name].type, "length", None) or len(placeholder)
        conn.execute(update(table).where(table.c.id == row_id).values({name: placeholder[:length]}))


def _local_holders(
    conn: Connection, table: Table, key_fields: tuple[str, ...], states: dict[str, RowState]
) -> list[tuple[str, str]]:
    """(incoming row, local row of another id holding its key), a query per chunk.

    This runs for every page of a first sync, so it looks keys up in bulk: by the first
    field of the key through its index, the rest compared here.
    """
    wanted: dict[tuple[Any, ...], str] = {}
    for row_id, state in states.items():
        key = tuple(state.fields.get(name) for name in key_fields)
        if all(part is not None for part in key):
            wanted[key] = row_id
    first = key_fields[0]
    firsts = sorted({key[0] for key in wanted})
    found = []
    for start in range(0, len(firsts), CHUNK):
        query = select(table.c.id, *(table.c[name] for name in key_fields)).where(
            table.c[first].in_(firsts[start : start + CHUNK])
        )
        for local_id, *held in conn.execute(query):
            incoming = wanted.get(tuple(held))
            if incoming is not None and incoming != local_id:
                found.append((incoming, local_id))
    return found


def _refused_creation(conn: Connection, table_name: str, row_id: str) -> bool:
    """Whether the server never took this row: its creation was refused as a duplicate."""
    query = select(sync_quarantine.c.id).where(
        sync_quarantine.c.table_name == table_name,
        sync_quarantine.c.row_id == row_id,
        sync_quarantine.c.refused_new_row.is_(True),
    )
    return conn.execute(query.limit(1)).first() is not None


def _unsent_creation(conn: Connection, table_name: str, row_id: str) -> bool:
    """Whether the row was created here and not yet sent: no server can hold it, so it
    is a local duplicate as much as one the server refused (sync/queue.py: a new record
    waits by reference to itself until its batch is fixed)."""
    query = select(outbox.c.seq).where(
        outbox.c.table_name == table_name,
        outbox.c.row_id == row_id,
        outbox.c.created_stamp.is_not(None),
    )
    return conn.execute(query.limit(1)).first() is not None


def _join(
    conn: Connection, table: Table, duplicate: str, kept: str, kept_values: dict[str, Any]
) -> dict[str, Any]:
    """Move everything that points at `duplicate` onto `kept`; returns the values `kept`
    takes from it here (those it lacked).

    Values both rows hold, differently, are sent as edits made before anything the
    server knows (base cursor 0), so the server keeps both as a conflict that a person
    resolves. A tombstone never travels: a duplicate deleted here gives only what was
    recorded on it.
    """
    for child_table, name in _references_to(table.name):
        _repoint(conn, child_table, name, duplicate, kept)
    if TABLES[table.name].scope is Scope.CLIENT:
        _send_again(conn, _quarantined_rows_of_client(conn, kept))
    fill, differing = _values_to_carry(conn, table, duplicate, kept_values)
    _queue(conn, table.name, kept, fill)
    _queue(conn, table.name, kept, differing, base_cursor=0)
    _remove(conn, table.name, duplicate)
    return fill


def _references_to(table_name: str) -> list[tuple[Table, str]]:
    found = []
    for spec in TABLES.values():
        child = Base.metadata.tables.get(spec.name)
        if child is None:
            continue
        found += [(child, name) for name, target in spec.references.items() if target == table_name]
    return found


def _repoint(conn: Connection, child: Table, name: str, old: str, new: str) -> None:
    row_ids = list(conn.scalars(select(child.c.id).where(child.c[name] == old)))
    if not row_ids:
        return
    conn.execute(update(child).where(child.c.id.in_(row_ids)).values({name: new}))
    queue.replace_value(conn, child.name, row_ids, name, new)
    entries = conn.execute(
        select(sync_quarantine.c.id, sync_quarantine.c.fields).where(
            sync_quarantine.c.table_name == child.name, sync_quarantine.c.row_id.in_(row_ids)
        )
    ).all()
    for entry_id, fields in entries:
        if name in fields:
            conn.execute(
                update(sync_quarantine)
                .where(sync_quarantine.c.id == entry_id)
                .values(fields={**fields, name: new})
            )


def _quarantined_rows_of_client(conn: Connection, client_id: str) -> list[int]:
    """Quarantine entries of rows that now belong to `client_id` (children and theirs)."""
    ids: list[int] = []
    for table_name, spec in TABLES.items():
        table = Base.metadata.tables.get(table_name)
        if table is None or spec.scope not in (Scope.CLIENT_FIELD, Scope.PARENT):
            continue
        if spec.scope is Scope.CLIENT_FIELD:
            owned = select(table.c.id).where(table.c.client_id == client_id)
        else:
            parent = Base.metadata.tables[spec.by_name[spec.parent_field or ""].references or ""]
            owned = select(table.c.id).where(
                table.c[spec.parent_field or ""].in_(
                    select(parent.c.id).where(parent.c.client_id == client_id)
                )
            )
        ids += conn.scalars(
            select(sync_quarantine.c.id).where(
                sync_quarantine.c.table_name == table_name, sync_quarantine.c.row_id.in_(owned)
            )
        )
    return ids


def _send_again(conn: Connection, entry_ids: list[int]) -> None:
    """Refused rows that may now be taken: back into the outbox, out of quarantine."""
    entries = conn.execute(
        select(sync_quarantine).where(sync_quarantine.c.id.in_(entry_ids))
    ).mappings()
    for entry in list(entries):
        waiting = queue.waiting_fields(conn, entry["table_name"], entry["row_id"])
        # edits made since are newer than the refused values: they stay
        fields = {k: v for k, v in entry["fields"].items() if k not in waiting}
        _queue(conn, entry["table_name"], entry["row_id"], fields, entry["stamp"])
    conn.execute(delete(sync_quarantine).where(sync_quarantine.c.id.in_(entry_ids)))


def _values_to_carry(
    conn: Connection, table: Table, duplicate: str, kept_values: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(values the kept row lacks, values it holds differently) of the duplicate."""
    row = conn.execute(select(table).where(table.c.id == duplicate)).mappings().one()
    if row.get("deleted_at") is not None:
        return {}, {}
    spec = TABLES[table.name]
    keys = {name for fields in spec.unique for name in fields}
    fill: dict[str, Any] = {}
    differing: dict[str, Any] = {}
    for name in spec.by_name:
        if name not in table.c or name in keys or name in NEVER_CARRIED or row[name] is None:
            continue
        value = to_json_value(row[name])
        if kept_values.get(name) is None:
            fill[name] = value
        elif kept_values[name] != value:
            differing[name] = value
    return fill, differing


def _queue(
    conn: Connection,
    table_name: str,
    row_id: str,
    values: dict[str, Any],
    stamp: str | None = None,
    *,
    base_cursor: int | None = None,
) -> None:
    if not values:
        return
    device_id, fresh = next_stamp(conn)
    queue.put(
        conn, table_name, {row_id: values}, stamp or fresh, device_id, base_cursor=base_cursor
    )


def _remove(conn: Connection, table_name: str, row_id: str) -> None:
    table = Base.metadata.tables[table_name]
    conn.execute(delete(table).where(table.c.id == row_id))
    for bookkeeping in (outbox, sync_quarantine):
        conn.execute(
            delete(bookkeeping).where(
                bookkeeping.c.table_name == table_name, bookkeeping.c.row_id == row_id
            )
        )
