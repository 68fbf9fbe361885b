"""Booking a visit, moving one and cancelling one, each with what the worker expects filled in.

A new booking starts at the time given by the caller (four weeks after a visit, or
the next working hour), at the client's address, with this laptop's worker ticked.
Moving asks for the new time and a reason; cancelling asks for a reason. Times are
edited on Helsinki's clock. The read that fills a new booking in (`open_booking_dialog`)
and every save run on the background worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.models.bookings import PLACE_MAX
from astu_desktop.services.booking_work import (
    BookingInput,
    BookingSetup,
    read_booking_setup,
    save_booking,
    save_cancel,
    save_move,
)
from astu_desktop.services.bookings import (
    DEFAULT_DURATION_MINUTES,
    DURATION_LIMITS,
    BookingInvalid,
    BookingLine,
)
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.booking_texts import when_text
from astu_desktop.ui.date_inputs import WholeTextDateTimeEdit
from astu_desktop.ui.labels import code_label, helsinki_qdatetime
from astu_desktop.ui.store_dialog import StoreActionDialog
from astu_desktop.ui.tasks import TaskRunner, open_after_reading
from astu_desktop.ui.widgets import bold, text_label
from astu_protocol.codes import BookingChangeReason
from astu_protocol.service_day import HELSINKI


def from_helsinki(edited: QDateTime) -> datetime:
    """The instant of a time typed on Helsinki's clock."""
    shown = edited.toPython()
    assert isinstance(shown, datetime)
    return shown.replace(tzinfo=HELSINKI, second=0, microsecond=0)


def booking_time_edit(moment: datetime) -> QDateTimeEdit:
    edit = WholeTextDateTimeEdit(helsinki_qdatetime(moment))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d.M.yyyy HH.mm")
    return edit


def reason_box() -> QComboBox:
    box = QComboBox()
    for reason in BookingChangeReason:
        box.addItem("", reason)
    return box


def retranslate_reasons(box: QComboBox) -> None:
    for index in range(box.count()):
        box.setItemText(index, code_label(BookingChangeReason(box.itemData(index))))


