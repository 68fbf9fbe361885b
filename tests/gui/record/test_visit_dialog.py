"""The home visit in three clicks: select the client, "New home visit", Save."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from astu_desktop.models import BookedVisit, FormDocument, HomeVisit, VisitWorker
from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.ui.booking_dialog import BookingDialog
from astu_desktop.ui.caseload_columns import Column
from astu_desktop.ui.labels import short_date
from astu_desktop.ui.visit_dialog import VisitDialog
from astu_protocol.codes import AccessAction, DocumentStatus, FormKey, VisitKind
from astu_protocol.service_day import local
from tests.gui.record.conftest import LOAD_TIMEOUT_MS
from tests.gui.windowkit import (
    editor_on_screen,
    names,
    open_window,
    opened,
    statement_threads,
    visit_dialog,
)

NOW = datetime(2025, 3, 10, 9, 45, tzinfo=UTC)


def _row_of(window, name: str) -> int:
    return names(window).index(name)


def test_a_visit_takes_three_clicks_and_a_note_and_books_the_next_one_four_weeks_on(
    qtbot, runner, translations, reporter, caseload_store
):
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    panel = window.panel
    row = _row_of(window, "Mäkinen, Matti")
    cell = panel.model.index(row, Column.NEXT_VISIT)
    assert cell.data() == "Ei varattua käyntiä"
    client_id = panel.model.client_id(row)

    # 1. select the client
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.table.visualRect(panel.model.index(row, Column.NAME)).center(),
    )
    # 2. "New home visit"
    button = panel.new_visit_button
    assert button.text() == "Uusi kotikäynti (Ctrl+N)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = opened(qtbot, window, VisitDialog)
    assert dialog.client.text() == "Matti Mäkinen"
    # 3. what happened (a visit with nothing written is not kept), 4. Save
    qtbot.keyClicks(dialog.notes, "Asunto siisti.")
    with qtbot.waitSignal(panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    with caseload_store.session() as session:
        visit = session.scalars(select(HomeVisit)).one()
        workers = session.scalars(select(VisitWorker.worker_id)).all()
        actions = [(e.action, e.target) for e in entries_for_client(session, client_id)]
    assert visit.client_id == client_id
    assert visit.kind == VisitKind.HOME_VISIT
    assert workers == [visit.recorded_by_id]
    assert actions == [(AccessAction.CREATE, "booked_visit"), (AccessAction.CREATE, "home_visit")]
    with caseload_store.session() as session:
        booking = session.scalars(select(BookedVisit)).one()
    visited, booked = local(visit.visited_at), local(booking.starts_at)
    assert booked.date() == visited.date() + timedelta(days=28)
    assert (booked.hour, booked.minute) == (visited.hour, visited.minute)
    row = _row_of(window, "Mäkinen, Matti")
    shown = panel.model.index(row, Column.NEXT_VISIT).data()
    assert short_date(booked.date()) in shown
    assert shown.endswith(f" klo {booked.hour}.{booked.minute:02d}")  # Finnish: "klo 9.05"


def test_ctrl_n_without_a_selected_client_opens_nothing(
    qtbot, runner, translations, reporter, caseload_store
):
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    window.panel.table.clearSelection()
    window.panel.table.setCurrentIndex(window.panel.model.index(-1, -1))
    window.panel.new_visit_action.trigger()
    assert window.findChild(VisitDialog) is None


def _dialog(qtbot, caseload_store, runner, client_id: str) -> VisitDialog:
    dialog = visit_dialog(caseload_store, client_id, runner, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_is_prefilled_with_now_and_my_ticked_name(
    qtbot, runner, translations, caseload_store, record_client
):
    dialog = _dialog(qtbot, caseload_store, runner, record_client.client_id)
    # Helsinki's clock whatever the laptop's zone, as in the bookings: 9.45 UTC is 11.45.
    assert dialog.when.dateTime().toPython() == datetime(2025, 3, 10, 11, 45)
    assert dialog.when.text() == "10.3.2025 11.45"
    ticked = {box.text(): box.isChecked() for box in dialog.worker_boxes.values()}
    assert ticked == {"Outi Miettinen": True, "Petri Karjalainen": False}
    assert dialog.kind.currentText() == "Kotikäynti"
    assert dialog.windowTitle() == "Uusi kotikäynti – ASTU Desktop"


def test_pair_work_others_present_and_notes_are_saved(
    qtbot, runner, translations, caseload_store, record_client
):
    dialog = _dialog(qtbot, caseload_store, runner, record_client.client_id)
    for box in dialog.worker_boxes.values():
        box.setChecked(True)
    dialog.others.setText("Sisar")
    dialog.notes.setPlainText("Käytiin läpi laskut.")
    dialog.kind.setCurrentIndex(dialog.kind.findData(VisitKind.JOINT_VISIT))
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    with caseload_store.session() as session:
        visit = session.scalars(select(HomeVisit).where(HomeVisit.visited_at == NOW)).one()
        workers = session.scalars(
            select(VisitWorker.worker_id).where(VisitWorker.visit_id == visit.id)
        ).all()
    assert (visit.kind, visit.others_present, visit.notes) == (
        VisitKind.JOINT_VISIT,
        "Sisar",
        "Käytiin läpi laskut.",
    )
    assert len(workers) == 2


def test_a_visit_without_workers_is_explained_and_not_saved(
    qtbot, runner, translations, caseload_store, record_client
):
    dialog = _dialog(qtbot, caseload_store, runner, record_client.client_id)
    for box in dialog.worker_boxes.values():
        box.setChecked(False)
    dialog.save_button.click()
    assert dialog.error.text() == "Valitse vähintään yksi paikalla ollut työntekijä."
    assert dialog.isVisible()
    with caseload_store.session() as session:
        assert session.scalars(select(HomeVisit).where(HomeVisit.visited_at == NOW)).all() == []


def test_adding_a_living_skills_check_links_a_draft_and_opens_it(
    qtbot, runner, translations, caseload_store, record_client
):
    dialog = _dialog(qtbot, caseload_store, runner, record_client.client_id)
    dialog.living_skills.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    editor = editor_on_screen(qtbot)
    with caseload_store.session() as session:
        visit = session.scalars(select(HomeVisit).where(HomeVisit.visited_at == NOW)).one()
        check = session.get(FormDocument, visit.living_skills_document_id)
    assert check is not None
    assert (check.form_key, check.status) == (FormKey.LIVING_SKILLS_CHECK, DocumentStatus.DRAFT)
    assert editor.state.document_id == check.id
    editor.close()


def test_locking_closes_an_open_visit_dialog(qtbot, runner, translations, reporter, caseload_store):
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    window.panel.table.setCurrentIndex(window.panel.model.index(0, Column.NAME))
    assert window.panel.new_visit_action.shortcut().toString() == "Ctrl+N"
    window.panel.new_visit_action.trigger()
    dialog = opened(qtbot, window, VisitDialog)
    assert dialog.isVisible()
    window.lock()
    qtbot.waitUntil(lambda: window.findChild(VisitDialog) is None, timeout=LOAD_TIMEOUT_MS)


def test_an_empty_visit_is_not_saved_and_the_dialog_says_why(
    qtbot, runner, translations, caseload_store, record_client
):
    dialog = _dialog(qtbot, caseload_store, runner, record_client.client_id)
    dialog.save_button.click()
    assert dialog.error.text() == (
        "Ei vielä tallennettavaa: kirjoita muistiinpanoihin, mitä tapahtui (tai keitä muita "
        "oli paikalla, tai lisää asumistaitojen kartoitus)."
    )
    assert dialog.isVisible()
    with caseload_store.session() as session:
        assert session.scalars(select(HomeVisit).where(HomeVisit.visited_at == NOW)).all() == []

    dialog.kind.setCurrentIndex(dialog.kind.findData(VisitKind.NOT_AT_HOME))
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):  # the attempt is the fact
        dialog.save_button.click()


def test_a_phone_call_is_recorded_in_two_clicks_from_the_record(
    qtbot, runner, translations, caseload_store, record_client, open_record
):
    record = open_record(record_client.client_id)
    button = record.toolbar.widgetForAction(record.new_contact_action)
    assert button.text() == "Uusi yhteydenotto (Ctrl+Vaihto+K)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # 1
    dialog = opened(qtbot, record, VisitDialog)
    assert dialog.windowTitle() == "Uusi yhteydenotto – ASTU Desktop"
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert kinds == ["Puhelu", "Viesti", "Tapaaminen yhteistyötahon kanssa"]
    assert dialog.living_skills.isHidden()
    dialog.notes.setPlainText("Sovittiin maksusuunnitelmasta isännöitsijän kanssa.")
    with qtbot.waitSignal(record.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # 2

    table = record.timeline.table
    titles = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert "Puhelu" in titles
    with caseload_store.session() as session:
        call = session.scalars(select(HomeVisit).where(HomeVisit.kind == VisitKind.PHONE)).one()
    assert call.notes == "Sovittiin maksusuunnitelmasta isännöitsijän kanssa."


def test_the_visit_and_booking_dialogs_read_on_the_store_worker_and_show_what_was_read(
    qtbot, runner, caseload_store, record_client, open_record
):
    """A slow read never freezes the record: opening either dialog runs no SQL on the
    GUI thread, and the dialog still shows the client, the address and the worker."""
    record = open_record(record_client.client_id)
    runner.wait_until_idle()
    with statement_threads(caseload_store.engine) as threads:
        record.visit_action.trigger()
        visit = opened(qtbot, record, VisitDialog)
        assert visit.client.text() == "Anna Aalto"
        assert [box.text() for box in visit.worker_boxes.values() if box.isChecked()] == [
            "Outi Miettinen"
        ]
        visit.reject()
        record.book_visit()
        booking = opened(qtbot, record, BookingDialog)
        assert booking.place.text() == "Testikatu 1, 00100 Helsinki"
        booking.reject()
    assert threads, "the dialogs read nothing"
    assert threading.main_thread() not in threads


def test_pressing_new_visit_twice_opens_one_dialog(
    qtbot, runner, caseload_store, record_client, open_record
):
    record = open_record(record_client.client_id)
    record.visit_action.trigger()
    record.visit_action.trigger()  # before the first read is back
    opened(qtbot, record, VisitDialog)
    runner.wait_until_idle()  # the second read is back too
    qtbot.waitUntil(lambda: not runner.busy)
    assert len(record.findChildren(VisitDialog)) == 1
