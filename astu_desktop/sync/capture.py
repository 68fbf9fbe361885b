"""Change capture: every write to a synced record leaves its changed fields in the outbox.

The hook runs inside the ORM flush, so the outbox rows are written in the same
transaction as the change (a rollback removes both). A guard on the engine refuses
any INSERT, UPDATE or DELETE on a synced table that does not come from a captured
flush, so no code path (bulk ORM statements, Core, raw SQL) can change a record
without the change reaching the server. Hard deletes are refused: set `deleted_at`.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Connection, Engine, event, select, update
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.state import InstanceState
from sqlalchemy.sql.schema import Table

from astu_desktop.models import Base, DeviceState, SyncedRecord
from astu_desktop.sync import queue
from astu_desktop.sync.recordvalues import to_json_value
from astu_protocol import hlc
from astu_protocol.validation import refuse_invalid

FLUSHING = "astu_capture_flushing"
APPLYING_REMOTE = "astu_applying_remote"
MIGRATING = "astu_migrating"
# Any write anywhere in the statement (after comments, inside WITH ... , with a schema
# prefix): the guard looks at every write target, not only at how the text starts.
_WRITE = re.compile(
    r"\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+(?:[\"`\[]?\w+[\"`\]]?\s*\.\s*)?[\"`\[]?(\w+)",
    re.IGNORECASE,
)


class HardDeleteForbidden(RuntimeError):
    """Synced records are tombstoned (`deleted_at`), never deleted."""


class UncapturedWrite(RuntimeError):
    """A write to a synced table tried to go around change capture."""


def synced_tables() -> frozenset[str]:
    return frozenset(
        mapper.local_table.name
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedRecord) and isinstance(mapper.local_table, Table)
    )


def install(engine: Engine, wall_clock: Callable[[], int] = hlc.wall_clock_ms) -> None:
    """Guard `engine` against uncaptured writes; sessions bound to it capture their flushes."""
    guarded = synced_tables()

    def guard(conn: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
        if _capturing(conn):
            return
        for match in _WRITE.finditer(statement):
            if match.group(1).lower() in guarded:
                raise UncapturedWrite(f"write to {match.group(1)} outside change capture")

    def clear(conn: Connection, *_args: Any) -> None:
        conn.info.pop(FLUSHING, None)

    event.listen(engine, "before_cursor_execute", guard)
    event.listen(engine, "commit", clear)
    event.listen(engine, "rollback", clear)
    # A flush that fails inside a SAVEPOINT never reaches after_flush_postexec; without
    # this the flag would outlive it and let raw writes through for the rest of the txn.
    event.listen(engine, "rollback_savepoint", clear)
    set_wall_clock(engine, wall_clock)


def set_wall_clock(engine: Engine, wall_clock: Callable[[], int]) -> None:
    """Choose the wall clock `engine`'s stamps start from (tests turn it backwards)."""
    _clocks[engine] = wall_clock


@event.listens_for(Session, "before_flush")
def _refuse_hard_deletes(session: Session, _context: UOWTransaction, _instances: Any) -> None:
    if any(isinstance(obj, SyncedRecord) for obj in session.deleted):
        raise HardDeleteForbidden("set deleted_at instead of deleting a synced record")
    conn = session.connection()
    if conn.info.get(APPLYING_REMOTE):
        _copy_before_remote_writes(conn, session.dirty)
    conn.info[FLUSHING] = True


def _copy_before_remote_writes(conn: Connection, dirty: Iterable[object]) -> None:
    """Records about to take values from the server keep what the worker saved in the
    outbox: a row queued by reference becomes a copy first (sync/queue.py)."""
    by_table: dict[str, list[str]] = {}
    for obj in dirty:
        if isinstance(obj, SyncedRecord):
            state: InstanceState[Any] = obj._sa_instance_state  # type: ignore[attr-defined]
            table = cast(Table, state.mapper.local_table).name
            by_table.setdefault(table, []).append(obj.id)
    for table, row_ids in by_table.items():
        queue.copy_referred(conn, table, row_ids)


