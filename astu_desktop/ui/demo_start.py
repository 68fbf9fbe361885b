"""The demo's first window: what is being made while the demo is seeded, then a choice.

The first `make run` seeds a caseload, starts the local server and syncs (about a
minute). This window shows each step with a progress bar while the work runs on the
background worker, so the app answers from the first second. The demo then opens as
the field worker's laptop or as the team lead's ("Avaa työntekijänä" / "Avaa
tiiminvetäjänä"); the choice is remembered and is the default the next time. A
choice made while the demo is still being made opens it as soon as it is ready.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from astu_desktop import demo
from astu_desktop.demo import DemoFiles, DemoRole, DemoStage
from astu_desktop.ui import settings
from astu_desktop.ui.errors import describe
from astu_desktop.ui.tasks import TaskRunner
from astu_desktop.ui.widgets import ERROR_STYLE, bold, text_label

MakeDemo = Callable[..., None]
MakeLead = Callable[[DemoFiles, str], None]
Serve = Callable[[DemoFiles], AbstractContextManager[str]]


class DemoCancelled(Exception):
    """The window was closed while the demo was being made; the half-made demo goes."""


class _Relay(QObject):
    """Lives on the GUI thread: the worker's progress arrives here queued."""

    progressed = Signal(int, int)
    staged = Signal(str)


class DemoStartWindow(QWidget):
    chosen = Signal(object)  # the Path of the store to open
    ready = Signal()  # the demo is made and its server runs

    def __init__(
        self,
        files: DemoFiles,
        clients: int,
        runner: TaskRunner,
        *,
        make_demo: MakeDemo = demo.create_demo,
        make_lead: MakeLead = demo.create_lead_demo,
        serve: Serve = demo.demo_server,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.files, self._clients, self._runner = files, clients, runner
        self._make_demo, self._make_lead, self._serve = make_demo, make_lead, serve
        self._servers = ExitStack()
        self._closed = False
        self.url: str | None = None
        self.wanted: DemoRole | None = None  # chosen before the demo was ready
        self.stage: DemoStage | None = None
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._show_progress)
        self._relay.staged.connect(lambda stage: self._show_stage(DemoStage(stage)))
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setFont(bold(self.title.font(), scale=1.5))
        self.intro = text_label()
        self.status = text_label()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.error = text_label(shown=False, style=ERROR_STYLE)
        self.worker_button, self.lead_button = QPushButton(), QPushButton()
        self.worker_button.clicked.connect(lambda: self.choose(DemoRole.WORKER))
        self.lead_button.clicked.connect(lambda: self.choose(DemoRole.LEAD))
        remembered = saved_role()
        default = self.lead_button if remembered == DemoRole.LEAD else self.worker_button
        default.setDefault(True)
        default.setFocus()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.worker_button)
        buttons.addWidget(self.lead_button)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.intro, self.status, self.bar, self.error):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(560, 300)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ASTU Desktop – demo"))
        self.title.setText(self.tr("ASTU Desktop demo"))
        self.intro.setText(
            self.tr(
                "The demo holds made-up people only (temporary identity codes 900–999). "
                "Its first start creates them and a local server to sync with, which "
                "takes about a minute."
            )
        )
        self.worker_button.setText(self.tr("Open as a field &worker"))
        self.lead_button.setText(self.tr("Open as a team &lead"))
        self.worker_button.setToolTip(self.tr("The busiest outreach worker's laptop"))
        self.lead_button.setToolTip(
            self.tr("The laptop of the lead of the same team: the team overview, approvals")
        )
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- making the demo -------------------------------------------------------------

    def start(self) -> None:
        """Make the demo if needed and start its server, on the background worker."""
        files, clients, relay = self.files, self._clients, self._relay

        def progress(done: int, total: int) -> None:
            if self._closed:
                raise DemoCancelled()
            relay.progressed.emit(done, total)

        def prepare() -> str:
            if not files.complete():
                self._make_demo(
                    files, clients, progress=progress, stage=lambda s: relay.staged.emit(s.value)
                )
            relay.staged.emit(DemoStage.SYNCING.value)
            return self._servers.enter_context(self._serve(files))

        self._runner.run(prepare, self._on_ready, self._on_failed)

    def _show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self._show_status(done, total)

    def _show_stage(self, stage: DemoStage) -> None:
        self.stage = stage
        if stage != DemoStage.SEEDING:
            self.bar.setRange(0, 0)
        self._show_status()

    def _show_status(self, done: int = 0, total: int = 0) -> None:
        if self.url is not None and self.stage != DemoStage.LEAD:
            text = self.tr("The demo is ready.")
        elif self.stage == DemoStage.SEEDING:
            text = (
                self.tr("Creating made-up clients: %1 of %2")
                .replace("%1", str(done))
                .replace("%2", str(total or self._clients))
            )
        elif self.stage == DemoStage.LEAD:
            text = self.tr("Preparing the team lead's laptop and its first sync…")
        elif self.stage == DemoStage.SYNCING:
            text = self.tr("Starting the local server and syncing…")
        else:
            text = self.tr("Preparing the demo…")
        self.status.setText(text)

    def _on_ready(self, url: object) -> None:
        self.url = str(url)
        self.stage = None
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self._show_status()
        self.ready.emit()
        if self.wanted is not None and not self._closed:
            self.choose(self.wanted)

    def _on_failed(self, error: BaseException) -> None:
        if self._closed:
            return
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.error.setText(self.tr("The demo could not be made: %1").replace("%1", describe(error)))
        self.error.show()
        for button in (self.worker_button, self.lead_button):
            button.setEnabled(False)

    # -- choosing ----------------------------------------------------------------------

    def choose(self, role: DemoRole) -> None:
        save_role(role)
        self.wanted = role
        if self.url is None:
            self.status.setText(self.tr("The demo opens as soon as it is ready."))
            return
        if role == DemoRole.LEAD and not self.files.lead_complete():
            files, url = self.files, self.url
            self._show_stage(DemoStage.LEAD)
            for button in (self.worker_button, self.lead_button):
                button.setEnabled(False)
            self._runner.run(
                lambda: self._make_lead(files, url),
                lambda _result: self._open(role),
                self._on_failed,
            )
            return
        self._open(role)

    def _open(self, role: DemoRole) -> None:
        if self._closed:
            return
        self.chosen.emit(self.files.store_of(role))

    def close_server(self) -> None:
        """At the end of the application: the local server stops."""
        self._servers.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._closed = True
        super().closeEvent(event)


def saved_role() -> DemoRole:
    value = settings.app_settings().value(settings.DEMO_ROLE_KEY, DemoRole.WORKER.value)
    return DemoRole(value) if value in {role.value for role in DemoRole} else DemoRole.WORKER


def save_role(role: DemoRole) -> None:
    settings.app_settings().setValue(settings.DEMO_ROLE_KEY, role.value)
