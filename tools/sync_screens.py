"""The sync's pictures for `make screenshots`: two laptops, a real server, a real conflict.

An embedded server (SQLite in the temporary folder) and two synthetic laptops of one
team: both change the same client's phone number while apart, and the first laptop's
window syncs on its own. Its status bar and the conflict dialog are what the pictures
show, made by a real sync, not by setting the widgets by hand (so they carry the
clock time of the render: the last sync, the moment the conflict was noticed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from astu_desktop.models import Client, ServiceEpisode
from astu_desktop.models.hetu import make_hetu
from astu_desktop.services import enrolment
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.keyfile import KdfParams
from astu_desktop.sync.engine import synchronise
from astu_desktop.ui.errors import ErrorReporter
from astu_desktop.ui.i18n import Translations
from astu_desktop.ui.main_window import MainWindow
from astu_desktop.ui.sync.conflict_dialog import ConflictDialog, ConflictListDialog
from astu_desktop.ui.tasks import TaskRunner
from astu_protocol.codes import EpisodeStatus, Service
from astu_protocol.service_day import service_today
from astu_server import directory
from astu_server.app import create_app
from astu_server.db import make_engine, migrate, sessions
from astu_server.embedded import serve_in_thread
from astu_server.security import use_password_hasher

PASSWORD = "Kuvakaappaukset ovat keksittyjä 2026"  # noqa: S105 - a throwaway server
PASSPHRASE = "kuvat syntyvät keksityistä asiakkaista"  # noqa: S105 - a throwaway store
PEOPLE = (
    ("Aaltonen", "Eeva"),
    ("Heikkinen", "Juha"),
    ("Koskinen", "Marja"),
    ("Laine", "Pekka"),
    ("Lehtonen", "Sari"),
    ("Nurmi", "Tapio"),
)
Take = Callable[[QWidget, str, QSize], None]
Wait = Callable[[Callable[[], bool]], None]


@contextmanager
def team_server(folder: Path) -> Iterator[str]:
    folder.mkdir(parents=True, exist_ok=True)
    use_password_hasher(PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1))
    engine = make_engine(f"sqlite:///{folder / 'server.db'}")
    migrate(engine)
    with sessions(engine)() as session, session.begin():
        directory.add_team(session, "Itä")
        for username, name in (("outi", "Outi Miettinen"), ("petri", "Petri Karjalainen")):
            directory.add_user(session, username=username, full_name=name, role="field_worker",
                               password=PASSWORD, team_name="Itä")  # fmt: skip
    try:
        with serve_in_thread(create_app(engine)) as url:
            yield url
    finally:
        engine.dispose()


def laptop(folder: Path, url: str, username: str, kdf: KdfParams) -> CaseStore:
    store = CaseStore.create(folder / username / "astu.db", PASSPHRASE, kdf=kdf)
    enrolment.enrol(store, url, username, PASSWORD, enrolment_code(folder, username),
                    device_name=f"{username}-laptop")  # fmt: skip
    sync(store)
    return store


def enrolment_code(folder: Path, username: str) -> str:
    engine = make_engine(f"sqlite:///{folder / 'server.db'}")
    try:
        with sessions(engine)() as session, session.begin():
            return directory.enrolment_code(session, username)
    finally:
        engine.dispose()


def sync(store: CaseStore) -> None:
    with enrolment.sync_client(store) as client:
        synchronise(store, client)


def clients_of(store: CaseStore) -> list[str]:
    """A small synthetic caseload of the laptop's worker."""
    worker_id = store.device_state()["current_worker_id"]
    ids = []
    with store.session() as session, session.begin():
        for number, (last, first) in enumerate(PEOPLE, start=1):
            born = date(1970, 3, 1) + timedelta(days=number * 611)
            client = Client(
                first_names=first,
                last_name=last,
                hetu=make_hetu(born, 910 + number),
                phone=f"040 555 01{number:02}",
                street_address=f"Keksitie {number}",
                postal_code="00980",
                city="Helsinki",
            )
            session.add(client)
            session.flush()
            episode = ServiceEpisode(
                client_id=client.id,
                service=Service.OUTREACH,
                status=EpisodeStatus.ACTIVE,
                responsible_worker_id=worker_id,
                start_date=service_today() - timedelta(days=40 * number),
            )
            session.add(episode)
            ids.append(client.id)
    return ids


def set_phone(store: CaseStore, client_id: str, phone: str) -> None:
    with store.session() as session, session.begin():
        session.get_one(Client, client_id).phone = phone


def save_sync_screenshots(
    app: QApplication, folder: Path, kdf: KdfParams, take: Take, wait_until: Wait
) -> None:
    with team_server(folder) as url:
        outi, petri = laptop(folder, url, "outi", kdf), laptop(folder, url, "petri", kdf)
        ids = clients_of(outi)
        sync(outi)
        engine = make_engine(f"sqlite:///{folder / 'server.db'}")
        with sessions(engine)() as session, session.begin():
            for client_id in ids:
                directory.assign_client(session, client_id, "outi", ["petri"])
        engine.dispose()
        sync(outi)
        sync(petri)
        set_phone(outi, ids[2], "040 555 0199")
        set_phone(petri, ids[2], "050 444 0123")
        sync(petri)
        runner = TaskRunner(app)
        window = MainWindow(runner, Translations(app), ErrorReporter())
        window.open_store(outi)
        wait_until(lambda: window.sync.last_report is not None)
        set_phone(outi, ids[4], "045 123 4567")  # made after the sync: it waits to be sent
        window.panel.refresh()
        wait_until(lambda: "1 muutos odottaa" in window.sync_bar.label.text())
        take(window, "sync_status.png", QSize(1360, 620))
        window.show_conflicts()
        listing = window.findChild(ConflictListDialog)
        assert listing is not None
        wait_until(lambda: listing.table.rowCount() == 1)
        listing.resolve_selected()
        dialog = listing.findChild(ConflictDialog)
        assert dialog is not None
        take(dialog, "sync_conflict.png", dialog.sizeHint().expandedTo(QSize(760, 0)))
        dialog.close()
        listing.close()
        window.close_store()
        runner.wait_until_idle()
        petri.lock()
