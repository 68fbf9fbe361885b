"""Who processed a client's data, and when (the client's right under Act 703/2023).

Four sources, all append-only: the access-log entries the devices uploaded (views,
edits, signings, exports, prints on a laptop), the server's disclosure log (which
device received the client's data, and who asked to register the same person
again), the integrity events of the devices that held the client (a gap, fork or
rewrite in a laptop's log, an entry refused as untrue), and the server's log of the
API calls that changed the client's data. So removing entries on a laptop cannot
hide that the laptop received the data. Every line is printable as it stands:
uploaded text is escaped (`adminprint`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from astu_server.adminprint import printable
from astu_server.models import (
    AccessLogIntegrityEvent,
    ApiAccess,
    ApiAccessClient,
    ClientAlias,
    DeviceAccessLog,
    Disclosure,
    ScopeHistory,
    User,
)

PULL_PATH = "/sync/pull"  # disclosures are in their own log, written with the page


@dataclass(frozen=True)
class AccessLine:
    at: datetime
    source: str  # "device", "server" or "integrity"
    username: str
    device_id: str
    action: str
    detail: str

    def render(self) -> str:
        stamp = self.at.strftime("%Y-%m-%dT%H:%M:%SZ")
        who = f"{self.source:<6}  {printable(self.username):<20}  {printable(self.device_id)}"
        return f"{stamp}  {who}  {printable(self.action)}  {printable(self.detail)}"


def access_report(session: Session, client_id: str) -> list[AccessLine]:
    names = {user_id: name for user_id, name in session.execute(select(User.id, User.username))}
    lines = [_device_line(entry, names) for entry in _device_entries(session, client_id)]
    lines += [_disclosure_line(entry, names) for entry in _disclosures(session, client_id)]
    lines += [_integrity_line(event, names) for event in integrity_events(session, client_id)]
    lines += [_server_line(entry, names) for entry in _server_entries(session, client_id)]
    return sorted(lines, key=lambda line: line.at)


def _device_entries(session: Session, client_id: str) -> list[DeviceAccessLog]:
    """Entries under the client's id and under the ids of duplicates joined into it."""
    aliases = select(ClientAlias.alias_id).where(ClientAlias.client_id == client_id)
    query = select(DeviceAccessLog).where(
        or_(DeviceAccessLog.client_id == client_id, DeviceAccessLog.client_id.in_(aliases))
    )
    return list(session.scalars(query))


def _disclosures(session: Session, client_id: str) -> list[Disclosure]:
    return list(session.scalars(select(Disclosure).where(Disclosure.client_id == client_id)))


def integrity_events(session: Session, client_id: str) -> list[AccessLogIntegrityEvent]:
    """Events naming the client, and chain breaks of devices whose user held the client
    (the entries a gap hides may well have been about them)."""
    holders = select(ScopeHistory.user_id).where(ScopeHistory.client_id == client_id)
    query = select(AccessLogIntegrityEvent).where(
        or_(
            AccessLogIntegrityEvent.client_id == client_id,
            AccessLogIntegrityEvent.client_id.is_(None)
            & AccessLogIntegrityEvent.user_id.in_(holders),
        )
    )
    return list(session.scalars(query))


def device_integrity_lines(session: Session, device_id: str | None) -> list[AccessLine]:
    """The admin's listing of every integrity event, or one device's, oldest first."""
    names = {user_id: name for user_id, name in session.execute(select(User.id, User.username))}
    query = select(AccessLogIntegrityEvent).order_by(AccessLogIntegrityEvent.id)
    if device_id is not None:
        query = query.where(AccessLogIntegrityEvent.device_id == device_id)
    return [_integrity_line(event, names) for event in session.scalars(query)]


def _server_entries(session: Session, client_id: str) -> list[ApiAccess]:
    query = (
        select(ApiAccess)
        .join(ApiAccessClient, ApiAccessClient.access_id == ApiAccess.id)
        .where(ApiAccessClient.client_id == client_id, ~ApiAccess.path.endswith(PULL_PATH))
    )
    return list(session.scalars(query))


def _device_line(entry: DeviceAccessLog, names: dict[str, str]) -> AccessLine:
    who = names.get(entry.worker_id or entry.user_id, entry.user_id)
    return AccessLine(
        entry.at, "device", who, entry.device_id, entry.action,
        f"{entry.outcome} {entry.target or ''}".strip(),
    )  # fmt: skip


def _disclosure_line(entry: Disclosure, names: dict[str, str]) -> AccessLine:
    action = "sent" if entry.kind == "pull" else entry.kind
    return AccessLine(
        entry.at, "server", names.get(entry.user_id, entry.user_id), entry.device_id, action,
        "disclosed" if entry.kind == "pull" else "asked to register the same person",
    )  # fmt: skip


def _integrity_line(event: AccessLogIntegrityEvent, names: dict[str, str]) -> AccessLine:
    return AccessLine(
        event.at, "integrity", names.get(event.user_id, event.user_id), event.device_id,
        event.kind, f"seq {event.seq} {event.detail}",
    )  # fmt: skip


def _server_line(entry: ApiAccess, names: dict[str, str]) -> AccessLine:
    who = names.get(entry.user_id or "", "-")
    return AccessLine(
        entry.at, "server", who, entry.device_id or "-", "changed",
        f"{entry.method} {entry.path} {entry.status}",
    )  # fmt: skip
