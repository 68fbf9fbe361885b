"""The fixed parts of the document editor window: header, status line and buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services.drafts import DocumentState
from astu_desktop.ui import shortcuts
from astu_desktop.ui.forms import messages
from astu_desktop.ui.forms.fields import NOTE_STYLE
from astu_desktop.ui.widgets import ERROR_STYLE, bold, text_label

SIGN_SHORTCUT = "Ctrl+Shift+S"


class EditorHeader(QWidget):
    """Which form, whose, and where the document stands (draft, signed, amended)."""

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setFont(bold(self.title.font(), scale=1.35))
        self.client = QLabel()
        self.client.setFont(bold(self.client.font()))
        self.state = text_label(style=NOTE_STYLE)
        self.amendment = text_label(shown=False, style=NOTE_STYLE)
        self.banner = text_label(shown=False, style=ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 4)
        for widget in (self.title, self.client, self.state, self.amendment, self.banner):
            layout.addWidget(widget)

    def show_state(self, state: DocumentState) -> None:
        self.state.setText(messages.state_text(state))
        reason = state.amendment_reason
        self.amendment.setText(messages.amendment_text(reason) if reason else "")
        self.amendment.setVisible(bool(reason))
        if state.superseded:
            self.say(messages.superseded_text())

    def say(self, text: str | None) -> None:
        """A problem with the whole document (not with one answer), or nothing."""
        self.banner.setText(text or "")
        self.banner.setVisible(bool(text))


class EditorButtons(QWidget):
    """Status on the left; Amend, Sign, Save and Close on the right, each with a shortcut."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # A long sentence (a full disk's) wraps onto more lines: it never widens the row
        # and pushes Save and Close out of the window.
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_action = _action(window, QKeySequence(QKeySequence.StandardKey.Save))
        self.sign_action = _action(window, QKeySequence(SIGN_SHORTCUT))
        self.close_action = _action(window, QKeySequence(QKeySequence.StandardKey.Close))
        self.amend_button = QPushButton()
        self.sign_button = QPushButton()
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        pairs = (
            (self.sign_button, self.sign_action),
            (self.save_button, self.save_action),
            (self.close_button, self.close_action),
        )
        for button, action in pairs:
            button.clicked.connect(action.trigger)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 10)
        layout.addWidget(self.status, 1)
        for button in (self.amend_button, self.sign_button, self.save_button, self.close_button):
            layout.addWidget(button)

    def show_state(self, state: DocumentState) -> None:
        """A draft is saved and signed; a signed document can only be amended."""
        signed = state.is_signed
        self.amend_button.setVisible(signed)
        self.amend_button.setEnabled(not state.superseded)
        for action, button in (
            (self.sign_action, self.sign_button),
            (self.save_action, self.save_button),
        ):
            action.setEnabled(not signed)
            button.setVisible(not signed)

    def retranslate(self) -> None:
        texts = (
            (self.amend_button, None, self.tr("&Amend…")),
            (self.sign_button, self.sign_action, self.tr("S&ign…")),
            (self.save_button, self.save_action, self.tr("&Save")),
            (self.close_button, self.close_action, self.tr("Close")),
        )
        for button, action, text in texts:
            button.setText(text if action is None else shortcuts.with_key(text, action.shortcut()))
            if action is not None:
                shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                button.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
                action.setText(text)
        self.status.setAccessibleName(self.tr("Save status"))


class SigningQuestion(QMessageBox):
    """Signing cannot be undone, so it is asked once more; Sign is the default answer."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(QMessageBox.Icon.Question, title, "", parent=parent)
        self.setText(self.tr("Sign the document now?"))
        self.setInformativeText(
            self.tr("A signed document cannot be changed; corrections are made as amendments.")
        )
        self.sign_button = self.addButton(self.tr("Sign"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.sign_button)

    @property
    def confirmed(self) -> bool:
        return self.clickedButton() is self.sign_button


def _action(window: QWidget, shortcut: QKeySequence) -> QAction:
    action = QAction(window)
    action.setShortcut(shortcut)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(action)
    return action
