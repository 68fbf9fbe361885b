"""Booking visits in the running windows: after a visit, from the record, moving and cancelling."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from sqlalchemy import select

from astu_desktop.models import BookedVisit, BookedVisitWorker, Worker
from astu_desktop.services.bookings import book_visit
from astu_desktop.ui.booking_dialog import BookingDialog, CancelBookingDialog, MoveBookingDialog
from astu_desktop.ui.record.tables import column_texts
from astu_desktop.ui.visit_dialog import VisitDialog
from astu_protocol.codes import BookingChangeReason, BookingStatus
from tests.gui.record.conftest import LOAD_TIMEOUT_MS
from tests.gui.windowkit import opened, visit_dialog

# Monday 10 March 2025, 11.45 in Helsinki (EET).
NOW = datetime(2025, 3, 10, 9, 45, tzinfo=UTC)


def _visit_dialog(qtbot, caseload_store, runner, client_id: str) -> VisitDialog:
    dialog = visit_dialog(caseload_store, client_id, runner, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notes.setPlainText("Kuulumiset ja vuokra käyty läpi.")  # an empty visit is not kept
    return dialog


def _bookings(caseload_store, client_id: str) -> list[BookedVisit]:
    with caseload_store.session() as s:
        query = select(BookedVisit).where(BookedVisit.client_id == client_id)
        return list(s.scalars(query.order_by(BookedVisit.starts_at)))


def _book(caseload_store, client_id: str, me: str, starts_at: datetime) -> str:
    with caseload_store.session() as s, s.begin():
        return book_visit(
            s,
            client_id=client_id,
            starts_at=starts_at,
            duration_minutes=60,
            place=None,
            worker_ids=[me],
            booked_by_id=me,
        ).id


def test_the_visit_dialog_offers_the_next_visit_four_weeks_on_in_helsinki_time(
    qtbot, runner, translations, caseload_store, record_client
):
    dialog = _visit_dialog(qtbot, caseload_store, runner, record_client.client_id)
    assert dialog.book_next.text() == "Varaa seuraava käynti"
    assert dialog.book_next.isChecked()
    # Summer time has begun by then: still 11.45 on the clock, 8.45 UTC.
    assert dialog.next_when.dateTime() == QDateTime(QDate(2025, 4, 7), QTime(11, 45))
    for box in dialog.worker_boxes.values():
        box.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    (booking,) = _bookings(caseload_store, record_client.client_id)
    with caseload_store.session() as s:
        goes = set(
            s.scalars(
                select(Worker.full_name)
                .join(BookedVisitWorker, BookedVisitWorker.worker_id == Worker.id)
                .where(BookedVisitWorker.booking_id == booking.id)
            )
        )
    assert (booking.starts_at, booking.status) == (
        datetime(2025, 4, 7, 8, 45, tzinfo=UTC),
        BookingStatus.BOOKED,
    )
    assert goes == {"Outi Miettinen", "Petri Karjalainen"}


def test_the_offered_time_can_be_changed_or_the_booking_left_out(
    qtbot, runner, translations, caseload_store, record_client
):
    dialog = _visit_dialog(qtbot, caseload_store, runner, record_client.client_id)
    dialog.next_when.setDateTime(QDateTime(QDate(2025, 4, 9), QTime(13, 0)))
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    assert [b.starts_at for b in _bookings(caseload_store, record_client.client_id)] == [
        datetime(2025, 4, 9, 10, 0, tzinfo=UTC)
    ]
    again = _visit_dialog(qtbot, caseload_store, runner, record_client.client_id)
    assert not again.book_next.isChecked()  # one is booked already: nothing offered
    assert not again.next_when.isEnabled()
    with qtbot.waitSignal(again.saved, timeout=LOAD_TIMEOUT_MS):
        again.save_button.click()
    assert len(_bookings(caseload_store, record_client.client_id)) == 1


def test_a_visit_recorded_on_the_booked_day_marks_the_booking_done(
    qtbot, runner, translations, caseload_store, record_client
):
    booked = _book(
        caseload_store,
        record_client.client_id,
        record_client.me,
        datetime(2025, 3, 10, 8, 0, tzinfo=UTC),
    )
    dialog = _visit_dialog(qtbot, caseload_store, runner, record_client.client_id)
    assert dialog.for_booking.isChecked()
    assert dialog.for_booking.text() == "Tämä on käynti, joka oli varattu ma 10.3.2025 klo 10.00"
    dialog.book_next.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    (booking,) = _bookings(caseload_store, record_client.client_id)
    assert (booking.id, booking.status) == (booked, BookingStatus.DONE)
    assert booking.visit_id is not None


def test_a_visit_is_booked_from_the_record_at_the_clients_address(
    qtbot, open_record, record_client, caseload_store
):
    window = open_record(record_client.client_id)
    assert window.header.next_visit.text() == "Ei varattua käyntiä"
    assert window.book_action.shortcut().toString() == "Ctrl+B"
    window.book_visit()
    dialog = opened(qtbot, window, BookingDialog)
    assert dialog.place.text() == "Testikatu 1, 00100 Helsinki"
    dialog.when.setDateTime(QDateTime(QDate(2031, 5, 6), QTime(9, 30)))
    dialog.duration.setValue(90)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    (booking,) = _bookings(caseload_store, record_client.client_id)
    assert (booking.starts_at, booking.duration_minutes) == (
        datetime(2031, 5, 6, 6, 30, tzinfo=UTC),
        90,
    )
    assert window.header.next_visit.text() == "ti 6.5.2031 klo 9.30"
    table = window.bookings_tab.table
    assert column_texts(table, 0) == ["ti 6.5.2031 klo 9.30"]
    assert column_texts(table, 1) == ["90 min"]
    assert column_texts(table, 3) == ["Outi Miettinen"]


def test_a_time_typed_over_the_whole_field_is_the_time_booked(
    qtbot, open_record, record_client, caseload_store
):
    """Seen in a walk: Ctrl+A and "9.12.2031 11.00" over "7.12…" booked the 7th."""
    window = open_record(record_client.client_id)
    window.book_visit()
    dialog = opened(qtbot, window, BookingDialog)
    dialog.when.setDateTime(QDateTime(QDate(2031, 12, 7), QTime(9, 0)))
    dialog.when.setFocus()
    dialog.when.selectAll()
    qtbot.keyClicks(dialog.when, "19.12.2031 11.45")
    assert dialog.when.text() == "19.12.2031 11.45"
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    (booking,) = _bookings(caseload_store, record_client.client_id)
    assert booking.starts_at == datetime(2031, 12, 19, 9, 45, tzinfo=UTC)
    assert window.header.next_visit.text() == "pe 19.12.2031 klo 11.45"


def test_a_booking_without_a_worker_is_explained_and_not_saved(
    qtbot, open_record, record_client, caseload_store
):
    window = open_record(record_client.client_id)
    window.book_visit()
    dialog = opened(qtbot, window, BookingDialog)
    for box in dialog.worker_boxes.values():
        box.setChecked(False)
    dialog.save_button.click()
    assert dialog.error.text() == "Valitse vähintään yksi käynnille menevä työntekijä."
    assert _bookings(caseload_store, record_client.client_id) == []


def test_an_overdue_booking_is_shown_as_such_and_can_be_moved_with_a_reason(
    qtbot, open_record, record_client, caseload_store
):
    _book(
        caseload_store,
        record_client.client_id,
        record_client.me,
        datetime(2025, 3, 10, 8, 0, tzinfo=UTC),
    )
    window = open_record(record_client.client_id)
    assert window.header.next_visit.text() == "Myöhässä (ma 10.3.2025 klo 10.00)"
    tab = window.bookings_tab
    dialog = window.move_booking(tab.selected())
    assert isinstance(dialog, MoveBookingDialog)
    dialog.when.setDateTime(QDateTime(QDate(2031, 3, 12), QTime(14, 0)))
    dialog.reason.setCurrentIndex(dialog.reason.findData(BookingChangeReason.CLIENT_ASKED))
    assert dialog.reason.currentText() == "Asiakas pyysi"
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    old, new = _bookings(caseload_store, record_client.client_id)
    assert (old.status, old.change_reason) == (
        BookingStatus.RESCHEDULED,
        BookingChangeReason.CLIENT_ASKED,
    )
    assert (new.status, new.starts_at) == (
        BookingStatus.BOOKED,
        datetime(2031, 3, 12, 12, 0, tzinfo=UTC),
    )
    assert window.header.next_visit.text() == "ke 12.3.2031 klo 14.00"


def test_cancelling_asks_for_the_reason_and_keeps_it(
    qtbot, open_record, record_client, caseload_store
):
    _book(
        caseload_store,
        record_client.client_id,
        record_client.me,
        datetime(2031, 3, 12, 12, 0, tzinfo=UTC),
    )
    window = open_record(record_client.client_id)
    tab = window.bookings_tab
    assert tab.cancel_button.text() == "Peru käynti…"
    tab.cancel_button.click()
    dialog = window.findChild(CancelBookingDialog)
    assert dialog is not None
    assert dialog.summary.text() == "Perutaanko käynti: Anna Aalto, ke 12.3.2031 klo 14.00?"
    dialog.reason.setCurrentIndex(dialog.reason.findData(BookingChangeReason.CLIENT_IN_CARE))
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    (booking,) = _bookings(caseload_store, record_client.client_id)
    assert (booking.status, booking.change_reason) == (
        BookingStatus.CANCELLED,
        BookingChangeReason.CLIENT_IN_CARE,
    )
    assert window.header.next_visit.text() == "Ei varattua käyntiä"
    assert tab.table.rowCount() == 0
    assert not tab.empty.isHidden()
