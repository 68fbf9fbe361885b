"""`make screenshots`: render the main screens of the app into docs/screenshots/*.png.

Runs offscreen on a demo store built in a temporary folder (synthetic people only),
in Finnish, with private settings and fixed window sizes, so two runs on the same
day give the same pictures. Every screen is made by the app's own windows, imported
by name; a screen whose module does not exist yet is skipped with a note.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [output folder]
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, time
from pathlib import Path
from time import monotonic
from types import ModuleType
from typing import Any

from astu_protocol.service_day import at_helsinki, service_today

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import (  # noqa: E402
    QMessageLogContext,
    QSettings,
    QSize,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from astu_desktop import paths  # noqa: E402
from astu_desktop.models import (  # noqa: E402
    Client,
    FormDocument,
    PartnerContact,
    RentDebtFollowUp,
)
from astu_desktop.models.hetu import make_hetu  # noqa: E402
from astu_desktop.services.seed import seed_caseload  # noqa: E402
from astu_desktop.store.casestore import CaseStore  # noqa: E402
from astu_desktop.store.keyfile import KdfParams  # noqa: E402
from astu_desktop.ui.caseload_panel import Scope  # noqa: E402
from astu_desktop.ui.errors import ErrorReporter  # noqa: E402
from astu_desktop.ui.i18n import Translations  # noqa: E402
from astu_desktop.ui.main_window import MainWindow  # noqa: E402
from astu_desktop.ui.tasks import TaskRunner  # noqa: E402
from astu_desktop.ui.unlock_dialog import UnlockDialog  # noqa: E402
from astu_protocol.codes import DocumentStatus, FormKey, RentDebtStage  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
import sync_screens  # noqa: E402

OUTPUT = ROOT / "docs" / "screenshots"
CLIENTS = 120
RANDOM_SEED = 2026
LANGUAGE = "fi"
MAIN_SIZE = QSize(1360, 820)
RECORD_SIZE = QSize(1280, 860)
FORM_SIZE = QSize(920, 860)
WAIT_SECONDS = 30.0
# Screenshots need no real Argon2id cost: nobody will unlock this store again.
SCREENSHOT_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
FORM_FILES = {
    FormKey.ASSESSMENT_INTERVIEW: "form_assessment_interview.png",
    FormKey.SERVICE_PLAN: "form_service_plan.png",
    FormKey.LIVING_SKILLS_CHECK: "form_living_skills_check.png",
}


class Screens:
    """The app on one demo store, and the pictures taken of it."""

    def __init__(self, app: QApplication, store: CaseStore, output: Path) -> None:
        self.app = app
        self.store = store
        self.output = output
        self.runner = TaskRunner(app)
        self.reporter = ErrorReporter()
        self.saved: list[Path] = []

    def take(self, widget: QWidget, name: str, size: QSize) -> None:
        widget.resize(size)
        widget.show()
        settle(self.app)
        path = self.output / name
        if not widget.grab().save(str(path)):
            raise RuntimeError(f"could not write {path}")
        self.saved.append(path)
        print(f"wrote {shown(path)}")

    def caseload(self, search: str) -> MainWindow:
        window = MainWindow(self.runner, Translations(self.app), self.reporter)
        window.open_store(self.store, demo=True)
        wait_until(self.app, lambda: not window.panel.model.loading)
        self.take(window, "caseload.png", MAIN_SIZE)
        window.panel.set_scope(Scope.ALL)
        window.panel.search_box.setText(search)
        window.panel.search_now()
        wait_until(self.app, lambda: not window.panel.model.loading)
        self.take(window, "caseload_search.png", MAIN_SIZE)
        return window

    def team_overview(self, window: MainWindow) -> None:
        """The lead's overview (the demo user sees their team), a chart, a list behind a number."""
        overview: Any = window.open_team_overview()
        if overview is None:
            print("note: the team overview is skipped: the demo user has no team")
            return
        wait_until(self.app, lambda: overview.model.rowCount() > 0)
        self.take(overview, "team_overview.png", MAIN_SIZE)
        overview.charts.setCurrentIndex(1)
        self.take(overview, "team_overview_visits.png", MAIN_SIZE)
        lists: list[Any] = []
        overview.drill_down_opened.connect(lists.append)
        busiest = max(
            range(overview.model.rowCount() - 1), key=lambda r: overview.model.value(r, 1)
        )
        overview.open_figure(overview.model.index(busiest, 1))
        wait_until(self.app, lambda: bool(lists))
        self.take(lists[0], "team_drill_down.png", QSize(1100, 560))
        overview.close()

    def unlock_dialog(self) -> None:
        dialog = UnlockDialog(self.store.paths.database, self.runner, demo=True)
        self.take(dialog, "unlock.png", dialog.sizeHint().expandedTo(QSize(520, 300)))
        dialog.close()

    def client_record(self, client_id: str) -> None:
        module = optional_module("astu_desktop.ui.record.window", "the client record")
        if module is None:
            return
        window: Any = module.ClientRecordWindow(self.store, client_id, self.runner)
        loaded: list[bool] = []
        window.loaded.connect(lambda: loaded.append(True))
        window.open()
        wait_until(self.app, lambda: bool(loaded))
        self.take(window, "client_record.png", RECORD_SIZE)
        window.tabs.setCurrentWidget(window.living_skills_tab)
        self.take(window, "living_skills_trend.png", RECORD_SIZE)
        window.close()

    def rent_debt(self, client_id: str, name: str = "rent_debt.png") -> None:
        """The Rent debt tab of a client whose follow-up is under way."""
        module = optional_module("astu_desktop.ui.record.window", "the client record")
        if module is None:
            return
        window: Any = module.ClientRecordWindow(self.store, client_id, self.runner)
        loaded: list[bool] = []
        window.loaded.connect(lambda: loaded.append(True))
        window.open()
        wait_until(self.app, lambda: bool(loaded))
        window.tabs.setCurrentWidget(window.rent_debt_tab)
        self.take(window, name, RECORD_SIZE)
        window.close()

    def home_visit(self, client_id: str) -> None:
        module = optional_module("astu_desktop.ui.visit_dialog", "the home-visit dialog")
        if module is None:
            return
        at_ten = at_helsinki(service_today(), time(10, 0))
        dialog: Any = module.VisitDialog(self.store, client_id, self.runner, now=lambda: at_ten)
        settle(self.app)
        self.take(dialog, "home_visit.png", dialog.sizeHint().expandedTo(QSize(560, 480)))
        dialog.close()

    def new_client(self) -> None:
        """The new-client dialog, filled in for a synthetic person (a temporary code)."""
        module = optional_module("astu_desktop.ui.new_client_dialog", "the new-client dialog")
        if module is None:
            return
        dialog: Any = module.NewClientDialog(self.store, self.runner)
        fill_new_client(dialog)
        self.take(dialog, "new_client.png", QSize(640, 760))
        dialog.reject()

    def day_view(self) -> None:
        """The demo worker's busiest day of booked visits in the coming weeks."""
        module = optional_module("astu_desktop.ui.calendar_window", "the day view")
        if module is None:
            return
        worker_id = self.store.device_state().get("current_worker_id")
        day = busiest_booked_day(self.store, worker_id)
        window: Any = module.CalendarWindow(
            self.store, worker_id, self.runner, lambda _client_id: None, today=lambda: day
        )
        loaded: list[bool] = []
        window.loaded.connect(lambda: loaded.append(True))
        window.open()
        wait_until(self.app, lambda: bool(loaded))
        self.take(window, "day_view.png", QSize(1100, 560))
        window.close()

    def forms(self, client_id: str) -> None:
        """The form editor's own pictures (filled drafts) when it has them, else ours."""
        pictures = optional_module("astu_desktop.ui.forms.screenshots", "the form pictures")
        if pictures is not None:
            for path in pictures.save_form_screenshots(self.output, LANGUAGE):
                self.saved.append(path)
                print(f"wrote {shown(path)}")
            return
        module = optional_module("astu_desktop.ui.forms.opening", "the form editor")
        if module is None:
            return
        for form_key, name in FORM_FILES.items():
            editor: Any = module.open_document_editor(
                None,
                self.store,
                client_id=client_id,
                form_key=form_key,
                document_id=latest_document(self.store, client_id, form_key),
                runner=self.runner,
            )
            self.take(editor, name, FORM_SIZE)
            editor.close()


