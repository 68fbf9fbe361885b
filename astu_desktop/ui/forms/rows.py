"""A repeating group (goals of a plan, statements requested): a list of row editors.

Each row is a small form of its own (its own scope for conditions), numbered, with
a button that removes it; "Add" appends an empty row and puts the cursor in it.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from astu_desktop.ui.forms import texts
from astu_desktop.ui.forms.fields import NOTE_STYLE, FieldWidget
from astu_desktop.ui.forms.scope import FieldFactory, FieldScope
from astu_desktop.ui.widgets import bold, text_label
from astu_protocol.forms import AnswerError, FieldDef

_ROW_PATH = re.compile(r"^\[(\d+)\]\.(.+)$")


class GroupRow(QFrame):
    """One row of a group: its number, its fields and its remove button."""

    def __init__(self, spec: FieldDef, factory: FieldFactory) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.scope = FieldScope(spec.fields, factory)
        self.scope.setParent(self)
        self.title = QLabel()
        self.title.setFont(bold(self.title.font()))
        self.remove_button = QPushButton()
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        for row in self.scope.rows.values():
            layout.addWidget(row)


class RepeatingGroupField(FieldWidget):
    def __init__(self, spec: FieldDef, factory: FieldFactory) -> None:
        super().__init__(spec)
        self.factory = factory
        self.rows: list[GroupRow] = []
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(8)
        self.empty_note = text_label(style=NOTE_STYLE)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_row)
        self.box.addWidget(self.empty_note)
        self.box.addLayout(self.rows_box)
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        self.box.addLayout(add_line)
        self._language = "fi"
        self._read_only = False

    def value(self) -> Any:
        return [row.scope.values() for row in self.rows] if self.rows else None

    def set_value(self, value: Any) -> None:
        wanted = [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []
        while len(self.rows) > len(wanted):
            self._drop(self.rows[-1])
        while len(self.rows) < len(wanted):
            self._append()
        for row, answers in zip(self.rows, wanted, strict=True):
            row.scope.set_values(answers)
        self._renumber()

    def add_row(self) -> None:
        row = self._append()
        self._renumber()
        self.changed.emit()
        first = next(iter(row.scope.rows.values()))
        first.widget.focus_target().setFocus()

    def remove_row(self, row: GroupRow) -> None:
        index = self.rows.index(row)
        self._drop(row)
        self._renumber()
        self.changed.emit()
        target = self.rows[min(index, len(self.rows) - 1)].remove_button if self.rows else None
        (target or self.add_button).setFocus()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            row.scope.set_read_only(read_only)
            row.remove_button.setVisible(not read_only)

    def focus_target(self) -> QWidget:
        return self.add_button

    def relabel(self, language: str) -> None:
        self._language = language
        label = self.spec.label.get(language)
        self.add_button.setText(texts.add_row_text())
        self.add_button.setAccessibleName(texts.add_row_name(label))
        self.empty_note.setText(texts.no_rows_text())
        for row in self.rows:
            row.scope.relabel(language)
        self._renumber()

    def show_nested_errors(self, errors: list[AnswerError]) -> None:
        by_row: dict[int, list[AnswerError]] = {}
        for error in errors:
            match = _ROW_PATH.match(error.path)
            if match is not None and int(match.group(1)) < len(self.rows):
                inner = error.model_copy(update={"path": match.group(2)})
                by_row.setdefault(int(match.group(1)), []).append(inner)
        for index, inner_errors in by_row.items():
            self.rows[index].scope.show_errors(inner_errors)

    def clear_errors(self) -> None:
        for row in self.rows:
            row.scope.clear_errors()

    def first_error_target(self) -> QWidget | None:
        for row in self.rows:
            target = row.scope.first_error_target()
            if target is not None:
                return target
        return None

    def input_errors(self, path: str) -> list[AnswerError]:
        errors: list[AnswerError] = []
        for index, row in enumerate(self.rows):
            errors += row.scope.input_errors(f"{path}[{index}].")
        return errors

    def _append(self) -> GroupRow:
        row = GroupRow(self.spec, self.factory)
        row.scope.changed.connect(self.changed)
        row.remove_button.clicked.connect(lambda: self.remove_row(row))
        row.scope.relabel(self._language)
        row.scope.set_read_only(self._read_only)
        row.scope.refresh_visibility()
        row.remove_button.setVisible(not self._read_only)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        row.show()  # at once, not at the next turn of the event loop: focus may go there
        return row

    def _drop(self, row: GroupRow) -> None:
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _renumber(self) -> None:
        label = self.spec.label.get(self._language)
        for number, row in enumerate(self.rows, start=1):
            row.title.setText(texts.row_title(number))
            row.remove_button.setText(texts.remove_row_text())
            row.remove_button.setAccessibleName(texts.remove_row_name(label, number))
        self.empty_note.setVisible(not self.rows)
