"""Whether a record has reached the server: shown on the record itself, wherever it is.

A record saved on this laptop waits in the outbox until a push carries it; one the
server refused waits in the quarantine with the server's reason. Lists ask only about
the rows they show (a page of the caseload, one client's timeline): every query here
is limited to the ids it is given and goes through the outbox's and the quarantine's
(table, row) index, never over the whole outbox.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    bindparam,
    exists,
    func,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from astu_desktop.models import Base
from astu_desktop.sync.localstate import outbox, sync_quarantine
from astu_protocol.messages import TABLES, Scope

CLIENT_TABLE = "client"
RECORDS_COUNT_LIMIT = 1000


class SyncMark(enum.StrEnum):
    WAITING = "waiting"  # saved here, not yet on the server
    REFUSED = "refused"  # the server refused it; the reason is kept with it


@dataclass(frozen=True)
class RowSync:
    mark: SyncMark
    reason: str | None = None  # the server's refusal code
    fields: tuple[str, ...] = ()  # the fields the reason is about


@dataclass(frozen=True)
class Refusal:
    table: str
    reason: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ClientSync:
    """One client's records not on the server: how many wait, and what was refused."""

    waiting: int = 0
    refused: tuple[Refusal, ...] = ()


def records_waiting(session: Session, limit: int = RECORDS_COUNT_LIMIT) -> int:
    """How many records wait to be sent, not how many fields: a visit saved with its
    worker rows is one. Counted up to `limit` (the status bar says "1000+" beyond), so
    the count costs no more than that many outbox records."""
    owner: ColumnElement[Any] = outbox.c.row_id
    query = select(outbox.c.table_name, outbox.c.row_id)
    for child, parent in _part_tables():
        query = query.outerjoin(
            child, (outbox.c.table_name == child.name) & (child.c.id == outbox.c.row_id)
        )
        owner = func.coalesce(child.c[parent], owner)
    records = query.with_only_columns(owner.label("record")).distinct().limit(limit).subquery()
    return session.scalar(select(func.count()).select_from(records)) or 0


def row_states(session: Session, table: str, row_ids: Iterable[str]) -> dict[str, RowSync]:
    """The state of each given row that is not simply on the server; refused wins."""
    ids = list(dict.fromkeys(row_ids))
    if not ids:
        return {}
    waiting = select(outbox.c.row_id).where(outbox.c.table_name == table, outbox.c.row_id.in_(ids))
    states = {row_id: RowSync(SyncMark.WAITING) for row_id in session.scalars(waiting.distinct())}
    refused = select(
        sync_quarantine.c.row_id, sync_quarantine.c.reason, sync_quarantine.c.reason_fields
    ).where(sync_quarantine.c.table_name == table, sync_quarantine.c.row_id.in_(ids))
    for row_id, reason, fields in session.execute(refused.order_by(sync_quarantine.c.id)):
        states[row_id] = RowSync(SyncMark.REFUSED, reason, tuple(fields or ()))
    return states


def client_marks(session: Session, client_ids: list[str]) -> dict[str, SyncMark]:
    """Per client of a caseload page: whether any record of it waits or was refused.

    One id comes back per marked client, not one row per waiting record: a client
    never synced has dozens of records in the outbox, and a page of fifty such
    clients read them all (some 2,500 rows) on every page the list painted.
    """
    if not client_ids:
        return {}
    marks: dict[str, SyncMark] = {}
    for bookkeeping, mark in ((outbox, SyncMark.WAITING), (sync_quarantine, SyncMark.REFUSED)):
        if _holds_any(session, bookkeeping):  # after a sync, both are mostly empty
            found = session.scalars(_clients_with(bookkeeping.name), {"client_ids": client_ids})
            marks.update(dict.fromkeys(found, mark))
    return marks


def _holds_any(session: Session, bookkeeping: Table) -> bool:
    """One row read at most: an empty outbox or quarantine asks nothing of the records."""
    return session.scalar(select(bookkeeping.c[0]).limit(1)) is not None


@functools.cache
def _clients_with(bookkeeping_name: str) -> Select[Any]:
    """The clients (of the `client_ids` parameter) with a bookkeeping row (outbox or
    quarantine) about themselves or any record of theirs. Each is an OR of EXISTS
    probes through the records' `client_id` index and the bookkeeping's (table, row)
    index, which stops at the first row found: the cost is bounded by the shown
    clients' own records. Built once: a page of rows is painted on every scroll."""
    bookkeeping = outbox if bookkeeping_name == outbox.name else sync_quarantine
    client = Base.metadata.tables[CLIENT_TABLE]
    probes: list[ColumnElement[bool]] = [
        exists().where(
            bookkeeping.c.table_name == CLIENT_TABLE, bookkeeping.c.row_id == client.c.id
        )
    ]
    for table, owner in _owned_tables():
        rows = (
            owner
            if owner is table
            else table.join(owner, owner.c.id == table.c[str(TABLES[table.name].parent_field)])
        )
        noted = exists().where(
            bookkeeping.c.table_name == table.name, bookkeeping.c.row_id == table.c.id
        )
        probes.append(
            exists(select(1).select_from(rows).where(owner.c.client_id == client.c.id, noted))
        )
    shown: BindParameter[list[str]] = bindparam("client_ids", expanding=True)
    return select(client.c.id).where(client.c.id.in_(shown), or_(*probes))


