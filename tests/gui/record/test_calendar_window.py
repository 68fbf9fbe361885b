"""The day and week of booked visits: what is shown, moving back and forth, opening, .ics."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from sqlalchemy import select

from astu_desktop.models import Client, Worker
from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.services.bookings import book_visit
from astu_desktop.ui.calendar_window import CalendarWindow
from astu_desktop.ui.record.tables import column_texts
from astu_protocol.codes import AccessAction
from tests.gui.record.conftest import LOAD_TIMEOUT_MS
from tests.gui.windowkit import open_window

TUESDAY = date(2025, 3, 11)
TEN = datetime(2025, 3, 11, 8, 0, tzinfo=UTC)  # 10.00 in Helsinki
HALF_PAST_ELEVEN_PM = datetime(2025, 3, 11, 21, 30, tzinfo=UTC)  # 23.30, still Tuesday
HALF_PAST_MIDNIGHT = datetime(2025, 3, 11, 22, 30, tzinfo=UTC)  # 00.30 on Wednesday


@pytest.fixture
def booked(caseload_store, record_client) -> dict[str, str]:
    """Three of my visits around midnight, one of a colleague's; two clients."""
    with caseload_store.session() as s, s.begin():
        other = s.scalars(select(Client).where(Client.id != record_client.client_id)).first()
        assert other is not None
        petri = s.scalars(select(Worker).where(Worker.username == "petri")).one()
        for client_id, starts_at, workers in (
            (record_client.client_id, TEN, [record_client.me]),
            (other.id, HALF_PAST_ELEVEN_PM, [record_client.me, petri.id]),
            (record_client.client_id, HALF_PAST_MIDNIGHT, [record_client.me]),
            (other.id, datetime(2025, 3, 11, 12, 0, tzinfo=UTC), [petri.id]),
        ):
            book_visit(
                s,
                client_id=client_id,
                starts_at=starts_at,
                duration_minutes=60,
                place=None,
                worker_ids=workers,
                booked_by_id=record_client.me,
            )
        return {"anna": record_client.client_id, "other": other.id, "other_name": other.full_name}


def _window(qtbot, runner, caseload_store, record_client, opened, choose=None) -> CalendarWindow:
    window = CalendarWindow(
        caseload_store,
        record_client.me,
        runner,
        opened.append,
        today=lambda: TUESDAY,
        choose_path=choose or (lambda _parent, _name: None),
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.open()
    return window


def test_the_day_shows_my_visits_of_that_helsinki_day_with_times_and_addresses(
    qtbot, runner, translations, caseload_store, record_client, booked
):
    window = _window(qtbot, runner, caseload_store, record_client, [])
    assert window.windowTitle() == "Varatut käynnit – ASTU Desktop"
    assert window.title.text() == "tiistai 11.3.2025"
    assert column_texts(window.table, 1) == ["10.00", "23.30"]
    assert column_texts(window.table, 2) == ["Anna Aalto", booked["other_name"]]
    assert column_texts(window.table, 3)[0] == "Testikatu 1, 00100 Helsinki"
    assert column_texts(window.table, 4) == [
        "Outi Miettinen",
        "Outi Miettinen, Petri Karjalainen",
    ]


def test_moving_on_a_day_and_to_the_week_reads_those_days(
    qtbot, runner, translations, caseload_store, record_client, booked
):
    window = _window(qtbot, runner, caseload_store, record_client, [])
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.forward_action.trigger()
    assert window.title.text() == "keskiviikko 12.3.2025"
    assert column_texts(window.table, 0) == ["ke 12.3.2025"]
    assert column_texts(window.table, 1) == ["0.30"]
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.forward_action.trigger()
    assert window.table.rowCount() == 0
    assert not window.empty.isHidden()
    assert window.empty.text() == "Tälle päivälle ei ole varattu käyntejä."
    assert window.week_action.shortcut().toString() == "Ctrl+2"
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.week_action.trigger()
    assert window.title.text() == "Viikko 11: 10.3.2025–16.3.2025"
    assert column_texts(window.table, 1) == ["10.00", "23.30", "0.30"]
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.back_action.trigger()
    assert window.title.text() == "Viikko 10: 3.3.2025–9.3.2025"
    assert window.table.rowCount() == 0


def test_opening_a_row_opens_that_clients_record(
    qtbot, runner, translations, caseload_store, record_client, booked
):
    opened: list[str] = []
    window = _window(qtbot, runner, caseload_store, record_client, opened)
    window.table.setCurrentCell(1, 0)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened == [booked["other"]]


def test_the_week_is_saved_as_a_calendar_with_initials_and_logged(
    qtbot, runner, translations, caseload_store, record_client, booked, tmp_path
):
    path = tmp_path / "viikko.ics"
    suggested: list[str] = []

    def choose(_parent, name: str) -> Path:
        suggested.append(name)
        return path

    window = _window(qtbot, runner, caseload_store, record_client, [], choose)
    with qtbot.waitSignal(window.exported, timeout=LOAD_TIMEOUT_MS):
        window.export_action.trigger()
    assert suggested == ["kaynnit-viikko-2025-03-10.ics"]
    events = list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    assert [str(event["SUMMARY"]) for event in events] == [
        "Käynti A. A.",
        f"Käynti {booked['other_name'].split()[0][0]}. {booked['other_name'].split()[-1][0]}.",
        "Käynti A. A.",
    ]
    assert "Aalto" not in path.read_text()
    message = window.statusBar().currentMessage()
    assert message == "Viikko tallennettiin kalenteritiedostoksi; vienti kirjattiin."
    with caseload_store.session() as s:
        logged = [(e.action, e.target) for e in entries_for_client(s, booked["anna"])]
    assert logged[0] == (AccessAction.EXPORT, "booked_visit:calendar")


def test_a_folder_that_cannot_be_written_is_explained(
    qtbot, runner, translations, caseload_store, record_client, booked, tmp_path
):
    missing = tmp_path / "no-such-folder" / "viikko.ics"
    window = _window(qtbot, runner, caseload_store, record_client, [], lambda _p, _n: missing)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: not window.error.isHidden(), timeout=LOAD_TIMEOUT_MS)
    assert window.error.text() == (
        "Kalenteritiedostoa ei voitu tallentaa sinne. Valitse toinen kansio."
    )
    with caseload_store.session() as s:
        actions = [e.action for e in entries_for_client(s, booked["anna"])]
    assert AccessAction.EXPORT not in actions


def test_the_main_window_opens_the_day_view_with_ctrl_d(
    qtbot, runner, translations, reporter, caseload_store, record_client, booked
):
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    assert window.calendar_action.shortcut().toString() == "Ctrl+D"
    assert window.calendar_action.text() == "&Varatut käynnit (päivä ja viikko)"
    window.calendar_action.trigger()
    calendar = window.findChild(CalendarWindow)
    assert calendar is not None
    qtbot.waitUntil(lambda: not calendar.busy.isVisible(), timeout=LOAD_TIMEOUT_MS)
    assert calendar.worker_id == record_client.me
    calendar.close()
