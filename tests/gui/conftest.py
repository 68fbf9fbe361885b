"""Fixtures of the GUI tests: private settings, Finnish by default, a small known caseload."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from astu_desktop.models import (
    Client,
    DeviceState,
    RentDebtFollowUp,
    ServiceEpisode,
    Team,
    Worker,
)
from astu_desktop.models.base import new_id
from astu_desktop.models.hetu import make_hetu
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.errors import ErrorReporter
from astu_desktop.ui.i18n import Translations
from astu_desktop.ui.start import StartFlow
from astu_desktop.ui.tasks import TaskRunner
from astu_protocol.codes import EpisodeStatus, FormKey, RentDebtStage, Service
from tests.support import FAST_KDF, helsinki_today

# fourth_form/ runs only in the copy of the program tests/gui/test_a_fourth_form.py makes,
# the one whose code list has the fourth form.
collect_ignore = [] if "contact_note" in set(FormKey) else ["fourth_form"]

# The offscreen platform that runs these tests cannot pass size hints to a window
# manager and says so once per shown window with a layout; the message is about the
# test platform, not the application, so exactly this line is not a failure.
_OFFSCREEN_ONLY = r"^This plugin does not support propagateSizeHints\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_ONLY, extend=True))


@pytest.fixture(autouse=True)
def no_window_left_open(qapp: QApplication) -> Iterator[None]:
    """A window a test leaves showing (with its store, perhaps) would be closed by the
    next test's window as it closes all others, and change what that test sees. Checked
    once the test's fixtures have ended (pytest-qt has closed its widgets by then)."""
    yield
    qapp.processEvents()
    left = [shown for shown in QApplication.topLevelWidgets() if shown.isVisible()]
    for shown in left:
        shown.close()
    assert [type(shown).__name__ for shown in left] == [], "the test left windows showing"


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Path:
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    chosen = Translations()
    chosen.set_language("fi")
    yield chosen
    chosen.remove()


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait_until_idle()
    qapp.processEvents()


@pytest.fixture
def flow(
    qtbot, runner, translations, reporter, caseload_store, store_path, clock
) -> Iterator[StartFlow]:
    """The app's start on the caseload store, locked: the unlock dialog is showing.

    At the end its window is closed here: pytest-qt closes the widgets given to
    `qtbot` before fixtures end, so one added now would be left showing."""
    caseload_store.lock()
    started = StartFlow(store_path, runner, translations, reporter, clock=clock, kdf=FAST_KDF)
    started.start()
    yield started
    started.shutdown()
    for opened in (started.window, started.dialog):
        if opened is not None and shiboken6.isValid(opened):
            opened.close()
            opened.deleteLater()


@pytest.fixture
def reporter() -> ErrorReporter:
    return ErrorReporter()


@dataclass(frozen=True)
class KnownCaseload:
    """Three clients are mine, one more is my team's, one belongs to another team."""

    mine: tuple[str, ...] = ("Aalto, Anna", "Mäkinen, Matti", "Virtanen, Ville")
    team_only: tuple[str, ...] = ("Korhonen, Kari",)
    other_team: tuple[str, ...] = ("Nieminen, Nea",)
    debtor: str = "Korhonen, Kari"
    debt_cents: int = 123456

    @property
    def everyone(self) -> tuple[str, ...]:
        return self.mine + self.team_only + self.other_team


CASELOAD = KnownCaseload()


@pytest.fixture
def caseload_store(store: CaseStore) -> CaseStore:
    """The `store` fixture with the clients of `CASELOAD` (and one whose service ended)."""
    with store.session() as session, session.begin():
        east, west = Team(id=new_id(), name="Itä"), Team(id=new_id(), name="Länsi")
        me = _worker("outi", "Outi Miettinen", east)
        colleague = _worker("petri", "Petri Karjalainen", east)
        stranger = _worker("maarit", "Maarit Korhonen", west)
        session.add_all([east, west, me, colleague, stranger])
        people = [
            *((name, me, Service.OUTREACH) for name in CASELOAD.mine),
            *((name, colleague, Service.RENT_DEBT) for name in CASELOAD.team_only),
            *((name, stranger, Service.SAS_ASSESSMENT) for name in CASELOAD.other_team),
        ]
        for number, (name, worker, service) in enumerate(people, start=1):
            client = _client(name, number)
            session.add(client)
            session.add(_episode(client, worker, service, EpisodeStatus.ACTIVE))
            if name == CASELOAD.debtor:
                session.add(_debt(client, CASELOAD.debt_cents))
        ended = _client("Lahti, Liisa", 99)
        session.add_all([ended, _episode(ended, me, Service.OUTREACH, EpisodeStatus.ENDED)])
        state = session.get(DeviceState, 1)
        assert state is not None
        state.current_worker_id = me.id
    return store


def _worker(username: str, name: str, team: Team) -> Worker:
    return Worker(id=new_id(), username=username, full_name=name, team_id=team.id)


def _client(name: str, number: int) -> Client:
    last, first = name.split(", ")
    return Client(
        id=new_id(),
        first_names=first,
        last_name=last,
        hetu=make_hetu(date(1980, 1, 1) + timedelta(days=number * 40), 900 + number),
        phone="040 123 4567",
        street_address=f"Testikatu {number}",
        postal_code="00100",
        city="Helsinki",
    )


def _episode(
    client: Client, worker: Worker, service: Service, status: EpisodeStatus
) -> ServiceEpisode:
    return ServiceEpisode(
        id=new_id(),
        client_id=client.id,
        service=service,
        status=status,
        responsible_worker_id=worker.id,
        start_date=helsinki_today() - timedelta(days=100),
        end_date=helsinki_today() - timedelta(days=5) if status == EpisodeStatus.ENDED else None,
    )


def _debt(client: Client, cents: int) -> RentDebtFollowUp:
    return RentDebtFollowUp(
        id=new_id(),
        client_id=client.id,
        started_on=helsinki_today() - timedelta(days=30),
        debt_at_start_cents=cents,
        stage=RentDebtStage.WORK,
    )


class FakeClock:
    """Seconds that move only when a test says so."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
