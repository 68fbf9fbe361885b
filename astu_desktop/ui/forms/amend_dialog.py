"""Asking why a signed document is amended; the reason is kept with the new version."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services.documents import AMENDMENT_REASON_MAX
from astu_desktop.ui.forms.fields import NOTE_STYLE
from astu_desktop.ui.widgets import text_label


class AmendDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.reason_box = QPlainTextEdit()
        self.reason_box.setTabChangesFocus(True)
        self.reason_box.textChanged.connect(self._check)
        self.prompt.setBuddy(self.reason_box)
        self.count = text_label(style=NOTE_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.reason_box, self.count, self.buttons):
            layout.addWidget(widget)
        self.resize(480, 260)
        self.retranslate()
        self._check()

    def reason(self) -> str:
        return self.reason_box.toPlainText().strip()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Amend the document"))
        self.prompt.setText(
            self.tr("Why is the signed document amended? The reason is kept with the new version.")
        )
        self.reason_box.setAccessibleName(self.tr("Reason for the amendment"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _check(self) -> None:
        length = len(self.reason())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(0 < length <= AMENDMENT_REASON_MAX)
        self.count.setText(
            self.tr("%1 / %2 characters")
            .replace("%1", str(length))
            .replace("%2", str(AMENDMENT_REASON_MAX))
        )
