"""The GUI entry points: `run_gui` opens a store, `run_demo_gui` the demo (`make run`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from astu_desktop import paths
from astu_desktop.ui import settings
from astu_desktop.ui.collector import collect_on_gui_thread
from astu_desktop.ui.errors import ErrorReporter
from astu_desktop.ui.i18n import Translations
from astu_desktop.ui.start import StartFlow
from astu_desktop.ui.tasks import TaskRunner
from astu_desktop.ui.termination import quit_on_termination

if TYPE_CHECKING:
    from astu_desktop.demo import DemoFiles

ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "astu.svg"


def run_gui(path: Path | None, demo: bool = False) -> int:
    """Open the store at `path` (the default or demo store when None); the exit status."""
    store_path = path or (paths.demo_store_path() if demo else paths.default_store_path())
    app = _application()
    reporter = ErrorReporter()
    reporter.install()
    translations = Translations(app)
    translations.load_saved()
    runner = TaskRunner(app)
    flow = StartFlow(store_path, runner, translations, reporter, demo=demo)
    flow.quit_requested.connect(app.quit, Qt.ConnectionType.QueuedConnection)
    app.aboutToQuit.connect(flow.shutdown)
    flow.start()
    with quit_on_termination(app):
        return app.exec()


def run_demo_gui(files: DemoFiles, clients: int) -> int:
    """The demo: its first window makes it (with progress) and asks how to open it."""
    from astu_desktop.ui.demo_start import DemoStartWindow  # the server's code: demo only

    app = _application()
    reporter = ErrorReporter()
    reporter.install()
    translations = Translations(app)
    translations.load_saved()
    runner = TaskRunner(app)
    window = DemoStartWindow(files, clients, runner)
    flows: list[StartFlow] = []

    def open_store(store_path: object) -> None:
        flow = StartFlow(Path(str(store_path)), runner, translations, reporter, demo=True)
        flow.quit_requested.connect(app.quit, Qt.ConnectionType.QueuedConnection)
        app.aboutToQuit.connect(flow.shutdown)
        flows.append(flow)
        flow.start()
        window.close()

    window.chosen.connect(open_store)
    window.show()
    window.start()
    try:
        with quit_on_termination(app):
            return app.exec()
    finally:
        runner.wait_until_idle()
        window.close_server()


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setDesktopFileName("astu-desktop")
    collect_on_gui_thread(app)
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    return app
