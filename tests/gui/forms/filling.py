"""Filling a rendered form through its widgets, the way a worker would."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from astu_desktop.ui.forms.choices import (
    ButtonsField,
    ComboChoiceField,
    MultipleChoiceField,
)
from astu_desktop.ui.forms.fields import DateField, FieldWidget, MoneyField, NumberField, TextField
from astu_desktop.ui.forms.rows import RepeatingGroupField
from astu_desktop.ui.forms.scope import FieldScope
from astu_desktop.ui.forms.view import FormView
from astu_protocol.forms import FieldDef, visible_fields


def fill_view(qtbot, view: FormView, answers: dict[str, Any]) -> None:
    fill_scope(qtbot, view.scope, answers)


def fill_scope(qtbot, scope: FieldScope, answers: dict[str, Any]) -> None:
    """Answer in form order, each field once it is shown (conditions come first)."""
    for spec in scope.fields:
        if spec.key in answers:
            shown = {f.key for f in visible_fields(scope.fields, scope.values())}
            assert spec.key in shown, f"{spec.key} should be shown by now"
            answer(qtbot, scope.rows[spec.key].widget, spec, answers[spec.key])


def answer(qtbot, widget: FieldWidget, spec: FieldDef, value: Any) -> None:
    if isinstance(widget, TextField):
        type_into(qtbot, widget.text_box, value)
    elif isinstance(widget, DateField):
        type_into(qtbot, widget.date_input.edit, finnish_date(value))
    elif isinstance(widget, MoneyField):
        euros, cents = divmod(value, 100)
        type_into(qtbot, widget.money_input.edit, f"{euros},{cents:02d}")
    elif isinstance(widget, NumberField):
        widget.spin.lineEdit().selectAll()
        qtbot.keyClicks(widget.spin, QLocale().toString(float(value), "f", 2).replace("\xa0", ""))
    elif isinstance(widget, ButtonsField):
        widget.choice.buttons[widget.choice.values.index(value)].click()
    elif isinstance(widget, ComboChoiceField):
        widget.combo.setCurrentIndex(widget.combo.findData(value))
    elif isinstance(widget, MultipleChoiceField):
        for chosen in value:
            widget.checks[chosen].click()
    elif isinstance(widget, RepeatingGroupField):
        for row_answers in value:
            widget.add_button.click()
            fill_scope(qtbot, widget.rows[-1].scope, row_answers)
    else:
        raise AssertionError(f"no way to fill {type(widget).__name__}")


def type_into(qtbot, box: Any, text: str) -> None:
    """Key presses carrying each character: QTest.keyClicks knows ASCII only, not ä or –."""
    box.setFocus()
    if isinstance(box, QLineEdit):
        box.selectAll()
    else:
        box.moveCursor(QTextCursor.MoveOperation.End)  # go on writing where the text ends
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            )


def finnish_date(iso: str) -> str:
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day}.{month}.{year}"


def clear_text(qtbot, box: Any) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
