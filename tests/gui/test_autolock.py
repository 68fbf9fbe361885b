"""Auto-lock after idle time and on Ctrl+L: drafts saved first, then nothing left on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from astu_desktop.ui import settings
from astu_desktop.ui.autolock import (
    DEFAULT_MINUTES,
    AutoLockDialog,
    IdleWatcher,
    open_draft_savers,
)
from astu_desktop.ui.caseload_panel import Scope
from astu_desktop.ui.main_window import MainWindow
from astu_desktop.ui.unlock_dialog import UnlockDialog
from tests.gui.conftest import CASELOAD
from tests.gui.windowkit import LOAD_TIMEOUT_MS, DraftKeeper, names, type_search, unlock

MINUTE = 60.0


@pytest.fixture
def window(qtbot, flow, clock) -> MainWindow:
    opened = unlock(qtbot, flow)
    opened.autolock.clock = clock
    opened.autolock.arm()
    return opened


@pytest.fixture
def record_window(qtbot, window):
    """A client record window with a form editor inside it, as the record helper opens."""
    record = QWidget()
    qtbot.addWidget(record)
    editor = DraftKeeper(window.store, record)
    record.show()
    return record, editor


def idle_tick(window: MainWindow) -> None:
    window.autolock.timer.timeout.emit()  # the periodic check, without waiting for it


def test_ten_idle_minutes_lock_the_store_after_saving_drafts(
    qtbot, flow, window, record_window, clock
):
    store = window.store
    record, editor = record_window
    with qtbot.waitSignal(window.panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        window.panel.set_scope(Scope.ALL)
    type_search(qtbot, window, "virt")
    assert window.autolock.minutes == DEFAULT_MINUTES == 10

    clock.advance(10 * MINUTE - 1)
    idle_tick(window)
    assert not store.is_locked
    clock.advance(1)
    idle_tick(window)

    assert editor.saved_while_open == [True]
    assert store.is_locked
    assert window.store is None
    assert not record.isVisible()
    assert window.panel.model.rowCount() == 0
    assert window.panel.search_box.text() == ""
    assert window.panel.worker_combo.count() == 1  # no worker names left either
    assert window.pages.currentWidget() is window.locked_page
    assert isinstance(flow.dialog, UnlockDialog)
    assert flow.dialog.isVisible()


def test_any_input_starts_the_idle_time_again(qtbot, window, clock):
    store = window.store
    clock.advance(9 * MINUTE)
    qtbot.keyClick(window.panel.table, Qt.Key.Key_Down)
    clock.advance(9 * MINUTE)
    idle_tick(window)
    assert not store.is_locked
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.panel.table.viewport(), move)
    clock.advance(9 * MINUTE)
    idle_tick(window)
    assert not store.is_locked
    clock.advance(1 * MINUTE)
    idle_tick(window)
    assert store.is_locked


def test_ctrl_l_in_a_record_window_saves_drafts_and_locks(qtbot, flow, window, record_window):
    record, editor = record_window
    store = window.store
    record.activateWindow()
    qtbot.keyClick(record, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert editor.saved_while_open == [True]
    assert store.is_locked
    assert not record.isVisible()
    again = unlock(qtbot, flow)
    assert names(again) == list(CASELOAD.mine)
    assert again.autolock.armed


def test_a_draft_that_fails_to_save_does_not_keep_the_store_open(
    qtbot, window, record_window, reporter
):
    _record, editor = record_window

    def broken() -> None:
        raise OSError("disk full")

    editor.save_draft_now = broken
    store = window.store
    window.lock()
    assert store.is_locked
    assert reporter.message_box is not None
    reporter.message_box.close()


def test_the_idle_time_is_chosen_in_settings_and_remembered(
    qtbot, window, clock, runner, translations, reporter
):
    window.choose_autolock_minutes()
    dialog = window.findChild(AutoLockDialog)
    assert dialog is not None
    assert dialog.minutes.value() == 10
    dialog.minutes.setValue(3)
    dialog.accept()
    assert settings.app_settings().value(settings.AUTOLOCK_KEY) in (3, "3")

    store = window.store
    clock.advance(3 * MINUTE)
    idle_tick(window)
    assert store.is_locked
    later = MainWindow(runner, translations, reporter)
    qtbot.addWidget(later)
    assert later.autolock.minutes == 3


def test_a_locked_window_does_not_count_idle_time(window, clock):
    window.lock()
    assert not window.autolock.armed
    clock.advance(60 * MINUTE)
    idle_tick(window)  # nothing to lock, nothing fails


def test_the_watcher_fires_once_per_arming(qtbot, clock):
    watcher = IdleWatcher(minutes=1, clock=clock)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    clock.advance(5 * MINUTE)
    watcher.check()
    assert fired == []  # not armed: no store open
    watcher.arm()
    clock.advance(MINUTE)
    watcher.check()
    watcher.check()
    assert fired == [True]


def test_draft_savers_are_found_in_every_window_once(qtbot, store):
    first, second = QWidget(), QWidget()
    for window in (first, second):
        qtbot.addWidget(window)
    nested = QWidget(first)
    keepers = [DraftKeeper(store, nested), DraftKeeper(store, second)]
    assert all(any(keeper is saver for saver in open_draft_savers()) for keeper in keepers)
    assert len([s for s in open_draft_savers() if s in keepers]) == 2
