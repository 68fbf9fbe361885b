"""The demo: a synthetic caseload on this laptop and a local server it syncs with.

`make run` must show the whole product on a fresh machine, sync included, without a
real server. The demo store is seeded here; a local server (SQLite, in the same
folder) is given the same staff and, on its own account, the same records (a whole
team's work, which no laptop may push in other workers' names); then the store enrols
with it as the demo worker's laptop.
The server then assigns each client to the workers of its service episodes, so the
laptop keeps what its worker may see and purges the rest at its next sync, exactly
as a real device would. Everything in both files is synthetic (henkilötunnus 900–999).

Leads are users too: the demo can also be opened as a team lead's laptop. That store
is made the first time it is asked for, by enrolling a new store with the running
local server as the lead of the demo worker's team and pulling the team's clients,
exactly as a lead's new laptop would.

This is the one place outside the server's own package that starts the server: the
embedded default the README promises, never used with real data.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from astu_desktop import paths
from astu_desktop.models import DeviceState, OutboxChange, ServiceEpisode, Team, Worker
from astu_desktop.services import enrolment
from astu_desktop.services.seed import seed_caseload
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.storepaths import StorePaths
from astu_desktop.sync import queue
from astu_desktop.sync.engine import synchronise
from astu_desktop.sync.localstate import outbox, sync_state
from astu_protocol.codes import EpisodeStatus, Role
from astu_server import directory, seeding
from astu_server.app import create_app
from astu_server.db import make_engine, migrate, sessions
from astu_server.embedded import serve_in_thread
from astu_server.models import Device, User

# Synthetic staff only; public on purpose, like the demo store's passphrase.
DEMO_PASSWORD = "ASTU demo – ei oikeita käyttäjiä"  # noqa: S105
DIRECTORY_TABLES = ("team", "worker")
Progress = Callable[[int, int], None]


LEAD_DEVICE = "demo-lead"
Stage = Callable[["DemoStage"], None]


class DemoStage(enum.StrEnum):
    """What the making of the demo is doing, for the first window to say."""

    SEEDING = "seeding"  # the caseload (progress follows each batch)
    SYNCING = "syncing"  # the local server, enrolment and the first syncs
    LEAD = "lead"  # the team lead's laptop


class DemoRole(enum.StrEnum):
    WORKER = "worker"
    LEAD = "lead"


@dataclass(frozen=True)
class DemoFiles:
    store: Path
    server_db: Path
    ready: Path  # written last: a demo whose making was cut short has none
    lead_store: Path
    lead_ready: Path

    @property
    def server_url(self) -> str:
        return f"sqlite:///{self.server_db}"

    def complete(self) -> bool:
        return self.ready.exists() and self.store.exists() and self.server_db.exists()

    def lead_complete(self) -> bool:
        return self.complete() and self.lead_ready.exists() and self.lead_store.exists()

    def store_of(self, role: DemoRole) -> Path:
        return self.lead_store if role == DemoRole.LEAD else self.store


def demo_files(folder: Path | None = None) -> DemoFiles:
    """The demo's files, always in a folder of their own (the user data's `demo/`).

    Only this folder is ever erased to make the demo again, so that no path given by
    mistake can cost a real store.
    """
    folder = folder or paths.demo_store_path().parent
    store = folder / paths.demo_store_path().name
    return DemoFiles(
        store,
        folder / "astu-demo-server.db",
        folder / "astu-demo.ready",
        folder / "astu-demo-lead.db",
        folder / "astu-demo-lead.ready",
    )


def create_demo(
    files: DemoFiles,
    clients: int,
    progress: Progress | None = None,
    stage: Stage | None = None,
) -> None:
    """A seeded demo store enrolled with a local server that holds the same caseload."""
    _remove_half_made(files)
    store = CaseStore.create(files.store, paths.DEMO_PASSPHRASE, demo=True)
    try:
        if stage is not None:
            stage(DemoStage.SEEDING)
        seed_caseload(store, clients=clients, random_seed=2026, progress=progress)
        if stage is not None:
            stage(DemoStage.SYNCING)
        engine = make_engine(files.server_url)
        try:
            migrate(engine)
            with store.session() as session, session.begin():
                username = _copy_staff(session, engine)
                _load_caseload(session, engine, username)
            code = _enrolment_code(engine, username)
            with serve_in_thread(create_app(engine)) as url:
                enrolment.enrol(store, url, username, DEMO_PASSWORD, code, device_name="demo")
                _sync(store)
                _assign_by_episodes(store, engine)
                _sync(store)
        finally:
            engine.dispose()
    except BaseException:
        store.lock()
        _remove_half_made(files)
        raise
    store.lock()
    files.ready.write_text("ASTU demo: synthetic data only\n", encoding="utf-8")


def _enrolment_code(engine: Engine, username: str) -> str:
    """The demo plays the admin, too: it issues the one-time code its laptop enrols with."""
    with sessions(engine)() as session, session.begin():
        return directory.enrolment_code(session, username)


def create_lead_demo(files: DemoFiles, url: str) -> None:
    """The team lead's laptop: a new store enrolled, at the running demo server `url`,
    as the lead of the demo worker's team, holding what its first sync brings."""
    _remove_half_made_lead(files)
    store = CaseStore.create(files.lead_store, paths.DEMO_PASSPHRASE, demo=True)
    try:
        engine = make_engine(files.server_url)
        try:
            with sessions(engine)() as session:
                username = demo_lead_username(session)
            code = _enrolment_code(engine, username)
        finally:
            engine.dispose()
        enrolment.enrol(store, url, username, DEMO_PASSWORD, code, device_name=LEAD_DEVICE)
        _sync(store)
    except BaseException:
        store.lock()
        _remove_half_made_lead(files)
        raise
    store.lock()
    files.lead_ready.write_text("ASTU demo: synthetic data only\n", encoding="utf-8")


