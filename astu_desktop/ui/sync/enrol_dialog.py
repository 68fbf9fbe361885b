"""Connecting this computer to the server: its address, a username, the password and the
one-time enrolment code the administrator gave.

Done once per computer, online. The password goes to the server and nowhere else:
the server answers with a device token, which is kept only inside the encrypted
store (`services.enrolment.enrol`). The work runs off the GUI thread; a wrong
password, a server that does not answer, or a computer already connected each get
a sentence and change nothing.

Cancel stays open while the server is asked: a slow network must not hold the worker
in the dialog. It stops the waiting, not the enrolment: once the server has answered
with a token, this computer is connected and there is nothing on the laptop to undo.
So `on_enrolled` hears of an enrolment that succeeds after the dialog was closed too,
and the window says it is connected and starts the first sync, instead of offering
"Connect" again for a computer the server already knows.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services import sync_work
from astu_desktop.services.enrolment import AlreadyEnrolled, InsecureServer, check_server_url
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync.client import NotAuthorised, ServerRefused, SyncError
from astu_desktop.ui.errors import describe
from astu_desktop.ui.passphrase_field import PassphraseField
from astu_desktop.ui.sync.texts import enrol_failure_text
from astu_desktop.ui.tasks import TaskRunner, WindowWork
from astu_desktop.ui.widgets import ERROR_STYLE, busy_bar, text_label


def failure_code(error: BaseException) -> str | None:
    """The enrolment failure's code, or None when it was not an expected one."""
    if isinstance(error, AlreadyEnrolled):
        return "already_enrolled"
    if isinstance(error, NotAuthorised):
        return str(error) or "unauthorized"
    if isinstance(error, ServerRefused) and error.error is not None:
        return error.error.code.value
    if isinstance(error, SyncError):
        return error.code
    return None


class EnrolDialog(QDialog):
    """Calls `on_enrolled` with the username when the server accepted this computer,
    whether the dialog is still open then or not."""

    def __init__(
        self,
        store: CaseStore,
        runner: TaskRunner,
        on_enrolled: Callable[[str], None],
        *,
        first_run: bool = False,
        transport: httpx.BaseTransport | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._announce = on_enrolled
        self._work = WindowWork(runner, show_busy=self._set_busy, show_failure=self._on_failed)
        self.finished.connect(self._work.stop)
        self._first_run = first_run
        self._transport = transport
        self._busy = False
        self.intro = text_label()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.username = QLineEdit()
        self.password = PassphraseField()
        self.code = QLineEdit()
        self.code.setMaxLength(64)
        self.code.setPlaceholderText("XXXXX-XXXXX")
        for field in self._fields():
            field.textChanged.connect(self._update_button)
        self.labels = (QLabel(), QLabel(), QLabel(), QLabel())
        form = QFormLayout()
        for label, field in zip(self.labels, self._fields(), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.message = text_label(shown=False, style=ERROR_STYLE)
        self.busy = busy_bar()
        self.buttons = QDialogButtonBox()
        self.connect_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAutoDefault(False)
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()
        self.url.setFocus()

    def _fields(self) -> tuple[QLineEdit | PassphraseField, ...]:
        return (self.url, self.username, self.password, self.code)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to the server – ASTU Desktop"))
        self.intro.setText(
            self.tr(
                "Connect this computer to the server so that your clients' data syncs. "
                "Your password is used only now; the computer then keeps a key of its own "
                "inside the encrypted case store."
            )
            + "\n"
            + self.tr(
                "The administrator gives you a one-time enrolment code for this; it is "
                "valid for a few hours and for one computer."
            )
            + (
                "\n" + self.tr("You can also connect later from the File menu.")
                if self._first_run
                else ""
            )
        )
        captions = (
            self.tr("Server address"),
            self.tr("Username"),
            self.tr("Password"),
            self.tr("Enrolment code"),
        )
        for label, field, text in zip(self.labels, self._fields(), captions, strict=True):
            label.setText(text)
            field.setAccessibleName(text)
        self.connect_button.setText(self.tr("Connect"))
        self.cancel_button.setText(self.tr("Later") if self._first_run else self.tr("Cancel"))
        self._update_button()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_button(self) -> None:
        filled = all(field.text().strip() for field in (self.url, self.username, self.code))
        filled = filled and bool(self.password.text())
        self.connect_button.setEnabled(filled and not self._busy)

    def connect_to_server(self) -> None:
        if self._busy:
            return
        url = self.url.text().strip()
        try:
            check_server_url(url)
        except InsecureServer:
            self._show_message(enrol_failure_text(InsecureServer.code))
            return
        store, username, password = self._store, self.username.text().strip(), self.password.text()
        code, transport = self.code.text().strip(), self._transport
        self._work.run(
            lambda: sync_work.run_enrolment(store, url, username, password, code, transport),
            self._on_enrolled,
            after_close=self._announce,  # cancelled while the server was answering yes
        )

    def _on_enrolled(self, username: str) -> None:
        self.password.clear()
        self._announce(username)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        code = failure_code(error)
        if code == "unauthorized":
            self.password.clear()
            self.password.setFocus()
        self._show_message(enrol_failure_text(code) if code is not None else describe(error))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for field in self._fields():
            field.setReadOnly(busy)
        self._update_button()
