"""The widget for each field type; the only place that knows which type gets which."""

from __future__ import annotations

from astu_desktop.models.forms import FieldDef, FieldType
from astu_desktop.ui.forms.choices import (
    RADIO_OPTIONS_AT_MOST,
    ComboChoiceField,
    MultipleChoiceField,
    RadioChoiceField,
    ScaleField,
    YesNoField,
)
from astu_desktop.ui.forms.fields import (
    DateField,
    FieldWidget,
    MoneyField,
    NumberField,
    TextField,
)
from astu_desktop.ui.forms.rows import RepeatingGroupField


def make_field(spec: FieldDef) -> FieldWidget:
    kind = spec.type
    if kind in (FieldType.SHORT_TEXT, FieldType.LONG_TEXT):
        return TextField(spec)
    if kind == FieldType.SINGLE_CHOICE:
        if len(spec.options) <= RADIO_OPTIONS_AT_MOST:
            return RadioChoiceField(spec)
        return ComboChoiceField(spec)
    if kind == FieldType.MULTIPLE_CHOICE:
        return MultipleChoiceField(spec)
    if kind == FieldType.DATE:
        return DateField(spec)
    if kind == FieldType.MONEY:
        return MoneyField(spec)
    if kind == FieldType.NUMBER:
        return NumberField(spec)
    if kind == FieldType.SCALE:
        return ScaleField(spec)
    if kind == FieldType.YES_NO:
        return YesNoField(spec)
    return RepeatingGroupField(spec, make_field)
