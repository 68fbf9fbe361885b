"""A passphrase field that notices Caps Lock from what is typed.

Qt has no portable way to ask for the Caps Lock state, but a typed letter whose case
disagrees with the Shift key gives it away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


def caps_lock_from_key(text: str, shift: bool) -> bool | None:
    """True/False when the key tells, None for keys without case (digits, space)."""
    if len(text) != 1 or text.lower() == text.upper():
        return None
    return text.isupper() != shift


class PassphraseField(QLineEdit):
    caps_lock_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.caps_lock_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        caps = caps_lock_from_key(event.text(), shift)
        if caps is not None and caps != self.caps_lock_on:
            self.caps_lock_on = caps
            self.caps_lock_changed.emit(caps)
        super().keyPressEvent(event)
