"""The store and network work behind the sync screens, free of Qt.

Each function is one user action (or one background step) with its own session;
the Qt side runs them on a worker thread and shows what they return.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import Client, DeviceState, Worker
from astu_desktop.services import enrolment, kept_work
from astu_desktop.services.sync_marks import client_of_row
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync import conflicts
from astu_desktop.sync.apply import LEFT_SCOPE
from astu_desktop.sync.client import ServerUnreachable, tls_context
from astu_desktop.sync.engine import Progress, SyncReport, synchronise
from astu_desktop.sync.localstate import sync_quarantine
from astu_protocol.messages import API_PREFIX, Health, table_spec
from astu_protocol.tables import Kind

PROBE_TIMEOUT_S = 5.0


class SyncCancelled(Exception):
    """The store is being locked: the sync stopped between two committed steps."""


class CancellableTransport(httpx.BaseTransport):
    """Each request on a thread of its own, so that a lock never waits for the network.

    The sync's thread waits for the answer or for `cancel`, whichever comes first; on
    cancel it gives up the request at once (its thread ends on its own with the HTTP
    timeout and touches nothing but the network). Giving up is safe at any point: a
    push batch is fixed in the store before it is sent and sent again next time (the
    server applies a batch once), and a pulled page not yet applied is pulled again.
    """

    POLL_S = 0.05

    def __init__(self, cancel: threading.Event, inner: httpx.BaseTransport | None = None) -> None:
        self._cancel = cancel
        self._inner = inner if inner is not None else httpx.HTTPTransport()
        self._guard = threading.Lock()
        self._in_flight = 0
        self._released = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer: list[httpx.Response | BaseException] = []
        done = threading.Event()
        with self._guard:
            self._in_flight += 1

        def send() -> None:
            try:
                response = self._inner.handle_request(request)
                try:
                    raw = b"".join(response.iter_raw())  # still encoded: the client decodes
                finally:
                    response.close()
                answer.append(
                    httpx.Response(
                        response.status_code,
                        headers=response.headers,
                        stream=httpx.ByteStream(raw),
                        extensions=response.extensions,
                    )
                )
            except BaseException as error:  # handed to the waiting thread below
                answer.append(error)
            finally:
                done.set()
                self._finished_one()

        threading.Thread(target=send, name="astu-sync-http", daemon=True).start()
        while not done.wait(self.POLL_S):
            if self._cancel.is_set():
                raise SyncCancelled()
        if isinstance(answer[0], BaseException):
            raise answer[0]
        return answer[0]

    def close(self) -> None:
        """Clients of one sync share this transport: `release` ends it, once."""

    def release(self) -> None:
        """The sync is over: close the connections once no given-up request still runs."""
        with self._guard:
            self._released = True
            idle = self._in_flight == 0
        if idle:
            self._inner.close()

    def _finished_one(self) -> None:
        with self._guard:
            self._in_flight -= 1
            idle = self._released and self._in_flight == 0
        if idle:
            self._inner.close()


def probe(server_url: str, transport: httpx.BaseTransport | None = None) -> None:
    """A cheap look at the server's /health; raises ServerUnreachable when it does not answer."""
    try:
        with httpx.Client(
            timeout=PROBE_TIMEOUT_S, transport=transport, verify=tls_context()
        ) as http:
            response = http.get(server_url.rstrip("/") + API_PREFIX + "/health")
        Health.model_validate_json(response.content)
    except (httpx.HTTPError, ValueError):
        raise ServerUnreachable("health") from None


def server_url(store: CaseStore) -> str | None:
    with store.session() as session:
        status = enrolment.sync_status(session)
    return status.server_url


def sync_once(
    store: CaseStore,
    progress: Progress,
    cancel: threading.Event,
    transport: httpx.BaseTransport | None = None,
) -> SyncReport:
    """Probe, then push, pull and check; stops soon after `cancel` is set.

    It stops while waiting for the server (see `CancellableTransport`) or at the next
    call of `progress`: the engine calls it only after a step is committed (a push
    batch fixed for sending, a pulled page applied with its cursor), so raising there
    leaves the store as a finished step would; the next sync resends or resumes.
    """
    url = server_url(store)
    if url is None:
        raise enrolment.NotEnrolled()

    def checked(phase: str, done: int, total: int | None) -> None:
        if cancel.is_set():
            raise SyncCancelled()
        progress(phase, done, total)

    network = CancellableTransport(cancel, transport)
    try:
        probe(url, network)
        if cancel.is_set():
            raise SyncCancelled()
        with enrolment.sync_client(store, transport=network) as client:
            report = synchronise(store, client, checked)
            enrolment.rotate_token(store, client)
            return report
    finally:
        network.release()