def fill_new_client(dialog: Any) -> None:
    """What a worker types for a new client: names, code, contacts, a contact person."""
    dialog.first_names.setText("Sanna Maria")
    dialog.last_name.setText("Esimerkki")
    dialog.hetu.setText(make_hetu(date(1986, 4, 14), 947))
    details = dialog.details
    details.street_address.setText("Kokeilutie 2 B 12")
    details.postal_code.setText("00510")
    details.city.setText("Helsinki")
    details.phone.setText("040 123 4567")
    details.email.setText("sanna.esimerkki@example.fi")
    details.interpreter.setChecked(False)
    dialog.add_contact_row()
    dialog.set_contact(0, "Pekka Esimerkki", "veli", "050 765 4321")
    dialog.episode_box.setChecked(True)
    dialog.setFocus()


def shown(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def optional_module(name: str, screen: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as missing:
        if missing.name is None or not name.startswith(missing.name):
            raise
        print(f"note: {screen} is skipped: {name} does not exist yet")
        return None


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let layouts, posted events and the first paint happen."""
    deadline = monotonic() + seconds
    while monotonic() < deadline:
        app.processEvents()


def wait_until(app: QApplication, done: Callable[[], bool]) -> None:
    deadline = monotonic() + WAIT_SECONDS
    while not done():
        if monotonic() > deadline:
            raise TimeoutError("the screen did not finish loading")
        app.processEvents()


def well_documented_client(store: CaseStore) -> str:
    """The client with the most living-skills checks who also has the other two forms."""
    with store.session() as session:
        checks = func.count().label("checks")
        kinds = func.count(func.distinct(FormDocument.form_key))
        statement = (
            select(FormDocument.client_id, checks)
            .where(FormDocument.deleted_at.is_(None))
            .group_by(FormDocument.client_id)
            .having(kinds == len(FormKey))
            .order_by(
                func.sum(FormDocument.form_key == FormKey.LIVING_SKILLS_CHECK).desc(),
                FormDocument.client_id,
            )
            .limit(1)
        )
        row = session.execute(statement).first()
        if row is None:
            raise RuntimeError("the demo store has no client with every form")
        return str(row[0])


def debtor(store: CaseStore) -> str:
    """The client of an open follow-up with a plan, payments and the most partner contacts."""
    with store.session() as session:
        contacts = func.count(PartnerContact.id)
        statement = (
            select(RentDebtFollowUp.client_id)
            .join(PartnerContact, PartnerContact.follow_up_id == RentDebtFollowUp.id)
            .where(
                RentDebtFollowUp.stage == RentDebtStage.WORK,
                RentDebtFollowUp.deleted_at.is_(None),
            )
            .group_by(RentDebtFollowUp.client_id)
            .order_by(contacts.desc(), RentDebtFollowUp.client_id)
            .limit(1)
        )
        found = session.scalar(statement)
        if found is None:
            raise RuntimeError("the demo store has no rent-debt follow-up under way")
        return str(found)


def busiest_booked_day(store: CaseStore, worker_id: object) -> date:
    """The day (Helsinki) from today on with most of the worker's booked visits."""
    from collections import Counter

    from astu_desktop.models import BookedVisit, BookedVisitWorker
    from astu_protocol.service_day import now_utc, service_day

    with store.session() as session:
        starts = session.scalars(
            select(BookedVisit.starts_at)
            .join(BookedVisitWorker, BookedVisitWorker.booking_id == BookedVisit.id)
            .where(BookedVisitWorker.worker_id == worker_id, BookedVisit.starts_at >= now_utc())
        )
        days = Counter(service_day(start.replace(tzinfo=start.tzinfo or UTC)) for start in starts)
    return days.most_common(1)[0][0] if days else service_today()


def search_for(store: CaseStore, client_id: str) -> str:
    """The first letters of the client's last name: the search finds them and namesakes."""
    with store.session() as session:
        client = session.get(Client, client_id)
        assert client is not None
        return client.last_name[:2].lower()


def latest_document(store: CaseStore, client_id: str, form_key: FormKey) -> str | None:
    """The newest signed document of the form, else the newest of any status."""
    with store.session() as session:
        statement = (
            select(FormDocument.id)
            .where(
                FormDocument.client_id == client_id,
                FormDocument.form_key == form_key,
                FormDocument.deleted_at.is_(None),
            )
            .order_by(
                (FormDocument.status == DocumentStatus.SIGNED).desc(),
                FormDocument.document_date.desc(),
                FormDocument.version_no.desc(),
            )
            .limit(1)
        )
        return session.scalar(statement)


def quiet_offscreen(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """The offscreen platform notes what it cannot do for every window; nothing else is hid."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def private_settings(folder: Path) -> None:
    """Never the user's own settings: fresh geometry, language and column widths."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def demo_store(folder: Path) -> CaseStore:
    store = CaseStore.create(
        folder / "demo" / "astu.db", paths.DEMO_PASSPHRASE, kdf=SCREENSHOT_KDF, demo=True
    )
    seed_caseload(store, clients=CLIENTS, random_seed=RANDOM_SEED, today=service_today())
    return store


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else OUTPUT
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="astu-screens-") as folder:
        private_settings(Path(folder) / "settings")
        qInstallMessageHandler(quiet_offscreen)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        app.setStyle("Fusion")  # the same look on every machine that renders them
        translations = Translations(app)
        translations.set_language(LANGUAGE)
        store = demo_store(Path(folder))
        screens = Screens(app, store, output)
        client_id = well_documented_client(store)
        screens.unlock_dialog()
        window = screens.caseload(search_for(store, client_id))
        screens.team_overview(window)
        screens.client_record(client_id)
        screens.rent_debt(debtor(store))
        screens.home_visit(client_id)
        screens.new_client()
        screens.day_view()
        screens.forms(client_id)
        from tools.pdf_screenshots import save_report_screenshots

        screens.saved += save_report_screenshots(app, store, output)
        window.close_store()
        sync_screens.save_sync_screenshots(
            app,
            Path(folder) / "sync",
            SCREENSHOT_KDF,
            screens.take,
            lambda done: wait_until(app, done),
        )
        screens.runner.wait_until_idle()
        translations.remove()
    print(f"{len(screens.saved)} screenshots in {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
