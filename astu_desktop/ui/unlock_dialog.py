"""The unlock dialog: passphrase, a plain message when it is wrong, and the waiting time.

After wrong passphrases the store makes the next try wait (1 s, 2 s, 4 s ... at most
five minutes, surviving a restart). The dialog shows that wait as a live countdown
and keeps the button disabled until it has run out. Unlocking derives the key with
Argon2id (about half a second by design), so it runs on the background worker.
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from astu_desktop import paths
from astu_desktop.store.errors import UnlockThrottled, WrongPassphrase
from astu_desktop.store.storepaths import StorePaths
from astu_desktop.store.throttle import Clock, UnlockThrottle
from astu_desktop.ui.errors import describe
from astu_desktop.ui.passphrase_field import PassphraseField
from astu_desktop.ui.tasks import TaskRunner, WindowWork
from astu_desktop.ui.widgets import ERROR_STYLE, busy_bar, text_label

if TYPE_CHECKING:
    from astu_desktop.store.casestore import CaseStore

COUNTDOWN_TICK_MS = 200
HINT_STYLE = "background: #fff4d6; border: 1px solid #e0c060; border-radius: 4px; padding: 8px;"


class UnlockDialog(QDialog):
    """Emits `unlocked` with the open store; rejected means the worker chose to quit."""

    unlocked = Signal(object)
    unlocking = Signal()  # the key is being derived: a moment to load what comes next

    def __init__(
        self,
        store_path: Path,
        runner: TaskRunner,
        *,
        demo: bool = False,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = store_path
        self._demo = demo
        self._clock: Clock = clock or time.time
        self._deadline: float | None = None
        self._busy = False
        self._work = WindowWork(runner, show_busy=self._set_busy, show_failure=self._on_failed)
        self.finished.connect(self._work.stop)
        self._timer = QTimer(self)
        self._timer.setInterval(COUNTDOWN_TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._build()
        self.retranslate()
        self._show_pending_delay()

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.intro = text_label()
        self.demo_hint = text_label(shown=self._demo, style=HINT_STYLE)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_demo_button = QPushButton()
        self.use_demo_button.setVisible(self._demo)
        self.use_demo_button.setAutoDefault(False)
        self.use_demo_button.clicked.connect(self._fill_demo_passphrase)
        self.passphrase = PassphraseField()
        self.passphrase.caps_lock_changed.connect(self._show_caps_lock)
        self.passphrase.textEdited.connect(self._clear_message)
        self.caps_warning = text_label(shown=False)
        self.message = text_label(shown=False, style=ERROR_STYLE)
        self.countdown = text_label(shown=False)
        self.busy = busy_bar()
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        # Enter must never mean Quit, wherever the focus went while unlocking was busy.
        self.quit_button.setAutoDefault(False)
        self.unlock_button.setDefault(True)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        shown_in_order: list[QWidget] = [
            self.intro,
            self.demo_hint,
            self.use_demo_button,
            self.passphrase,
            self.caps_warning,
            self.message,
            self.countdown,
            self.busy,
        ]
        for widget in shown_in_order:
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.passphrase.setFocus()

    def retranslate(self) -> None:
        title = self.tr("Unlock – ASTU Desktop")
        self.setWindowTitle(f"{title} – DEMO" if self._demo else title)
        self.intro.setText(self.tr("Type the passphrase of the case store on this computer."))
        self.demo_hint.setText(
            self.tr(
                "This is the demo store. It holds synthetic people only, never real clients. "
                "Its passphrase is: {passphrase}"
            ).format(passphrase=paths.DEMO_PASSPHRASE)
        )
        self.use_demo_button.setText(self.tr("Use the demo passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.caps_warning.setText(self.tr("Caps Lock seems to be on."))
        self.unlock_button.setText(self.tr("Unlock"))
        self.quit_button.setText(self.tr("Quit"))
        self.busy.setAccessibleName(self.tr("Opening the case store"))
        if self._deadline is not None:
            self._tick()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- unlocking -----------------------------------------------------------------

    def attempt(self) -> None:
        """Try the typed passphrase on the background worker."""
        if self._busy or self._deadline is not None:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_message(self.tr("Type the passphrase first."))
            return
        path, clock = self._path, self._clock
        self._work.run(
            lambda: _unlock(path, passphrase, clock),
            self._on_unlocked,
            after_close=_lock_again,  # the worker quit while the key was being derived
        )
        self.unlocking.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Esc clears what was typed; it never quits the app (only Quit does).

        A worker reaching for Esc at a locked screen means "not now", not "close
        everything": the app, its open windows and its background sync stay."""
        if event.key() == Qt.Key.Key_Escape:
            self.passphrase.clear()
            self._clear_message()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_unlocked(self, store: CaseStore) -> None:
        self.passphrase.clear()
        self.unlocked.emit(store)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(error, UnlockThrottled):
            self._start_countdown(error.wait_seconds)
            return
        self._show_message(describe(error))
        if isinstance(error, WrongPassphrase):
            self._show_pending_delay()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.passphrase.setReadOnly(busy)  # read-only keeps the focus in the field
        self.unlock_button.setEnabled(not busy and self._deadline is None)

    # -- the growing delay ---------------------------------------------------------

    def _show_pending_delay(self) -> None:
        """A delay still running from earlier failures (also after a restart) is shown."""
        try:
            UnlockThrottle(StorePaths(self._path).throttle, self._clock).check()
        except UnlockThrottled as throttled:
            self._start_countdown(throttled.wait_seconds)

    def _start_countdown(self, seconds: float) -> None:
        self._deadline = self._clock() + seconds
        self.unlock_button.setEnabled(False)
        self._timer.start()
        self._tick()

    def _tick(self) -> None:
        if self._deadline is None:
            return
        remaining = math.ceil(self._deadline - self._clock())
        if remaining <= 0:
            self._deadline = None
            self._timer.stop()
            self.countdown.hide()
            self.unlock_button.setEnabled(not self._busy)
            return
        text = self.tr("After wrong passphrases you can try again in %n second(s).", "", remaining)
        self.countdown.setText(text)
        self.countdown.show()

    @property
    def seconds_to_wait(self) -> int:
        if self._deadline is None:
            return 0
        return max(0, math.ceil(self._deadline - self._clock()))

    # -- small helpers -------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _clear_message(self) -> None:
        self.message.hide()

    def _show_caps_lock(self, on: bool) -> None:
        self.caps_warning.setVisible(on)

    def _fill_demo_passphrase(self) -> None:
        self.passphrase.setText(paths.DEMO_PASSPHRASE)
        self.passphrase.setFocus()


def _lock_again(store: CaseStore) -> None:
    store.lock()


def _unlock(path: Path, passphrase: str, clock: Clock) -> CaseStore:
    """On the worker: the database code is loaded there, not before the dialog is painted."""
    from astu_desktop.store.casestore import CaseStore

    return CaseStore.unlock(path, passphrase, clock=clock)
