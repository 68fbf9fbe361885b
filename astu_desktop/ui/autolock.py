"""Auto-lock: a laptop left open on a client's couch locks itself.

An application-wide event filter notes the time of the last keyboard, mouse or
touch input; a timer compares it with the chosen idle time (10 minutes unless the
worker picks another in Settings). When the time is up, `idle` is emitted and the
main window locks the same way as Ctrl+L.

Before locking, every open editor is asked to save its draft: any widget with a
`save_draft_now()` method (the `DraftSaver` protocol) is found through the
application's top-level windows and called, so unsaved form content is never lost
to a lock. Tests drive the clock and the timer by hand instead of waiting.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from astu_desktop.ui.settings import MAX_AUTOLOCK_MINUTES, MIN_AUTOLOCK_MINUTES

DEFAULT_MINUTES = 10
MIN_MINUTES, MAX_MINUTES = MIN_AUTOLOCK_MINUTES, MAX_AUTOLOCK_MINUTES
CHECK_EVERY_MS = 5_000
Clock = Callable[[], float]
_log = logging.getLogger(__name__)
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


def seconds_including_sleep() -> float:
    """A clock that keeps running while the laptop sleeps (a closed lid is idle time)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


@runtime_checkable
class DraftSaver(Protocol):
    """An open editor that can write what is on screen as a draft, right now."""

    def save_draft_now(self) -> None: ...


def open_draft_savers() -> list[DraftSaver]:
    """Every widget of the application that implements `save_draft_now`, each once."""
    found: dict[int, DraftSaver] = {}
    for window in QApplication.topLevelWidgets():
        for widget in (window, *window.findChildren(QWidget)):
            if isinstance(widget, DraftSaver):
                found.setdefault(id(widget), widget)
    return list(found.values())


def save_open_drafts() -> list[BaseException]:
    """Ask every open editor to save; a failure of one does not stop the others."""
    failures: list[BaseException] = []
    for saver in open_draft_savers():
        try:
            saver.save_draft_now()
        except Exception as error:  # the lock must go on; the caller reports the failure
            _log.warning("a draft could not be saved before locking: %s", type(error).__name__)
            failures.append(error)
    return failures


class IdleWatcher(QObject):
    """Emits `idle` once when no user input has come for `minutes`; `arm` starts over."""

    idle = Signal()

    def __init__(
        self,
        minutes: int = DEFAULT_MINUTES,
        clock: Clock = seconds_including_sleep,
        timer: QTimer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.minutes = minutes
        self.timer = timer if timer is not None else QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self._last_input = clock()
        self._armed = False

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS:
            self._last_input = self.clock()
        return False

    def arm(self) -> None:
        """Start counting from now (the store was just opened)."""
        self._last_input = self.clock()
        self._armed = True
        self.timer.start()

    def disarm(self) -> None:
        self._armed = False
        self.timer.stop()

    @property
    def armed(self) -> bool:
        return self._armed

    def idle_seconds(self) -> float:
        return self.clock() - self._last_input

    def check(self) -> None:
        if self._armed and self.idle_seconds() >= self.minutes * 60:
            self.disarm()
            self.idle.emit()


class AutoLockDialog(QDialog):
    """Settings → Auto-lock: how many idle minutes before the store locks itself."""

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setValue(minutes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Lock after idle (minutes):"), self.minutes)
        layout.addRow(self.buttons)
        self.setWindowTitle(self.tr("Auto-lock"))
        self.minutes.setAccessibleName(self.tr("Minutes of idle time before locking"))
