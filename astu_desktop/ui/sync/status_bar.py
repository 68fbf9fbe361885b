"""The sync's corner of the status bar: honest about what is on the server and what is not.

While a sync runs, a progress bar with counts; afterwards one line: when the last
sync succeeded, how many changes wait to be sent, and the last failure in plain
words. Open conflicts and refused records are buttons that open their lists, and a
laptop clock running ahead of the server gets a warning of its own.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from astu_desktop.services.enrolment import SyncStatus
from astu_desktop.services.sync_marks import RECORDS_COUNT_LIMIT
from astu_desktop.sync.engine import SyncReport
from astu_desktop.ui import shortcuts
from astu_desktop.ui.labels import moment_text
from astu_desktop.ui.sync.texts import failure_text, short_failure_text
from astu_desktop.ui.widgets import ERROR_STYLE
from astu_protocol.messages import CLOCK_SKEW_LIMIT_MS

WARNING_STYLE = "color: #8a5300;"


class SyncStatusBar(QWidget):
    sync_requested = Signal()
    conflicts_requested = Signal()
    refused_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: SyncStatus | None = None
        self.failure: str | None = None
        self.running = False
        self.restored = False  # the last sync found the store put back from an old copy
        self.kept_from_purged = 0  # work on clients that left the scope, kept
        self.retired_clients = 0  # ended clients removed after the retention time
        self.held_back = 0  # changes the server does not know yet (it is a version behind)
        self.next_attempt: datetime | None = None
        self._phase = ""
        self._done = 0
        self._total: int | None = None
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.label = QLabel()
        # A long failure sentence must not make the window wider than a laptop screen:
        # the label may shrink (its whole text is in the tooltip).
        self.label.setMinimumWidth(120)
        self.clock_warning = QLabel()
        self.clock_warning.setStyleSheet(WARNING_STYLE)
        self.conflicts_button = QToolButton()
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setStyleSheet(WARNING_STYLE + " font-weight: bold;")
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.refused_button = QToolButton()
        self.refused_button.setAutoRaise(True)
        self.refused_button.setStyleSheet(ERROR_STYLE)
        self.refused_button.clicked.connect(self.refused_requested)
        self.sync_button = QToolButton()
        self.sync_button.clicked.connect(self.sync_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        parts: tuple[QWidget, ...] = (
            self.progress,
            self.label,
            self.clock_warning,
            self.conflicts_button,
            self.refused_button,
            self.sync_button,
        )
        for widget in parts:
            layout.addWidget(widget)
        self.retranslate()

    # -- what the controller tells -------------------------------------------------

    def show_status(self, status: SyncStatus | None) -> None:
        """The store's counts; a failure the store remembers shows until a sync succeeds."""
        self.status = status
        if status is not None and status.last_error and self.failure is None:
            self.failure = status.last_error
        self.retranslate()

    def show_started(self) -> None:
        self.running = True
        self._phase, self._done, self._total = "push", 0, None
        self.retranslate()

    def show_progress(self, phase: str, done: int, total: object) -> None:
        self._phase, self._done = phase, done
        self._total = total if isinstance(total, int) else None
        self.retranslate()

    def show_finished(self, report: SyncReport | None = None) -> None:
        """A sync succeeded; what it found that a person must know stays until the next."""
        self.running = False
        self.failure = None
        self.next_attempt = None
        self.restored = report is not None and report.restored
        self.kept_from_purged = report.kept_from_purged if report is not None else 0
        self.retired_clients = report.retired_clients if report is not None else 0
        self.held_back = report.held_back if report is not None else 0
        self.retranslate()

    def show_failure(self, code: str, retry_in_ms: int | None = None) -> None:
        self.running = False
        self.failure = code
        self.next_attempt = (
            datetime.now(UTC) + timedelta(milliseconds=retry_in_ms) if retry_in_ms else None
        )
        self.retranslate()

    def clear(self) -> None:
        self.status, self.failure, self.running, self.next_attempt = None, None, False, None
        self.retranslate()

    # -- words ---------------------------------------------------------------------

    def retranslate(self) -> None:
        status = self.status
        enrolled = status is not None and status.enrolled
        self.setVisible(status is not None)
        self.sync_button.setText(
            shortcuts.with_key(self.tr("Sync now"), shortcuts.sequence(shortcuts.SYNC))
        )
        self.sync_button.setToolTip(self.tr("Send and receive changes now (F5)"))
        self.sync_button.setVisible(enrolled)
        self.sync_button.setEnabled(enrolled and not self.running)
        self._show_progress()
        self.label.setText(self.summary())
        full = failure_text(self.failure) if self.failure and not self.running else ""
        self.label.setToolTip(f"{full}\n{self.label.text()}" if full else self.label.text())
        self.label.setStyleSheet(ERROR_STYLE if self.failure and not self.running else "")
        conflicts = status.open_conflicts if status is not None else 0
        refused = status.refused if status is not None else 0
        self.conflicts_button.setText(self.tr("%n conflict(s)", "", conflicts))
        self.conflicts_button.setToolTip(
            self.tr("Changes made on two computers: choose which is right")
        )
        self.refused_button.setToolTip(
            self.tr("Changes the server did not accept, with the reasons")
        )
        self.conflicts_button.setVisible(conflicts > 0)
        self.refused_button.setText(self.tr("%n refused", "", refused))
        self.refused_button.setVisible(refused > 0)
        warning = self.clock_text()
        self.clock_warning.setText(self.short_clock_text())
        self.clock_warning.setToolTip(warning)
        self.clock_warning.setVisible(bool(warning))

    def _show_progress(self) -> None:
        self.progress.setVisible(self.running)
        if not self.running:
            return
        if self._total:
            self.progress.setRange(0, self._total)
            self.progress.setValue(min(self._done, self._total))
        else:
            self.progress.setRange(0, 0)  # counts are in the label; the total is not known
        self.progress.setTextVisible(bool(self._total))

    def summary(self) -> str:
        status = self.status
        if status is None:
            return ""
        if not status.enrolled:
            return self.tr("Not connected to a server: the changes stay on this computer.")
        if self.running:
            return self.progress_text()
        parts = self.notices()
        if self.failure:
            parts.append(short_failure_text(self.failure))
            if self.next_attempt is not None:
                parts.append(self.tr("Next attempt %1.").replace("%1", when(self.next_attempt)))
        if status.last_success_at is not None:
            parts.append(self.tr("Last synced %1.").replace("%1", when(status.last_success_at)))
        else:
            parts.append(self.tr("Not synced yet."))
        if status.records_waiting >= RECORDS_COUNT_LIMIT:
            more = self.tr("More than %1 records waiting to be sent.")
            parts.append(more.replace("%1", str(RECORDS_COUNT_LIMIT - 1)))
        elif status.records_waiting:
            parts.append(self.tr("%n record(s) waiting to be sent.", "", status.records_waiting))
        else:
            parts.append(self.tr("Nothing waiting to be sent."))
        return " ".join(parts)

    def notices(self) -> list[str]:
        """Sentences about the last sync that must not pass unnoticed."""
        found = []
        if self.restored:
            found.append(
                self.tr(
                    "This computer's data had been put back from an older copy. It was "
                    "downloaded again from the server; unsent changes were kept."
                )
            )
        if self.kept_from_purged:
            found.append(
                self.tr(
                    "%n change(s) to clients who left your caseload are kept in the refused "
                    "list until someone decides.",
                    "",
                    self.kept_from_purged,
                )
            )
        if self.retired_clients:
            found.append(
                self.tr(
                    "%n ended client(s) were removed from this computer after the retention "
                    "time; their record is kept on the server.",
                    "",
                    self.retired_clients,
                )
            )
        if self.held_back:
            found.append(
                self.tr(
                    "%n change(s) wait for the server to be updated: it does not know them "
                    "yet. They are kept on this computer and sent after the update.",
                    "",
                    self.held_back,
                )
            )
        return found

    def progress_text(self) -> str:
        if self._phase == "pull":
            text = self.tr("Receiving changes: %n row(s)", "", self._done)
        else:
            text = self.tr("Sending changes: %n sent", "", self._done)
        if self._total:
            text += self.tr(" of %1").replace("%1", QLocale().toString(self._total))
        return text + "…"

    def _minutes_ahead(self) -> int | None:
        status = self.status
        ahead = status.clock_ahead_ms if status is not None else None
        if not ahead or ahead <= CLOCK_SKEW_LIMIT_MS:
            return None
        return max(1, round(ahead / 60_000))

    def short_clock_text(self) -> str:
        minutes = self._minutes_ahead()
        if minutes is None:
            return ""
        return self.tr("The clock is %n min ahead!", "", minutes)

    def clock_text(self) -> str:
        minutes = self._minutes_ahead()
        if minutes is None:
            return ""
        return self.tr(
            "This computer's clock is %n minute(s) ahead of the server: please correct the "
            "date and time.",
            "",
            minutes,
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def when(moment: datetime) -> str:
    """A stored UTC time on Helsinki's clock: the time alone today, else date and time."""
    return moment_text(moment)
