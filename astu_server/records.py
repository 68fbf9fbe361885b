"""Reading and writing the generic record store, and its unique keys.

A record holds the current value of every field and, per field, who set it and when:
`[stamp, feed position, device id, user id]`. Every write gives the record a new feed
position, so the next pull of every device in scope sends its current state.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from astu_protocol.messages import TABLES, stamp_order
from astu_server.models import Record, RecordKey

SERVER_DEVICE = "server"
# A key of `field_meta` that is no field: set when the server changed a row on its own
# account (a conflict, a new version), so that even the device whose push caused it
# gets the row again. Rows whose news all came from one device are not echoed to it.
TOUCHED = "~touched"


@dataclass(frozen=True)
class Origin:
    """Who set a field: the stamp of the edit, the device and the user behind it."""

    stamp: str
    device_id: str
    user_id: str | None

    def meta(self, position: int) -> list[Any]:
        return [self.stamp, position, self.device_id, self.user_id]


def server_origin() -> Origin:
    return Origin(server_stamp(), SERVER_DEVICE, None)


def server_stamp(now_ms: int | None = None) -> str:
    wall = now_ms if now_ms is not None else time.time_ns() // 1_000_000
    return f"{wall:015d}.{0:06d}.{SERVER_DEVICE}"


def get(session: Session, table: str, row_id: str) -> Record | None:
    return session.get(Record, (table, row_id))


def create(
    session: Session,
    *,
    table: str,
    row_id: str,
    client_id: str | None,
    values: dict[str, Any],
    origin: Origin,
    position: int,
) -> Record:
    record = Record(
        table_name=table,
        row_id=row_id,
        client_id=client_id,
        change_id=position,
        data=dict(values),
        field_meta={name: origin.meta(position) for name in values},
        stamp=origin.stamp,
    )
    session.add(record)
    session.flush()  # later changes of the same batch look it up
    write_keys(session, record)
    return record


def update(record: Record, values: dict[str, Any], origin: Origin, position: int) -> None:
    """Set `values` on the record, stamped by `origin`, at feed position `position`."""
    data = dict(record.data)
    data.update(values)
    meta = dict(record.field_meta)
    for name in values:
        meta[name] = origin.meta(position)
    record.data = data
    record.field_meta = meta
    touch(record, position, origin.stamp)


def touch(record: Record, position: int, stamp: str | None = None) -> None:
    record.change_id = position
    if stamp is not None and stamp_order(stamp) > stamp_order(record.stamp):
        record.stamp = stamp


def send_to_everyone(record: Record, position: int) -> None:
    """Back into the feed for every device in scope, the one that caused it included."""
    record.field_meta = {
        **record.field_meta,
        TOUCHED: [record.stamp, position, SERVER_DEVICE, None],
    }
    touch(record, position)


def fields_of(record: Record) -> list[str]:
    return [name for name in record.field_meta if name != TOUCHED]


def news_for(record: Record, cursor: int, device_id: str) -> bool:
    """Whether the record holds anything set after `cursor` by someone else than the device."""
    return any(meta[1] > cursor and meta[2] != device_id for meta in record.field_meta.values())


def unseen_by(record: Record, base_cursor: int, device_id: str) -> bool:
    """Whether the record holds a field another device set after `base_cursor`.

    A device that changes such a row has not received that field yet. Its push gives
    the row a new feed position, and the pull that follows judges news by positions
    after its cursor: a page boundary between the other device's change and this push
    would then hide the change from this device for good. Comparing with the push's
    own base cursor (a fixed feed position, not a moving pull cursor) finds it.
    """
    return any(
        meta[1] > base_cursor and meta[2] != device_id
        for name, meta in record.field_meta.items()
        if name != TOUCHED
    )


def unique_keys(table: str, values: dict[str, Any]) -> list[str]:
    spec = TABLES[table]
    keys = []
    for fields in spec.unique:
        parts = [values.get(name) for name in fields]
        if all(part is not None for part in parts):
            keys.append(json.dumps([*fields, *parts], ensure_ascii=False))
    return keys


def key_taken(session: Session, table: str, values: dict[str, Any], row_id: str) -> bool:
    return key_owner(session, table, values, row_id) is not None


def key_owner(session: Session, table: str, values: dict[str, Any], row_id: str) -> str | None:
    """Another row holding one of these values' unique keys, if any."""
    for key in unique_keys(table, values):
        owner = session.scalar(
            select(RecordKey.row_id).where(RecordKey.table_name == table, RecordKey.key == key)
        )
        if owner is not None and owner != row_id:
            return owner
    return None


def write_keys(session: Session, record: Record) -> None:
    session.execute(
        delete(RecordKey).where(
            RecordKey.table_name == record.table_name, RecordKey.row_id == record.row_id
        )
    )
    for key in unique_keys(record.table_name, record.data):
        session.add(RecordKey(table_name=record.table_name, key=key, row_id=record.row_id))
    session.flush()
