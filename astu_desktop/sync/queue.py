"""The outbox holds one row per changed record, merged while it waits.

A record edited five times before the laptop is online again is one outbox row with
its newest value of each changed field (`fields`, a JSON object), not five or fifty
rows: the store and the first push stay a few times smaller. Each field keeps the
stamp of its own edit: `hlc` is the newest, and `older_stamps` names only the fields
whose edit is older than that (none, for a record written in one save). A field's
stamp is what a restored store compares with what the server already has
(`outbox.forget_delivered`).

A record created here and not yet sent is queued by reference, not by copy: its row
names the creation's stamp (`created_stamp`) and stands for every field the record
holds when the batch is built (`read`), so a new record's values are not stored twice.
Only what is edited after the creation is copied into `fields`, each with its own
stamp, as for any record: a store restored from an older copy can then still tell an
edit the server has from one it has not (`outbox.forget_delivered`). A write that goes
around change capture (a pulled page's) must not reach the server as the worker's
edit: before it changes such a record, the record's row becomes a copy of what the
worker saved (`copy_referred`; capture does it for the ORM's writes, and a Core write
in sync/ calls it, as `duplicates._set_key_aside` does).

A row that is part of a push batch already fixed (sent, its answer not yet in hand)
is never merged into: a later edit gets a row of its own, or the answer would remove
an edit the batch did not carry.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, bindparam, func, insert, select, update

from astu_desktop.sync.localstate import outbox, sync_state
from astu_desktop.sync.recordvalues import captured_fields, filled_fields
from astu_protocol.messages import stamp_order

CHUNK = 500


def encode(values: Mapping[str, Any]) -> str:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def decode(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    decoded = json.loads(text)
    return decoded if isinstance(decoded, dict) else {}


@dataclass
class Waiting:
    """One outbox row as read back: its field values and each field's stamp.

    `created_stamp` is set for a record created here and not yet sent whose other
    fields are still to be read from the record (`read` does that); a Waiting from
    `read` holds every field it carries in `fields`.
    """

    seq: int
    fields: dict[str, Any]
    stamps: dict[str, str]
    base_cursor: int
    created_stamp: str | None = None

    @classmethod
    def of(cls, row: Mapping[Any, Any]) -> Waiting:
        fields = decode(row["fields"])
        older = decode(row["older_stamps"])
        stamps = {name: older.get(name, row["hlc"]) for name in fields}
        return cls(row["seq"], fields, stamps, row["base_cursor"], row["created_stamp"])

    def merge(self, values: Mapping[str, Any], stamp: str) -> None:
        """The newer edit of each field wins; one made later than `stamp` stays."""
        for name, value in values.items():
            held = self.stamps.get(name)
            if held is not None and stamp_order(held) > stamp_order(stamp):
                continue
            self.fields[name] = value
            self.stamps[name] = stamp

    def merge_from(self, other: Waiting) -> None:
        """Another row of the same record folded in: each field's newer edit wins."""
        for name, value in other.fields.items():
            self.merge({name: value}, other.stamps[name])
        self.base_cursor = min(self.base_cursor, other.base_cursor)

    def fill(self, record: Mapping[str, Any]) -> None:
        """The record's other fields (`record`: its values, as `filled_fields` reads
        them) join those copied, stamped with the creation; the row no longer refers."""
        if self.created_stamp is None:
            return
        for name, value in record.items():
            if name not in self.fields:
                self.fields[name] = value
                self.stamps[name] = self.created_stamp
        self.created_stamp = None

    def columns(self) -> dict[str, Any]:
        every = [*self.stamps.values(), *filter(None, [self.created_stamp])]
        newest = newest_stamp(every)
        older = {name: s for name, s in self.stamps.items() if s != newest}
        return {
            "fields": encode(self.fields),
            "hlc": newest,
            "older_stamps": encode(older) if older else None,
            "created_stamp": self.created_stamp,
        }


class Queued(NamedTuple):
    """An outbox row read whole: which record, and what waits to be sent of it."""

    table: str
    row_id: str
    waiting: Waiting


def read(conn: Connection, rows: Iterable[Mapping[Any, Any]]) -> list[Queued]:
    """The outbox rows (in the order given) as they go to the server: a row queued by
    reference gets the values its record holds now, read by id a table at a time."""
    queued = [Queued(row["table_name"], row["row_id"], Waiting.of(row)) for row in rows]
    referring: dict[str, list[str]] = {}
    for entry in queued:
        if entry.waiting.created_stamp is not None:
            referring.setdefault(entry.table, []).append(entry.row_id)
    records = {
        table_name: filled_fields(conn, table_name, row_ids)
        for table_name, row_ids in referring.items()
    }
    for entry in queued:
        if entry.waiting.created_stamp is not None:
            entry.waiting.fill(records[entry.table].get(entry.row_id, {}))
    return queued