@event.listens_for(Session, "after_flush")
def _record_changes(session: Session, _context: UOWTransaction) -> None:
    conn = session.connection()
    if conn.info.get(APPLYING_REMOTE):
        return
    by_table: dict[str, dict[str, dict[str, Any]]] = {}
    created: set[str] = set()
    for table, row_id, changed in _changed_records(session.new, inserted=True):
        by_table.setdefault(table, {})[row_id] = changed
        created.add(row_id)
    for table, row_id, changed in _changed_records(session.dirty, inserted=False):
        by_table.setdefault(table, {})[row_id] = changed
    if not by_table:
        return
    device_id, stamp = next_stamp(conn)
    for table, changes in by_table.items():
        queue.put(conn, table, changes, stamp, device_id, created=created)


@event.listens_for(Session, "after_flush_postexec")
def _end_flush(session: Session, _context: UOWTransaction) -> None:
    session.connection().info.pop(FLUSHING, None)


@contextmanager
def applying_remote(session: Session) -> Iterator[None]:
    """Apply changes that came from the server without echoing them back to it."""
    conn = session.connection()
    conn.info[APPLYING_REMOTE] = True
    try:
        yield
        # Changes still pending here would otherwise be flushed, and echoed, at commit.
        session.flush()
    finally:
        conn.info.pop(APPLYING_REMOTE, None)


@contextmanager
def schema_migration(conn: Connection) -> Iterator[None]:
    """Let a schema migration copy and rewrite tables; it changes shape, not content."""
    conn.info[MIGRATING] = True
    try:
        yield
    finally:
        conn.info.pop(MIGRATING, None)


def _capturing(conn: Connection) -> bool:
    return bool(
        conn.info.get(FLUSHING) or conn.info.get(APPLYING_REMOTE) or conn.info.get(MIGRATING)
    )


RecordChange = tuple[str, str, dict[str, Any]]  # (table, row id, {field: JSON value})


def _changed_records(objects: Iterable[object], *, inserted: bool) -> Iterator[RecordChange]:
    """The changed fields of each record, each checked against its declared type first:
    a value the server would refuse fails the save here and is never queued."""
    for obj in objects:
        if not isinstance(obj, SyncedRecord):
            continue
        state: InstanceState[Any] = obj._sa_instance_state  # type: ignore[attr-defined]
        table = cast(Table, state.mapper.local_table).name
        keys = _captured_keys(state)
        changed = {}
        for key in keys:
            is_changed, value = _new_value(state, key, inserted)
            if is_changed:
                changed[key] = to_json_value(value)
        if changed:
            row = {key: to_json_value(state.dict.get(key)) for key in keys}
            refuse_invalid(table, changed, row)
            yield table, obj.id, changed


def _captured_keys(state: InstanceState[Any]) -> list[str]:
    excluded = state.class_.__captured_exclude__
    return [attr.key for attr in state.mapper.column_attrs if attr.key not in excluded]


def _new_value(state: InstanceState[Any], key: str, inserted: bool) -> tuple[bool, Any]:
    if inserted:
        value = state.dict.get(key)
        return value is not None, value
    history = state.attrs[key].history
    if not history.added:
        return False, None
    new = history.added[0]
    old = history.deleted[0] if history.deleted else _UNSET
    return new != old, new


_UNSET = object()
_clocks: weakref.WeakKeyDictionary[Engine, Callable[[], int]] = weakref.WeakKeyDictionary()


def next_stamp(conn: Connection) -> tuple[str, str]:
    """This device's id and its next clock stamp, for a change queued on this connection."""
    row = conn.execute(
        select(DeviceState.device_id, DeviceState.hlc_wall_ms, DeviceState.hlc_counter)
    ).one()
    clock = _clocks.get(conn.engine, hlc.wall_clock_ms)
    wall, counter = hlc.tick(row.hlc_wall_ms, row.hlc_counter, clock())
    conn.execute(update(DeviceState).values(hlc_wall_ms=wall, hlc_counter=counter))
    return row.device_id, hlc.Stamp(wall, counter, row.device_id).encode()
