"""`run_gui`, as `astu-desktop` and `make run` call it: the right first dialog, a clean quit."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from astu_desktop.app import run_gui
from astu_desktop.ui.create_store_dialog import CreateStoreDialog
from astu_desktop.ui.i18n import Translations
from astu_desktop.ui.unlock_dialog import UnlockDialog

WATCHDOG_MS = 10_000


@pytest.fixture
def app_run(qapp, monkeypatch) -> Iterator[dict[str, str]]:
    """Leaves the shared QApplication as it found it: excepthook and translators."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: dict[str, str] = {}
    yield seen
    for translations in qapp.findChildren(Translations):
        translations.remove()
        translations.deleteLater()


def _quit_from(kind: type[QDialog], seen: dict[str, str]) -> None:
    """Once the event loop runs: note the dialog's title and press its Quit button."""

    def press_quit() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)]
        visible = [dialog for dialog in dialogs if dialog.isVisible()]
        if not visible:
            QApplication.quit()
            return
        seen["title"] = visible[0].windowTitle()
        visible[0].quit_button.click()

    QTimer.singleShot(0, press_quit)
    QTimer.singleShot(WATCHDOG_MS, QApplication.quit)  # a broken start must not hang the run


def test_an_existing_store_opens_with_the_unlock_dialog(app_run, store, store_path):
    store.lock()
    _quit_from(UnlockDialog, app_run)
    assert run_gui(store_path) == 0
    assert app_run["title"] == "Avaa lukitus – ASTU Desktop"


def test_the_demo_says_demo_from_the_first_dialog(app_run, store, store_path):
    store.lock()
    _quit_from(UnlockDialog, app_run)
    assert run_gui(store_path, demo=True) == 0
    assert app_run["title"] == "Avaa lukitus – ASTU Desktop – DEMO"


def test_a_first_run_offers_to_create_the_store(app_run, tmp_path):
    path = tmp_path / "new" / "astu.db"
    _quit_from(CreateStoreDialog, app_run)
    assert run_gui(path) == 0
    assert app_run["title"] == "Luo asiakastietokanta – ASTU Desktop"
    assert not path.exists()


_TERMINATED_RUN = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from astu_desktop.app import run_gui
from astu_desktop.ui.main_window import MainWindow
from astu_desktop.ui.unlock_dialog import UnlockDialog

path = Path(sys.argv[1])
wal = path.with_name(path.name + "-wal")

def unlock():
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog)]
    if not any(d.isVisible() for d in dialogs):
        QTimer.singleShot(20, unlock)
        return
    dialog = next(d for d in dialogs if d.isVisible())
    dialog.passphrase.setText(os.environ["TEST_PASSPHRASE"])
    dialog.unlock_button.click()
    QTimer.singleShot(20, terminate_when_open)

def terminate_when_open():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or windows[0].store is None:
        QTimer.singleShot(20, terminate_when_open)
        return
    print("log while open:", wal.exists(), flush=True)
    os.kill(os.getpid(), signal.SIGTERM)

QTimer.singleShot(0, unlock)
print("exit:", run_gui(path), flush=True)
"""


def test_a_terminate_signal_quits_as_quit_does_and_the_log_folds_back(store, store_path):
    """A log-out or shutdown sends SIGTERM: the app quits as its Quit does, the store is
    locked and its write-ahead log folded back. (A process of its own: the signal ends
    the application's event loop for good.)"""
    import os
    import subprocess

    from tests.support import PASSPHRASE

    store.lock()
    environment = {**os.environ, "TEST_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    finished = subprocess.run(
        [sys.executable, "-c", _TERMINATED_RUN, str(store_path)],
        capture_output=True, text=True, timeout=120, env=environment, check=False,
    )  # fmt: skip
    assert finished.stdout.splitlines() == ["log while open: True", "exit: 0"], finished.stderr
    assert finished.returncode == 0
    assert not store_path.with_name(store_path.name + "-wal").exists()
