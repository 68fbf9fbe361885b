"""Work kept for a client who left this laptop's caseload, until a person decides.

When a client is reassigned while its worker still has unsent changes, the server
refuses them and the client's rows are purged, but the changes stay in quarantine
(`left_scope`, with the client's id and name). A person then either exports them for
the team lead (a password-protected PDF, `kept_work_export`) or discards them; both
are written to the access log under the client's id, although the client itself is
no longer on this laptop.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from astu_desktop.services.accesslog import record_access
from astu_desktop.sync.apply import LEFT_SCOPE
from astu_desktop.sync.localstate import sync_quarantine
from astu_protocol.codes import AccessAction

TARGET_KEPT_WORK = "kept_work"
TARGET_KEPT_WORK_DISCARD = "kept_work:discard"


class NoKeptWork(LookupError):
    """Nothing is kept for this client (already discarded, or never kept)."""


@dataclass(frozen=True)
class KeptChange:
    table: str
    fields: dict[str, Any]
    quarantined_at: datetime


@dataclass(frozen=True)
class KeptWork:
    client_id: str
    client_label: str
    changes: list[KeptChange]


def _of_client(client_id: str) -> Any:
    return (sync_quarantine.c.reason == LEFT_SCOPE) & (sync_quarantine.c.client_id == client_id)


def kept_work(session: Session, client_id: str) -> KeptWork:
    """Every kept change of one client, oldest first; NoKeptWork when there is none."""
    rows = session.execute(
        select(sync_quarantine).where(_of_client(client_id)).order_by(sync_quarantine.c.id)
    ).mappings()
    changes, label = [], ""
    for row in rows:
        label = label or row["client_label"] or ""
        fields = row["fields"] if isinstance(row["fields"], dict) else {}
        changes.append(KeptChange(row["table_name"], dict(fields), row["quarantined_at"]))
    if not changes:
        raise NoKeptWork()
    return KeptWork(client_id, label, changes)


def discard_kept_work(session: Session, client_id: str) -> int:
    """Remove a client's kept changes for good (a person decided); logged. Returns how many."""
    found = select(sync_quarantine.c.id).where(_of_client(client_id))
    ids = list(session.scalars(found))
    if not ids:
        raise NoKeptWork()
    session.execute(delete(sync_quarantine).where(sync_quarantine.c.id.in_(ids)))
    record_access(
        session, action=AccessAction.UPDATE, client_id=client_id, target=TARGET_KEPT_WORK_DISCARD
    )
    return len(ids)
