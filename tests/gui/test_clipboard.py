"""A copied henkilötunnus leaves the clipboard after 30 seconds, on lock, and is logged."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from astu_desktop.models import AccessLogEntry
from astu_desktop.ui.caseload_columns import Column
from astu_desktop.ui.clipboard import HOLD_MS, SecretClipboard
from astu_protocol.codes import AccessAction
from tests.gui.windowkit import open_window

CODE = "131052-308T"


@pytest.fixture
def clipboard(qapp):
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


def test_the_code_is_cleared_when_the_time_is_up(qtbot, clipboard):
    secret = SecretClipboard()
    secret.copy(CODE)
    assert clipboard.text() == CODE
    assert secret.timer.interval() == HOLD_MS == 30_000
    assert secret.timer.isActive()
    with qtbot.waitSignal(secret.cleared):
        secret.timer.timeout.emit()  # the 30 seconds, without waiting them
    assert clipboard.text() == ""


def test_something_copied_later_is_left_alone(clipboard):
    secret = SecretClipboard()
    secret.copy(CODE)
    clipboard.setText("Kallioinkatu 1")
    secret.timer.timeout.emit()
    assert clipboard.text() == "Kallioinkatu 1"


def test_clipboard_managers_are_asked_not_to_keep_it(clipboard):
    SecretClipboard().copy(CODE)
    mime = clipboard.mimeData()
    assert mime is not None
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"


@pytest.fixture
def window(qtbot, runner, translations, reporter, caseload_store):
    opened = open_window(qtbot, runner, translations, reporter, caseload_store)
    yield opened
    opened.close_store()


def reveal_and_copy(qtbot, window, row: int) -> None:
    index = window.panel.model.index(row, Column.HETU)
    menu = window.panel.row_menu(index)
    qtbot.addWidget(menu)
    assert not window.panel.copy_hetu_action.isEnabled()  # nothing shown, nothing to copy
    window.panel.reveal_action.trigger()
    menu = window.panel.row_menu(index)
    qtbot.addWidget(menu)
    assert window.panel.copy_hetu_action.isEnabled()
    window.panel.copy_hetu_action.trigger()


def test_copying_a_revealed_code_is_logged_and_cleared_after_30_s(
    qtbot, window, clipboard, caseload_store
):
    client_id = window.panel.model.client_id(0)
    reveal_and_copy(qtbot, window, 0)
    shown = window.panel.model.index(0, Column.HETU).data()
    assert clipboard.text() == shown
    assert "30" in window.statusBar().currentMessage()
    with caseload_store.session() as session:
        query = select(AccessLogEntry).order_by(AccessLogEntry.seq)
        entries = [(e.action, e.client_id, e.target) for e in session.scalars(query)]
    assert entries == [
        (AccessAction.REVEAL, client_id, "client:hetu"),
        (AccessAction.REVEAL, client_id, "client:hetu_copy"),
    ]
    window.clipboard.timer.timeout.emit()
    assert clipboard.text() == ""


def test_locking_clears_a_copied_code_at_once(qtbot, window, clipboard):
    reveal_and_copy(qtbot, window, 1)
    assert clipboard.text()
    window.lock()
    assert clipboard.text() == ""
    assert not window.clipboard.timer.isActive()
