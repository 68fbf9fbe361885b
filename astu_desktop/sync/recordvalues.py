"""A synced record's fields as the outbox and the server hold them: JSON values by name.

Change capture turns the values of a save into this form; the outbox reads a record
created here and not yet sent (queued by reference, sync/queue.py) into the same form
when a batch is built. Both go through `to_json_value`. One difference: a moment read
back from the store is in UTC (`UtcDateTime`), while capture writes it with the offset
it was given (a booking typed in Helsinki time); both name the same instant, and the
server and the scope check compare instants.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, RowMapping, select
from sqlalchemy.sql.schema import Table

from astu_desktop.models import Base, SyncedRecord

CHUNK = 500


def to_json_value(value: Any) -> Any:
    """The JSON form of a field value, the same on every device and on the server."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


@cache
def captured_fields(table_name: str) -> tuple[str, ...]:
    """The fields of a synced table that change capture records (all but bookkeeping)."""
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        if (
            isinstance(table, Table)
            and table.name == table_name
            and issubclass(mapper.class_, SyncedRecord)
        ):
            excluded = mapper.class_.__captured_exclude__
            return tuple(attr.key for attr in mapper.column_attrs if attr.key not in excluded)
    return ()


def filled_fields(
    conn: Connection, table_name: str, row_ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """Each record's fields that hold a value, as capture queues a new record's values:
    {record id: {field: JSON value}}.

    Read in chunks through the primary key: the cost follows the records asked for.
    A record no longer here is left out.
    """
    table = Base.metadata.tables[table_name]
    names = [name for name in captured_fields(table_name) if name in table.c]
    columns = [table.c.id, *(table.c[name] for name in names)]
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(row_ids):
        for row in conn.execute(select(*columns).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = _values_of(row, names)
    return found


def _values_of(row: RowMapping, names: Sequence[str]) -> dict[str, Any]:
    return {name: to_json_value(row[name]) for name in names if row[name] is not None}


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]
