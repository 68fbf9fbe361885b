"""The widget for each field type; the only place that knows which type gets which."""

from __future__ import annotations

from typing import assert_never

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
from astu_protocol.forms import FieldDef, FieldType


def make_field(spec: FieldDef) -> FieldWidget:
    """A new FieldType without a case here fails mypy (assert_never); it used to get the
    repeating-group widget silently."""
    match spec.type:
        case FieldType.SHORT_TEXT | FieldType.LONG_TEXT:
            return TextField(spec)
        case FieldType.SINGLE_CHOICE if len(spec.options) <= RADIO_OPTIONS_AT_MOST:
            return RadioChoiceField(spec)
        case FieldType.SINGLE_CHOICE:
            return ComboChoiceField(spec)
        case FieldType.MULTIPLE_CHOICE:
            return MultipleChoiceField(spec)
        case FieldType.DATE:
            return DateField(spec)
        case FieldType.MONEY:
            return MoneyField(spec)
        case FieldType.NUMBER:
            return NumberField(spec)
        case FieldType.SCALE:
            return ScaleField(spec)
        case FieldType.YES_NO:
            return YesNoField(spec)
        case FieldType.REPEATING_GROUP:
            return RepeatingGroupField(spec, make_field)
        case unknown:
            assert_never(unknown)
