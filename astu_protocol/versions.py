"""Which tables and fields each protocol version knows, so that two sides of different
versions keep syncing what they both know.

A laptop is updated when its worker installs the new release, the server when the city
does: for weeks some laptops run a version behind the server, and a pilot group may run
one ahead. Every request names the version its sender speaks; the server answers in the
older of the two (`spoken`), and both sides then send, receive and compare (the scope
check) only what that version knows: each table and field says in `since` which version
added it. A laptop keeps its edits of what the server does not know yet in its outbox,
neither sent nor refused, until the server speaks their version.

What a new version may do, so that this holds:
- add tables and fields, with `since` set to it; a new field is never required (a laptop
  of an older version never sends it);
- add optional keys to answers: a reader ignores keys it does not know;
- add keys to requests only where the sender speaks the new version.
Anything else (a field that changes meaning, a key removed) needs a new
`OLDEST_PROTOCOL_VERSION`, and the laptops behind it update before they sync again: the
server answers them `protocol_mismatch` before it reads or writes anything, and the
laptop asks its worker to update ASTU Desktop, its changes kept in the outbox.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from astu_protocol.tables import TABLES, TableSpec

PROTOCOL_VERSION = 1
# The oldest version the server still speaks; a laptop behind it is told to update.
OLDEST_PROTOCOL_VERSION = 1


def spoken(mine: int, theirs: int) -> int:
    """The version two sides talk in: the older of the two."""
    return min(mine, theirs)


def tables_at(version: int, tables: Mapping[str, TableSpec] | None = None) -> dict[str, TableSpec]:
    """The tables `version` knows, each with only the fields it knows, in sync order."""
    known = TABLES if tables is None else tables
    return {name: spec_at(spec, version) for name, spec in known.items() if spec.since <= version}


def spec_at(spec: TableSpec, version: int) -> TableSpec:
    """The table as `version` knows it (the table itself when it knows every field)."""
    fields = tuple(field for field in spec.fields if field.since <= version)
    if len(fields) == len(spec.fields):
        return spec
    names = {field.name for field in fields}
    groups = tuple(
        kept for kept in (tuple(n for n in group if n in names) for group in spec.groups) if kept
    )
    return dataclasses.replace(spec, fields=fields, groups=groups)