def load_status(store: CaseStore) -> enrolment.SyncStatus:
    with store.session() as session:
        return enrolment.sync_status(session)


@dataclass(frozen=True)
class ConflictRow:
    """A conflict with the names a worker recognises (the client, the two workers)."""

    conflict: conflicts.ConflictView
    client_name: str
    worker_a: str
    worker_b: str
    own_side: str | None
    editable: bool

    @property
    def id(self) -> str:
        return self.conflict.id


def conflict_rows(store: CaseStore) -> list[ConflictRow]:
    with store.session() as session:
        device_id = _device_id(session)
        return [_row(session, view, device_id) for view in conflicts.open_conflicts(session)]


def _row(session: Session, view: conflicts.ConflictView, device_id: str) -> ConflictRow:
    return ConflictRow(
        conflict=view,
        client_name=_client_name(session, view.client_id),
        worker_a=_worker_name(session, view.worker_a),
        worker_b=_worker_name(session, view.worker_b),
        own_side=view.side_of(device_id),
        editable=view.kind == "fields" and _all_text(view.table, view.fields),
    )


def _all_text(table: str, fields: list[str]) -> bool:
    """A value of one's own is typed as text; other kinds are chosen from the two sides."""
    spec = table_spec(table)
    if spec is None:
        return False
    kinds = {field.name: field.kind for field in spec.fields}
    return all(kinds.get(name) is Kind.TEXT for name in fields)


def _device_id(session: Session) -> str:
    return str(session.scalars(select(DeviceState.device_id)).one())


def _client_name(session: Session, client_id: str | None) -> str:
    client = session.get(Client, client_id) if client_id else None
    return f"{client.last_name}, {client.first_names}" if client is not None else ""


def _worker_name(session: Session, worker_id: str | None) -> str:
    worker = session.get(Worker, worker_id) if worker_id else None
    return worker.full_name if worker is not None else ""


def resolve(store: CaseStore, conflict_id: str, values: dict[str, Any]) -> None:
    with store.session() as session, session.begin():
        conflicts.resolve(session, conflict_id, values)


def keep_side(store: CaseStore, conflict_id: str, side: str) -> None:
    with store.session() as session, session.begin():
        conflicts.keep_side(session, conflict_id, side)


@dataclass(frozen=True)
class RefusedRow:
    table: str
    reason: str
    reason_fields: list[str]
    client_name: str
    quarantined_at: datetime
    kept_client_id: str | None = None  # a client who left the caseload: work kept for it

    @property
    def kept_for_decision(self) -> bool:
        """Export for the lead and discard are for work whose client left the caseload."""
        return self.reason == LEFT_SCOPE and self.kept_client_id is not None


def refused_rows(store: CaseStore) -> list[RefusedRow]:
    with store.session() as session:
        found = session.execute(select(sync_quarantine).order_by(sync_quarantine.c.id)).mappings()
        return [_refused(session, row) for row in found]


def _refused(session: Session, row: Any) -> RefusedRow:
    fields = row["fields"] if isinstance(row["fields"], dict) else {}
    client_id = client_of_row(session, row["table_name"], row["row_id"], fields)
    return RefusedRow(
        table=row["table_name"],
        reason=row["reason"],
        reason_fields=list(row["reason_fields"] or []),
        client_name=_client_name(session, client_id) or row["client_label"] or "",
        quarantined_at=row["quarantined_at"],
        kept_client_id=row["client_id"],
    )


def discard_kept(store: CaseStore, client_id: str) -> int:
    with store.session() as session, session.begin():
        return kept_work.discard_kept_work(session, client_id)


def run_enrolment(
    store: CaseStore,
    url: str,
    username: str,
    password: str,
    code: str,
    transport: httpx.BaseTransport | None = None,
) -> str:
    """Enrol and return the username; the password is only passed on, never kept."""
    user = enrolment.enrol(store, url, username, password, code, transport=transport)
    return user.username
