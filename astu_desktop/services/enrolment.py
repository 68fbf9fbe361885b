"""Enrolling this store with the central server, its sync status, and the remote wipe.

Enrolment happens once, online, with the worker's username, password and a one-time
enrolment code an admin issued for them; the server answers with a device token that
is kept only inside the encrypted store. From then on the device syncs with the token,
which the server rotates now and then (`rotate_token`). A revoked device (a lost
laptop) is told so at its next contact and erases its store: database, key file and
every file beside them. Only a server reached over TLS can say so: a plain `http://`
address is refused, except on this computer's own loopback (the demo's server).
"""

from __future__ import annotations

import ipaddress
import platform
import shutil
from dataclasses import dataclass
from datetime import datetime

import httpx
from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from astu_desktop.models import DeviceState
from astu_desktop.models.base import utcnow
from astu_desktop.services.sync_marks import records_waiting
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.storepaths import StorePaths
from astu_desktop.sync.client import HttpSyncClient, SyncError
from astu_desktop.sync.localstate import sync_conflict, sync_quarantine, sync_state
from astu_protocol.messages import EnrolRequest, UserInfo


class AlreadyEnrolled(Exception):
    code = "already_enrolled"


class NotEnrolled(Exception):
    code = "not_enrolled"


class InsecureServer(SyncError):
    """A plain-HTTP server elsewhere than loopback: anyone on the way could read the
    data or, posing as the server, order this laptop wiped."""

    code = "insecure_server"


def check_server_url(url: str) -> str:
    """`url` when it is https, or http on loopback; raises `InsecureServer` otherwise."""
    parsed = httpx.URL(url.strip())
    if parsed.scheme == "https" and parsed.host:
        return url.strip()
    if parsed.scheme == "http" and _is_loopback(parsed.host):
        return url.strip()
    raise InsecureServer()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SyncStatus:
    """What the status line says: honest about what is and is not on the server yet."""

    enrolled: bool
    server_url: str | None = None
    username: str | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    records_waiting: int = 0  # records, not fields: a saved visit is one
    refused: int = 0
    open_conflicts: int = 0
    clock_ahead_ms: int | None = None


def enrol(
    store: CaseStore,
    server_url: str,
    username: str,
    password: str,
    enrolment_code: str,
    *,
    device_name: str | None = None,
    transport: httpx.BaseTransport | None = None,
) -> UserInfo:
    """Register this store with the server as a device of `username`."""
    server_url = check_server_url(server_url)
    with store.session() as session:
        if is_enrolled(session):
            raise AlreadyEnrolled()
        device_id = session.scalars(select(DeviceState.device_id)).one()
    request = EnrolRequest(
        username=username,
        password=password,
        device_id=device_id,
        device_name=(device_name if device_name is not None else platform.node())[:80],
        enrolment_code=enrolment_code.strip()[:64] or "-",
    )
    with HttpSyncClient(server_url, transport=transport) as client:
        response = client.enrol(request)
    with store.session() as session, session.begin():
        session.execute(
            insert(sync_state).values(
                singleton=1, server_url=server_url, device_token=response.device_token,
                user_id=response.user.id, username=response.user.username,
                role=response.user.role, pull_cursor=0, push_seq=0, access_log_sent_seq=0,
                enrolled_at=utcnow().replace(tzinfo=None),
            )
        )  # fmt: skip
        session.execute(update(DeviceState).values(current_worker_id=response.user.id))
    return response.user


def is_enrolled(session: Session) -> bool:
    return session.execute(select(sync_state.c.singleton)).first() is not None


def sync_client(
    store: CaseStore, *, transport: httpx.BaseTransport | None = None
) -> HttpSyncClient:
    """An HTTP client for this store's server, carrying its device token."""
    with store.session() as session:
        row = session.execute(select(sync_state.c.server_url, sync_state.c.device_token)).first()
    if row is None:
        raise NotEnrolled()
    return HttpSyncClient(check_server_url(row.server_url), row.device_token, transport=transport)


def rotate_token(store: CaseStore, client: HttpSyncClient) -> bool:
    """Ask for a new device token (the server gives one when the current one is old)
    and keep it. One UPDATE in one transaction: the store holds the old token or the
    new one, never neither; and the server accepts the old one until the new one has
    been used, so an answer lost on the way or a crash here never locks the laptop out."""
    fresh = client.rotate_token()
    if fresh is None:
        return False
    with store.session() as session, session.begin():
        session.execute(update(sync_state).values(device_token=fresh))
    client.use_token(fresh)
    return True


def sync_status(session: Session) -> SyncStatus:
    state = session.execute(select(sync_state)).mappings().first()
    if state is None:
        return SyncStatus(enrolled=False, records_waiting=records_waiting(session))
    return SyncStatus(
        enrolled=True,
        server_url=state["server_url"],
        username=state["username"],
        last_success_at=state["last_success_at"],
        last_error=state["last_error"],
        records_waiting=records_waiting(session),
        refused=session.scalar(select(func.count()).select_from(sync_quarantine)) or 0,
        open_conflicts=session.scalar(
            select(func.count()).select_from(sync_conflict).where(sync_conflict.c.status == "open")
        )
        or 0,
        clock_ahead_ms=state["clock_ahead_ms"],
    )


def wipe_store(store: CaseStore) -> None:
    """Erase the store of a revoked device: lock it, then delete every file of it."""
    paths = store.paths
    store.lock()
    wipe_files(paths)


def wipe_files(paths: StorePaths) -> None:
    for path in [paths.database, *paths.sidecars(), paths.keyfile, paths.pending_keyfile,
                 paths.throttle]:  # fmt: skip
        path.unlink(missing_ok=True)
    shutil.rmtree(paths.backups, ignore_errors=True)
