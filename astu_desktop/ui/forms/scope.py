"""The fields answered together in one mapping: a whole form, or one row of a group.

Conditions (`visible_if`) refer to fields of the same scope, wherever on screen they
are (a form's sections are one scope), so the scope decides visibility with the
same rule the domain validates with, and routes each problem to its field's row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from astu_desktop.ui.forms import texts
from astu_desktop.ui.forms.fields import NOTE_STYLE, FieldWidget
from astu_desktop.ui.widgets import ERROR_STYLE, bold, text_label
from astu_protocol.forms import AnswerError, FieldDef, visible_fields

FieldFactory = Callable[[FieldDef], FieldWidget]
_HEAD = re.compile(r"^([^.\[]+)(.*)$")


class FieldRow(QWidget):
    """Label, help, the control, and the problem with the answer written under it."""

    def __init__(self, widget: FieldWidget) -> None:
        super().__init__()
        self.widget = widget
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setFont(bold(self.title.font()))
        self.title.setBuddy(widget.focus_target())
        self.help = text_label(shown=widget.spec.help is not None, style=NOTE_STYLE)
        small = QFont(self.help.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.help.setFont(small)
        self.problem = text_label(shown=False, style=ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        for part in (self.title, self.help, widget, self.problem):
            layout.addWidget(part)
        widget.changed.connect(lambda: self.show_problem(None))

    def relabel(self, language: str) -> None:
        spec = self.widget.spec
        self.title.setText(spec.label.get(language) + (" *" if spec.required else ""))
        help_text = spec.help.get(language) if spec.help else ""
        self.help.setText(help_text)
        self.title.setToolTip(help_text)
        self.widget.focus_target().setToolTip(help_text)
        self.widget.relabel(language)

    def show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(text is not None)

    @property
    def has_problem(self) -> bool:
        return not self.problem.isHidden()


class FieldScope(QObject):
    """Rows of one scope; `changed` fires on every edit a worker makes."""

    changed = Signal()

    def __init__(self, fields: list[FieldDef], factory: FieldFactory) -> None:
        super().__init__()
        self.fields = fields
        self.rows = {spec.key: FieldRow(factory(spec)) for spec in fields}
        self._kept: dict[str, Any] = {}
        self._loading = False
        self.language = "fi"  # the definition's labels named in problems; see `relabel`
        for row in self.rows.values():
            row.widget.changed.connect(self._edited)
            row.widget.finished.connect(lambda row=row: self._check_input(row))

    def values(self) -> dict[str, Any]:
        """Every answer, hidden ones too: a later choice may bring them back."""
        answers = dict(self._kept)
        for key, row in self.rows.items():
            value = row.widget.value()
            if value is not None:
                answers[key] = value
        return answers

    def set_values(self, answers: dict[str, Any]) -> None:
        self._loading = True
        try:
            self._kept = {k: v for k, v in answers.items() if k not in self.rows}
            for key, row in self.rows.items():
                row.widget.set_value(answers.get(key))
        finally:
            self._loading = False
        self.clear_errors()
        self.refresh_visibility()

    def refresh_visibility(self) -> None:
        shown = {spec.key for spec in visible_fields(self.fields, self.values())}
        for key, row in self.rows.items():
            row.setHidden(key not in shown)

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            row.widget.set_read_only(read_only)

    def relabel(self, language: str) -> None:
        self.language = language
        for row in self.rows.values():
            row.relabel(language)

    def show_errors(self, errors: list[AnswerError]) -> None:
        """Each problem under its field; a row of a group passes on to the group."""
        nested: dict[str, list[AnswerError]] = {}
        for error in errors:
            key, rest = split_path(error.path)
            row = self.rows.get(key)
            if row is None:
                continue
            if rest:
                nested.setdefault(key, []).append(error.model_copy(update={"path": rest}))
            else:
                row.show_problem(texts.error_text(error, self.fields, self.language))
        for key, inner in nested.items():
            self.rows[key].widget.show_nested_errors(inner)

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.show_problem(None)
            row.widget.clear_errors()

    def first_error_target(self) -> QWidget | None:
        for row in self.rows.values():
            if row.isHidden():
                continue
            if row.has_problem:
                return row.widget.focus_target()
            inner = row.widget.first_error_target()
            if inner is not None:
                return inner
        return None

    def input_errors(self, prefix: str = "") -> list[AnswerError]:
        """Typing that is not an answer yet, in visible fields, with full paths."""
        errors: list[AnswerError] = []
        for key, row in self.rows.items():
            if not row.isHidden():
                errors += row.widget.input_errors(prefix + key)
        return errors

    def _edited(self) -> None:
        if self._loading:
            return
        self.refresh_visibility()
        self.changed.emit()

    def _check_input(self, row: FieldRow) -> None:
        errors = row.widget.input_errors(row.widget.spec.key)
        if errors:
            row.show_problem(texts.error_text(errors[0], self.fields, self.language))


def split_path(path: str) -> tuple[str, str]:
    """ "goals[2].measure" -> ("goals", "[2].measure"); a plain key has no rest."""
    match = _HEAD.match(path)
    if match is None:
        return path, ""
    return match.group(1), match.group(2)
