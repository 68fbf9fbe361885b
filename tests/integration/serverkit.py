"""A real server over real HTTP on loopback, its databases, and enrolled devices.

The server runs in uvicorn on a thread with a socket bound to a free port; devices are
real SQLCipher stores that enrol and sync over HTTP. PostgreSQL gets a fresh schema
per test (dropped afterwards); SQLite a fresh file.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from fastapi import FastAPI
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.orm import Session

from astu_desktop.models import Client
from astu_desktop.services import enrolment
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync.client import HttpSyncClient
from astu_desktop.sync.engine import SyncReport, synchronise
from astu_server import directory
from astu_server.app import Hooks, create_app
from astu_server.db import make_engine, migrate, sessions
from astu_server.embedded import serve_in_thread
from astu_server.retention import Retention
from astu_server.security import use_password_hasher
from tests.support import PASSPHRASE, new_store

PG_ADMIN_URL = os.environ.get(
    "ASTU_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
PASSWORD = "Salasana kotikäynneille 2026"

# Argon2id at a cost far below the real one (64 KiB, one pass) for every server the suite
# starts: a test office hashes and checks a dozen passwords and enrolment codes, and the
# real cost is paid once per sign-in by design. A hash carries its own parameters, so a
# server process started by a test checks these cheaply too.
use_password_hasher(PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


class PostgresMissing(RuntimeError):
    pass


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL whose connections live in a new, empty schema; dropped on exit."""
    name = f"astu_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
    except Exception as error:
        admin.dispose()
        raise PostgresMissing(
            f"PostgreSQL is not reachable at {PG_ADMIN_URL} ({type(error).__name__}). "
            "The server suite must run on PostgreSQL too: start it (.ci/run does)."
        ) from None
    try:
        yield f"{PG_ADMIN_URL}?options=-csearch_path%3D{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        admin.dispose()


@dataclass
class LiveServer:
    engine: Engine
    url: str
    hooks: Hooks
    # The server's retention setting; a test moves `retention.today` to let time pass.
    retention: Retention = field(default_factory=Retention)
    app: FastAPI | None = None

    def speaks(self, protocol_version: int, *, oldest: int | None = None) -> None:
        """The server updated (or put back) to another protocol version, as it runs;
        `oldest`: the oldest it still answers, when a release dropped older ones."""
        assert self.app is not None
        self.app.state.protocol_version = protocol_version
        if oldest is not None:
            self.app.state.oldest_protocol_version = oldest

    def session(self) -> Session:
        return sessions(self.engine)()

    @contextmanager
    def admin(self) -> Iterator[Session]:
        with self.session() as session, session.begin():
            yield session

    def add_team(self, name: str) -> str:
        with self.admin() as session:
            return directory.add_team(session, name).id

    def add_user(self, username: str, role: str = "field_worker", team: str | None = None) -> str:
        with self.admin() as session:
            user = directory.add_user(
                session, username=username, full_name=username.title(), role=role,
                password=PASSWORD, team_name=team,
            )  # fmt: skip
            return user.id

    def assign(self, client_id: str, responsible: str, *co_workers: str) -> None:
        with self.admin() as session:
            directory.assign_client(session, client_id, responsible, co_workers)

    def enrolment_code(self, username: str) -> str:
        """What an admin's `astu-server device enrolment-code` gives the worker."""
        with self.admin() as session:
            return directory.enrolment_code(session, username)

    def revoke(self, device_id: str) -> None:
        with self.admin() as session:
            directory.revoke_device(session, device_id)

    def record(self, table: str, row_id: str) -> dict[str, Any] | None:
        from astu_server.models import Record

        with self.session() as session:
            found = session.get(Record, (table, row_id))
            return dict(found.data) if found else None


def _sqlite_file(db_url: str) -> Path | None:
    """The file of an SQLite URL; None for any other database."""
    prefix = "sqlite:///"
    return Path(db_url.removeprefix(prefix)) if db_url.startswith(prefix) else None


@cache
def _migrated_sqlite_template() -> Path:
    """An SQLite server database migrated to head, once per test process (in its own
    folder, removed at exit): a new test server starts from a copy of its bytes, which
    is what migrating the new file would have written, without Alembic's 50-100 ms."""
    folder = Path(tempfile.mkdtemp(prefix="astu-migrated-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    template = folder / "server.db"
    engine = make_engine(f"sqlite:///{template}")
    try:
        migrate(engine)
    finally:
        engine.dispose()
    return template


def migrated_engine(db_url: str) -> Engine:
    """An engine on a server database at the newest revision: a new SQLite file is a
    copy of the migrated template; anything else (PostgreSQL, a file that exists)
    is migrated."""
    file = _sqlite_file(db_url)
    if file is not None and not file.exists():
        shutil.copyfile(_migrated_sqlite_template(), file)
        return make_engine(db_url)
    engine = make_engine(db_url)
    migrate(engine)
    return engine


@contextmanager
def live_server(db_url: str, hooks: Hooks | None = None) -> Iterator[LiveServer]:
    engine = migrated_engine(db_url)
    hooks = hooks or Hooks()
    retention = Retention()
    try:
        app = create_app(engine, hooks=hooks, retention=retention)
        with serve_in_thread(app) as url:
            yield LiveServer(engine, url, hooks, retention, app)
    finally:
        engine.dispose()


@dataclass
class Laptop:
    """One enrolled device: a real encrypted store that syncs over HTTP."""

    store: CaseStore
    name: str
    reports: list[SyncReport] = field(default_factory=list)

    @property
    def device_id(self) -> str:
        return str(self.store.device_state()["device_id"])

    def sync(self, **options: Any) -> SyncReport:
        with enrolment.sync_client(self.store) as client:
            report = synchronise(self.store, client, **options)
            enrolment.rotate_token(self.store, client)
        self.reports.append(report)
        return report

    def client(self) -> HttpSyncClient:
        return enrolment.sync_client(self.store)

    def session(self) -> Session:
        return self.store.session()

    def client_ids(self) -> set[str]:
        with self.session() as session:
            return set(session.scalars(select(Client.id)))


def new_laptop(tmp_path: Path, server: LiveServer, username: str, name: str = "") -> Laptop:
    name = name or username
    folder = tmp_path / f"laptop-{name}-{uuid.uuid4().hex[:6]}"
    store = new_store(folder / "astu.db")
    code = server.enrolment_code(username)
    enrolment.enrol(store, server.url, username, PASSWORD, code, device_name=name)
    laptop = Laptop(store, name)
    laptop.sync()  # the first sync brings the staff directory (and any scope)
    return laptop


def copy_of_files(laptop: Laptop, into: Path) -> Path:
    """A copy of the store's files as a backup or a disk image would hold them."""
    path = laptop.store.paths.database
    laptop.store.lock()
    shutil.copytree(path.parent, into)
    laptop.store = CaseStore.unlock(path, PASSPHRASE)
    return into


def put_back(laptop: Laptop, copy: Path) -> None:
    path = laptop.store.paths.database
    laptop.store.lock()
    shutil.rmtree(path.parent)
    shutil.copytree(copy, path.parent)
    laptop.store = CaseStore.unlock(path, PASSPHRASE)
