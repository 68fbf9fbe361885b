"""Administration: teams, users, devices, and who works with which client.

Teams and users are also staff-directory records in the feed (tables `team` and
`worker`), so every device can show who did what; only the server writes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import uuid6
from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_server import devices, records, scope
from astu_server.db import FeedPositions
from astu_server.models import Device, RecordKey, Team, User, utcnow
from astu_server.security import hash_password

ROLES = (scope.FIELD_WORKER, scope.TEAM_LEAD, scope.ADMIN)


class AdminError(Exception):
    """A refused administrative command; `code` names the reason (no personal data)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def new_id() -> str:
    return str(uuid6.uuid7())


def add_team(session: Session, name: str, *, team_id: str | None = None) -> Team:
    """A new team; `team_id` keeps the id of a team made elsewhere (the demo's seed)."""
    if session.scalar(select(Team).where(Team.name == name)) is not None:
        raise AdminError("team_exists")
    team = Team(id=team_id or new_id(), name=name)
    session.add(team)
    positions = FeedPositions(session)
    records.create(
        session,
        table="team",
        row_id=team.id,
        client_id=None,
        values={"name": name},
        origin=records.server_origin(),
        position=positions.next(),
    )
    return team


def add_user(
    session: Session,
    *,
    username: str,
    full_name: str,
    role: str,
    password: str,
    team_name: str | None = None,
    user_id: str | None = None,
) -> User:
    if role not in ROLES:
        raise AdminError("unknown_role")
    if find_user(session, username) is not None:
        raise AdminError("user_exists")
    team = find_team(session, team_name) if team_name else None
    user = User(
        id=user_id or new_id(),
        username=username,
        full_name=full_name,
        role=role,
        team_id=team.id if team else None,
        password_hash=hash_password(password),
    )
    session.add(user)
    session.flush()
    positions = FeedPositions(session)
    if role in scope.SYNCING_ROLES:
        _publish_worker(session, positions, user)
    if role == scope.TEAM_LEAD and team is not None:
        scope.refresh(session, positions, scope.clients_of_team(session, team.id))
    return user


def _publish_worker(session: Session, positions: FeedPositions, user: User) -> None:
    values = {
        "username": user.username,
        "full_name": user.full_name,
        "role": user.role,
        "team_id": user.team_id,
        "active": user.disabled_at is None,
    }
    existing = records.get(session, "worker", user.id)
    if existing is None:
        records.create(
            session,
            table="worker",
            row_id=user.id,
            client_id=None,
            values=values,
            origin=records.server_origin(),
            position=positions.next(),
        )
    else:
        records.update(existing, values, records.server_origin(), positions.next())


def disable_user(session: Session, username: str, *, now: datetime | None = None) -> User:
    """The user can no longer sign in or sync; each of their devices is revoked and
    wipes its store at its next contact (what is on it is no longer theirs to keep)."""
    user = require_user(session, username)
    user.disabled_at = now or utcnow()
    devices.wipe_devices_of(session, user.id, user.disabled_at)
    if user.role in scope.SYNCING_ROLES:
        _publish_worker(session, FeedPositions(session), user)
    return user


def enrolment_code(session: Session, username: str) -> str:
    """A one-time code for enrolling one device of this user (see `devices`)."""
    user = require_user(session, username)
    if user.disabled_at is not None:
        raise AdminError("user_disabled")
    if user.role not in scope.SYNCING_ROLES:
        raise AdminError("role_cannot_sync")
    return devices.issue_enrolment_code(session, user)


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username))


def require_user(session: Session, username: str) -> User:
    user = find_user(session, username)
    if user is None:
        raise AdminError("unknown_user")
    return user


def find_team(session: Session, name: str) -> Team:
    team = session.scalar(select(Team).where(Team.name == name))
    if team is None:
        raise AdminError("unknown_team")
    return team


def assign_client(
    session: Session, client_id: str, responsible: str, co_workers: Sequence[str] = ()
) -> None:
    """Make `responsible` (a username) the client's worker, with these co-workers."""
    if records.get(session, "client", client_id) is None:
        raise AdminError("unknown_client")
    users = [require_user(session, name) for name in (responsible, *co_workers)]
    if any(user.role not in scope.SYNCING_ROLES for user in users):
        raise AdminError("role_cannot_sync")
    positions = FeedPositions(session)
    scope.assign(session, positions, client_id, users[0].id, [user.id for user in users[1:]])


def find_client_by_hetu(session: Session, hetu: str) -> str | None:
    """The client id holding this henkilötunnus, through the unique-key index."""
    key = records.unique_keys("client", {"hetu": hetu.strip().upper()})
    return session.scalar(
        select(RecordKey.row_id).where(RecordKey.table_name == "client", RecordKey.key == key[0])
    )


def list_devices(session: Session, username: str | None = None) -> list[tuple[Device, User]]:
    query = select(Device, User).join(User, User.id == Device.user_id).order_by(Device.enrolled_at)
    if username is not None:
        query = query.where(User.username == username)
    return [(device, user) for device, user in session.execute(query)]


def revoke_device(session: Session, device_id: str, *, now: datetime | None = None) -> Device:
    """At its next contact the device is told it is revoked, and wipes its store."""
    device = session.get(Device, device_id)
    if device is None:
        raise AdminError("unknown_device")
    if device.revoked_at is None:
        device.revoked_at = now or utcnow()
    return device
