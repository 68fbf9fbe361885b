"""Every value at the server's boundary is checked against its declared type.

Two doors. A pushed row is checked before anything of it is stored: a bad value
refuses that row alone, with the field and the limit it broke, and the rest of the
batch flows; a good one is stored in its normal form (a henkilötunnus as the one
parser writes it, so a look-alike finds the person it looks like). A stored row that
no longer passes (written by an older version, or by a bug) is left out of the feed
page it belongs to, named to the device as withheld and counted in the log, so one
bad row never turns every pull of its scope into a failure.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from astu_protocol import validation
from astu_protocol.messages import (
    ChangeResult,
    ConflictState,
    Outcome,
    RefusalReason,
    RowChange,
    RowState,
    ScopeEvent,
    WithheldRow,
)
from astu_server.models import Record

log = logging.getLogger("astu_server.values")


def checked(change: RowChange, record: Record | None) -> tuple[RowChange, ChangeResult | None]:
    """The change with its values in their stored form, or the refusal of its row."""
    found = validation.problems(change.table, change.fields, record.data if record else None)
    if found:
        return change, ChangeResult(
            table=change.table,
            row_id=change.row_id,
            outcome=Outcome.REFUSED,
            reason=RefusalReason.INVALID_VALUE,
            fields=sorted(found),
            problems=found,
        )
    fields = validation.normalised(change.table, change.fields)
    return change.model_copy(update={"fields": fields}), None


@dataclass
class Servable:
    """What of a page can be sent; the rest is withheld (ids only)."""

    withheld: list[WithheldRow] = field(default_factory=list)
    dropped_conflicts: int = 0

    def rows(self, rows: Iterable[Record]) -> list[Record]:
        kept = []
        for row in rows:
            if sendable(row.table_name, row.data):
                kept.append(row)
            else:
                self.withheld.append(WithheldRow(table=row.table_name, row_id=row.row_id))
        return kept

    def events(self, events: list[ScopeEvent]) -> list[ScopeEvent]:
        return [event.model_copy(update={"rows": self.states(event.rows)}) for event in events]

    def states(self, states: list[RowState]) -> list[RowState]:
        kept = []
        for state in states:
            if sendable(state.table, state.fields):
                kept.append(state)
            else:
                self.withheld.append(WithheldRow(table=state.table, row_id=state.row_id))
        return kept

    def conflicts(self, conflicts: list[ConflictState]) -> list[ConflictState]:
        """A conflict whose values cannot be sent stays on the server (logged, counted)."""
        kept = [c for c in conflicts if _serialises(c.values_a) and _serialises(c.values_b)]
        self.dropped_conflicts += len(conflicts) - len(kept)
        return kept

    def report(self, user_id: str) -> None:
        """Counted in the log: tables and row ids only, never a value."""
        dropped = self.dropped_conflicts
        if not self.withheld and not dropped:
            return
        log.warning(
            "feed page for user %s: %d stored rows withheld (their values fail their "
            "types), %d conflicts left out: %s",
            user_id, len(self.withheld), dropped,
            ", ".join(f"{row.table}/{row.row_id}" for row in self.withheld[:20]),
        )  # fmt: skip


def sendable(table: str, data: Mapping[str, object]) -> bool:
    """Whether a stored row passes its types and can be written as JSON at all."""
    return _serialises(data) and not validation.problems(table, data)


def _serialises(value: object) -> bool:
    try:
        json.dumps(value, ensure_ascii=False, allow_nan=False).encode()
    except (TypeError, ValueError):  # UnicodeEncodeError is a ValueError
        return False
    return True
