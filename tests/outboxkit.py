"""Reading the outbox as a test sees it: one row per changed record, its fields as JSON.

Plain `json` and plain SQL here, not `sync.queue`, so an expectation never goes
through the code under test. A record created on the laptop and not yet sent waits by
reference (`by_reference`): its row holds only what was edited since, and the rest is
read from the record itself, as the push would send it.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from astu_desktop.models import Base
from astu_desktop.sync.localstate import outbox

BOOKKEEPING = frozenset({"id", "created_at", "updated_at"})  # never sent


@dataclass(frozen=True)
class WaitingRow:
    seq: int
    table_name: str
    row_id: str
    fields: dict[str, Any]
    stamp: str
    older_stamps: dict[str, str]
    by_reference: bool = False
    copied: frozenset[str] = frozenset()  # the fields held in the row itself

    def stamp_of(self, name: str) -> str:
        return self.older_stamps.get(name, self.stamp)

    def order_of(self, name: str) -> tuple[int, int]:
        """A field's stamp as (wall ms, counter): what orders two edits."""
        wall, counter, _device = self.stamp_of(name).split(".", 2)
        return int(wall), int(counter)


def waiting_rows(db: Session | Connection, row_id: str | None = None) -> list[WaitingRow]:
    query = select(outbox).order_by(outbox.c.seq)
    if row_id is not None:
        query = query.where(outbox.c.row_id == row_id)
    return [_read(db, row) for row in db.execute(query)]


def _read(db: Session | Connection, row: Any) -> WaitingRow:
    older = json.loads(row.older_stamps) if row.older_stamps else {}
    copied = json.loads(row.fields)
    if row.created_stamp is None:
        return WaitingRow(row.seq, row.table_name, row.row_id, copied, row.hlc, older,
                          copied=frozenset(copied))  # fmt: skip
    record = _record_values(db, row.table_name, row.row_id)
    fields = {**{k: v for k, v in record.items() if k not in copied}, **copied}
    if row.created_stamp != row.hlc:
        older |= {name: row.created_stamp for name in fields if name not in copied}
    return WaitingRow(row.seq, row.table_name, row.row_id, fields, row.hlc, older,
                      by_reference=True, copied=frozenset(copied))  # fmt: skip


def _record_values(db: Session | Connection, table_name: str, row_id: str) -> dict[str, Any]:
    table = Base.metadata.tables[table_name]
    found = db.execute(select(table).where(table.c.id == row_id)).mappings().first()
    if found is None:
        return {}
    return {
        name: _json(value)
        for name, value in found.items()
        if name not in BOOKKEEPING and value is not None
    }


def _json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def waiting_fields(db: Session | Connection, row_id: str) -> dict[str, Any]:
    """The values of one record waiting to be sent (a later row's value wins)."""
    values: dict[str, Any] = {}
    for row in waiting_rows(db, row_id):
        values.update(row.fields)
    return values


def put_value_behind_the_checks(db: Session, row_id: str, name: str, value: Any) -> None:
    """An outbox value as an older version without today's checks could have queued it."""
    (row,) = waiting_rows(db, row_id)
    fields = {**{n: row.fields[n] for n in row.copied}, name: value}
    db.execute(update(outbox).where(outbox.c.seq == row.seq).values(fields=json.dumps(fields)))


def edits_since(before: list[WaitingRow], after: list[WaitingRow]) -> dict[str, Any]:
    """Field values queued between two readings: new fields, or ones stamped anew."""
    held = {(row.row_id, name): row.stamp_of(name) for row in before for name in row.fields}
    return {
        name: value
        for row in after
        for name, value in row.fields.items()
        if held.get((row.row_id, name)) != row.stamp_of(name)
    }
