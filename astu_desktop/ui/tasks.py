"""One background worker for store work, with success and failure callbacks.

Unlocking (Argon2id), creating a store and caseload queries can take longer than a
frame; they run here so the window keeps painting. A single thread keeps store
work in order, the way Anki's task manager does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QWidget

OnSuccess = Callable[[Any], None]
OnFailure = Callable[[BaseException], None]
Read = TypeVar("Read")


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive there queued."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # every failure goes to the callback, never lost
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs callables off the GUI thread; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], Any], on_success: OnSuccess, on_failure: OnFailure) -> None:
        relay = _Relay(self)
        self._relays.add(relay)
        relay.succeeded.connect(on_success)
        relay.failed.connect(on_failure)
        relay.succeeded.connect(lambda _result: self._forget(relay))
        relay.failed.connect(lambda _error: self._forget(relay))
        self._pool.start(_Task(work, relay))

    def wait_until_idle(self) -> None:
        """Block until queued work is done (before locking the store under it)."""
        self._pool.waitForDone()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def _forget(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()


def open_after_reading(
    runner: TaskRunner,
    parent: QWidget,
    kind: type[QDialog],
    read: Callable[[], Read],
    build: Callable[[Read], QDialog],
    *,
    still_wanted: Callable[[], bool],
    on_failed: OnFailure,
) -> None:
    """Read what a dialog shows on the store worker, then build it and open it.

    Nothing opens when the window that asked has closed or its store locked meanwhile
    (`still_wanted` is asked when the read is back), nor while a dialog of this `kind`
    of `parent` is already open (a double press)."""

    def opened(result: Read) -> None:
        if not still_wanted():
            return
        if any(shown.isVisible() for shown in parent.findChildren(kind)):
            return
        build(result).open()

    runner.run(read, opened, on_failed)
