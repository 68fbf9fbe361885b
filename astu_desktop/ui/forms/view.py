"""The generic form renderer: any form definition becomes one scrolling Qt form.

Sections are group boxes in a scroll area; every field gets the widget of its type.
`answers()` and `set_answers()` speak the stored format (the one `validate_answers`
checks and `FormDocument.answers` holds), so the renderer never needs to know which
form it shows.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from astu_desktop.ui.forms import texts
from astu_desktop.ui.forms.factory import make_field
from astu_desktop.ui.forms.fields import NOTE_STYLE, FieldWidget
from astu_desktop.ui.forms.rows import RepeatingGroupField
from astu_desktop.ui.forms.scope import FieldScope, split_path
from astu_desktop.ui.widgets import text_label
from astu_protocol.forms import AnswerError, AnswerProblem, FormDefinition

_ROW_STEP = re.compile(r"^\[(\d+)\]\.(.+)$")
# The title only: style sheets do not pass fonts on to the fields inside.
SECTION_STYLE = "QGroupBox {{ font-weight: bold; font-size: {size:.1f}pt; }}"


class FormView(QScrollArea):
    """One form, any definition; `changed` fires on every edit (not on `set_answers`)."""

    changed = Signal()

    def __init__(
        self, definition: FormDefinition, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.definition = definition
        self.language = language
        self.read_only = False
        self._rule_paths: set[tuple[str, AnswerProblem]] = set()
        self.scope = FieldScope(definition.all_fields(), make_field)
        self.scope.setParent(self)
        self.scope.changed.connect(self.changed)
        self.legend = text_label(style=NOTE_STYLE)
        self.sections: dict[str, QGroupBox] = {}
        self.section_help: dict[str, QLabel] = {}
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        layout.addWidget(self.legend)
        for section in definition.sections:
            layout.addWidget(self._section_box(section.key, [f.key for f in section.fields]))
        layout.addStretch(1)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.set_language(language)
        self.scope.refresh_visibility()

    def _section_box(self, key: str, field_keys: list[str]) -> QGroupBox:
        box = QGroupBox()
        box.setStyleSheet(SECTION_STYLE.format(size=box.font().pointSizeF() * 1.25))
        inner = QVBoxLayout(box)
        help_label = text_label(style=NOTE_STYLE)
        inner.addWidget(help_label)
        for field_key in field_keys:
            row = self.scope.rows[field_key]
            inner.addWidget(row)
        self.sections[key] = box
        self.section_help[key] = help_label
        return box

    # -- answers ---------------------------------------------------------------------

    def answers(self) -> dict[str, Any]:
        return copy.deepcopy(self.scope.values())

    def set_answers(self, answers: dict[str, Any]) -> None:
        self.scope.set_values(copy.deepcopy(answers))

    def field(self, path: str) -> FieldWidget:
        """The widget answering `path` ("goals[1].measure"); for tests and focus."""
        key, rest = split_path(path)
        widget = self.scope.rows[key].widget
        while rest:
            step = _ROW_STEP.match(rest)
            if step is None or not isinstance(widget, RepeatingGroupField):
                raise KeyError(path)
            key, rest = split_path(step.group(2))
            widget = widget.rows[int(step.group(1))].scope.rows[key].widget
        return widget

    # -- problems --------------------------------------------------------------------

    def show_errors(self, errors: list[AnswerError]) -> None:
        self.scope.clear_errors()
        self.scope.show_errors(errors)

    def clear_errors(self) -> None:
        self.scope.clear_errors()

    def input_errors(self) -> list[AnswerError]:
        return self.scope.input_errors()

    def show_rule_problems(self, errors: list[AnswerError]) -> None:
        """Rules between answers (dates in order, exclusive choices) as the worker goes.

        Shown again only when they change, so a problem the worker is reading stays put.
        """
        paths = {(error.path, error.problem) for error in errors}
        if paths == self._rule_paths:
            return
        self._rule_paths = paths
        self.show_errors(self.input_errors() + errors)

    def focus_first_error(self) -> bool:
        target = self.scope.first_error_target()
        if target is None:
            return False
        self.ensureWidgetVisible(target, 50, 80)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_first_field(self) -> None:
        shown = [row for row in self.scope.rows.values() if not row.isHidden()]
        if shown:
            self.ensureWidgetVisible(shown[0])
            shown[0].widget.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- appearance ------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.scope.set_read_only(read_only)
        self.legend.setVisible(not read_only)

    def set_language(self, language: str) -> None:
        """Labels from the definition in `language`; the renderer's own words via `tr`."""
        self.language = language
        self.legend.setText(texts.required_legend())
        for section in self.definition.sections:
            self.sections[section.key].setTitle(section.title.get(language))
            help_label = self.section_help[section.key]
            help_label.setText(section.help.get(language) if section.help else "")
            help_label.setVisible(section.help is not None)
        self.scope.relabel(language)
