"""Conflicts as a person sees them, and their resolution.

A conflict shows two values of the same fields (or a deletion against an edit). The
person keeps one side or writes a value of their own; the choice is written to the
record like any edit (so it syncs through the outbox) and the conflict is marked
resolved here at once and on the server at the next push.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from astu_desktop.models import Base
from astu_desktop.models.base import utcnow
from astu_desktop.sync.apply import converter
from astu_desktop.sync.localstate import sync_conflict


class ConflictNotFound(LookupError):
    pass


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    row_id: str
    client_id: str | None
    kind: str
    fields: list[str]
    values_a: dict[str, Any]
    values_b: dict[str, Any]
    device_a: str
    device_b: str
    worker_a: str | None
    worker_b: str | None
    current: str
    status: str
    created_at: datetime

    def side_of(self, device_id: str) -> str | None:
        """ "a" or "b" when this device made one of the two values."""
        if device_id == self.device_b:
            return "b"
        if device_id == self.device_a:
            return "a"
        return None


def open_conflicts(session: Session, client_id: str | None = None) -> list[ConflictView]:
    query = select(sync_conflict).where(sync_conflict.c.status == "open")
    if client_id is not None:
        query = query.where(sync_conflict.c.client_id == client_id)
    rows = session.execute(query.order_by(sync_conflict.c.created_at)).mappings()
    return [_view(row) for row in rows]


def get_conflict(session: Session, conflict_id: str) -> ConflictView:
    row = session.execute(select(sync_conflict).where(sync_conflict.c.id == conflict_id))
    found = row.mappings().first()
    if found is None:
        raise ConflictNotFound(conflict_id)
    return _view(found)


def _view(row: Any) -> ConflictView:
    values = {name: row[name] for name in ConflictView.__annotations__ if name != "table"}
    return ConflictView(table=row["table_name"], **values)


def resolve(session: Session, conflict_id: str, values: dict[str, Any]) -> None:
    """Keep `values` (JSON form: one side's values, or a person's own) for the fields."""
    conflict = get_conflict(session, conflict_id)
    unknown = set(values) - set(conflict.fields)
    if unknown:
        raise ValueError("values for fields outside the conflict")
    record = _record(session, conflict.table, conflict.row_id)
    if record is not None:
        for name, value in values.items():
            setattr(record, name, converter(conflict.table, name)(value))
        session.flush()
    session.execute(
        update(sync_conflict)
        .where(sync_conflict.c.id == conflict_id)
        .values(
            status="resolved", resolution_pending=True, resolved_at=utcnow().replace(tzinfo=None)
        )
    )


def keep_side(session: Session, conflict_id: str, side: str) -> None:
    conflict = get_conflict(session, conflict_id)
    resolve(session, conflict_id, conflict.values_a if side == "a" else conflict.values_b)


def _record(session: Session, table_name: str, row_id: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table_name:
            return session.get(mapper.class_, row_id)
    return None
