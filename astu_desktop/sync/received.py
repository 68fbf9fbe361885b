"""Pulled rows this device cannot store are set aside alone; the rest of the page applies.

A row from the server is checked against the same value types the server checks a
push against (`sync.validation`). One that fails (a server of an older version, a
bug, a value written straight into the server's database) would otherwise break the
page, and with it every later sync of this laptop: instead it goes to the quarantine
with the fields at fault, is counted and listed with the refused records, and never
reaches the local tables. So do rows the server withheld (its own check failed) and
rows that refer to a row set aside (they could not keep their reference here).

Rows in the quarantine are left out of the scope check on both sides, so a row set
aside does not make the laptop download its scope again. When the row later arrives
in a good state, its entry leaves the quarantine and the row is applied as usual.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, insert, select

from astu_desktop.models.base import utcnow
from astu_desktop.sync.localstate import sync_quarantine
from astu_protocol import validation
from astu_protocol.messages import (
    TABLE_ORDER,
    TABLES,
    PullResponse,
    RowState,
    ScopeEvent,
    WithheldRow,
)
from astu_protocol.values import valid_row_id

RECEIVED_INVALID = "received_invalid"  # a value this device's types refuse
WITHHELD = "withheld"  # the server could not send the row
RECEIVED_REASONS = (RECEIVED_INVALID, WITHHELD)
RowKey = tuple[str, str]


@dataclass
class Screened:
    rows: list[RowState]
    events: list[ScopeEvent]
    set_aside: int = 0


@dataclass
class _Screen:
    conn: Connection
    held: set[RowKey]
    released: set[RowKey] = field(default_factory=set)  # held before, good now
    set_aside: int = 0

    def keep(self, states: Iterable[RowState]) -> list[RowState]:
        """The states that can be stored here, parents before children."""
        kept = []
        for state in sorted(states, key=lambda s: TABLE_ORDER.get(s.table, len(TABLE_ORDER))):
            key = (state.table, state.row_id)
            faults = _faults(state, self.held)
            if faults:
                self.hold(key, faults, state.fields, RECEIVED_INVALID)
                continue
            if key in self.held:
                self.held.discard(key)
                self.released.add(key)
            kept.append(state)
        return kept

    def hold(
        self, key: RowKey, faults: list[str], fields: Mapping[str, object], reason: str
    ) -> None:
        if key not in self.held:
            client_id = key[1] if key[0] == "client" else fields.get("client_id")
            self.conn.execute(
                insert(sync_quarantine).values(
                    table_name=key[0][:64], row_id=key[1][:36],
                    fields={"client_id": client_id} if valid_row_id(client_id) else {},
                    stamp="", reason=reason, reason_fields=faults,
                    quarantined_at=utcnow().replace(tzinfo=None), refused_new_row=False,
                )
            )  # fmt: skip
        self.held.add(key)
        self.released.discard(key)
        self.set_aside += 1


def screen(conn: Connection, page: PullResponse) -> Screened:
    """The page's rows and scope events without what cannot be stored on this device."""
    check = _Screen(conn, _held(conn))
    for row in page.withheld:
        check.hold(_key(row), [], {}, WITHHELD)
    rows = check.keep(page.rows)
    events = [event.model_copy(update={"rows": check.keep(event.rows)}) for event in page.events]
    _release(conn, check.released)
    return Screened(rows, events, check.set_aside)


def _faults(state: RowState, held: set[RowKey]) -> list[str]:
    """The fields at fault: values failing their types, references to rows set aside."""
    spec = TABLES.get(state.table)
    if spec is None:
        return []  # a newer server's table: apply passes it over
    faults = set(validation.problems(state.table, state.fields))
    faults |= {
        name for name, target in spec.references.items() if (target, state.fields.get(name)) in held
    }
    return sorted(faults)


def _held(conn: Connection) -> set[RowKey]:
    query = select(sync_quarantine.c.table_name, sync_quarantine.c.row_id).where(
        sync_quarantine.c.reason.in_(RECEIVED_REASONS)
    )
    return {(table, row_id) for table, row_id in conn.execute(query)}


def _release(conn: Connection, arrived: set[RowKey]) -> None:
    """Rows set aside before that have now arrived in a good state."""
    for table, row_id in arrived:
        conn.execute(
            delete(sync_quarantine).where(
                sync_quarantine.c.table_name == table,
                sync_quarantine.c.row_id == row_id,
                sync_quarantine.c.reason.in_(RECEIVED_REASONS),
            )
        )


def _key(row: WithheldRow) -> RowKey:
    return (row.table, row.row_id)
