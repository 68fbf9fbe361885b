"""Records an administrator loads into the server as its own, not as a device's push.

The demo's synthetic caseload holds a whole team's work (documents by several
authors, decisions by the SAS placers); no laptop may push that in other people's
names, so the demo loads it here, on the server's own account, before its laptop
enrols. Never a path for real data: a real laptop pushes only its user's work.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from astu_protocol.messages import TABLE_ORDER, TABLES, Scope
from astu_server import records
from astu_server.db import FeedPositions
from astu_server.merge import owner_of

Row = tuple[str, str, dict[str, Any]]  # table, row id, field values


def load_records(session: Session, rows: Iterable[Row]) -> list[str]:
    """Store the rows (parents first) as the server's; the clients' ids are returned."""
    positions = FeedPositions(session)
    clients = []
    for table, row_id, values in sorted(rows, key=lambda row: TABLE_ORDER[row[0]]):
        spec = TABLES[table]
        client_id = owner_of(session, spec, row_id, values)
        records.create(
            session, table=table, row_id=row_id, client_id=client_id, values=values,
            origin=records.server_origin(), position=positions.next(),
        )  # fmt: skip
        if spec.scope is Scope.CLIENT:
            clients.append(row_id)
    return clients
