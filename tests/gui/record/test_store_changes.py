"""One save, every open window: what is written in one window shows in the others.

Before, a visit saved from the caseload left the client's open record and the
statistics as they were until the worker closed and opened them again.
"""

from __future__ import annotations

from astu_desktop.ui.calendar_window import CalendarWindow
from astu_desktop.ui.main_window import MainWindow
from astu_desktop.ui.record import ClientRecordWindow
from astu_desktop.ui.statistics_view import StatisticsWindow
from astu_desktop.ui.visit_dialog import VisitDialog
from tests.gui.record.conftest import LOAD_TIMEOUT_MS
from tests.gui.windowkit import open_window, opened

NOTE = "Käytiin läpi vuokranmaksu ja sovittiin seuraavasta käynnistä."


def _record_and_statistics(
    qtbot, runner, translations, reporter, store, client_id: str
) -> tuple[MainWindow, ClientRecordWindow, StatisticsWindow]:
    """The caseload, the client's record and the statistics, open and read."""
    main = open_window(qtbot, runner, translations, reporter, store)
    main.open_client(client_id)
    record = opened(qtbot, main, ClientRecordWindow)
    qtbot.waitUntil(lambda: record.record is not None, timeout=LOAD_TIMEOUT_MS)
    statistics = main.open_statistics()
    assert isinstance(statistics, StatisticsWindow)
    qtbot.waitUntil(lambda: statistics.figures is not None, timeout=LOAD_TIMEOUT_MS)
    return main, record, statistics


def test_a_visit_saved_from_the_caseload_shows_in_the_open_record_and_statistics(
    qtbot, runner, translations, reporter, caseload_store, record_client
):
    main, record, statistics = _record_and_statistics(
        qtbot, runner, translations, reporter, caseload_store, record_client.client_id
    )
    assert statistics.figures is not None
    visits_before = statistics.figures.home_visits_total
    calendar = main.open_calendar()
    assert isinstance(calendar, CalendarWindow)

    main.new_visit(record_client.client_id)
    dialog = opened(qtbot, main, VisitDialog)
    dialog.notes.setPlainText(NOTE)
    signals = [record.loaded, statistics.loaded, calendar.loaded]
    with qtbot.waitSignals(signals, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()

    table = record.timeline.table
    shown = [table.item(row, column).text() for row in range(table.rowCount()) for column in (1, 2)]
    assert any(NOTE in text for text in shown)
    assert statistics.figures is not None
    assert statistics.figures.home_visits_total == visits_before + 1
    for window in (record, statistics, calendar):
        window.close()
    runner.wait_until_idle()


def test_a_save_in_the_record_reloads_the_other_windows_and_not_itself_twice(
    qtbot, runner, translations, reporter, caseload_store, record_client
):
    _main, record, statistics = _record_and_statistics(
        qtbot, runner, translations, reporter, caseload_store, record_client.client_id
    )
    loads: list[str] = []
    record.loaded.connect(lambda: loads.append("record"))

    record.new_visit()
    dialog = opened(qtbot, record, VisitDialog)
    dialog.notes.setPlainText(NOTE)
    with qtbot.waitSignals([record.loaded, statistics.loaded], timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    runner.wait_until_idle()
    qtbot.waitUntil(lambda: not runner.busy, timeout=LOAD_TIMEOUT_MS)
    assert loads == ["record"]  # its own reload, not a second one for its own save
    for window in (record, statistics):
        window.close()
    runner.wait_until_idle()
