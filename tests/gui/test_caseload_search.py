"""Searching and filtering the caseload as a worker does it, keyboard first."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from sqlalchemy import select

from astu_desktop.models import AccessLogEntry, Client
from astu_desktop.services.store_actions import StoreCaseloadSource
from astu_desktop.ui import shortcuts
from astu_desktop.ui.caseload_columns import Column
from astu_desktop.ui.caseload_model import CaseloadModel
from astu_desktop.ui.caseload_panel import Scope
from astu_protocol.codes import AccessAction, EpisodeStatus
from tests.gui.conftest import CASELOAD
from tests.gui.windowkit import LOAD_TIMEOUT_MS, names, open_window, type_search


@pytest.fixture
def window(qtbot, runner, translations, reporter, caseload_store):
    opened = open_window(qtbot, runner, translations, reporter, caseload_store)
    with qtbot.waitSignal(opened.panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        opened.panel.set_scope(Scope.ALL)
    yield opened
    opened.close_store()


def searches(store) -> list[AccessLogEntry]:
    with store.session() as session:
        query = select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.SEARCH)
        return list(session.scalars(query))


def hetu_of(store, last_name: str) -> str:
    with store.session() as session:
        return session.scalars(select(Client.hetu).where(Client.last_name == last_name)).one()


def test_typing_a_name_shows_the_matching_clients(qtbot, window, caseload_store):
    type_search(qtbot, window, "mäk")
    assert names(window) == ["Mäkinen, Matti"]
    assert window.count_label.text() == "1 asiakas"
    type_search(qtbot, window, "a")  # typed over the selection: every "a…" word
    assert names(window) == ["Aalto, Anna"]


def test_every_word_is_a_prefix(qtbot, window):
    type_search(qtbot, window, "vil virt")
    assert names(window) == ["Virtanen, Ville"]


def test_the_hetu_is_found_with_and_without_the_dash(qtbot, window, caseload_store):
    code = hetu_of(caseload_store, "Korhonen")
    type_search(qtbot, window, code)
    assert names(window) == ["Korhonen, Kari"]
    type_search(qtbot, window, code.replace("-", ""))
    assert names(window) == ["Korhonen, Kari"]


def test_a_search_is_logged_once_per_pause_without_its_text(qtbot, window, caseload_store):
    type_search(qtbot, window, "Nieminen")
    entries = searches(caseload_store)
    assert [(entry.client_id, entry.target) for entry in entries] == [(None, "caseload:search")]
    with caseload_store.session() as session:
        log = [entry.canonical().decode() for entry in session.scalars(select(AccessLogEntry))]
    assert not any("nieminen" in line.lower() for line in log)


def test_clearing_the_search_with_escape_shows_everyone_again(qtbot, window):
    type_search(qtbot, window, "korh")
    assert names(window) == ["Korhonen, Kari"]
    window.panel.focus_search()
    with qtbot.waitSignal(window.panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(window.panel.search_box, Qt.Key.Key_Escape)
    assert window.panel.search_box.text() == ""
    assert names(window) == sorted(CASELOAD.everyone)


def test_the_search_stays_within_the_chosen_scope(qtbot, window):
    with qtbot.waitSignal(window.panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        window.panel.set_scope(Scope.MINE)
    type_search(qtbot, window, "korhonen")  # my colleague's client
    assert names(window) == []
    with qtbot.waitSignal(window.panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        window.panel.set_scope(Scope.TEAM)
    assert names(window) == ["Korhonen, Kari"]


def test_enter_in_the_search_box_goes_to_the_first_result(qtbot, window):
    type_search(qtbot, window, "virt")
    qtbot.keyClick(window.panel.search_box, Qt.Key.Key_Return)
    assert window.focusWidget() is window.panel.table
    assert window.panel.table.currentIndex().row() == 0


def test_down_from_the_search_box_goes_to_the_first_hit(qtbot, window):
    type_search(qtbot, window, "m")
    window.panel.table.setCurrentIndex(window.panel.model.index(1, Column.NAME))
    window.panel.search_box.setFocus()
    qtbot.keyClick(window.panel.search_box, Qt.Key.Key_Down)
    assert window.focusWidget() is window.panel.table
    assert window.panel.table.currentIndex().row() == 0
    assert window.panel.table.currentIndex().data() == "Mäkinen, Matti"


def test_down_right_after_typing_lands_on_the_new_first_hit(qtbot, window):
    box = window.panel.search_box
    box.setFocus()
    qtbot.keyClicks(box, "virt")  # no pause: the search has not run yet
    with qtbot.waitSignal(window.panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.panel.table.currentIndex().isValid(), timeout=LOAD_TIMEOUT_MS)
    assert window.panel.table.currentIndex().data() == "Virtanen, Ville"
    assert window.focusWidget() is window.panel.table


def test_ctrl_f_goes_to_the_search_box(qtbot, window):
    window.panel.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.panel.search_box


def test_the_worker_filter_narrows_a_team_or_everyone(qtbot, window):
    panel = window.panel
    assert panel.worker_combo.isEnabled()
    workers = [panel.worker_combo.itemText(i) for i in range(panel.worker_combo.count())]
    assert workers == [
        "Kaikki työntekijät",
        "Maarit Korhonen",
        "Outi Miettinen",
        "Petri Karjalainen",
    ]
    with qtbot.waitSignal(panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        panel.worker_combo.setCurrentIndex(panel.worker_combo.findText("Petri Karjalainen"))
    assert names(window) == list(CASELOAD.team_only)
    with qtbot.waitSignal(panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        panel.set_scope(Scope.MINE)
    assert not panel.worker_combo.isEnabled()
    assert panel.worker_combo.currentIndex() == 0
    assert names(window) == list(CASELOAD.mine)


def test_the_status_filter(qtbot, window):
    panel = window.panel
    with qtbot.waitSignal(panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        panel.status_combo.setCurrentIndex(panel.status_combo.findData(EpisodeStatus.STARTING))
    assert panel.status_combo.currentText() == "Alkamassa"
    assert names(window) == []
    with qtbot.waitSignal(panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        panel.status_combo.setCurrentIndex(panel.status_combo.findData(EpisodeStatus.ACTIVE))
    assert names(window) == sorted(CASELOAD.everyone)


def test_the_language_switch_keeps_the_search_and_the_filters(qtbot, window, translations):
    panel = window.panel
    type_search(qtbot, window, "mäk")
    with qtbot.waitSignal(panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        panel.status_combo.setCurrentIndex(panel.status_combo.findData(EpisodeStatus.ACTIVE))
    window.language_actions["sv"].trigger()
    qtbot.waitUntil(lambda: panel.status_combo.currentText() == "Aktiv")
    assert panel.search_box.text() == "mäk"
    assert panel.search_box.placeholderText().startswith("Sök")
    assert panel.worker_combo.itemText(0) == "Alla medarbetare"
    assert names(window) == ["Mäkinen, Matti"]
    assert not panel.model.loading  # nothing was searched again
    window.language_actions["fi"].trigger()
    qtbot.waitUntil(lambda: panel.status_combo.currentText() == "Aktiivinen")


def test_controls_have_accessible_names(window):
    panel = window.panel
    controls = (panel.search_box, panel.status_combo, panel.worker_combo, panel.service_combo)
    assert all(control.accessibleName() for control in controls)
    assert panel.search_box.accessibleName() == "Hae asiakkaita"


def test_no_two_actions_of_the_window_share_a_key(window):
    actions = window.findChildren(QAction)
    assert shortcuts.clashes(actions) == {}
    bound = {action.shortcut().toString() for action in actions}
    assert {shortcuts.SEARCH, shortcuts.LOCK} <= bound


class CountingSource(StoreCaseloadSource):
    """The store's caseload, counting how many rows each page read asked for."""

    def __init__(self, store) -> None:
        super().__init__(store)
        self.fetched: list[int] = []

    def rows(self, client_ids):
        self.fetched.append(len(client_ids))
        return super().rows(client_ids)


def _read_every_name(model: CaseloadModel) -> list[str]:
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_typing_reuses_fetched_rows_and_a_refresh_reads_them_again(
    qtbot, runner, translations, caseload_store
):
    model = CaseloadModel(runner)
    source = CountingSource(caseload_store)
    model.set_source(source)
    with qtbot.waitSignal(model.loaded, timeout=LOAD_TIMEOUT_MS):
        model.reload()
    assert _read_every_name(model) == sorted(CASELOAD.everyone)
    assert source.fetched == [len(CASELOAD.everyone)]

    with qtbot.waitSignal(model.loaded, timeout=LOAD_TIMEOUT_MS):
        model.set_query(replace(model.query, search="v"), keep_rows=True)
    assert _read_every_name(model) == ["Virtanen, Ville"]
    assert source.fetched == [len(CASELOAD.everyone)]  # every row was at hand

    with qtbot.waitSignal(model.loaded, timeout=LOAD_TIMEOUT_MS):
        model.reload()  # e.g. a visit was saved: rows may have changed
    _read_every_name(model)
    assert source.fetched == [len(CASELOAD.everyone), 1]
