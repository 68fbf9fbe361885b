"""The main window: the caseload, the File and Settings menus, the status bar.

Locking (Ctrl+L, or idle time: see autolock.py) first asks open editors to save
their drafts, closes every other window, stops a running sync (without waiting for
the network), forgets every row the window held, clears a copied henkilötunnus from
the clipboard, closes the store and tells the start flow to ask for the passphrase
again; the window itself stays where it was.

The sync runs in the background (ui/sync/scheduler.py); its status sits in the
status bar. When the server says this laptop was revoked, the window says why,
erases the store and hands back to the start flow as on a fresh machine.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from astu_desktop.services import enrolment
from astu_desktop.services.clients import ClientNotFound
from astu_desktop.services.enrolment import SyncStatus
from astu_desktop.services.reviews import ReturnedDocument
from astu_desktop.services.store_actions import (
    TARGET_HETU_COPY,
    DeviceScope,
    StoreCaseloadSource,
    StoreOpening,
    device_scope,
    read_responsible_workers,
    reveal_hetu,
)
from astu_desktop.services.team_work import LeadScope, load_returned
from astu_desktop.services.visits import WorkerChoice
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.storepaths import StorePaths
from astu_desktop.ui import settings, shortcuts
from astu_desktop.ui.autolock import DEFAULT_MINUTES, AutoLockDialog, IdleWatcher, save_open_drafts
from astu_desktop.ui.calendar_window import CalendarWindow
from astu_desktop.ui.caseload_panel import CaseloadPanel
from astu_desktop.ui.clipboard import SecretClipboard
from astu_desktop.ui.disk_space import DiskSpaceWarning
from astu_desktop.ui.errors import ErrorReporter, describe
from astu_desktop.ui.i18n import LANGUAGES, Translations
from astu_desktop.ui.new_client_dialog import NewClientDialog
from astu_desktop.ui.record import ClientRecordWindow
from astu_desktop.ui.statistics_view import StatisticsWindow
from astu_desktop.ui.sync.conflict_dialog import ConflictListDialog
from astu_desktop.ui.sync.enrol_dialog import EnrolDialog
from astu_desktop.ui.sync.refused_dialog import RefusedListDialog
from astu_desktop.ui.sync.scheduler import SyncController, SyncTimings
from astu_desktop.ui.sync.status_bar import SyncStatusBar
from astu_desktop.ui.tasks import TaskRunner, WindowWork
from astu_desktop.ui.team import TeamOverviewWindow
from astu_desktop.ui.team.returned_dialog import ReturnedDocumentsDialog
from astu_desktop.ui.visit_dialog import open_visit_dialog

STATUS_MESSAGE_MS = 8000


class MainWindow(QMainWindow):
    locked = Signal()
    wiped = Signal()  # a revoked device's store was erased: start as on a fresh machine
    # Something in the store changed: every open window showing it reads again. Carries
    # the window whose save it was (it shows the change already), or None.
    store_changed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        translations: Translations,
        reporter: ErrorReporter,
        parent: QWidget | None = None,
        *,
        sync_timings: SyncTimings | None = None,
        sync_transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._translations = translations
        self._reporter = reporter
        self._sync_transport = sync_transport
        self.store: CaseStore | None = None
        self._store_work = self._new_store_work()
        self._store_work.stop()  # no store is open yet
        self._demo = False
        self._wipe_pending: StorePaths | None = None
        self.revoked_message: QMessageBox | None = None
        self.sync = SyncController(runner, sync_timings, transport=sync_transport, parent=self)
        self._lead: LeadScope | None = None
        self._owner = DeviceScope(None, None, False)
        self.returned_dialog: ReturnedDocumentsDialog | None = None
        self.clipboard = SecretClipboard(parent=self)
        self.autolock = IdleWatcher(settings.saved_autolock_minutes(DEFAULT_MINUTES), parent=self)
        self.autolock.idle.connect(self.lock)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.autolock.install(app)
        self.panel = CaseloadPanel(runner)
        self.panel.model.loaded.connect(self._show_count)
        self.panel.model.failed.connect(lambda error: self._reporter.show(describe(error)))
        self.panel.client_activated.connect(self.open_client)
        self.panel.reveal_requested.connect(self.reveal)
        self.panel.copy_hetu_requested.connect(self.copy_hetu)
        self.panel.visit_requested.connect(self.new_visit)
        self.locked_page = QLabel()
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.locked_page)
        self.pages.addWidget(self.panel)
        self.setCentralWidget(self.pages)
        self.count_label = QLabel()
        self.sync_bar = SyncStatusBar()
        self.disk_warning = DiskSpaceWarning()
        self.statusBar().addPermanentWidget(self.disk_warning)
        self.statusBar().addPermanentWidget(self.sync_bar)
        self.statusBar().addPermanentWidget(self.count_label)
        self._connect_sync()
        self._build_menus()
        self._enable_store_actions(False)
        self.retranslate()
        if not settings.restore_geometry(self):
            self.resize(1360, 820)
        self._restore_table_state()

    def _build_menus(self) -> None:
        self.file_menu = QMenu(self)
        self.find_action = self._action(shortcuts.SEARCH, self._find)
        self.lock_action = self._action(shortcuts.LOCK, self.lock)
        # Ctrl+L locks from every window: a record or a form is in front most of the day.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action = self._action(shortcuts.QUIT, self.close)
        self.sync_action = self._action(shortcuts.SYNC, self.sync.sync_now)
        self.conflicts_action = self._action("", self.show_conflicts)
        self.refused_action = self._action("", self.show_refused)
        self.enrol_action = self._action("", self.connect_to_server)
        self.new_client_action = self._action(shortcuts.NEW_CLIENT, self.new_client)
        self.file_menu.addAction(self.new_client_action)
        self.file_menu.addAction(self.find_action)
        self.team_action = self._action(shortcuts.TEAM_OVERVIEW, self.open_team_overview)
        self.team_action.setVisible(False)
        self.file_menu.addAction(self.team_action)
        self.returned_action = self._action(shortcuts.RETURNED_DOCUMENTS, self.show_returned)
        self.file_menu.addAction(self.returned_action)
        self.calendar_action = self._action(shortcuts.BOOKED_VISITS, self.open_calendar)
        self.file_menu.addAction(self.calendar_action)
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        for action in (self.sync_action, self.conflicts_action, self.refused_action):
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.enrol_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.reports_menu = QMenu(self)
        self.statistics_action = QAction(self)
        self.statistics_action.triggered.connect(self.open_statistics)
        self.reports_menu.addAction(self.statistics_action)
        self.settings_menu = QMenu(self)
        self.language_menu = self.settings_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self._translations.language)
            action.triggered.connect(lambda _checked=False, c=code: self._translations.choose(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.autolock_action = QAction(self)
        self.autolock_action.triggered.connect(self.choose_autolock_minutes)
        self.settings_menu.addAction(self.autolock_action)
        self.menuBar().addMenu(self.file_menu)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.new_client_action)
        self.addToolBar(self.toolbar)
        self.menuBar().addMenu(self.reports_menu)
        self.menuBar().addMenu(self.settings_menu)

    def _action(self, keys: str | QKeySequence.StandardKey, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcut(shortcuts.sequence(keys))
        action.triggered.connect(slot)
        self.addAction(action)  # the key works even while the menu bar is hidden
        return action

    def retranslate(self) -> None:
        title = self.tr("ASTU Desktop")
        self.setWindowTitle(f"{title} – DEMO" if self._demo else title)
        self.file_menu.setTitle(self.tr("&File"))
        self.find_action.setText(self.tr("&Find client"))
        self.new_client_action.setText(self.tr("&New client…"))
        self.new_client_action.setToolTip(self.tr("Register a new client (Ctrl+Shift+N)"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.team_action.setText(self.tr("&Team overview"))
        self.returned_action.setText(self.tr("&Returned documents"))
        self.calendar_action.setText(self.tr("&Booked visits (day and week)"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.sync_action.setText(self.tr("&Sync now"))
        self.conflicts_action.setText(self.tr("Sync &conflicts…"))
        self.refused_action.setText(self.tr("&Refused changes…"))
        self.enrol_action.setText(self.tr("C&onnect to the server…"))
        self.reports_menu.setTitle(self.tr("&Reports"))
        self.statistics_action.setText(self.tr("&Statistics…"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.autolock_action.setText(self.tr("&Auto-lock…"))
        self.locked_page.setText(self.tr("The case store is locked."))
        self.disk_warning.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.sync.refresh_status()  # back from an editor or a record: what it saved
        super().changeEvent(event)

    # -- the store -----------------------------------------------------------------

    def open_store(self, store: CaseStore, opening: StoreOpening, demo: bool = False) -> None:
        """Show the unlocked store; `opening` was read on the store worker (read_opening)."""
        owner = opening.scope
        self.store = store
        self._demo = demo or owner.is_demo
        self._lead = opening.lead
        self._owner = owner
        self.panel.set_owner(owner)
        self._store_work.stop()  # a store replaced without a lock: its reads are old
        self._store_work = self._new_store_work()
        self._store_work.run(lambda: read_responsible_workers(store), self._show_workers)
        self.panel.model.set_source(StoreCaseloadSource(store))
        self.pages.setCurrentWidget(self.panel)
        self._enable_store_actions(True)
        self.panel.refresh()
        self.retranslate()
        self.panel.table.setFocus()
        self.autolock.arm()
        self.sync.attach(store)
        self.disk_warning.watch(store.paths)

    def _new_store_work(self) -> WindowWork:
        """The window's own reads of one opened store, stopped when that store locks, so
        an answer read before the lock never reaches the locked window or the next store.
        Their busy state is not shown: each is one short read behind a menu item."""
        return WindowWork(
            self._runner, show_busy=lambda _busy: None, show_failure=self._show_failure
        )

    def _show_failure(self, error: BaseException) -> None:
        self._reporter.show(describe(error))

    def lock(self) -> None:
        """Ctrl+L or idle: close the store and everything showing its data, then ask again."""
        if self.store is None:
            return
        self.close_store()
        self.locked.emit()

    def close_store(self) -> None:
        """Drafts first, then every window and row with client data, then the store."""
        self.autolock.disarm()
        failures = save_open_drafts() if self.store is not None else []
        self._close_other_windows()
        self.panel.clear()
        self.clipboard.clear()
        self.statusBar().clearMessage()
        self.pages.setCurrentWidget(self.locked_page)
        self._enable_store_actions(False)
        self.sync.detach()  # a running sync stops: between commits, never mid-transaction
        self.sync_bar.clear()
        self.disk_warning.watch(None)
        self._store_work.stop()  # what was read of this store is not shown after it locks
        self._runner.wait_until_idle()
        if self.store is not None:
            self.store.lock()
        self.store = None
        self._close_other_windows(force=True)  # those that refused while the store was open
        self._show_count()
        self._wipe_now()  # a revoked store is erased even if its message was never closed
        for failure in failures:
            self._reporter.show(describe(failure))

    def _enable_store_actions(self, enabled: bool) -> None:
        self.lock_action.setEnabled(enabled)
        self.find_action.setEnabled(enabled)
        self.new_client_action.setEnabled(enabled)
        self.statistics_action.setEnabled(enabled)
        self._enable_sync_actions(self.sync.status if enabled else None)
        self.team_action.setVisible(enabled and self._lead is not None)
        self.team_action.setEnabled(enabled and self._lead is not None)
        self.returned_action.setEnabled(enabled)
        self.calendar_action.setEnabled(enabled)

    def _enable_sync_actions(self, status: SyncStatus | None) -> None:
        enrolled = status is not None and status.enrolled
        self.sync_action.setEnabled(enrolled)
        self.conflicts_action.setEnabled(enrolled)
        self.refused_action.setEnabled(enrolled)
        self.enrol_action.setEnabled(status is not None and not status.enrolled)

    def _close_other_windows(self, force: bool = False) -> None:
        """Record windows, dialogs and menus may all show client data: close them all.

        A window may refuse to close (an editor whose draft did not save); after the
        store is locked it is asked again and, if it still refuses, hidden.
        """
        for window in QApplication.topLevelWidgets():
            if window is not self and window.isVisible() and not window.close() and force:
                window.hide()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        settings.save_geometry(self)
        settings.save_state(
            settings.CASELOAD_HEADER_KEY, self.panel.table.horizontalHeader().saveState()
        )
        self.close_store()
        event.accept()

    def _restore_table_state(self) -> None:
        state = settings.saved_state(settings.CASELOAD_HEADER_KEY)
        if state is not None:
            self.panel.table.horizontalHeader().restoreState(state)

    # -- habits --------------------------------------------------------------------

    def _find(self) -> None:
        if self.store is not None:
            self.panel.focus_search()

    def choose_autolock_minutes(self) -> None:
        dialog = AutoLockDialog(self.autolock.minutes, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_autolock_minutes(dialog.minutes.value()))
        dialog.open()

    def set_autolock_minutes(self, minutes: int) -> None:
        self.autolock.minutes = minutes
        settings.save_autolock_minutes(minutes)

    # -- acting on clients ---------------------------------------------------------

    def open_client(self, client_id: str) -> None:
        """The client record; it loads in the background and logs the VIEW as it reads."""
        if self.store is None:
            return
        record = ClientRecordWindow(self.store, client_id, self._runner, parent=self)
        record.changed.connect(lambda: self.after_write(record))
        self.store_changed.connect(record.on_store_changed)
        record.open()

    def new_client(self) -> NewClientDialog | None:
        """Register a client; the new record opens once it is saved."""
        if self.store is None:
            return None
        dialog = NewClientDialog(self.store, self._runner, parent=self)
        dialog.saved.connect(self._after_new_client)
        dialog.open_requested.connect(self.open_client)
        dialog.open()
        return dialog

    def _after_new_client(self, client_id: str) -> None:
        self._say(self.tr("The client was saved."))
        self.after_write()
        self.open_client(client_id)

    def open_calendar(self) -> CalendarWindow | None:
        """The day and week of this laptop's worker's booked visits; a row opens the record."""
        if self.store is None:
            return None
        window = CalendarWindow(
            self.store,
            self._owner.worker_id,
            self._runner,
            self.open_client,
            parent=self,
        )
        self.store_changed.connect(window.on_store_changed)
        window.open()
        return window

    def open_statistics(self) -> StatisticsWindow | None:
        """The yearly figures; read in the background like a record."""
        if self.store is None:
            return None
        window = StatisticsWindow(self.store, self._runner, parent=self)
        self.store_changed.connect(window.on_store_changed)
        window.open()
        return window

    def open_team_overview(self) -> TeamOverviewWindow | None:
        """A lead's view of the whole team, read from this laptop's store."""
        if self.store is None or self._lead is None:
            return None
        window = TeamOverviewWindow(
            self.store, self._lead, self._runner, self.open_client, parent=self
        )
        self.store_changed.connect(window.on_store_changed)
        window.handed_over.connect(lambda _count: self.after_write(window))
        window.open()
        return window

    def show_returned(self) -> None:
        """The documents a lead returned to this worker; a row opens the client."""
        if self.store is None:
            return
        store = self.store
        self._store_work.run(lambda: load_returned(store), self._show_returned_list)

    def _show_returned_list(self, returned: list[ReturnedDocument]) -> None:
        self.returned_dialog = ReturnedDocumentsDialog(returned, self)
        self.returned_dialog.client_requested.connect(self.open_client)
        self.returned_dialog.show()

    def new_visit(self, client_id: str) -> None:
        if self.store is None:
            return
        open_visit_dialog(
            self, self.store, client_id, self._runner,
            still_wanted=lambda: self.store is not None,
            on_saved=self.after_write,  # the next visit due moves
            on_failed=lambda error: self._reporter.show(describe(error)),
        )  # fmt: skip

    def reveal(self, row: int) -> None:
        if self.store is None:
            return
        try:
            hetu = reveal_hetu(self.store, self.panel.model.client_id(row))
        except ClientNotFound:
            self._say(self.tr("This client is no longer in the store."))
            return
        self.panel.model.reveal(row, hetu)
        self._say(self.tr("The personal identity code is shown; the viewing was logged."))

    def copy_hetu(self, row: int) -> None:
        """Copy a revealed code; the copy is logged and the clipboard cleared after 30 s."""
        if self.store is None:
            return
        try:
            hetu = reveal_hetu(self.store, self.panel.model.client_id(row), TARGET_HETU_COPY)
        except ClientNotFound:
            self._say(self.tr("This client is no longer in the store."))
            return
        self.clipboard.copy(hetu)
        self._say(self.tr("Copied; the clipboard is cleared in 30 seconds. The copy was logged."))

    def _show_count(self, _count: int | None = None) -> None:
        model = self.panel.model
        if self.store is None:
            self.count_label.setText("")
        elif model.loading:
            self.count_label.setText(self.tr("Loading…"))
        else:
            self.count_label.setText(self.tr("%n client(s)", "", model.rowCount()))

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    # -- sync ----------------------------------------------------------------------

    def _connect_sync(self) -> None:
        sync, bar = self.sync, self.sync_bar
        sync.started.connect(bar.show_started)
        sync.progressed.connect(bar.show_progress)
        sync.succeeded.connect(bar.show_finished)
        sync.failed.connect(lambda code: bar.show_failure(code, sync.retry_delay_ms()))
        sync.succeeded.connect(lambda _report: self.disk_warning.check())
        sync.failed.connect(lambda _code: self.disk_warning.check())
        sync.status_loaded.connect(bar.show_status)
        sync.status_loaded.connect(self._enable_sync_actions)
        sync.received.connect(self._reload_after_sync)
        sync.revoked.connect(self._on_revoked)
        bar.sync_requested.connect(sync.sync_now)
        bar.conflicts_requested.connect(self.show_conflicts)
        bar.refused_requested.connect(self.show_refused)

    def _show_workers(self, workers: list[WorkerChoice]) -> None:
        self.panel.set_workers(workers)

    def after_write(self, origin: QWidget | None = None) -> None:
        """Something was saved: the caseload shows it, the status counts it (only here,
        after a sync and when the window comes back, never per keystroke), the disk's
        free space is read again (one statvfs), and every other open window showing the
        store reads again (`origin`, the window that saved, shows it already)."""
        self.panel.refresh()
        self.sync.refresh_status()
        self.disk_warning.check()
        self.store_changed.emit(origin)

    def _reload_after_sync(self) -> None:
        """Rows arrived from the server: the caseload and every open window show them."""
        if self.store is None:
            return
        self.panel.refresh()
        self.store_changed.emit(None)

    def show_conflicts(self) -> None:
        if self.store is None:
            return
        dialog = ConflictListDialog(self.store, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(self._after_resolution)
        dialog.open()
        dialog.load()

    def _after_resolution(self) -> None:
        """The decision is in the record and the outbox: show it, and send it right away."""
        self.after_write()
        self.sync.sync_now()

    def show_refused(self) -> None:
        if self.store is None:
            return
        dialog = RefusedListDialog(self.store, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.load()

    def connect_to_server(self, first_run: bool = False) -> EnrolDialog | None:
        """File → Connect to the server (and the first run's optional step)."""
        if self.store is None or self.sync.enrolled:
            return None
        dialog = EnrolDialog(
            self.store,
            self.sync.runner,
            self._on_enrolled,
            first_run=first_run,
            transport=self._sync_transport,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_enrolled(self, username: str) -> None:
        if self.store is None:
            return
        self._say(
            self.tr("Connected to the server as %1. The first sync starts.").replace("%1", username)
        )
        store = self.store
        self._store_work.run(lambda: device_scope(store), self._after_enrolment)

    def _after_enrolment(self, owner: DeviceScope) -> None:
        """The laptop now belongs to the enrolled worker: their caseload, then the sync."""
        assert self.store is not None  # a lock stops the store's work first
        self._owner = owner
        self.panel.set_owner(owner)
        self.sync.attach(self.store)

    def _on_revoked(self) -> None:
        """Tell why, then erase the store: the laptop was reported lost or taken out of use."""
        store = self.store
        if store is None:
            return
        paths = store.paths
        self.close_store()
        self._wipe_pending = paths
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("ASTU Desktop"),
            self.tr(
                "This computer has been taken out of use: it was reported lost or it is no "
                "longer used for client work. The case store on this computer will now be "
                "erased. Changes that were not synced are lost. If this is a mistake, "
                "contact your team lead or support."
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.finished.connect(self._after_revoked_message)
        self.revoked_message = box
        box.open()

    def _after_revoked_message(self) -> None:
        if self.revoked_message is not None:
            self.revoked_message.deleteLater()
            self.revoked_message = None
        self._wipe_now()
        self.wiped.emit()

    def _wipe_now(self) -> None:
        if self._wipe_pending is not None:
            enrolment.wipe_files(self._wipe_pending)
            self._wipe_pending = None
