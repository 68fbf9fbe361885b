"""Drafts save themselves: after a pause in typing, on Ctrl+S, and before closing.

Edits are counted; a save remembers how many edits it carries, so the editor knows
whether anything typed is still unsaved. Saves run on the background worker; only
the last save before the window closes (or the store locks) waits for the disk,
because after that there is nobody left to tell that a save failed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from astu_desktop.services.document_work import DocumentActions
from astu_desktop.services.drafts import DocumentState
from astu_desktop.ui.errors import is_disk_failure
from astu_desktop.ui.tasks import TaskRunner

AUTOSAVE_DELAY_MS = 1500
# Typing without a pause still saves this often: the pause may never come.
AUTOSAVE_MAX_WAIT_MS = 10_000
# A save the disk refused (full, or failing) is tried again this often, unasked, so the
# draft reaches the disk as soon as there is room again.
AUTOSAVE_RETRY_MS = 15_000


class Autosaver(QObject):
    started = Signal()
    saved = Signal(object)  # DocumentState
    failed = Signal(object)  # the exception

    def __init__(
        self,
        actions: DocumentActions,
        answers: Callable[[], dict[str, Any]],
        runner: TaskRunner,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.actions = actions
        self._answers = answers
        self._runner = runner
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.save_now)
        self.max_wait_ms = AUTOSAVE_MAX_WAIT_MS
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(AUTOSAVE_RETRY_MS)
        self.retry_timer.timeout.connect(self.save_now)
        self._waiting = QElapsedTimer()  # since the first edit the disk has not seen
        self._edits = 0
        self._queued = 0  # edits handed to the worker (saved or on their way)
        self._saved = 0  # edits known to be on disk

    @property
    def pending(self) -> bool:
        """Something typed is not known to be on disk yet."""
        return self._saved < self._edits

    def edited(self) -> None:
        if not self._waiting.isValid():
            self._waiting.start()
        self._edits += 1
        if self._waiting.elapsed() >= self.max_wait_ms:
            self.save_now()
        else:
            self.timer.start()

    def save_now(self) -> None:
        self.timer.stop()
        self.retry_timer.stop()
        if self._queued >= self._edits:
            return
        self._queued = self._edits
        self._waiting.invalidate()
        edits, answers = self._edits, self._answers()
        self.started.emit()
        self._runner.run(lambda: (edits, self.actions.save(answers)), self._done, self._failed)

    def flush(self) -> BaseException | None:
        """Save whatever is unsaved and wait for it; the failure, if any, is returned."""
        self.timer.stop()
        self.retry_timer.stop()
        self._runner.wait_until_idle()
        if not self.pending:
            return None
        edits = self._edits
        self._waiting.invalidate()
        try:
            state = self.actions.save(self._answers())
        except Exception as error:  # the caller decides whether closing may go on
            return error
        self._done((edits, state))
        return None

    def forget_edits(self) -> None:
        """The answers on screen were replaced as a whole (signed, amended): nothing to save."""
        self.timer.stop()
        self.retry_timer.stop()
        self._waiting.invalidate()
        self._queued = self._saved = self._edits

    def _done(self, result: tuple[int, DocumentState]) -> None:
        edits, state = result
        self._saved = max(self._saved, edits)
        self.saved.emit(state)

    def _failed(self, error: BaseException) -> None:
        self._queued = self._saved  # the next save carries these edits again
        if is_disk_failure(error):
            self.retry_timer.start()
        self.failed.emit(error)
