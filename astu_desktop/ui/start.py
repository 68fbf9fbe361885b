"""From start to the caseload: create or unlock the store, then the main window.

After a lock the same window stays and the unlock dialog opens over it; quitting
from any dialog ends the application. A new store may be connected to the server
right away (an optional step after creating it); a revoked laptop's store is erased
and the flow starts again from creating one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from astu_desktop.ui.errors import ErrorReporter, describe
from astu_desktop.ui.i18n import Translations
from astu_desktop.ui.tasks import TaskRunner
from astu_desktop.ui.unlock_dialog import UnlockDialog

if TYPE_CHECKING:  # the main window and the store load while the key is derived
    import httpx

    from astu_desktop.services.store_actions import StoreOpening
    from astu_desktop.store.casestore import CaseStore
    from astu_desktop.store.keyfile import KdfParams
    from astu_desktop.store.throttle import Clock
    from astu_desktop.ui.main_window import MainWindow
    from astu_desktop.ui.sync.scheduler import SyncTimings


class StartFlow(QObject):
    quit_requested = Signal()

    def __init__(
        self,
        store_path: Path,
        runner: TaskRunner,
        translations: Translations,
        reporter: ErrorReporter,
        *,
        demo: bool = False,
        clock: Clock | None = None,
        kdf: KdfParams | None = None,
        sync_timings: SyncTimings | None = None,
        sync_transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__()
        self._sync_timings = sync_timings
        self._sync_transport = sync_transport
        self.store_path = store_path
        self._runner = runner
        self._translations = translations
        self._reporter = reporter
        self._demo = demo
        self._clock = clock
        self._kdf = kdf
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None

    def start(self) -> None:
        if self.store_path.exists():
            self.show_unlock()
        else:
            self.show_create()

    def show_create(self) -> None:
        from astu_desktop.ui.create_store_dialog import CreateStoreDialog

        dialog = CreateStoreDialog(self.store_path, self._runner, kdf=self._kdf)
        dialog.created.connect(lambda store: self._open(store, enrol=dialog.wants_server))
        self._show(dialog)

    def show_unlock(self) -> None:
        dialog = UnlockDialog(
            self.store_path, self._runner, demo=self._demo, clock=self._clock, parent=self.window
        )
        dialog.unlocked.connect(self._open)
        dialog.unlocking.connect(self._load_main_window)
        self._show(dialog)

    def _load_main_window(self) -> None:
        """Import the main window's code while the worker derives the key.

        The unlock dialog is painted without it (the process start is what a worker
        waits for first); the key derivation takes about half a second on the worker
        and leaves this thread free, so the import costs no waiting there. Queued, so
        the busy bar is painted first.
        """
        if self.window is None:
            QTimer.singleShot(0, _main_window_class)

    def shutdown(self) -> None:
        """Before the application ends: no store stays open, no work stays queued."""
        if self.window is not None:
            self.window.close_store()
        self._runner.wait_until_idle()

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.rejected.connect(self.quit_requested)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        if self.window is not None:
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _open(self, store: CaseStore, enrol: bool = False) -> None:
        if self.window is None:
            self.window = _main_window_class()(
                self._runner,
                self._translations,
                self._reporter,
                sync_timings=self._sync_timings,
                sync_transport=self._sync_transport,
            )
            self.window.locked.connect(self.show_unlock)
            self.window.wiped.connect(self._after_wipe)
        from astu_desktop.services.store_actions import read_opening  # with the main window's

        window = self.window
        # The dialog that unlocked closes now and the main window shows when the read is
        # back: the application must not take that moment for its last window closing.
        app = QGuiApplication.instance()
        quits = isinstance(app, QGuiApplication) and app.quitOnLastWindowClosed()
        QGuiApplication.setQuitOnLastWindowClosed(False)

        def opened(opening: StoreOpening) -> None:
            QGuiApplication.setQuitOnLastWindowClosed(quits)
            self._show_opened(window, store, opening, enrol)

        def failed(error: BaseException) -> None:
            """Nothing is shown of a store that could not be read: locked, and asked again."""
            QGuiApplication.setQuitOnLastWindowClosed(quits)
            if not store.is_locked:
                store.lock()
            self.show_unlock()
            self._reporter.show(describe(error))

        self._runner.run(lambda: read_opening(store), opened, failed)

    def _show_opened(
        self, window: MainWindow, store: CaseStore, opening: StoreOpening, enrol: bool
    ) -> None:
        """The main window with the store, once whose laptop it is was read on the worker."""
        if self.window is not window or store.is_locked:
            return  # wiped or locked meanwhile
        window.open_store(store, opening, demo=self._demo)
        window.show()
        if enrol:
            window.connect_to_server(first_run=True)

    def _after_wipe(self) -> None:
        """The store of a revoked laptop is gone: begin again as on a fresh machine."""
        window, self.window = self.window, None
        if window is not None:
            window.close()
            window.deleteLater()
        self.show_create()


def _main_window_class() -> type[MainWindow]:
    from astu_desktop.ui.main_window import MainWindow

    return MainWindow
