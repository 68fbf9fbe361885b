"""Helpers for tests of the main window on the `caseload_store` of conftest.py."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import Engine, event

from astu_desktop.services.store_actions import read_opening
from astu_desktop.services.visit_work import read_setup
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.caseload_columns import Column
from astu_desktop.ui.forms import DocumentEditor
from astu_desktop.ui.main_window import MainWindow
from astu_desktop.ui.start import StartFlow
from astu_desktop.ui.unlock_dialog import UnlockDialog
from astu_desktop.ui.visit_dialog import VisitDialog
from astu_protocol.service_day import now_utc, service_day
from tests.support import PASSPHRASE

LOAD_TIMEOUT_MS = 10_000

DialogT = TypeVar("DialogT", bound=QWidget)


def unlock(qtbot, flow: StartFlow) -> MainWindow:
    dialog = flow.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=LOAD_TIMEOUT_MS):
        dialog.attempt()
    window = flow.window
    assert window is not None
    qtbot.waitUntil(lambda: window.store is not None, timeout=LOAD_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.panel.model.loading, timeout=LOAD_TIMEOUT_MS)
    return window


def open_window(qtbot, runner, translations, reporter, store: CaseStore) -> MainWindow:
    window = MainWindow(runner, translations, reporter)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        window.open_store(store, read_opening(store))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def names(window: MainWindow) -> list[str]:
    model = window.panel.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def type_text(widget: QWidget, text: str) -> None:
    """Key presses with their text; `qtbot.keyClicks` cannot type ä, ö or å."""
    for character in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            widget,
            Qt.Key.Key_unknown,
            character,
            Qt.KeyboardModifier.NoModifier,
        )


def type_search(qtbot, window: MainWindow, text: str) -> None:
    """Type as a worker would; the search runs once, after the typing pause."""
    box = window.panel.search_box
    with qtbot.waitSignal(window.panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        box.selectAll()
        type_text(box, text)


class DraftKeeper(QWidget):
    """Stands in for an open form editor: it notes whether the store was open when asked."""

    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.saved_while_open: list[bool] = []

    def save_draft_now(self) -> None:
        self.saved_while_open.append(not self.store.is_locked)


def opened(qtbot, parent: QWidget, kind: type[DialogT]) -> DialogT:
    """The dialog a window opens once the store worker has read what it shows."""
    qtbot.waitUntil(lambda: parent.findChild(kind) is not None, timeout=5000)
    dialog = parent.findChild(kind)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def editor_on_screen(qtbot) -> DocumentEditor:
    """The one document editor, once the store worker has read its document and it shows."""

    def shown() -> list[DocumentEditor]:
        return [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, DocumentEditor) and widget.isVisible()
        ]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=LOAD_TIMEOUT_MS)
    (editor,) = shown()
    return editor


def visit_dialog(store: CaseStore, client_id: str, runner, **options) -> VisitDialog:
    """The visit dialog as a window opens it, read here on the test's own thread."""
    now = options.get("now", now_utc)
    setup = read_setup(store, client_id, service_day(now()))
    options.setdefault("on_check_failed", _check_must_open)
    return VisitDialog(setup, store, client_id, runner, **options)


def _check_must_open(error: BaseException) -> None:
    raise AssertionError(f"the living-skills check did not open: {error!r}")


@contextmanager
def statement_threads(engine: Engine) -> Iterator[list[threading.Thread]]:
    """The thread of every SQL statement `engine` runs inside the block (a read on the
    GUI thread is one a slow disk would freeze the window for)."""
    threads: list[threading.Thread] = []

    def note(*_args: object) -> None:
        threads.append(threading.current_thread())

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield threads
    finally:
        event.remove(engine, "before_cursor_execute", note)
