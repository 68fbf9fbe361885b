"""Reading the outbox as a test sees it: one row per changed record, its fields as JSON.

Plain `json` here, not `sync.queue`, so an expectation never goes through the code
under test.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from astu_desktop.sync.localstate import outbox


@dataclass(frozen=True)
class WaitingRow:
    seq: int
    table_name: str
    row_id: str
    fields: dict[str, Any]
    stamp: str
    older_stamps: dict[str, str]

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
    return [_read(row) for row in db.execute(query)]


def _read(row: Any) -> WaitingRow:
    older = json.loads(row.older_stamps) if row.older_stamps else {}
    fields = json.loads(row.fields)
    return WaitingRow(row.seq, row.table_name, row.row_id, fields, row.hlc, older)


def waiting_fields(db: Session | Connection, row_id: str) -> dict[str, Any]:
    """The values of one record waiting to be sent (a later row's value wins)."""
    values: dict[str, Any] = {}
    for row in waiting_rows(db, row_id):
        values.update(row.fields)
    return values


def put_value_behind_the_checks(db: Session, row_id: str, name: str, value: Any) -> None:
    """An outbox value as an older version without today's checks could have queued it."""
    (row,) = waiting_rows(db, row_id)
    fields = {**row.fields, name: value}
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
