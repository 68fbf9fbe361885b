"""Input controls that can stay unanswered, which Qt's own ones cannot.

A draft is half-filled by nature: an unanswered date, sum or yes/no must stay empty,
not silently become 1.1.2000, 0,00 € or "no". Controls in a scrolling form also leave
the mouse wheel to the form unless they have focus, so scrolling past a choice never
changes it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from astu_desktop.models.money import (
    MONEY_LIMIT_CENTS,
    MoneyProblem,
    MoneyRefused,
    cents_text,
    parse_money,
)
from astu_protocol.dates import EARLIEST_YEAR, parse_date, stored_date_text


class QuietComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class OptionalNumberBox(QDoubleSpinBox):
    """A number or a sum that can be empty: the value just below the range means "none"."""

    def __init__(self, *, decimals: int, low: float, high: float, suffix: str = "") -> None:
        super().__init__()
        self._step = 10.0**-decimals
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setDecimals(decimals)
        self.setRange(low - self._step, high)
        self.setSuffix(suffix)
        self.setSpecialValueText(" ")
        self.setGroupSeparatorShown(True)
        self.setValue(self.minimum())

    def number(self) -> float | None:
        return None if self.value() < self.minimum() + self._step / 2 else self.value()

    def set_number(self, value: float | None) -> None:
        self.setValue(self.minimum() if value is None else value)

    def validate(self, text: str, pos: int) -> Any:
        if not self._bare(text):
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        return self.minimum() if not self._bare(text) else super().valueFromText(text)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def _bare(self, text: str) -> str:
        """The typed number without the unit: an empty box means "no answer"."""
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()


class DateInput(QWidget):
    """A date typed as 31.12.2025 or 1.5.24 or picked from a calendar; empty means unanswered.

    With `estimate`, a month (5.2024) or a year (2024) alone is an answer too.
    """

    changed = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None = None, *, estimate: bool = False) -> None:
        super().__init__(parent)
        self.estimate = estimate
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(160)
        self.edit.textChanged.connect(self.changed)
        self.edit.editingFinished.connect(self._tidy)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        picker = QWidgetAction(self.menu)
        picker.setDefaultWidget(self.calendar)
        self.menu.addAction(picker)
        self.menu.aboutToShow.connect(self._show_current)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)

    def iso(self) -> str | None:
        """The date as stored (2025-12-31, or 2025-12 or 2025 for an estimate), else None."""
        return self._parsed()

    def has_bad_text(self) -> bool:
        return bool(self.edit.text().strip()) and self._parsed() is None

    def set_iso(self, value: str | None) -> None:
        self.edit.setText(self._shown(value) if value else "")

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.button.setVisible(not read_only)

    def _parsed(self) -> str | None:
        """The one date parser of the domain, then the locale's own short form."""
        text = self.edit.text().strip()
        try:
            return parse_date(text, estimate=self.estimate)
        except ValueError:
            pass
        day = QDate.fromString(text, self.locale().dateFormat(QLocale.FormatType.ShortFormat))
        if day.isValid() and day.year() >= EARLIEST_YEAR:
            return str(day.toString(Qt.DateFormat.ISODate))
        return None

    def _shown(self, value: str) -> str:
        day = QDate.fromString(value, Qt.DateFormat.ISODate)
        if not day.isValid():
            return stored_date_text(value)  # a month or a year
        return self.locale().toString(day, QLocale.FormatType.ShortFormat)

    def _tidy(self) -> None:
        """31.1.25-style typing is shown back in the locale's form once it parses."""
        value = self._parsed()
        if value is not None and self.edit.text() != self._shown(value):
            self.edit.setText(self._shown(value))
        self.finished.emit()

    def _show_current(self) -> None:
        value = self._parsed()
        day = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate()
        self.calendar.setSelectedDate(day if day.isValid() else QDate.currentDate())

    def _picked(self, day: QDate) -> None:
        self.edit.setText(self._shown(str(day.toString(Qt.DateFormat.ISODate))))
        self.menu.close()
        self.edit.setFocus()
        self.finished.emit()