def client_sync(session: Session, client_id: str) -> ClientSync:
    """For the record window: the client's waiting records and the refusals in full."""
    q = sync_quarantine.c
    waiting = session.execute(_about_clients(outbox, [client_id], [])).all()
    refused = session.execute(
        _about_clients(sync_quarantine, [client_id], [q.id, q.table_name, q.reason,
                                                     q.reason_fields])
    ).all()  # fmt: skip
    return ClientSync(
        waiting=len({row.record for row in waiting}),  # a visit with its workers is one
        refused=tuple(
            Refusal(row.table_name, row.reason, tuple(row.reason_fields or ()))
            for row in sorted(refused, key=lambda row: row.id)
        ),
    )


def client_of_row(
    session: Session, table: str, row_id: str, fields: dict[str, object]
) -> str | None:
    """The client a (possibly refused) row belongs to, from the row here or its parent."""
    if table == CLIENT_TABLE:
        return row_id
    spec = TABLES.get(table)
    if spec is None:
        return None
    if isinstance(fields.get("client_id"), str):
        return str(fields["client_id"])
    local = Base.metadata.tables.get(table)
    if local is None:
        return None
    if spec.scope is Scope.PARENT and spec.parent_field is not None:
        parent_table = spec.by_name[spec.parent_field].references
        parent_id = fields.get(spec.parent_field)
        if not isinstance(parent_id, str):
            parent_id = session.scalar(
                select(local.c[spec.parent_field]).where(local.c.id == row_id)
            )
        if parent_table is None or not isinstance(parent_id, str):
            return None
        return client_of_row(session, parent_table, parent_id, {})
    if "client_id" not in local.c:
        return None
    found = session.scalar(select(local.c.client_id).where(local.c.id == row_id))
    return found if isinstance(found, str) else None


def _about_clients(
    bookkeeping: Table, client_ids: list[str], columns: list[ColumnElement[Any]]
) -> Select[Any]:
    """Bookkeeping rows (outbox or quarantine) about these clients or their records,
    with `client_id` and `record` (the visit for a visit's worker row), limited to
    `client_ids`: one part per kind of record.

    Each part starts from the shown clients' own rows (their `client_id` index) and
    looks each one up in the bookkeeping's (table, row) index, so its cost follows the
    rows of the clients shown, never the size of the outbox. Asked as EXISTS, SQLite
    cannot turn the join around and walk every outbox row of the table instead (it
    does, for want of statistics, when the bookkeeping is an ordinary join).
    """
    parts: list[Select[Any]] = [
        select(
            bookkeeping.c.row_id.label("client_id"), bookkeeping.c.row_id.label("record"), *columns
        ).where(bookkeeping.c.table_name == CLIENT_TABLE, bookkeeping.c.row_id.in_(client_ids))
    ]
    for table, owner in _owned_tables():
        noted = (bookkeeping.c.table_name == table.name) & (bookkeeping.c.row_id == table.c.id)
        rows = (
            owner
            if owner is table
            else table.join(owner, owner.c.id == table.c[str(TABLES[table.name].parent_field)])
        )
        if columns:  # the refusals themselves: the quarantine holds only refused rows
            part = select(owner.c.client_id, owner.c.id.label("record"), *columns).select_from(
                rows.join(bookkeeping, noted)
            )
        else:
            part = (
                select(owner.c.client_id, owner.c.id.label("record"))
                .select_from(rows)
                .where(exists().where(noted))
            )
        parts.append(part.where(owner.c.client_id.in_(client_ids)))
    return select(union_all(*parts).subquery())


def _owned_tables() -> list[tuple[Table, Table]]:
    """(table, the table naming its client): a visit names its client, a visit's worker
    row hangs on the visit."""
    tables = Base.metadata.tables
    found = []
    for spec in TABLES.values():
        if spec.name not in tables:
            continue
        if spec.scope is Scope.CLIENT_FIELD:
            found.append((tables[spec.name], tables[spec.name]))
        elif spec.scope is Scope.PARENT and spec.parent_field is not None:
            parent = spec.by_name[spec.parent_field].references
            if parent is not None and TABLES[parent].scope is Scope.CLIENT_FIELD:
                found.append((tables[spec.name], tables[parent]))
    return found


def _part_tables() -> list[tuple[Table, str]]:
    """Rows that are part of another record (a visit's workers, a follow-up's payments),
    with the field naming it: they are counted as that record."""
    tables = Base.metadata.tables
    return [
        (tables[spec.name], spec.parent_field)
        for spec in TABLES.values()
        if spec.scope is Scope.PARENT and spec.parent_field is not None and spec.name in tables
    ]
