"""Background sync: when the server answers, every few minutes, and on "Sync now".

The sync gets a worker thread of its own (a second `TaskRunner`): a first sync of a
large scope takes minutes, and the caseload's queries must not queue behind it on
the store's runner (SQLCipher in WAL mode lets the two connections work side by
side). Only one sync runs at a time; a request while one runs is ignored.

Each attempt first asks the server's /health with a short timeout, so an offline
laptop finds out in milliseconds instead of waiting for a sync request to time
out; a failed attempt is tried again after 15 s, 30 s, 1 min, ... up to 10 min. A
successful one is followed by the next after `every_ms`.

Locking calls `detach()`: it asks the running sync to stop and waits for it. A sync
waiting for the server gives up the request at once; one writing to the store stops
after that commit (see `sync_work.sync_once`), so the store is never closed under a
transaction and a lock never waits for the network. Late signals of a detached sync
are dropped by generation.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import httpx
from PySide6.QtCore import QObject, QTimer, Signal

from astu_desktop.services import enrolment, sync_work
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import DiskFull, StoppedPartWay, StorageFailed, StoreError
from astu_desktop.sync.client import DeviceRevoked, SyncError
from astu_desktop.sync.engine import NotEnrolled, SyncReport
from astu_desktop.ui.errors import log_unexpected
from astu_desktop.ui.tasks import TaskRunner


@dataclass(frozen=True)
class SyncTimings:
    """Intervals in milliseconds; tests pass small ones instead of waiting minutes."""

    every_ms: int = 5 * 60_000
    first_retry_ms: int = 15_000
    max_retry_ms: int = 10 * 60_000
    start_delay_ms: int = 1_500  # the caseload shows first, then the sync starts


class SyncController(QObject):
    started = Signal()
    progressed = Signal(str, int, object)  # phase, done, total (None: not known)
    succeeded = Signal(object)  # SyncReport
    failed = Signal(str)  # a SyncError code (texts.failure_text words it)
    received = Signal()  # the sync changed or sent local rows: views showing them reload
    revoked = Signal()  # the server says this device is revoked: wipe
    status_loaded = Signal(object)  # SyncStatus
    _worker_progress = Signal(int, str, int, object)

    def __init__(
        self,
        store_runner: TaskRunner,
        timings: SyncTimings | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timings = timings or SyncTimings()
        self._store_runner = store_runner
        self._sync_runner = TaskRunner(self)
        self._transport = transport
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self._worker_progress.connect(self._relay_progress)
        self._store: CaseStore | None = None
        self._cancel = threading.Event()
        self._generation = 0
        self._running = False
        self.failures = 0
        self.status: enrolment.SyncStatus | None = None
        self.last_report: SyncReport | None = None

    @property
    def runner(self) -> TaskRunner:
        """The sync's own worker; enrolment (network work on the store) runs here too."""
        return self._sync_runner

    @property
    def running(self) -> bool:
        return self._running

    @property
    def enrolled(self) -> bool:
        return self.status is not None and self.status.enrolled

    # -- the store -----------------------------------------------------------------

    def attach(self, store: CaseStore) -> None:
        """A store was opened: read its status and, when it is enrolled, start syncing."""
        self.detach()
        self._store = store
        self._cancel = threading.Event()
        self.failures = 0
        self.refresh_status(start=True)

    def detach(self) -> None:
        """Before the store closes: stop the timer, stop a running sync and wait for it."""
        self._generation += 1
        self.timer.stop()
        self._cancel.set()
        self._sync_runner.wait_until_idle()
        self._store = None
        self._running = False
        self.status = None
        self.last_report = None

    def refresh_status(self, *, start: bool = False) -> None:
        store, generation = self._store, self._generation
        if store is None:
            return
        self._store_runner.run(
            lambda: sync_work.load_status(store),
            lambda status: self._on_status(generation, status, start),
            lambda _error: None,  # the store was locked meanwhile: nothing to show
        )

    def _on_status(self, generation: int, status: enrolment.SyncStatus, start: bool) -> None:
        if generation != self._generation:
            return
        self.status = status
        self.status_loaded.emit(status)
        if start and status.enrolled and not self._running:
            self.schedule(self.timings.start_delay_ms)

    # -- syncing -------------------------------------------------------------------

    def schedule(self, delay_ms: int) -> None:
        self.timer.start(max(0, delay_ms))

    def sync_now(self) -> None:
        store = self._store
        if store is None or self._running:
            return
        self.timer.stop()
        self._running = True
        generation, cancel, transport = self._generation, self._cancel, self._transport

        def progress(phase: str, done: int, total: int | None) -> None:
            self._worker_progress.emit(generation, phase, done, total)

        self.started.emit()
        self._sync_runner.run(
            lambda: sync_work.sync_once(store, progress, cancel, transport),
            lambda report: self._on_synced(generation, report),
            lambda error: self._on_failed(generation, error),
        )

    def _relay_progress(self, generation: int, phase: str, done: int, total: object) -> None:
        if generation == self._generation:
            self.progressed.emit(phase, done, total)

    def _on_synced(self, generation: int, report: SyncReport) -> None:
        if generation != self._generation:
            return
        self._running = False
        self.failures = 0
        self.last_report = report
        self.succeeded.emit(report)
        if report.pulled_rows or report.purged_clients or report.pushed_changes:
            self.received.emit()  # what was sent loses its "not on the server" mark, too
        self.refresh_status()
        self.schedule(self.timings.every_ms)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._running = False
        if isinstance(error, sync_work.SyncCancelled):
            return
        if isinstance(error, DeviceRevoked):
            self.timer.stop()
            self.revoked.emit()
            return
        if isinstance(error, NotEnrolled | enrolment.NotEnrolled):
            self.refresh_status()
            return
        if isinstance(error, SyncError):
            code = error.code
        elif isinstance(error, StoreError) and (disk := _disk_code(error)) is not None:
            code = disk
        else:
            log_unexpected(type(error), error, error.__traceback__)
            code = "sync_failed"
        self.failures += 1
        self.failed.emit(code)
        self.refresh_status()
        self.schedule(self.retry_delay_ms())

    def retry_delay_ms(self) -> int:
        """15 s, 30 s, 1 min, 2 min, ... after each failure in a row, at most max_retry_ms."""
        exponent = max(0, self.failures - 1)
        delay = self.timings.first_retry_ms * (2 ** min(exponent, 30))
        return int(min(delay, self.timings.max_retry_ms))


def _disk_code(error: StoreError) -> str | None:
    """ "disk_full", "not_enough_room" or "storage_failed": the store's disk stopped the
    sync. A pull that stopped part way for want of room did start: "disk_full"."""
    if isinstance(error, StoppedPartWay):
        cause = error.cause
        if isinstance(cause, DiskFull):
            return "disk_full"
        return cause.code if isinstance(cause, StorageFailed) else None
    return error.code if isinstance(error, DiskFull | StorageFailed) else None
