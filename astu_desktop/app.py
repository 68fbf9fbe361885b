"""The GUI entry point: `run_gui` is what `astu-desktop` and `astu-desktop demo` call."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from astu_desktop import paths
from astu_desktop.ui import settings
from astu_desktop.ui.errors import ErrorReporter
from astu_desktop.ui.i18n import Translations
from astu_desktop.ui.start import StartFlow
from astu_desktop.ui.tasks import TaskRunner

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
    return app.exec()


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setDesktopFileName("astu-desktop")
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    return app