class MoneyInput(QWidget):
    """A sum in euros, typed freely and read on leaving the field; empty means unanswered.

    Nothing is reformatted or dropped while typing (a spin box does both, and read
    "12500.50" as 1 250 050 in a Finnish locale). A sum that parses is shown back as
    12 500,50 when the worker leaves the field; one that does not keeps its text and
    `problem()` says why.
    """

    changed = Signal()
    finished = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, limit_cents: int = MONEY_LIMIT_CENTS
    ) -> None:
        super().__init__(parent)
        self.limit_cents = limit_cents
        self.edit = QLineEdit()
        self.edit.setMinimumWidth(160)
        self.edit.setMaximumWidth(220)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.textChanged.connect(self.changed)
        self.edit.editingFinished.connect(self._tidy)
        self.unit = QLabel("€")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.unit)
        layout.addStretch(1)

    def cents(self) -> int | None:
        """The typed sum in cents; None when empty or not an exact sum (see `problem`)."""
        try:
            return parse_money(self.edit.text(), limit_cents=self.limit_cents)
        except MoneyRefused:
            return None

    def problem(self) -> MoneyProblem | None:
        try:
            parse_money(self.edit.text(), limit_cents=self.limit_cents)
        except MoneyRefused as refused:
            return refused.problem
        return None

    def set_cents(self, cents: int | None) -> None:
        self.edit.setText("" if cents is None else self._shown(cents))

    def _shown(self, cents: int) -> str:
        return cents_text(cents, decimal_mark=self.locale().decimalPoint())

    def _tidy(self) -> None:
        cents = self.cents()
        if cents is not None and self.edit.text() != self._shown(cents):
            self.edit.setText(self._shown(cents))
        self.finished.emit()


class ChoiceButtons(QWidget):
    """Radio buttons that can be left unanswered, with a button that clears the choice."""

    changed = Signal()

    def __init__(self, values: list[Any], *, vertical: bool, captions: bool = False) -> None:
        super().__init__()
        self.values = values
        self.group = QButtonGroup(self)
        self.buttons: list[QAbstractButton] = []
        self.captions: list[QWidget] = []
        self.clear_button = QToolButton()
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(lambda: self.set_value(None, notify=True))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._vertical = vertical
        self._captions = captions
        self._read_only = False

    def add(self, button: QAbstractButton, caption: QWidget | None = None) -> None:
        index = len(self.buttons)
        self.group.addButton(button, index)
        self.buttons.append(button)
        button.toggled.connect(self._toggled)
        row, column = (index, 0) if self._vertical else (0, index)
        self.grid.addWidget(button, row, column)
        if caption is not None:
            self.captions.append(caption)
            self.grid.addWidget(caption, 1, column, Qt.AlignmentFlag.AlignTop)

    def finish(self) -> None:
        """Place the clear button after the options, once all are added."""
        count = len(self.buttons)
        row, column = (count, 0) if self._vertical else (0, count)
        self.grid.addWidget(self.clear_button, row, column, Qt.AlignmentFlag.AlignLeft)
        if not self._vertical:
            self.grid.setColumnStretch(count + 1, 1)
        self._show_clear()

    def value(self) -> Any:
        index = self.group.checkedId()
        return self.values[index] if index >= 0 else None

    def set_value(self, value: Any, *, notify: bool = False) -> None:
        self.group.setExclusive(False)
        for button, option in zip(self.buttons, self.values, strict=True):
            button.setChecked(value is not None and _same(option, value))
        self.group.setExclusive(True)
        self._show_clear()
        if notify:
            self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in self.buttons:
            button.setEnabled(not read_only or button.isChecked())
            button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)
            button.setFocusPolicy(
                Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus
            )
        self._show_clear()

    def _toggled(self, checked: bool) -> None:
        if checked:
            self._show_clear()
            self.changed.emit()

    def _show_clear(self) -> None:
        self.clear_button.setVisible(not self._read_only and self.group.checkedId() >= 0)


def _same(option: Any, value: Any) -> bool:
    """True is not 1: a yes/no answer never selects the first point of a scale."""
    return isinstance(option, bool) == isinstance(value, bool) and option == value
