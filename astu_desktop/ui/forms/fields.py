"""One widget per answer: the common interface and the typed-in kinds (text, date, numbers).

Every field widget gives its answer in the stored format (`value()`, None when
unanswered) and takes it back (`set_value`) unchanged, so a document opened, left
alone and saved again is the same document.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from astu_desktop.models.money import MONEY_LIMIT_CENTS
from astu_desktop.ui.forms import texts
from astu_desktop.ui.forms.inputs import DateInput, MoneyInput, OptionalNumberBox
from astu_desktop.ui.i18n import locale_for
from astu_desktop.ui.widgets import text_label
from astu_protocol.forms import AnswerError, AnswerProblem, FieldDef, FieldType

NUMBER_LIMIT = 999_999_999
_LONG_TEXT_LINES = (3, 14)  # the box grows with its text between these line counts
NOTE_STYLE = "color: #5f5f5f;"


class FieldWidget(QWidget):
    """The control(s) of one field; the surrounding row adds label, help and problems."""

    changed = Signal()
    finished = Signal()

    def __init__(self, spec: FieldDef) -> None:
        super().__init__()
        self.spec = spec
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        raise NotImplementedError

    def relabel(self, language: str) -> None:
        """Accessible names say which question a control answers, in the form's language."""
        target = self.focus_target()
        target.setAccessibleName(self.spec.label.get(language))
        target.setAccessibleDescription(self.spec.help.get(language) if self.spec.help else "")

    def input_errors(self, path: str) -> list[AnswerError]:
        """Typing that is not an answer yet (a date that is not a date)."""
        return []

    def show_nested_errors(self, errors: list[AnswerError]) -> None:
        """Problems inside a repeating group's rows; plain fields have none."""

    def clear_errors(self) -> None:
        """Forget problems shown inside this field (a repeating group's rows)."""

    def first_error_target(self) -> QWidget | None:
        return None


def show_as_text(box: QWidget, read_only: bool) -> None:
    """A read-only box takes the window's colour: it reads as text, not as a place to type."""
    palette = QPalette(box.palette())
    if read_only:
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
    else:
        palette = QPalette()
    box.setPalette(palette)
    if isinstance(box, QAbstractScrollArea):  # its viewport may hold a palette of its own
        box.viewport().setPalette(palette)


