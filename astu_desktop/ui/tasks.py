"""One background worker for store work, with success and failure callbacks.

Unlocking (Argon2id), creating a store and caseload queries can take longer than a
frame; they run here so the window keeps painting. A single thread keeps store
work in order, the way Anki's task manager does.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QWidget

OnSuccess = Callable[[Any], None]
OnFailure = Callable[[BaseException], None]
Read = TypeVar("Read")


class _Relay(QObject):
    """One task's answer; lives on the GUI thread, where its signal arrives queued.

    It holds the work, its outcome and its callbacks, so the last reference to
    anything they hold (a model, a window) is dropped here, on the GUI thread, when
    the answer has been given. Freed on the worker instead, a Qt object is deleted on
    a thread that does not own it, and the app may crash."""

    answered = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        work: Callable[[], Any],
        on_success: OnSuccess,
        on_failure: OnFailure,
    ) -> None:
        super().__init__(runner)
        self.work: Callable[[], Any] | None = work
        self.result: Any = None
        self.error: BaseException | None = None
        self._runner = runner
        self._on_success: OnSuccess | None = on_success
        self._on_failure: OnFailure | None = on_failure
        self.answered.connect(self._deliver)

    def _deliver(self) -> None:
        on_success, on_failure = self._on_success, self._on_failure
        result, error = self.result, self.error
        self.work = self.result = self.error = self._on_success = self._on_failure = None
        self._runner.forget(self)
        # As a Qt connection would: a method of a Qt object deleted meanwhile (an
        # autosaver whose editor closed) is not called.
        if error is not None:
            if on_failure is not None and _is_alive(on_failure):
                on_failure(error)
        elif on_success is not None and _is_alive(on_success):
            on_success(result)


class _Task(QRunnable):
    def __init__(self, relay: _Relay) -> None:
        super().__init__()
        self._relay = relay

    def run(self) -> None:
        relay = self._relay
        work = relay.work
        assert work is not None
        try:
            relay.result = work()
        except BaseException as error:  # every failure goes to the callback, never lost
            relay.error = error
        # The worker lets go of the work before it answers: the relay's reference,
        # dropped on the GUI thread, is then the last one.
        del work
        relay.answered.emit()


class TaskRunner(QObject):
    """Runs callables off the GUI thread; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], Any], on_success: OnSuccess, on_failure: OnFailure) -> None:
        relay = _Relay(self, work, on_success, on_failure)
        self._relays.add(relay)
        self._pool.start(_Task(relay))

    def wait_until_idle(self) -> None:
        """Block until queued work is done (before locking the store under it)."""
        self._pool.waitForDone()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def forget(self, relay: _Relay) -> None:
        """The task has answered: the relay, and what it held, are let go now (a closed
        window's Python object would otherwise outlive the window until the relay's
        deferred deletion)."""
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


Done = TypeVar("Done")


class WindowWork:
    """The store work of one window, run one way (as Anki's `CollectionOp`/`QueryOp`).

    A window says once how it shows being busy and a failure; each piece of work then
    names only what to do on the worker and what to show when it is done. Handled
    here, once for every window:
    - busy: shown while any of the window's work runs, cleared when the last ends (a
      refresh asked while a save still runs does not clear it early);
    - a failure: given to the window's `show_failure` (or the call's own), busy cleared;
    - the window closed: after `stop()` (its closeEvent) nothing asked before shows,
      neither a result nor a failure, and busy is left alone; a result that still
      needs something done (a store opened meanwhile is locked) says so with
      `after_close`.

    The window's own methods are held weakly: a window that holds its `WindowWork`
    would otherwise be kept alive by it after Qt deleted it on close.
    """

    def __init__(
        self,
        runner: TaskRunner,
        *,
        show_busy: Callable[[bool], None],
        show_failure: OnFailure,
    ) -> None:
        self._runner = runner
        self._show_busy = _held_weakly(show_busy)
        self._show_failure = _held_weakly(show_failure)
        self._running = 0
        self.stopped = False

    def run(
        self,
        work: Callable[[], Done],
        on_done: Callable[[Done], None],
        *,
        on_failure: OnFailure | None = None,
        after_close: Callable[[Done], None] | None = None,
    ) -> None:
        """Run `work` on the store worker; `on_done` gets its result, on the GUI thread.

        `after_close`: what a result that arrives after the window closed still needs,
        such as locking a store the work opened; it is held strongly and must not
        need the window.
        """
        if self.stopped:
            return
        self._running += 1
        if self._running == 1:
            self._call(self._show_busy, True)

        show_done = _held_weakly(on_done)
        show_failed = self._show_failure if on_failure is None else _held_weakly(on_failure)

        def done(result: Done) -> None:
            if self._settled():
                self._call(show_done, result)
            elif after_close is not None:
                after_close(result)

        def failed(error: BaseException) -> None:
            if self._settled():
                self._call(show_failed, error)

        self._runner.run(work, done, failed)

    @property
    def busy(self) -> bool:
        return self._running > 0

    def stop(self, *_finished: object) -> None:
        """The window has closed: what is still running finds nothing to show.

        A window calls it from its closeEvent; a dialog connects its `finished` signal
        to it (accept and reject close a dialog without a closeEvent)."""
        self.stopped = True

    def _settled(self) -> bool:
        """One piece of work ended; False when the window has closed meanwhile."""
        self._running -= 1
        if self.stopped:
            return False
        if self._running == 0:
            self._call(self._show_busy, False)
        return True

    @staticmethod
    def _call(held: Callable[[], Callable[[Any], None] | None], argument: Any) -> None:
        function = held()
        if function is not None and _is_alive(function):
            function(argument)


def _held_weakly(function: Callable[[Any], None]) -> Callable[[], Callable[[Any], None] | None]:
    """A bound method by a weak reference (its window may go); any other callable as is."""
    if inspect.ismethod(function):
        return weakref.WeakMethod(function)
    return lambda: function


def _is_alive(function: Callable[[Any], None]) -> bool:
    """False for a method of a Qt object already deleted (a dialog closed by accept)."""
    owner = getattr(function, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
