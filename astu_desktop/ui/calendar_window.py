"""The day and week of the worker's booked visits: times, clients and addresses.

Opened from the main window (Ctrl+D). Back and forth moves a day or a week; each
move reads the bookings of the shown days only, on the background worker. A row
opens the client's record. The shown week can be saved as an iCalendar file that
carries the clients' initials only (services/calendar_export.py says why).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QStandardPaths,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services.booking_work import read_worker_days, write_week_calendar
from astu_desktop.services.bookings import BookingLine
from astu_desktop.services.calendar_export import WEEK_DAYS
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.booking_texts import clock_text, day_text
from astu_desktop.ui.errors import describe, failure_shown_in
from astu_desktop.ui.record.tables import fill, read_only_table, selected_id
from astu_desktop.ui.tasks import TaskRunner, WindowWork
from astu_desktop.ui.widgets import ERROR_STYLE, bold, busy_bar, text_label
from astu_protocol.service_day import now_utc, service_day, week_start

STATUS_MESSAGE_MS = 8000
ChooseCalendarPath = Callable[[QWidget, str], Path | None]


class Span(enum.Enum):
    DAY = 1
    WEEK = WEEK_DAYS


def ask_calendar_path(parent: QWidget, suggested: str) -> Path | None:
    """Qt's own save dialog; the name says which week, never whose."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CalendarWindow", "Save the week as a calendar file"),
        str(Path(folder) / suggested),
        QCoreApplication.translate("CalendarWindow", "Calendar files (*.ics)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


class CalendarWindow(QMainWindow):
    loaded = Signal()
    exported = Signal(object)  # the path written

    def __init__(
        self,
        store: CaseStore,
        worker_id: str | None,
        runner: TaskRunner,
        open_client: Callable[[str], None],
        *,
        today: Callable[[], date] = lambda: service_day(now_utc()),
        choose_path: ChooseCalendarPath = ask_calendar_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.store, self.worker_id = store, worker_id
        self._open_client, self._today, self._choose_path = open_client, today, choose_path
        self.first = today()
        self.span = Span.DAY
        self.lines: list[BookingLine] = []
        self._build()
        self._work = WindowWork(
            runner, show_busy=self._set_busy, show_failure=failure_shown_in(self.error)
        )
        self.retranslate()
        self.resize(980, 620)

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setFont(bold(self.title.font(), scale=1.3))
        self.busy = busy_bar()
        self.error = text_label(shown=False, style=ERROR_STYLE)
        self.empty = text_label(shown=False)
        self.table = read_only_table(5, "booked_visits")
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        central = QWidget()
        layout = QVBoxLayout(central)
        for widget in (self.title, self.busy, self.error, self.empty):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("calendar_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.back_action = self._action("Alt+Left", lambda: self.step(-1))
        self.today_action = self._action("Alt+Home", self.show_today)
        self.forward_action = self._action("Alt+Right", lambda: self.step(1))
        self.day_action = self._action("Ctrl+1", lambda: self.show_span(Span.DAY))
        self.week_action = self._action("Ctrl+2", lambda: self.show_span(Span.WEEK))
        group = QActionGroup(self)
        for action in (self.day_action, self.week_action):
            action.setCheckable(True)
            group.addAction(action)
        self.day_action.setChecked(True)
        self.export_action = self._action("Ctrl+E", self.save_week_calendar)
        self.close_action = self._action("Esc", self.close)
        self.close_action.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Esc")])
        for action in (self.back_action, self.today_action, self.forward_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.day_action, self.week_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.close_action)

    def _action(self, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def retranslate(self) -> None:
        # Never a client's name in a title: titles reach task bars and screen recorders.
        self.setWindowTitle(self.tr("Booked visits – ASTU Desktop"))
        for action, text, tip in (
            (self.back_action, self.tr("◀ Earlier"), self.tr("The day or week before (Alt+Left)")),
            (self.today_action, self.tr("Today"), self.tr("Back to today (Alt+Home)")),
            (self.forward_action, self.tr("Later ▶"), self.tr("The day or week after (Alt+Right)")),
            (self.day_action, self.tr("Day"), self.tr("One day (Ctrl+1)")),
            (self.week_action, self.tr("Week"), self.tr("Monday to Sunday (Ctrl+2)")),
            (
                self.export_action,
                self.tr("Save the week as a calendar file…"),
                self.tr("An .ics file with times and initials only, no names (Ctrl+E)"),
            ),
            (self.close_action, self.tr("Close"), self.tr("Close (Esc)")),
        ):
            action.setText(text)
            action.setToolTip(tip)
        self.title.setText(self._title_text())
        self.empty.setText(
            self.tr("No visits booked for this day.")
            if self.span == Span.DAY
            else self.tr("No visits booked for this week.")
        )
        self.table.setAccessibleName(self.tr("Booked visits"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _title_text(self) -> str:
        locale = QLocale()
        first = QDate(self.first.year, self.first.month, self.first.day)
        if self.span == Span.DAY:
            weekday = locale.standaloneDayName(first.dayOfWeek(), QLocale.FormatType.LongFormat)
            return f"{weekday} {locale.toString(first, QLocale.FormatType.ShortFormat)}"
        last = first.addDays(WEEK_DAYS - 1)
        return (
            self.tr("Week %1: %2–%3")
            .replace("%1", str(first.weekNumber()[0]))
            .replace("%2", locale.toString(first, QLocale.FormatType.ShortFormat))
            .replace("%3", locale.toString(last, QLocale.FormatType.ShortFormat))
        )

    def _fill(self) -> None:
        headers = [
            self.tr("Day"),
            self.tr("Time"),
            self.tr("Client"),
            self.tr("Address"),
            self.tr("Who goes"),
        ]
        rows = [
            [
                day_text(line.starts_at),
                clock_text(line.starts_at),
                line.client_name,
                line.place,
                ", ".join(line.workers),
            ]
            for line in self.lines
        ]
        fill(self.table, headers, rows, ids=[line.client_id for line in self.lines])

    # -- moving --------------------------------------------------------------------

    def open(self) -> None:
        self.show()
        self.reload()

    def show_span(self, span: Span) -> None:
        self.span = span
        self.first = week_start(self.first) if span == Span.WEEK else self._today()
        (self.week_action if span == Span.WEEK else self.day_action).setChecked(True)
        self.reload()

    def show_today(self) -> None:
        today = self._today()
        self.first = week_start(today) if self.span == Span.WEEK else today
        self.reload()

    @Slot(object)
    def on_store_changed(self, origin: object) -> None:
        """Something was saved in the store (here, in another window, or received in a
        sync): read again what this window shows, unless the write was its own."""
        if origin is not self and not self._work.stopped:
            self.reload()

    def step(self, steps: int) -> None:
        self.first += timedelta(days=steps * self.span.value)
        self.reload()

    def reload(self) -> None:
        self.title.setText(self._title_text())
        self.retranslate()
        if self.worker_id is None:
            self._on_loaded([])
            return
        store, worker_id, first, days = self.store, self.worker_id, self.first, self.span.value
        self._work.run(lambda: read_worker_days(store, worker_id, first, days), self._on_loaded)

    def _on_loaded(self, lines: object) -> None:
        self.lines = list(lines)  # type: ignore[call-overload]
        self.error.hide()
        self.retranslate()
        self.empty.setVisible(not self.lines)
        if self.lines:
            self.table.selectRow(0)
        self.loaded.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for action in (self.back_action, self.forward_action, self.export_action):
            action.setEnabled(not busy)

    def open_selected(self) -> None:
        client_id = selected_id(self.table)
        if isinstance(client_id, str):
            self._open_client(client_id)

    # -- exporting -------------------------------------------------------------------

    def save_week_calendar(self) -> None:
        if self.worker_id is None:
            return
        first = week_start(self.first)
        path = self._choose_path(self, f"kaynnit-viikko-{first.isoformat()}.ics")
        if path is None:
            return
        store, worker_id, title = self.store, self.worker_id, self.tr("Visit")
        self._work.run(
            lambda: write_week_calendar(store, worker_id, first, path, title),
            self._on_exported,
            on_failure=self._on_export_failed,
        )

    def _on_exported(self, path: object) -> None:
        self.statusBar().showMessage(
            self.tr("The week was saved as a calendar file; the export was logged."),
            STATUS_MESSAGE_MS,
        )
        self.exported.emit(path)

    def _on_export_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            text = self.tr("The calendar file could not be saved there. Choose another folder.")
        else:
            text = describe(error)
        self.error.setText(text)
        self.error.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._work.stop()
        self.lines = []
        super().closeEvent(event)