def demo_lead_username(session: Session) -> str:
    """The lead of the team of the user whose laptop the worker's demo store is."""
    worker = session.scalars(
        select(User).join(Device, Device.user_id == User.id).where(Device.name == "demo")
    ).first()
    if worker is None or worker.team_id is None:
        raise RuntimeError("the demo worker has no team")
    lead = session.scalars(
        select(User)
        .where(User.team_id == worker.team_id, User.role == Role.TEAM_LEAD.value)
        .order_by(User.username)
    ).first()
    if lead is None:
        raise RuntimeError("the demo worker's team has no lead")
    return lead.username


@contextmanager
def demo_server(files: DemoFiles) -> Iterator[str]:
    """Serve the demo server while the block runs; the demo stores are pointed at it."""
    engine = make_engine(files.server_url)
    try:
        migrate(engine)
        with serve_in_thread(create_app(engine)) as url:
            _point_store_at(files.store, url)
            if files.lead_complete():
                _point_store_at(files.lead_store, url)
            yield url
    finally:
        engine.dispose()


def _copy_staff(session: Session, engine: Engine) -> str:
    """The seeded teams and workers become the server's, with the same ids; the demo
    user's username is returned. Their outbox rows go: the directory is the server's."""
    current = session.scalar(select(DeviceState.current_worker_id))
    with sessions(engine)() as admin, admin.begin():
        for team in session.scalars(select(Team)):
            directory.add_team(admin, team.name, team_id=team.id)
        teams = {team.id: team.name for team in session.scalars(select(Team))}
        for worker in session.scalars(select(Worker)):
            directory.add_user(
                admin, username=worker.username, full_name=worker.full_name,
                role=worker.role.value, password=DEMO_PASSWORD,
                team_name=teams.get(worker.team_id or ""), user_id=worker.id,
            )  # fmt: skip
    session.execute(delete(OutboxChange).where(OutboxChange.table_name.in_(DIRECTORY_TABLES)))
    demo_user = session.get(Worker, current)
    if demo_user is None:
        raise RuntimeError("the seed made no demo worker")
    return demo_user.username


def _load_caseload(session: Session, engine: Engine, username: str) -> None:
    """The seeded records become the server's own, first all in the demo worker's scope.

    A whole team's work, in several workers' names: no laptop may push that (the
    server takes only its user's name as who acted), so it is loaded on the server's
    account, and the laptop's outbox is emptied, as after a push.
    """
    rows: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)
    waiting = session.execute(select(outbox).order_by(outbox.c.seq)).mappings()
    for table, row_id, change in queue.read(session.connection(), waiting):
        rows[(table, row_id)].update(change.fields)
    with sessions(engine)() as admin, admin.begin():
        loaded = seeding.load_records(admin, [(t, r, v) for (t, r), v in rows.items()])
        for client_id in loaded:
            directory.assign_client(admin, client_id, username)
    session.execute(delete(OutboxChange))


def _assign_by_episodes(store: CaseStore, engine: Engine) -> None:
    """Each client to the workers of its service episodes: the open ones, else the last."""
    with store.session() as session:
        episodes = session.execute(
            select(
                ServiceEpisode.client_id,
                ServiceEpisode.responsible_worker_id,
                ServiceEpisode.status,
                ServiceEpisode.start_date,
            ).where(ServiceEpisode.responsible_worker_id.is_not(None))
        ).all()
        usernames = {
            row.id: row.username for row in session.execute(select(Worker.id, Worker.username))
        }
    workers: dict[str, list[str]] = defaultdict(list)
    latest_open_first = sorted(
        episodes, key=lambda e: (e.status != EpisodeStatus.ENDED, e.start_date), reverse=True
    )
    for client_id, worker_id, status, _start in latest_open_first:
        if worker_id is None:
            continue
        ended = status == EpisodeStatus.ENDED
        if worker_id not in workers[client_id] and (not ended or not workers[client_id]):
            workers[client_id].append(worker_id)
    with sessions(engine)() as admin, admin.begin():
        for client_id, chosen in workers.items():
            names = [usernames[worker_id] for worker_id in chosen]
            directory.assign_client(admin, client_id, names[0], names[1:])


def _sync(store: CaseStore) -> None:
    with enrolment.sync_client(store) as client:
        synchronise(store, client)


def _point_store_at(store_path: Path, url: str) -> None:
    store = CaseStore.unlock(store_path, paths.DEMO_PASSPHRASE)
    try:
        with store.session() as session, session.begin():
            session.execute(
                update(sync_state).where(sync_state.c.server_url != url).values(server_url=url)
            )
    finally:
        store.lock()


def _remove_half_made(files: DemoFiles) -> None:
    """A demo whose making was cut short is made again from nothing: it is synthetic.

    The lead's laptop goes with it: it was enrolled with the server made here.
    """
    _remove_half_made_lead(files)
    files.ready.unlink(missing_ok=True)
    enrolment.wipe_files(StorePaths(files.store))
    for path in (files.server_db, *files.server_db.parent.glob(f"{files.server_db.name}-*")):
        path.unlink(missing_ok=True)


def _remove_half_made_lead(files: DemoFiles) -> None:
    files.lead_ready.unlink(missing_ok=True)
    enrolment.wipe_files(StorePaths(files.lead_store))
