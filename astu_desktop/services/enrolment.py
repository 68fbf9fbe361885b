"""Enrolling this store with the central server, its sync status, and the remote wipe.

Enrolment happens once, online, with the worker's username and password; the server
answers with a device token that is kept only inside the encrypted store. From then
on the device syncs with the token. A revoked device (a lost laptop) is told so at
its next contact and erases its store: database, key file and every file beside them.
"""

from __future__ import annotations

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
from astu_desktop.store.casestore import CaseStore, StorePaths
from astu_desktop.sync.client import HttpSyncClient
from astu_desktop.sync.localstate import sync_conflict, sync_quarantine, sync_state
from astu_desktop.sync.protocol import EnrolRequest, UserInfo


class AlreadyEnrolled(Exception):
    code = "already_enrolled"


class NotEnrolled(Exception):
    code = "not_enrolled"


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
    *,
    device_name: str | None = None,
    transport: httpx.BaseTransport | None = None,
) -> UserInfo:
    """Register this store with the server as a device of `username`."""
    with store.session() as session:
        if is_enrolled(session):
            raise AlreadyEnrolled()
        device_id = session.scalars(select(DeviceState.device_id)).one()
    request = EnrolRequest(
        username=username,
        password=password,
        device_id=device_id,
        device_name=(device_name if device_name is not None else platform.node())[:80],
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
    return HttpSyncClient(row.server_url, row.device_token, transport=transport)


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
