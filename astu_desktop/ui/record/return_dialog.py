"""Returning a signed document to its worker: the lead's note says what to correct."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from astu_protocol.tables import REVIEW_NOTE_MAX


class ReturnDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return the document"))
        self.explain = QLabel(
            self.tr(
                "The worker sees the note in their list of returned documents and answers "
                "with an amendment, which then awaits your review again."
            )
        )
        self.explain.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What should be corrected or added?"))
        self.note.textChanged.connect(self._check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Return"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.explain, self.note, self.buttons):
            layout.addWidget(widget)
        self._check()
        self.resize(520, 300)

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def _check(self) -> None:
        ok = 0 < len(self.text()) <= REVIEW_NOTE_MAX
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
