"""Small widget factories the dialogs share, so each reads as what it shows."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QProgressBar

ERROR_STYLE = "color: #a4000f;"


def text_label(*, shown: bool = True, style: str = "") -> QLabel:
    """A word-wrapped label; hidden ones appear when they have something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(shown)
    if style:
        label.setStyleSheet(style)
    return label


def busy_bar() -> QProgressBar:
    """A thin, endless bar: work is running in the background."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.setVisible(False)
    return bar


def bold(font: QFont, scale: float = 1.0) -> QFont:
    result = QFont(font)
    result.setBold(True)
    if scale != 1.0:
        result.setPointSizeF(result.pointSizeF() * scale)
    return result
