"""The main window: the caseload, the File and Settings menus, the status bar.

Locking (Ctrl+L) closes the store, forgets every row the window held and tells the
start flow to ask for the passphrase again; the window itself stays where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from astu_desktop.services.clients import ClientNotFound
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui import settings
from astu_desktop.ui.caseload_panel import CaseloadPanel
from astu_desktop.ui.client_summary import ClientSummaryDialog
from astu_desktop.ui.errors import ErrorReporter, describe
from astu_desktop.ui.i18n import LANGUAGES, Translations
from astu_desktop.ui.store_actions import (
    StoreCaseloadSource,
    device_scope,
    open_client_summary,
    reveal_hetu,
)
from astu_desktop.ui.tasks import TaskRunner

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
        self.panel = CaseloadPanel(runner)
        self.panel.model.loaded.connect(self._show_count)
        self.panel.model.failed.connect(lambda error: self._reporter.show(describe(error)))
        self.panel.client_activated.connect(self.open_client)
        self.panel.reveal_requested.connect(self.reveal)
        self.locked_page = QLabel()
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.locked_page)
        self.pages.addWidget(self.panel)
        self.setCentralWidget(self.pages)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_menus()
        self.retranslate()
        if not settings.restore_geometry(self):
            self.resize(1360, 820)

    def _build_menus(self) -> None:
        self.file_menu = QMenu(self)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
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
        self.menuBar().addMenu(self.file_menu)
        self.menuBar().addMenu(self.settings_menu)

    def retranslate(self) -> None:
        title = self.tr("ASTU Desktop")
        self.setWindowTitle(f"{title} – DEMO" if self._demo else title)
        self.file_menu.setTitle(self.tr("&File"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
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
        self.panel.set_owner(owner)
        self.panel.model.set_source(StoreCaseloadSource(store))
        self.pages.setCurrentWidget(self.panel)
        self.lock_action.setEnabled(True)
        self.panel.refresh()
        self.retranslate()
        self.panel.table.setFocus()

    def lock(self) -> None:
        """Ctrl+L: close the store and everything showing its data, then ask again."""
        if self.store is None:
            return
        self.close_store()
        self.locked.emit()

    def close_store(self) -> None:
        for dialog in self.findChildren(ClientSummaryDialog):
            dialog.close()
        self.panel.model.clear()
        self.pages.setCurrentWidget(self.locked_page)
        self.lock_action.setEnabled(False)
        self._runner.wait_until_idle()
        if self.store is not None:
            self.store.lock()
        self.store = None
        self._show_count()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        settings.save_geometry(self)
        self.close_store()
        event.accept()

    # -- acting on clients ---------------------------------------------------------

    def open_client(self, client_id: str) -> None:
        if self.store is None:
            return
        try:
            summary = open_client_summary(self.store, client_id)
        except ClientNotFound:
            self._say(self.tr("This client is no longer in the store."))
            return
        dialog = ClientSummaryDialog(summary, self)
        dialog.show()

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
