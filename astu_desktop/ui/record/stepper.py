"""A process drawn as numbered steps on a line, the current step highlighted.

Steps before the current one are done (filled), the current one is ringed and bold,
later ones are open circles. The labels come from the caller, so the widget serves
the seven-step housing process and the three-phase outreach and rent-debt work.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ACCENT = QColor("#0062b9")  # Helsinki blue
DONE = QColor("#4a8fd4")
OPEN = QColor("#9a9a9a")
_RADIUS = 11.0
_SMALLEST_LABEL = 0.7  # of the normal size; below that labels become hard to read
_LABEL_FLAGS = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


class Stepper(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._current = -1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_steps(self, labels: Sequence[str], current: int) -> None:
        """`current` indexes `labels`; -1 when no step is reached, len() when all are done."""
        self._labels = list(labels)
        self._current = current
        shown = self.current_label
        self.setAccessibleDescription(shown or "")
        self.updateGeometry()
        self.update()

    @property
    def labels(self) -> list[str]:
        return list(self._labels)

    @property
    def current(self) -> int:
        return self._current

    @property
    def current_label(self) -> str | None:
        if 0 <= self._current < len(self._labels):
            return self._labels[self._current]
        return None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        lines = 2  # a long label wraps once in a narrow window
        height = int(2 * _RADIUS + 14 + lines * self.fontMetrics().lineSpacing() + 8)
        width = max(320, 110 * max(len(self._labels), 1))
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(60 * max(len(self._labels), 1), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._labels:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        slot = self.width() / len(self._labels)
        centre_y = _RADIUS + 4
        centres = [QPointF(slot * (i + 0.5), centre_y) for i in range(len(self._labels))]
        self._draw_line(painter, centres)
        for index, centre in enumerate(centres):
            self._draw_step(painter, index, centre, slot)
        painter.end()

    def _draw_line(self, painter: QPainter, centres: list[QPointF]) -> None:
        for index in range(len(centres) - 1):
            colour = DONE if index < self._current else OPEN
            painter.setPen(QPen(colour, 2))
            start = centres[index] + QPointF(_RADIUS, 0)
            end = centres[index + 1] - QPointF(_RADIUS, 0)
            painter.drawLine(start, end)

    def _draw_step(self, painter: QPainter, index: int, centre: QPointF, slot: float) -> None:
        done, current = index < self._current, index == self._current
        colour = ACCENT if current else DONE if done else OPEN
        painter.setPen(QPen(colour, 3 if current else 2))
        painter.setBrush(colour if (done or current) else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, _RADIUS, _RADIUS)
        number_font = QFont(self.font())
        number_font.setBold(True)
        painter.setFont(number_font)
        painter.setPen(QColor("white") if (done or current) else OPEN)
        circle = QRectF(centre.x() - _RADIUS, centre.y() - _RADIUS, 2 * _RADIUS, 2 * _RADIUS)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, "✓" if done else str(index + 1))
        label_font = self._label_font(slot)
        label_font.setBold(current)
        painter.setFont(label_font)
        painter.setPen(ACCENT if current else self.palette().text().color())
        top = centre.y() + _RADIUS + 6
        box = QRectF(centre.x() - slot / 2 + 2, top, slot - 4, self.height() - top)
        painter.drawText(box, int(_LABEL_FLAGS), self._labels[index])

    def _label_font(self, slot: float) -> QFont:
        """Smaller type when the longest word would not fit its slot (Finnish compounds:
        "Palvelusuunnitelma" is wider than a seventh of a narrow window)."""
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetricsF(font)
        words = [word for label in self._labels for word in label.split()]
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0.0)
        if widest > slot - 6:
            scale = max((slot - 6) / widest, _SMALLEST_LABEL)
            font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(False)
        return font
