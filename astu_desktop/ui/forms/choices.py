"""Field widgets for answers picked rather than typed: choices, yes/no and the 1–5 scale.

Each can go back to unanswered: a yes/no left open during a visit is different from
a "no", and a draft must keep that difference.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QRadioButton, QWidget

from astu_desktop.ui.forms import texts
from astu_desktop.ui.forms.fields import NOTE_STYLE, FieldWidget
from astu_desktop.ui.forms.inputs import ChoiceButtons, QuietComboBox
from astu_desktop.ui.widgets import text_label
from astu_protocol.forms import FieldDef

RADIO_OPTIONS_AT_MOST = 4  # more options than this go into a drop-down list
CHECKBOX_COLUMNS = 2
SCALE_POINTS = (1, 2, 3, 4, 5)
SCALE_COLUMN_WIDTH = 130


class ButtonsField(FieldWidget):
    """Radio buttons: single choice with few options, yes/no, and the scale."""

    def __init__(self, spec: FieldDef, values: list[Any], *, vertical: bool) -> None:
        super().__init__(spec)
        self.choice = ChoiceButtons(values, vertical=vertical)
        self.choice.changed.connect(self.changed)
        self.box.addWidget(self.choice)

    def value(self) -> Any:
        return self.choice.value()

    def set_value(self, value: Any) -> None:
        self.choice.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        self.choice.set_read_only(read_only)

    def focus_target(self) -> QWidget:
        checked = self.choice.group.checkedButton()
        return checked if checked is not None else self.choice.buttons[0]

    def relabel(self, language: str) -> None:
        label = self.spec.label.get(language)
        for button, text in zip(self.choice.buttons, self.option_texts(language), strict=True):
            button.setText(text)
            button.setAccessibleName(f"{label}: {text}")
        self.choice.clear_button.setText(texts.clear_text())
        self.choice.clear_button.setAccessibleName(texts.clear_name(label))

    def option_texts(self, language: str) -> list[str]:
        return [option.label.get(language) for option in self.spec.options]


class RadioChoiceField(ButtonsField):
    def __init__(self, spec: FieldDef) -> None:
        super().__init__(spec, [option.value for option in spec.options], vertical=True)
        for _option in spec.options:
            self.choice.add(QRadioButton())
        self.choice.finish()


class YesNoField(ButtonsField):
    def __init__(self, spec: FieldDef) -> None:
        super().__init__(spec, [True, False], vertical=False)
        self.choice.add(QRadioButton())
        self.choice.add(QRadioButton())
        self.choice.finish()

    def option_texts(self, language: str) -> list[str]:
        return [texts.yes_text(), texts.no_text()]


class ScaleField(ButtonsField):
    """Five points, each with its anchor ("manages independently") written under it."""

    def __init__(self, spec: FieldDef) -> None:
        super().__init__(spec, list(SCALE_POINTS), vertical=False)
        self.anchors: list[QLabel] = []
        for _point in SCALE_POINTS:
            anchor = text_label(style=NOTE_STYLE)
            anchor.setFixedWidth(SCALE_COLUMN_WIDTH)
            anchor.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.anchors.append(anchor)
            self.choice.add(QRadioButton(), anchor)
        self.choice.finish()

    def relabel(self, language: str) -> None:
        super().relabel(language)
        label = self.spec.label.get(language)
        for point, button, anchor in zip(
            SCALE_POINTS, self.choice.buttons, self.anchors, strict=True
        ):
            meaning = self.spec.scale_anchors.get(str(point))
            anchor.setText(meaning.get(language) if meaning else "")
            spoken = f"{point} – {meaning.get(language)}" if meaning else str(point)
            button.setAccessibleName(f"{label}: {spoken}")

    def option_texts(self, language: str) -> list[str]:
        return [str(point) for point in SCALE_POINTS]


class ComboChoiceField(FieldWidget):
    """A drop-down list whose first entry means "not chosen yet"."""

    def __init__(self, spec: FieldDef) -> None:
        super().__init__(spec)
        self.combo = QuietComboBox()
        self.combo.addItem("", None)
        for option in spec.options:
            self.combo.addItem("", option.value)
        self.combo.setSizeAdjustPolicy(QuietComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.currentIndexChanged.connect(self.changed)
        self.box.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignLeft)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if isinstance(value, str) else 0
        self.combo.setCurrentIndex(max(index, 0))

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)

    def focus_target(self) -> QWidget:
        return self.combo

    def relabel(self, language: str) -> None:
        super().relabel(language)
        self.combo.setItemText(0, texts.not_chosen_text())
        for index, option in enumerate(self.spec.options, start=1):
            self.combo.setItemText(index, option.label.get(language))


class MultipleChoiceField(FieldWidget):
    """Check boxes; the answer keeps the order in which options were ticked."""

    def __init__(self, spec: FieldDef) -> None:
        super().__init__(spec)
        self.checks: dict[str, QCheckBox] = {}
        self.order: list[str] = []
        grid = QGridLayout()
        columns = CHECKBOX_COLUMNS if len(spec.options) > RADIO_OPTIONS_AT_MOST else 1
        rows = -(-len(spec.options) // columns)
        for index, option in enumerate(spec.options):
            check = QCheckBox()
            check.toggled.connect(lambda on, value=option.value: self._toggled(value, on))
            self.checks[option.value] = check
            grid.addWidget(check, index % rows, index // rows)
        grid.setColumnStretch(columns, 1)
        self.box.addLayout(grid)

    def value(self) -> Any:
        return list(self.order) if self.order else None

    def set_value(self, value: Any) -> None:
        chosen = (
            [v for v in value if isinstance(v, str) and v in self.checks]
            if isinstance(value, list)
            else []
        )
        self.order = []
        for option_value, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(option_value in chosen)
            check.blockSignals(False)
        self.order = chosen

    def set_read_only(self, read_only: bool) -> None:
        for check in self.checks.values():
            check.setEnabled(not read_only or check.isChecked())
            check.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)
            check.setFocusPolicy(
                Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus
            )

    def focus_target(self) -> QWidget:
        return next(iter(self.checks.values()))

    def relabel(self, language: str) -> None:
        label = self.spec.label.get(language)
        for option in self.spec.options:
            text = option.label.get(language)
            self.checks[option.value].setText(text)
            self.checks[option.value].setAccessibleName(f"{label}: {text}")

    def _toggled(self, value: str, on: bool) -> None:
        if on and value not in self.order:
            self.order.append(value)
        elif not on and value in self.order:
            self.order.remove(value)
        self.changed.emit()