def copy_referred(conn: Connection, table_name: str, row_ids: Sequence[str]) -> None:
    """These records' rows queued by reference become copies of the records as they are
    now, so a write made next and not captured (a pulled page's) is not sent with them."""
    for chunk in _chunks(row_ids):
        referring = (
            select(outbox)
            .where(outbox.c.table_name == table_name, outbox.c.row_id.in_(chunk))
            .where(outbox.c.created_stamp.is_not(None))
        )
        write_copies(conn, conn.execute(referring).mappings().all())


def write_copies(conn: Connection, rows: Sequence[Mapping[Any, Any]]) -> None:
    """Outbox rows queued by reference, written back holding their records' values."""
    for _table, _row_id, waiting in read(conn, rows):
        conn.execute(update(outbox).where(outbox.c.seq == waiting.seq).values(**waiting.columns()))


def field_names(row: Mapping[Any, Any]) -> set[str]:
    """The fields an outbox row carries, without reading its record: for a row queued
    by reference, every field its table captures."""
    names = set(decode(row["fields"]))
    if row["created_stamp"] is not None:
        names |= set(captured_fields(row["table_name"]))
    return names


def newest_stamp(stamps: Iterable[str]) -> str:
    return max(stamps, key=stamp_order)


def put(
    conn: Connection,
    table_name: str,
    changes: Mapping[str, Mapping[str, Any]],
    stamp: str,
    device_id: str,
    *,
    base_cursor: int | None = None,
    created: Set[str] = frozenset(),
) -> None:
    """Queue `changes` ({row id: {field: JSON value}}) of one table, stamped `stamp`.

    A row already waiting (and not in a fixed batch) takes the new values in; the
    others get a row each. A record in `created` (inserted in this save) gets a row
    that refers to it instead of a copy of its values. `base_cursor`, when given, is
    the pull cursor the change counts as made against (0: before anything the server
    knows); otherwise the insert trigger writes the current one, and a merged row
    keeps its own (the oldest).
    """
    changes = {row_id: values for row_id, values in changes.items() if values}
    if not changes:
        return
    waiting = _waiting_rows(conn, table_name, list(changes))
    new_rows = []
    merged = []
    for row_id, values in changes.items():
        row = waiting.get(row_id)
        if row is None:
            by_reference = row_id in created
            new_rows.append(
                {"table_name": table_name, "row_id": row_id,
                 "fields": "{}" if by_reference else encode(values), "hlc": stamp,
                 "older_stamps": None, "device_id": device_id,
                 "created_stamp": stamp if by_reference else None}
            )  # fmt: skip
            continue
        row.merge(values, stamp)
        base = row.base_cursor if base_cursor is None else min(row.base_cursor, base_cursor)
        merged.append({"b_seq": row.seq, "base_cursor": base, **row.columns()})
    first_new = _last_seq(conn)
    if new_rows:
        conn.execute(insert(outbox), new_rows)
        if base_cursor is not None:  # the insert trigger wrote the current cursor
            conn.execute(
                update(outbox).where(outbox.c.seq > first_new).values(base_cursor=base_cursor)
            )
    if merged:
        conn.execute(
            update(outbox)
            .where(outbox.c.seq == bindparam("b_seq"))
            .values(
                fields=bindparam("fields"), hlc=bindparam("hlc"),
                older_stamps=bindparam("older_stamps"), base_cursor=bindparam("base_cursor"),
                created_stamp=bindparam("created_stamp"),
            ),
            merged,
        )  # fmt: skip


def _last_seq(conn: Connection) -> int:
    return conn.scalar(select(func.coalesce(func.max(outbox.c.seq), 0))) or 0


def _waiting_rows(conn: Connection, table_name: str, row_ids: list[str]) -> dict[str, Waiting]:
    """The rows of these records still open to a merge (after any fixed batch)."""
    fixed_upto = conn.scalar(select(sync_state.c.pending_push_upto)) or 0
    found: dict[str, Waiting] = {}
    for chunk in _chunks(row_ids):
        query = (
            select(outbox)
            .where(outbox.c.table_name == table_name, outbox.c.row_id.in_(chunk))
            .where(outbox.c.seq > fixed_upto)
            .order_by(outbox.c.seq)
        )
        for row in conn.execute(query).mappings():
            found[row["row_id"]] = Waiting.of(row)
    return found


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def waiting_fields(conn: Connection, table_name: str, row_id: str) -> set[str]:
    """The fields of a record with an edit still waiting to be sent."""
    query = select(outbox).where(outbox.c.table_name == table_name, outbox.c.row_id == row_id)
    return {name for row in conn.execute(query).mappings() for name in field_names(row)}


def replace_value(
    conn: Connection, table_name: str, row_ids: Sequence[str], name: str, value: Any
) -> None:
    """Waiting edits of `name` in these records now carry `value` (a reference that
    moved to the row it was joined with); their stamps stay."""
    for chunk in _chunks(row_ids):
        rows = conn.execute(
            select(outbox.c.seq, outbox.c.fields).where(
                outbox.c.table_name == table_name, outbox.c.row_id.in_(chunk)
            )
        ).all()
        for seq, text in rows:
            fields = decode(text)
            if name in fields:
                fields[name] = value
                change = update(outbox).where(outbox.c.seq == seq)
                conn.execute(change.values(fields=encode(fields)))
