"""Writing and verifying the access log (the client's right to know, Act 703/2023).

Every view, search, edit, signing, export and print of a client's data appends one
entry. Entries are chained by hash; `verify_chain` finds the first entry that was
edited, removed or reordered after the fact.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import AccessLogEntry, DeviceState
from astu_desktop.models.accesslog import GENESIS_HASH
from astu_desktop.models.base import new_id, utcnow
from astu_desktop.sync.localstate import sync_state
from astu_protocol.accesschain import CURRENT_CHAIN
from astu_protocol.codes import AccessAction, AccessOutcome


def record_access(
    session: Session,
    *,
    action: AccessAction,
    client_id: str | None,
    worker_id: str | None = None,
    outcome: AccessOutcome = AccessOutcome.OK,
    target: str | None = None,
    at: datetime | None = None,
) -> AccessLogEntry:
    """Append one entry; `worker_id` defaults to the worker this device belongs to."""
    device = session.scalars(select(DeviceState)).one()
    last_seq, prev_hash = _last_entry(session)
    entry = AccessLogEntry(
        seq=last_seq + 1,  # given here, not by the database: the hash covers it
        chain_version=CURRENT_CHAIN,
        id=new_id(),
        at=at or utcnow(),
        worker_id=worker_id if worker_id is not None else device.current_worker_id,
        device_id=device.device_id,
        client_id=client_id,
        action=action,
        outcome=outcome,
        target=target,
        prev_hash=prev_hash,
    )
    entry.hash = entry.compute_hash()
    session.add(entry)
    session.flush()
    return entry


def verify_chain(session: Session) -> int | None:
    """The `seq` of the first entry that breaks the chain, or None when it is intact."""
    expected_prev = GENESIS_HASH
    for entry in session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq)):
        if entry.prev_hash != expected_prev or entry.hash != entry.compute_hash():
            return entry.seq
        expected_prev = entry.hash
    return None


def entries_for_client(session: Session, client_id: str) -> list[AccessLogEntry]:
    """Who has processed this client's data, newest first (the record's Access log tab)."""
    query = (
        select(AccessLogEntry)
        .where(AccessLogEntry.client_id == client_id)
        .order_by(AccessLogEntry.seq.desc())
    )
    return list(session.scalars(query))


def reaches_acknowledged(session: Session) -> bool:
    """Whether the log still holds the newest entry the server acknowledged.

    An entry removed after the server took it (the newest ones, say, with the
    triggers dropped) leaves an intact-looking chain behind; this is what shows it.
    """
    state = session.execute(
        select(sync_state.c.access_log_ack_seq, sync_state.c.access_log_ack_hash)
    ).first()
    if state is None or state.access_log_ack_seq is None:
        return True
    held = session.scalar(
        select(AccessLogEntry.hash).where(AccessLogEntry.seq == state.access_log_ack_seq)
    )
    return bool(held == state.access_log_ack_hash)


def _last_entry(session: Session) -> tuple[int, str]:
    """The seq to follow and the hash to chain to.

    Numbering never goes back below what the server acknowledged: if entries were
    removed after it took them, the next one does not quietly refill their numbers,
    and the server sees the chain fork.
    """
    query = select(AccessLogEntry.seq, AccessLogEntry.hash).order_by(AccessLogEntry.seq.desc())
    last = session.execute(query.limit(1)).first()
    acknowledged = session.scalar(select(sync_state.c.access_log_ack_seq)) or 0
    if last is None:
        return acknowledged, GENESIS_HASH
    return max(last.seq, acknowledged), last.hash
