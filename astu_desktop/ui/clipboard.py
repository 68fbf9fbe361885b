"""Copying a henkilötunnus: on the clipboard for 30 seconds, then gone.

Personal data must not linger outside the encrypted store, and the clipboard is
readable by every program on the laptop. The copied code is cleared after
`HOLD_MS`, on lock and on quit, but only while the clipboard still holds it: if
the worker copied something else meanwhile, that is left alone. Only a digest of
the code is kept here to recognise it. Clipboard managers that honour the KDE
password-manager hint do not keep it in their history.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

HOLD_MS = 30_000
_KDE_HISTORY_HINT = "x-kde-passwordManagerHint"


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class SecretClipboard(QObject):
    """Puts one secret on the clipboard and takes it away again after a while."""

    cleared = Signal()

    def __init__(
        self,
        hold_ms: int = HOLD_MS,
        timer: QTimer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timer = timer if timer is not None else QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(hold_ms)
        self.timer.timeout.connect(self.clear)
        self._held: bytes | None = None

    def copy(self, secret: str) -> None:
        mime = QMimeData()
        mime.setText(secret)
        mime.setData(_KDE_HISTORY_HINT, b"secret")
        self._clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._held = _digest(secret)
        self.timer.start()

    @property
    def holding(self) -> bool:
        """True while the clipboard still holds the secret copied here."""
        return self._held is not None and _digest(self._clipboard().text()) == self._held

    def clear(self) -> None:
        """Empty the clipboard if it still holds our secret; forget the secret either way."""
        self.timer.stop()
        if self.holding:
            self._clipboard().clear(QClipboard.Mode.Clipboard)
            self.cleared.emit()
        self._held = None

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()
