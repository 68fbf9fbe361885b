"""Who processed a client's data, and when (the client's right under Act 703/2023).

Two sources, both append-only: the access-log entries the devices uploaded (views,
edits, signings, exports, prints on a laptop) and the server's own log of the API
calls that sent or changed the client's data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from astu_server.models import ApiAccess, ApiAccessClient, ClientAlias, DeviceAccessLog, User


@dataclass(frozen=True)
class AccessLine:
    at: datetime
    source: str  # "device" or "server"
    username: str
    device_id: str
    action: str
    detail: str

    def render(self) -> str:
        stamp = self.at.strftime("%Y-%m-%dT%H:%M:%SZ")
        who = f"{self.source:<6}  {self.username:<20}  {self.device_id}"
        return f"{stamp}  {who}  {self.action}  {self.detail}"


def access_report(session: Session, client_id: str) -> list[AccessLine]:
    names = {user_id: name for user_id, name in session.execute(select(User.id, User.username))}
    lines = [_device_line(entry, names) for entry in _device_entries(session, client_id)]
    lines += [_server_line(entry, names) for entry in _server_entries(session, client_id)]
    return sorted(lines, key=lambda line: line.at)


def _device_entries(session: Session, client_id: str) -> list[DeviceAccessLog]:
    """Entries under the client's id and under the ids of duplicates joined into it."""
    aliases = select(ClientAlias.alias_id).where(ClientAlias.client_id == client_id)
    query = select(DeviceAccessLog).where(
        or_(DeviceAccessLog.client_id == client_id, DeviceAccessLog.client_id.in_(aliases))
    )
    return list(session.scalars(query))


def _server_entries(session: Session, client_id: str) -> list[ApiAccess]:
    query = (
        select(ApiAccess)
        .join(ApiAccessClient, ApiAccessClient.access_id == ApiAccess.id)
        .where(ApiAccessClient.client_id == client_id)
    )
    return list(session.scalars(query))


def _device_line(entry: DeviceAccessLog, names: dict[str, str]) -> AccessLine:
    who = names.get(entry.worker_id or entry.user_id, entry.user_id)
    return AccessLine(
        entry.at, "device", who, entry.device_id, entry.action,
        f"{entry.outcome} {entry.target or ''}".strip(),
    )  # fmt: skip


def _server_line(entry: ApiAccess, names: dict[str, str]) -> AccessLine:
    who = names.get(entry.user_id or "", "-")
    action = "sent" if entry.path.endswith("/pull") else "changed"
    return AccessLine(
        entry.at, "server", who, entry.device_id or "-", action,
        f"{entry.method} {entry.path} {entry.status}",
    )  # fmt: skip
