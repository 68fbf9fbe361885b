"""Taking a device's access-log entries: only what is true is stored as fact.

The access log is a legal record (Act 703/2023: a client may ask who processed their
data). An entry is stored when it names the device's own user, a client the user
holds or has held, an action, outcome and target from the closed sets, a time
between the device's enrolment and now (within the clock tolerance), and when its
hash is right. Per device the entries form one chain: `seq` follows the last
accepted one and `prev_hash` is its hash. Anything else (a gap, a fork, a rewrite,
an untrue entry) becomes an integrity event, shown to the admin and in the client's
access report: never accepted silently, never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from astu_protocol.accesschain import (
    ACTIONS,
    OUTCOMES,
    canonical,
    entry_hash,
    known_target,
)
from astu_protocol.messages import AccessLogHead, AccessLogUpload
from astu_server import scope
from astu_server.actors import CLOCK_TOLERANCE
from astu_server.models import (
    AccessLogIntegrityEvent,
    ClientAlias,
    Device,
    DeviceAccessLog,
    ScopeHistory,
)

if TYPE_CHECKING:
    from astu_server.merge import Batch

GAP, FORK, REWRITE, REFUSED = "gap", "fork", "rewrite", "refused"


@dataclass
class Chain:
    """The device's chain head while a batch of its entries is taken."""

    session: Session
    device: Device
    now: datetime


def store_access_log(batch: Batch, entries: list[AccessLogUpload]) -> int:
    """Take the entries in `seq` order; an entry sent twice is taken once."""
    device = batch.session.get_one(Device, batch.pusher.device_id)
    chain = Chain(batch.session, device, datetime.fromtimestamp(batch.now_ms / 1000, tz=UTC))
    for entry in sorted(entries, key=lambda entry: entry.seq):
        _take(chain, entry)
    return len(entries)


def head(session: Session, device_id: str) -> AccessLogHead:
    device = session.get_one(Device, device_id)
    return AccessLogHead(seq=device.access_log_seq, hash=device.access_log_hash)


def _take(chain: Chain, entry: AccessLogUpload) -> None:
    device = chain.device
    if entry.seq <= device.access_log_seq:
        _earlier(chain, entry)
        return
    if entry.seq > device.access_log_seq + 1:
        _event(chain, GAP, entry.seq, None, f"missing_from_{device.access_log_seq + 1}")
    elif entry.prev_hash != device.access_log_hash:
        _event(chain, FORK, entry.seq, None, "prev_hash_differs")
    reason = _untrue(chain, entry)
    if reason is None:
        _store(chain, entry)
    else:
        kind = REWRITE if reason in ("hash_differs", "chain_version_lowered") else REFUSED
        _event(chain, kind, entry.seq, entry.client_id, reason)
    device.access_log_seq = entry.seq
    device.access_log_hash = entry.hash
    device.access_log_version = max(device.access_log_version, entry.chain_version)


def _earlier(chain: Chain, entry: AccessLogUpload) -> None:
    """An entry at or before the head: the same again is nothing, another is a rewrite."""
    stored = chain.session.scalar(
        select(DeviceAccessLog.hash).where(
            DeviceAccessLog.device_id == chain.device.id, DeviceAccessLog.seq == entry.seq
        )
    )
    if stored == entry.hash:
        return
    if entry.seq == chain.device.access_log_seq and entry.hash == chain.device.access_log_hash:
        return  # the head itself again (one that was refused and is not stored)
    _event(chain, REWRITE, entry.seq, None, "seq_taken")


def _untrue(chain: Chain, entry: AccessLogUpload) -> str | None:
    """Why the entry cannot be stored as fact, as a code; None when it can."""
    device = chain.device
    if entry.chain_version < device.access_log_version:
        return "chain_version_lowered"
    computed = entry_hash(
        canonical(
            version=entry.chain_version, seq=entry.seq, entry_id=entry.id, at=entry.at,
            worker_id=entry.worker_id, device_id=device.id, client_id=entry.client_id,
            action=entry.action, outcome=entry.outcome, target=entry.target,
            prev_hash=entry.prev_hash,
        )
    )  # fmt: skip
    if computed != entry.hash:
        return "hash_differs"
    if entry.worker_id != device.user_id:
        return "worker_not_device_user"
    if entry.action not in ACTIONS or entry.outcome not in OUTCOMES:
        return "unknown_action"
    if not known_target(entry.target):
        return "unknown_target"
    if not _plausible_time(chain, entry.at):
        return "time_out_of_range"
    if entry.client_id is not None and not _ever_held(chain, entry.client_id):
        return "client_never_held"
    if chain.session.get(DeviceAccessLog, entry.id) is not None:
        return "id_taken"
    return None


def _plausible_time(chain: Chain, at: datetime) -> bool:
    if at.tzinfo is None:
        return False
    earliest = chain.device.enrolled_at - CLOCK_TOLERANCE
    return earliest <= at <= chain.now + CLOCK_TOLERANCE


def _ever_held(chain: Chain, client_id: str) -> bool:
    """The client (or the duplicate id a laptop gave them) is or was in the user's scope."""
    session, user_id = chain.session, chain.device.user_id
    alias = session.get(ClientAlias, client_id)
    if alias is not None:
        return True  # the laptop's own registration of a person the server already had
    if scope.in_scope(session, user_id, client_id):
        return True
    held = exists().where(ScopeHistory.user_id == user_id, ScopeHistory.client_id == client_id)
    return bool(session.scalar(select(held)))


def _store(chain: Chain, entry: AccessLogUpload) -> None:
    chain.session.add(
        DeviceAccessLog(
            id=entry.id,
            device_id=chain.device.id,
            user_id=chain.device.user_id,
            seq=entry.seq,
            at=entry.at,
            worker_id=entry.worker_id,
            client_id=entry.client_id,
            action=entry.action,
            outcome=entry.outcome,
            target=entry.target,
            prev_hash=entry.prev_hash,
            hash=entry.hash,
        )
    )
    chain.session.flush()


def _event(chain: Chain, kind: str, seq: int, client_id: str | None, detail: str) -> None:
    chain.session.add(
        AccessLogIntegrityEvent(
            device_id=chain.device.id, user_id=chain.device.user_id, kind=kind, seq=seq,
            client_id=client_id, detail=detail,
        )
    )  # fmt: skip
