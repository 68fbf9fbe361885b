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


def test_a_terminate_signal_quits_as_quit_does_and_the_log_folds_back(
    app_run, store, store_path, qapp
):
    """A log-out or shutdown sends SIGTERM: the store is locked and its write-ahead log
    folded back into the database, as when the worker chooses Quit."""
    import os
    import signal

    from astu_desktop.ui.main_window import MainWindow
    from tests.support import PASSPHRASE

    store.lock()
    wal = store_path.with_name(store_path.name + "-wal")
    steps: list[str] = []

    def unlock() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog)]
        visible = [dialog for dialog in dialogs if dialog.isVisible()]
        if not visible:
            QTimer.singleShot(20, unlock)
            return
        visible[0].passphrase.setText(PASSPHRASE)
        visible[0].unlock_button.click()
        QTimer.singleShot(20, terminate_when_open)

    def terminate_when_open() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or windows[0].store is None:
            QTimer.singleShot(20, terminate_when_open)
            return
        steps.append("open")
        steps.append(f"log while open: {wal.exists()}")
        os.kill(os.getpid(), signal.SIGTERM)

    QTimer.singleShot(0, unlock)
    QTimer.singleShot(WATCHDOG_MS, QApplication.quit)
    assert run_gui(store_path) == 0
    assert steps == ["open", "log while open: True"]
    assert not wal.exists()  # locked, and SQLite removed the folded log
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # the test runner's own again