class GrowingTextEdit(QPlainTextEdit):
    """A text box as tall as its text (within limits): the form scrolls, not each box."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        low, high = _LONG_TEXT_LINES
        lines = min(max(int(self.document().size().height()), low), high)
        margins = self.contentsMargins()
        frame = 2 * int(self.document().documentMargin()) + margins.top() + margins.bottom()
        height = lines * self.fontMetrics().lineSpacing() + frame + 4
        if self.height() != height:
            self.setFixedHeight(height)


class TextField(FieldWidget):
    def __init__(self, spec: FieldDef) -> None:
        super().__init__(spec)
        long = spec.type == FieldType.LONG_TEXT
        self.limit = spec.text_limit()
        self.note = text_label(shown=False, style=NOTE_STYLE)
        if long:
            self.text_box: QLineEdit | GrowingTextEdit = GrowingTextEdit()
            self.text_box.textChanged.connect(self._keep_within_limit)
        else:
            self.text_box = QLineEdit()
            self.text_box.setMaxLength(self.limit)
            self.text_box.textChanged.connect(self._keep_within_limit)
        self.box.addWidget(self.text_box)
        self.box.addWidget(self.note)

    def value(self) -> Any:
        text = self._text()
        return text if text else None

    def set_value(self, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        if isinstance(self.text_box, QLineEdit):
            self.text_box.setText(text)
        else:
            self.text_box.setPlainText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.text_box.setReadOnly(read_only)
        show_as_text(self.text_box, read_only)

    def focus_target(self) -> QWidget:
        return self.text_box

    def _text(self) -> str:
        if isinstance(self.text_box, QLineEdit):
            return self.text_box.text()
        return self.text_box.toPlainText()

    def _keep_within_limit(self) -> None:
        """Paste past the limit is cut there and said so; saving it would be refused."""
        text = self._text()
        at_limit = len(text) >= self.limit
        if len(text) > self.limit and isinstance(self.text_box, GrowingTextEdit):
            self.text_box.setPlainText(text[: self.limit])
            self.text_box.moveCursor(self.text_box.textCursor().MoveOperation.End)
            return
        self.note.setText(texts.text_limit_text(self.limit))
        self.note.setVisible(at_limit)
        self.changed.emit()


class DateField(FieldWidget):
    def __init__(self, spec: FieldDef) -> None:
        super().__init__(spec)
        self.date_input = DateInput(estimate=spec.estimate)
        self.date_input.changed.connect(self.changed)
        self.date_input.finished.connect(self.finished)
        self.box.addWidget(self.date_input)

    def value(self) -> Any:
        return self.date_input.iso()

    def set_value(self, value: Any) -> None:
        self.date_input.set_iso(value if isinstance(value, str) else None)

    def set_read_only(self, read_only: bool) -> None:
        self.date_input.set_read_only(read_only)
        show_as_text(self.date_input.edit, read_only)

    def focus_target(self) -> QWidget:
        return self.date_input.edit

    def relabel(self, language: str) -> None:
        super().relabel(language)
        self.date_input.setLocale(locale_for(language))
        locale = self.date_input.locale()
        hint = texts.estimate_hint(locale) if self.spec.estimate else texts.date_hint(locale)
        self.date_input.edit.setPlaceholderText(hint)
        self.date_input.button.setAccessibleName(
            texts.pick_date_name(self.spec.label.get(language))
        )

    def input_errors(self, path: str) -> list[AnswerError]:
        if self.date_input.has_bad_text():
            return [AnswerError(path=path, problem=AnswerProblem.BAD_DATE)]
        return []


class NumberField(FieldWidget):
    """A number (a count); sums of money are `MoneyField`s."""

    def __init__(self, spec: FieldDef) -> None:
        super().__init__(spec)
        low = spec.min if spec.min is not None else -NUMBER_LIMIT
        high = spec.max if spec.max is not None else NUMBER_LIMIT
        self.spin = OptionalNumberBox(decimals=2, low=low, high=high)
        self.spin.setMinimumWidth(180)
        self.spin.setMaximumWidth(240)
        self.spin.valueChanged.connect(self.changed)
        self.box.addWidget(self.spin)

    def value(self) -> Any:
        number = self.spin.number()
        if number is None:
            return None
        return int(number) if float(number).is_integer() else number

    def set_value(self, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.spin.set_number(None)
        else:
            self.spin.set_number(value)

    def set_read_only(self, read_only: bool) -> None:
        self.spin.setReadOnly(read_only)
        show_as_text(self.spin, read_only)
        self.spin.setButtonSymbols(
            self.spin.ButtonSymbols.NoButtons if read_only else self.spin.ButtonSymbols.UpDownArrows
        )

    def focus_target(self) -> QWidget:
        return self.spin

    def relabel(self, language: str) -> None:
        super().relabel(language)
        self.spin.setLocale(locale_for(language))


class MoneyField(FieldWidget):
    """A sum typed as 12 500,50 (or 12500.50, 12 500 €) and stored as whole cents.

    A plain line edit: what is typed stays as typed until the worker leaves the
    field; then it is read by the one money parser or its problem is shown.
    """

    def __init__(self, spec: FieldDef) -> None:
        super().__init__(spec)
        limit = int(spec.max) if spec.max is not None else MONEY_LIMIT_CENTS
        self.money_input = MoneyInput(limit_cents=limit)
        self.money_input.changed.connect(self.changed)
        self.money_input.finished.connect(self.finished)
        self.box.addWidget(self.money_input)

    def value(self) -> Any:
        return self.money_input.cents()

    def set_value(self, value: Any) -> None:
        cents = value if isinstance(value, int) and not isinstance(value, bool) else None
        self.money_input.set_cents(cents)

    def set_read_only(self, read_only: bool) -> None:
        self.money_input.edit.setReadOnly(read_only)
        show_as_text(self.money_input.edit, read_only)

    def focus_target(self) -> QWidget:
        return self.money_input.edit

    def relabel(self, language: str) -> None:
        super().relabel(language)
        self.money_input.setLocale(locale_for(language))
        self.money_input.edit.setPlaceholderText(texts.money_hint())

    def input_errors(self, path: str) -> list[AnswerError]:
        problem = self.money_input.problem()
        if problem is None:
            return []
        return [AnswerError(path=path, problem=AnswerProblem(problem.value))]
