"""What the window remembers between runs, and what follows the language of the UI."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from sqlalchemy import select

from astu_desktop.models import Client
from astu_desktop.services.bookings import book_visit
from astu_desktop.services.caseload import SortKey
from astu_desktop.services.store_actions import read_opening
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui import settings
from astu_desktop.ui.caseload_columns import Column
from astu_desktop.ui.main_window import MainWindow
from tests.gui.conftest import CASELOAD
from tests.gui.windowkit import LOAD_TIMEOUT_MS, names, open_window
from tests.support import PASSPHRASE


def test_the_sort_order_and_column_widths_are_restored(
    qtbot, runner, translations, reporter, caseload_store, store_path
):
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    header = window.panel.table.horizontalHeader()
    with qtbot.waitSignal(window.panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        header.setSortIndicator(Column.NAME, Qt.SortOrder.DescendingOrder)
    header.resizeSection(Column.WORKER, 333)
    window.close()
    assert settings.saved_state(settings.CASELOAD_HEADER_KEY) is not None

    assert caseload_store.is_locked  # closing the window closed the store

    reopened = MainWindow(runner, translations, reporter)
    qtbot.addWidget(reopened)
    with qtbot.waitSignal(reopened.panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        unlocked = CaseStore.unlock(store_path, PASSPHRASE)
        reopened.open_store(unlocked, read_opening(unlocked))
    header = reopened.panel.table.horizontalHeader()
    assert header.sectionSize(Column.WORKER) == 333
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert reopened.panel.model.query.sort == SortKey.NAME
    assert names(reopened) == sorted(CASELOAD.mine, reverse=True)
    reopened.close_store()


def book_every_client_on(store: CaseStore, starts_at: datetime) -> None:
    with store.session() as session, session.begin():
        me = store.device_state()["current_worker_id"]
        for client_id in session.scalars(select(Client.id)):
            book_visit(session, client_id=client_id, starts_at=starts_at, duration_minutes=60,
                       place=None, worker_ids=[me], booked_by_id=me)  # fmt: skip


def test_dates_follow_the_language_of_the_ui(qtbot, runner, translations, reporter, caseload_store):
    book_every_client_on(caseload_store, datetime(2027, 1, 15, 8, 0, tzinfo=UTC))
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    model = window.panel.model
    finnish = model.index(0, Column.NEXT_VISIT).data()
    assert "15.1.2027" in finnish
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert model.index(0, Column.NEXT_VISIT).data().count("/") == 2
    assert window.count_label.text() == "3 clients"
    window.language_actions["fi"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Tiedosto")
    assert model.index(0, Column.NEXT_VISIT).data() == finnish
    window.close_store()
