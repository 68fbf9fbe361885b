"""The main window: the caseload, the File and Settings menus, the status bar.

Locking (Ctrl+L, or idle time: see autolock.py) first asks open editors to save
their drafts, closes every other window, forgets every row the window held, clears
a copied henkilötunnus from the clipboard, closes the store and tells the start
flow to ask for the passphrase again; the window itself stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from astu_desktop.services.caseload import responsible_workers
from astu_desktop.services.clients import ClientNotFound
from astu_desktop.services.reviews import ReturnedDocument
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui import settings, shortcuts
from astu_desktop.ui.autolock import DEFAULT_MINUTES, AutoLockDialog, IdleWatcher, save_open_drafts
from astu_desktop.ui.caseload_panel import CaseloadPanel
from astu_desktop.ui.clipboard import SecretClipboard
from astu_desktop.ui.errors import ErrorReporter, describe
from astu_desktop.ui.i18n import LANGUAGES, Translations
from astu_desktop.ui.record import ClientRecordWindow
from astu_desktop.ui.store_actions import (
    TARGET_HETU_COPY,
    StoreCaseloadSource,
    device_scope,
    reveal_hetu,
)
from astu_desktop.ui.tasks import TaskRunner
from astu_desktop.ui.team import TeamOverviewWindow
from astu_desktop.ui.team.returned_dialog import ReturnedDocumentsDialog
from astu_desktop.ui.team.store_work import LeadScope, lead_scope, load_returned
from astu_desktop.ui.visit_dialog import VisitDialog

STATUS_MESSAGE_MS = 8000


class MainWindow(QMainWindow):
    locked = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        translations: Translations,
        reporter: ErrorReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._translations = translations
        self._reporter = reporter
        self.store: CaseStore | None = None
        self._demo = False
        self._lead: LeadScope | None = None
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
        self.statusBar().addPermanentWidget(self.count_label)
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
        self.file_menu.addAction(self.find_action)
        self.team_action = self._action(shortcuts.TEAM_OVERVIEW, self.open_team_overview)
        self.team_action.setVisible(False)
        self.file_menu.addAction(self.team_action)
        self.returned_action = self._action(shortcuts.RETURNED_DOCUMENTS, self.show_returned)
        self.file_menu.addAction(self.returned_action)
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
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
        self.team_action.setText(self.tr("&Team overview"))
        self.returned_action.setText(self.tr("&Returned documents"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.autolock_action.setText(self.tr("&Auto-lock…"))
        self.locked_page.setText(self.tr("The case store is locked."))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the store -----------------------------------------------------------------

    def open_store(self, store: CaseStore, demo: bool = False) -> None:
        owner = device_scope(store)
        self.store = store
        self._demo = demo or owner.is_demo
        self._lead = lead_scope(store)
        self.panel.set_owner(owner)
        with store.session() as session:
            self.panel.set_workers(responsible_workers(session))
        self.panel.model.set_source(StoreCaseloadSource(store))
        self.pages.setCurrentWidget(self.panel)
        self._enable_store_actions(True)
        self.panel.refresh()
        self.retranslate()
        self.panel.table.setFocus()
        self.autolock.arm()

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
        self._runner.wait_until_idle()
        if self.store is not None:
            self.store.lock()
        self.store = None
        self._close_other_windows(force=True)  # those that refused while the store was open
        self._show_count()
        for failure in failures:
            self._reporter.show(describe(failure))

    def _enable_store_actions(self, enabled: bool) -> None:
        self.lock_action.setEnabled(enabled)
        self.find_action.setEnabled(enabled)
        self.team_action.setVisible(enabled and self._lead is not None)
        self.team_action.setEnabled(enabled and self._lead is not None)
        self.returned_action.setEnabled(enabled)

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
        record.changed.connect(self.panel.refresh)
        record.open()

    def open_team_overview(self) -> TeamOverviewWindow | None:
        """A lead's view of the whole team, read from this laptop's store."""
        if self.store is None or self._lead is None:
            return None
        window = TeamOverviewWindow(
            self.store, self._lead, self._runner, self.open_client, parent=self
        )
        window.open()
        return window

    def show_returned(self) -> None:
        """The documents a lead returned to this worker; a row opens the client."""
        if self.store is None:
            return
        store = self.store
        self._runner.run(
            lambda: load_returned(store),
            self._show_returned_list,
            lambda error: self._reporter.show(describe(error)),
        )

    def _show_returned_list(self, returned: list[ReturnedDocument]) -> None:
        if self.store is None:
            return
        self.returned_dialog = ReturnedDocumentsDialog(returned, self)
        self.returned_dialog.client_requested.connect(self.open_client)
        self.returned_dialog.show()

    def new_visit(self, client_id: str) -> None:
        if self.store is None:
            return
        dialog = VisitDialog(self.store, client_id, self._runner, parent=self)
        dialog.saved.connect(self.panel.refresh)  # the next visit due moves
        dialog.open()

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
