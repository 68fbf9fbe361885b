"""The Booked visits tab: the client's open bookings, and booking, moving or cancelling one."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from astu_desktop.services.bookings import BookingLine
from astu_desktop.ui.booking_texts import when_text
from astu_desktop.ui.record.tables import fill, read_only_table, selected_id
from astu_desktop.ui.widgets import text_label


class BookingsTab(QWidget):
    book_requested = Signal()
    move_requested = Signal(object)  # BookingLine
    cancel_requested = Signal(object)  # BookingLine

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[BookingLine, ...] = ()
        self.empty = text_label()
        self.table = read_only_table(4, "bookings")
        self.table.itemSelectionChanged.connect(self._enable)
        self.book_button, self.move_button, self.cancel_button = (QPushButton() for _ in range(3))
        self.book_button.clicked.connect(self.book_requested)
        self.move_button.clicked.connect(lambda: self._ask(self.move_requested))
        self.cancel_button.clicked.connect(lambda: self._ask(self.cancel_requested))
        buttons = QHBoxLayout()
        for button in (self.book_button, self.move_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self._enable()

    def show_bookings(self, lines: tuple[BookingLine, ...]) -> None:
        self._lines = lines
        self.retranslate()
        if lines:
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> BookingLine | None:
        booking_id = selected_id(self.table)
        return next((line for line in self._lines if line.booking_id == booking_id), None)

    def _ask(self, signal: SignalInstance) -> None:
        line = self.selected()
        if line is not None:
            signal.emit(line)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.move_button.setEnabled(chosen)
        self.cancel_button.setEnabled(chosen)

    def retranslate(self) -> None:
        self.book_button.setText(self.tr("Book a visit…"))
        self.move_button.setText(self.tr("Move…"))
        self.cancel_button.setText(self.tr("Cancel the visit…"))
        self.empty.setText(self.tr("No visit booked."))
        self.empty.setVisible(not self._lines)
        self.table.setAccessibleName(self.tr("Booked visits"))
        headers = [self.tr("When"), self.tr("Duration"), self.tr("Place"), self.tr("Who goes")]
        rows = [
            [
                when_text(line.starts_at),
                self.tr("%1 min").replace("%1", str(line.duration_minutes)),
                line.place,
                ", ".join(line.workers),
            ]
            for line in self._lines
        ]
        fill(self.table, headers, rows, ids=[line.booking_id for line in self._lines])
