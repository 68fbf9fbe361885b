"""A small form for one process step: dates, code pickers and short texts, then OK.

Each step (a SAS decision, an offer, the end of a tenancy...) declares its fields in
a few lines; the dialog lays them out, labels them for screen readers and hands the
values back by key. It opens window-modal without a nested event loop, so auto-lock
and the background worker keep running while it is open.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.ui.date_inputs import WholeTextDateEdit
from astu_desktop.ui.forms.inputs import MoneyInput
from astu_desktop.ui.forms.texts import money_hint, problem_text
from astu_desktop.ui.labels import code_label
from astu_desktop.ui.widgets import ERROR_STYLE, text_label
from astu_protocol.forms import AnswerProblem

Check = Callable[[dict[str, Any]], str | None]


class ActionDialog(QDialog):
    """Fields by key; `values()` reads them; `check` may refuse OK with a message."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._fields: dict[str, QWidget] = {}
        self._required_sums: set[str] = set()
        self._check: Check | None = None
        self.intro = text_label(shown=bool(intro))
        self.intro.setText(intro)
        self.form = QFormLayout()
        self.error = text_label(shown=False, style=ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    # -- declaring fields ------------------------------------------------------------

    def add_date(self, key: str, label: str, day: date, *, optional: bool = False) -> QDateEdit:
        edit = WholeTextDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        if optional:
            edit.setEnabled(False)
            switch = QCheckBox(label)
            switch.toggled.connect(edit.setEnabled)
            self._fields[f"{key}?"] = switch
            self._add_row(key, switch, edit)
        else:
            self._add_row(key, label, edit)
        return edit

    def add_choice(
        self,
        key: str,
        label: str,
        codes: Sequence[enum.StrEnum] | Sequence[tuple[str, Any]],
        current: Any = None,
    ) -> QComboBox:
        combo = QComboBox()
        for entry in codes:
            text, value = entry if isinstance(entry, tuple) else (code_label(entry), entry)
            combo.addItem(text, value)
        if current is not None:
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self._add_row(key, label, combo)
        return combo

    def add_text(self, key: str, label: str, *, long: bool = False, text: str = "") -> QWidget:
        edit: QWidget
        if long:
            edit = QPlainTextEdit(text)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(80)
        else:
            edit = QLineEdit(text)
        self._add_row(key, label, edit)
        return edit

    def add_money(self, key: str, label: str, *, required: bool = True) -> MoneyInput:
        """A sum in euros, read by the one money parser; refused sums stop OK with a reason."""
        money = MoneyInput()
        money.edit.setPlaceholderText(money_hint())
        if required:
            self._required_sums.add(key)
        self._add_row(key, label, money)
        money.setAccessibleName(label.replace("&", ""))
        money.edit.setAccessibleName(label.replace("&", ""))
        return money

    def set_check(self, check: Check) -> None:
        self._check = check

    # -- reading ---------------------------------------------------------------------

    def field(self, key: str) -> QWidget:
        return self._fields[key]

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, widget in self._fields.items():
            if key.endswith("?"):
                continue
            values[key] = _value_of(widget)
            switch = self._fields.get(f"{key}?")
            if isinstance(switch, QCheckBox) and not switch.isChecked():
                values[key] = None
        return values

    def _add_row(self, key: str, label: str | QWidget, widget: QWidget) -> None:
        self._fields[key] = widget
        if isinstance(label, str):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", ""))
            self.form.addRow(caption, widget)
        else:
            widget.setAccessibleName(label.property("text") or key)
            self.form.addRow(label, widget)

    def _try_accept(self) -> None:
        problem = self._money_problem()
        if problem is None and self._check is not None:
            problem = self._check(self.values())
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))
        if problem is None:
            self.accept()

    def _money_problem(self) -> str | None:
        for key, widget in self._fields.items():
            if not isinstance(widget, MoneyInput):
                continue
            refused = widget.problem()
            if refused is not None:
                widget.edit.setFocus()
                return problem_text(AnswerProblem(refused.value))
            if key in self._required_sums and widget.cents() is None:
                widget.edit.setFocus()
                return QCoreApplication.translate("ActionDialog", "Give the sum.")
        return None


def _value_of(widget: QWidget) -> Any:
    if isinstance(widget, MoneyInput):
        return widget.cents()
    if isinstance(widget, QDateEdit):
        return widget.date().toPython()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    return None
