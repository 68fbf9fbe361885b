"""The running application on a real store: unlock, caseload, sort, lock, language, logging."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from astu_desktop.models import Worker
from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.services.store_actions import read_opening
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui import settings
from astu_desktop.ui.caseload_columns import Column
from astu_desktop.ui.caseload_panel import Scope
from astu_desktop.ui.main_window import MainWindow
from astu_desktop.ui.record import ClientRecordWindow
from astu_desktop.ui.start import StartFlow
from astu_desktop.ui.unlock_dialog import UnlockDialog
from astu_protocol.codes import AccessAction, Role, Service
from tests.gui.conftest import CASELOAD
from tests.gui.windowkit import open_window
from tests.support import FAST_KDF, PASSPHRASE


def _unlock(qtbot, flow: StartFlow) -> MainWindow:
    dialog = flow.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        dialog.attempt()
    window = flow.window
    assert window is not None
    qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not window.panel.model.loading, timeout=10_000)
    return window


@pytest.fixture
def window(qtbot, flow) -> MainWindow:
    return _unlock(qtbot, flow)


def test_unlocking_opens_the_caseload_with_no_sql_on_the_gui_thread(qtbot, flow) -> None:
    """Whose laptop it is and which team its user leads are read on the store worker:
    the window that shows the caseload waits for nothing on its own thread."""
    dialog = flow.dialog
    assert isinstance(dialog, UnlockDialog)
    on_gui_thread: list[str] = []

    def note(_conn, _cursor, statement: str, *_args) -> None:
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append(statement)

    def watch(store: CaseStore) -> None:
        event.listen(store.engine, "before_cursor_execute", note)

    dialog.unlocked.connect(watch)  # before the window reads anything on its own thread
    window = _unlock(qtbot, flow)
    assert window.isVisible()
    assert [_names(window)[0]] == ["Aalto, Anna"]
    assert on_gui_thread == []


def _names(window: MainWindow) -> list[str]:
    model = window.panel.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def _switch_scope(qtbot, window: MainWindow, scope: Scope) -> None:
    with qtbot.waitSignal(window.panel.model.loaded, timeout=10_000):
        qtbot.mouseClick(window.panel.scope_buttons.button(scope), Qt.MouseButton.LeftButton)


def test_unlocking_opens_my_caseload(window):
    assert window.isVisible()
    assert window.windowTitle() == "ASTU Desktop"
    assert window.panel.scope == Scope.MINE
    assert _names(window) == list(CASELOAD.mine)
    assert window.count_label.text() == "3 asiakasta"


def test_a_team_leads_laptop_opens_on_the_teams_caseload(
    qtbot, runner, translations, reporter, caseload_store
):
    with caseload_store.session() as session, session.begin():
        me = session.get_one(Worker, caseload_store.device_state()["current_worker_id"])
        me.role = Role.TEAM_LEAD
    lead = open_window(qtbot, runner, translations, reporter, caseload_store)
    assert lead.panel.scope == Scope.TEAM
    assert lead.panel.scope_buttons.button(Scope.TEAM).isChecked()
    assert _names(lead) == sorted(CASELOAD.mine + CASELOAD.team_only)
    lead.close_store()


def test_team_and_all_widen_the_caseload(qtbot, window):
    _switch_scope(qtbot, window, Scope.TEAM)
    assert _names(window) == sorted(CASELOAD.mine + CASELOAD.team_only)
    _switch_scope(qtbot, window, Scope.ALL)
    assert _names(window) == sorted(CASELOAD.everyone)
    assert window.count_label.text() == "5 asiakasta"


def test_the_service_and_due_filters_narrow_the_list(qtbot, window):
    _switch_scope(qtbot, window, Scope.ALL)
    panel = window.panel
    with qtbot.waitSignal(panel.model.loaded, timeout=10_000):
        panel.service_combo.setCurrentIndex(panel.service_combo.findData(Service.RENT_DEBT))
    assert _names(window) == [CASELOAD.debtor]
    assert panel.service_combo.currentText() == "Vuokravelan seuranta"
    with qtbot.waitSignal(panel.model.loaded, timeout=10_000):
        panel.service_combo.setCurrentIndex(0)
    with qtbot.waitSignal(panel.model.loaded, timeout=10_000):
        panel.due_combo.setCurrentIndex(3)
    assert panel.due_combo.currentText() == "Avoin vuokravelka"
    assert _names(window) == [CASELOAD.debtor]


def _click_header(qtbot, window: MainWindow, column: Column) -> None:
    header = window.panel.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_clicking_the_name_header_sorts_by_name_descending(qtbot, window):
    with qtbot.waitSignal(window.panel.model.loaded, timeout=10_000):
        _click_header(qtbot, window, Column.NAME)
    assert _names(window)[0] == "Virtanen, Ville"
    header = window.panel.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_clicking_a_header_without_a_sort_key_keeps_the_order(qtbot, window):
    before = _names(window)
    _click_header(qtbot, window, Column.HETU)
    assert not window.panel.model.loading
    assert _names(window) == before
    assert window.panel.table.horizontalHeader().sortIndicatorSection() == Column.NAME


def test_ctrl_l_locks_the_store_and_asks_for_the_passphrase_again(qtbot, flow, window):
    store = window.store
    assert isinstance(store, CaseStore)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert store.is_locked
    assert window.store is None
    assert window.panel.model.rowCount() == 0
    assert window.pages.currentWidget() is window.locked_page
    assert isinstance(flow.dialog, UnlockDialog)
    assert flow.dialog.isVisible()

    again = _unlock(qtbot, flow)
    assert again is window
    assert _names(window) == list(CASELOAD.mine)


def test_a_list_asked_for_just_before_the_lock_never_opens_over_the_locked_window(
    qtbot, flow, window
):
    """Returned documents, then Ctrl+L before the worker answered: nothing read from the
    store may appear once it is locked, nor after it is opened again."""
    window.returned_action.trigger()  # read on the store worker; not shown yet
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.store is None
    assert window.returned_dialog is None

    _unlock(qtbot, flow)
    assert window.returned_dialog is None
    window.returned_action.trigger()  # asked again with the store open: it opens
    qtbot.waitUntil(lambda: window.returned_dialog is not None, timeout=10_000)
    assert window.returned_dialog is not None
    assert window.returned_dialog.isVisible()
    window.returned_dialog.close()


def test_the_language_switches_to_swedish_and_back_without_losing_the_view(
    qtbot, window, translations
):
    _switch_scope(qtbot, window, Scope.TEAM)
    names = _names(window)
    assert window.file_menu.title() == "&Tiedosto"

    window.language_actions["sv"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Arkiv")  # LanguageChange is posted
    assert window.panel.scope_buttons.button(Scope.MINE).text() == "Mina klienter"
    assert window.panel.model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Namn"
    assert window.count_label.text() == "4 klienter"
    assert settings.app_settings().value(settings.LANGUAGE_KEY) == "sv"

    window.language_actions["fi"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Tiedosto")
    assert window.panel.scope == Scope.TEAM
    assert _names(window) == names


def test_revealing_the_hetu_shows_it_and_logs_it(qtbot, window, caseload_store):
    model = window.panel.model
    client_id = model.client_id(0)
    masked = model.index(0, Column.HETU).data()
    menu = window.panel.row_menu(model.index(0, Column.HETU))
    qtbot.addWidget(menu)
    window.panel.reveal_action.trigger()

    shown = model.index(0, Column.HETU).data()
    assert shown[:7] == masked[:7]
    assert "*" not in shown
    assert "lokiin" in window.statusBar().currentMessage()
    with window.store.session() as session:
        actions = [entry.action for entry in entries_for_client(session, client_id)]
    assert actions == [AccessAction.REVEAL]


def test_enter_on_a_row_opens_the_client_and_logs_the_view(qtbot, window):
    table = window.panel.table
    table.setCurrentIndex(window.panel.model.index(1, Column.NAME))
    client_id = window.panel.model.client_id(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)

    record = window.findChild(ClientRecordWindow)
    assert record is not None
    qtbot.waitUntil(lambda: record.record is not None, timeout=10_000)
    assert record.isVisible()
    assert record.header.name.text() == "Matti Mäkinen"
    assert record.header.services.text() == "Lähityö"
    with window.store.session() as session:
        actions = [entry.action for entry in entries_for_client(session, client_id)]
    assert actions == [AccessAction.VIEW]

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(ClientRecordWindow) is None)


def test_the_window_geometry_is_restored(qtbot, window, runner, translations, reporter):
    window.resize(window.width(), 520)  # the offscreen screen is too narrow to test widths
    window.close()
    reopened = MainWindow(runner, translations, reporter)
    qtbot.addWidget(reopened)
    assert reopened.height() == 520


def test_a_demo_store_says_demo_in_the_title(qtbot, runner, translations, reporter, tmp_path):
    path = tmp_path / "demo.db"
    store = CaseStore.create(path, PASSPHRASE, kdf=FAST_KDF, demo=True)
    window = MainWindow(runner, translations, reporter)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.panel.model.loaded, timeout=10_000):
        window.open_store(store, read_opening(store))
    assert window.windowTitle() == "ASTU Desktop – DEMO"
    assert window.panel.scope == Scope.ALL  # a fresh store has no worker yet
    assert not window.panel.scope_buttons.button(Scope.MINE).isEnabled()
    window.close_store()


def test_quitting_from_the_unlock_dialog_asks_the_application_to_quit(qtbot, flow):
    window = _unlock(qtbot, flow)
    window.lock()
    with qtbot.waitSignal(flow.quit_requested):
        flow.dialog.quit_button.click()
    assert QApplication.instance() is not None


def test_a_due_date_column_sorts_the_soonest_first_on_its_first_click(qtbot, window):
    with qtbot.waitSignal(window.panel.model.loaded, timeout=10_000):
        _click_header(qtbot, window, Column.NAME)  # name is now descending
    with qtbot.waitSignal(window.panel.model.loaded, timeout=10_000):
        _click_header(qtbot, window, Column.REVIEW_DUE)
    header = window.panel.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.REVIEW_DUE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert not window.panel.model.query.descending