class _BookingBase(StoreActionDialog):
    """Save and Cancel, and the sentence for a booking the rules refuse."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(runner, parent)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        raise NotImplementedError

    def failure_text(self, error: BaseException) -> str:
        if isinstance(error, BookingInvalid):
            return QCoreApplication.translate(
                "BookingDialog", "The booking could not be saved: check the time and workers."
            )
        return super().failure_text(error)


class BookingDialog(_BookingBase):
    """Book a visit: when, how long, where and who goes."""

    def __init__(
        self,
        setup: BookingSetup,
        store: CaseStore,
        client_id: str,
        runner: TaskRunner,
        *,
        starts_at: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._store, self._client_id = store, client_id
        self.setup = setup
        self.client = QLabel(self.setup.client_name)
        self.client.setFont(bold(self.client.font(), scale=1.2))
        self.when = booking_time_edit(starts_at)
        self.duration = QSpinBox()
        self.duration.setRange(*DURATION_LIMITS)
        self.duration.setSingleStep(15)
        self.duration.setValue(DEFAULT_DURATION_MINUTES)
        self.place = QLineEdit(self.setup.address)
        self.place.setMaxLength(PLACE_MAX)
        self.worker_boxes: dict[str, QCheckBox] = {}
        workers = QVBoxLayout()
        workers.setSpacing(2)
        for choice in self.setup.workers:
            box = QCheckBox(choice.name)
            box.setChecked(choice.worker_id == self.setup.me)
            self.worker_boxes[choice.worker_id] = box
            workers.addWidget(box)
        self._captions = [QLabel() for _ in range(4)]
        form = QFormLayout()
        fields = (self.when, self.duration, self.place)
        for caption, field in zip(self._captions[:3], fields, strict=True):
            caption.setBuddy(field)
            form.addRow(caption, field)
        form.addRow(self._captions[3], workers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.client)
        layout.addLayout(form)
        self._finish_layout(layout)
        self.retranslate()
        self.resize(480, 380)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Book a visit – ASTU Desktop"))
        captions = (self.tr("&When"), self.tr("&Duration"), self.tr("&Place"), self.tr("Who goes"))
        for caption, text in zip(self._captions, captions, strict=True):
            caption.setText(text)
        self.duration.setSuffix(self.tr(" min"))
        self.place.setPlaceholderText(self.tr("The client's address"))
        self.save_button.setText(self.tr("&Book"))
        for field, name in (
            (self.when, self.tr("When")),
            (self.duration, self.tr("Duration")),
            (self.place, self.tr("Place")),
        ):
            field.setAccessibleName(name)

    def booking_input(self) -> BookingInput:
        return BookingInput(
            client_id=self._client_id,
            starts_at=from_helsinki(self.when.dateTime()),
            duration_minutes=self.duration.value(),
            place=self.place.text(),
            worker_ids=[wid for wid, box in self.worker_boxes.items() if box.isChecked()],
        )

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        booking = self.booking_input()
        if not booking.worker_ids:
            self.show_error(self.tr("Tick at least one worker who goes."))
            return
        store = self._store
        self._run(lambda: save_booking(store, booking))


class MoveBookingDialog(_BookingBase):
    """Move a booked visit to another time, with the reason."""

    def __init__(
        self,
        store: CaseStore,
        booking: BookingLine,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._store, self.booking = store, booking
        self.summary = text_label()
        self.when = booking_time_edit(booking.starts_at)
        self.reason = reason_box()
        self._captions = [QLabel(), QLabel()]
        form = QFormLayout()
        for caption, field in zip(self._captions, (self.when, self.reason), strict=True):
            caption.setBuddy(field)
            form.addRow(caption, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        self._finish_layout(layout)
        self.retranslate()
        self.resize(440, 220)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move a booked visit – ASTU Desktop"))
        self.summary.setText(
            self.tr("%1, booked for %2")
            .replace("%1", self.booking.client_name)
            .replace("%2", when_text(self.booking.starts_at))
        )
        self._captions[0].setText(self.tr("&New time"))
        self._captions[1].setText(self.tr("&Reason"))
        self.save_button.setText(self.tr("&Move"))
        retranslate_reasons(self.reason)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        store, booking_id = self._store, self.booking.booking_id
        starts_at, reason = from_helsinki(self.when.dateTime()), self.reason.currentData()
        self._run(lambda: save_move(store, booking_id, starts_at, reason))


class CancelBookingDialog(_BookingBase):
    """Cancel a booked visit, with the reason (kept with the booking)."""

    def __init__(
        self,
        store: CaseStore,
        booking: BookingLine,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._store, self.booking = store, booking
        self.summary = text_label()
        self.reason = reason_box()
        self._caption = QLabel()
        self._caption.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self._caption, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        self._finish_layout(layout)
        self.retranslate()
        self.resize(440, 200)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cancel a booked visit – ASTU Desktop"))
        self.summary.setText(
            self.tr("Cancel the visit to %1 on %2?")
            .replace("%1", self.booking.client_name)
            .replace("%2", when_text(self.booking.starts_at))
        )
        self._caption.setText(self.tr("&Reason"))
        self.save_button.setText(self.tr("Cancel the &visit"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Keep it"))
        retranslate_reasons(self.reason)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        store, booking_id, reason = self._store, self.booking.booking_id, self.reason.currentData()
        self._run(lambda: save_cancel(store, booking_id, reason))


def open_booking_dialog(
    parent: QWidget,
    store: CaseStore,
    client_id: str,
    runner: TaskRunner,
    *,
    starts_at: datetime,
    still_wanted: Callable[[], bool],
    on_saved: Callable[[], None],
    on_failed: Callable[[BaseException], None],
) -> None:
    """Open the booking dialog once the client's address and the workers are read."""

    def build(setup: BookingSetup) -> BookingDialog:
        dialog = BookingDialog(setup, store, client_id, runner, starts_at=starts_at, parent=parent)
        dialog.saved.connect(on_saved)
        return dialog

    open_after_reading(
        runner, parent, BookingDialog, lambda: read_booking_setup(store, client_id), build,
        still_wanted=still_wanted, on_failed=on_failed,
    )  # fmt: skip
