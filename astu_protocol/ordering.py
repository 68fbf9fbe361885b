"""The order a push batch's rows are applied in: every row after the rows it refers to.

A visit saved with a living-skills check refers to the check, and its worker row to
the visit; all three are new in the same push. Applied in the order they were first
touched, the visit would come before the check and be refused for a reference the
server does not know yet. Both sides order a batch this way (the laptop when it builds
it, the server when it applies it), so a device that sends another order is still
understood. Part of the protocol: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from astu_protocol.messages import TABLES, RowChange

RowKey = tuple[str, str]  # (table, row id)


def dependency_order(changes: Sequence[RowChange]) -> list[RowChange]:
    """The changes with each one after those it refers to; otherwise in the given order.

    Iterative (a batch is a device's input to the server: no recursion it could
    exhaust); a cycle, which the tables do not allow, is broken where it is met.
    """
    by_key = {(change.table, change.row_id): change for change in changes}
    ordered: list[RowChange] = []
    placed: set[RowKey] = set()
    for change in changes:
        _place(change, by_key, placed, ordered)
    return ordered


def _place(
    change: RowChange, by_key: dict[RowKey, RowChange], placed: set[RowKey], out: list[RowChange]
) -> None:
    start = (change.table, change.row_id)
    if start in placed:
        return
    placed.add(start)
    stack: list[tuple[RowChange, Iterator[RowKey]]] = [(change, _targets(change))]
    while stack:
        current, targets = stack[-1]
        target = next((key for key in targets if key in by_key and key not in placed), None)
        if target is None:
            stack.pop()
            out.append(current)
            continue
        placed.add(target)
        stack.append((by_key[target], _targets(by_key[target])))


def _targets(change: RowChange) -> Iterator[RowKey]:
    """The rows this change names in its reference fields."""
    spec = TABLES.get(change.table)
    if spec is None:
        return
    for name, table in spec.references.items():
        value = change.fields.get(name)
        if isinstance(value, str):
            yield table, value
