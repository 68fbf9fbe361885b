"""Form definitions as data, and validation of answer sets against them.

The three forms of the job (assessment interview, service plan, living-skills check)
live as JSON in `resources/forms/`. The same definition drives the Qt renderer, this
validation and the PDF layout, and its version is stored with every answer set so
that old documents keep their meaning after a form changes.

Answers are a flat mapping from field key to value; a repeating group's value is a
list of such mappings. Drafts may be incomplete: `required` is enforced at signing.
"""

from __future__ import annotations

import enum
import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from astu_desktop.models.codes import FormKey

FORMS_DIR = Path(__file__).resolve().parents[2] / "resources" / "forms"


class FieldType(enum.StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    DATE = "date"
    NUMBER = "number"
    MONEY = "money"  # whole cents as an integer
    SCALE = "scale"  # 1-5 with anchored labels
    YES_NO = "yes_no"
    REPEATING_GROUP = "repeating_group"


class Text(BaseModel):
    """A label in the three languages of the service; Finnish is always present."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    fi: str
    sv: str
    en: str

    def get(self, language: str) -> str:
        return str(getattr(self, language, self.fi))


class Option(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    value: str
    label: Text


class Condition(BaseModel):
    """Show (and require) a field only when another field has one of the given values."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    field: str
    equals: list[str | bool | int]


class FieldDef(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    type: FieldType
    label: Text
    help: Text | None = None
    required: bool = False
    options: list[Option] = []
    scale_anchors: dict[str, Text] = {}
    min: float | None = None
    max: float | None = None
    max_length: int | None = None
    visible_if: Condition | None = None
    fields: list[FieldDef] = []  # the columns of a repeating group


class Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    key: str
    title: Text
    help: Text | None = None
    fields: list[FieldDef]


class FormDefinition(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    key: FormKey
    version: int = Field(ge=1)
    title: Text
    sections: list[Section]

    def all_fields(self) -> list[FieldDef]:
        return [field for section in self.sections for field in section.fields]


class AnswerProblem(enum.StrEnum):
    REQUIRED = "required"
    WRONG_TYPE = "wrong_type"
    UNKNOWN_OPTION = "unknown_option"
    OUT_OF_RANGE = "out_of_range"
    TOO_LONG = "too_long"
    BAD_DATE = "bad_date"
    UNKNOWN_FIELD = "unknown_field"


class AnswerError(BaseModel):
    """One problem with one answer; `path` is e.g. "goals[2].measure"."""

    model_config = ConfigDict(frozen=True)
    path: str
    problem: AnswerProblem


def load_definition(path: Path) -> FormDefinition:
    return FormDefinition.model_validate(json.loads(path.read_text("utf-8")))


@cache
def definitions() -> dict[tuple[FormKey, int], FormDefinition]:
    """Every shipped definition, by (form key, version): old versions stay loadable."""
    found = {}
    for path in sorted(FORMS_DIR.glob("*.json")):
        definition = load_definition(path)
        found[(definition.key, definition.version)] = definition
    return found


def definition(key: FormKey, version: int | None = None) -> FormDefinition:
    """The given version of a form, or its newest one."""
    versions = {v: d for (k, v), d in definitions().items() if k == key}
    if not versions:
        raise LookupError(f"no definition for form {key}")
    return versions[version if version is not None else max(versions)]


def validate_answers(
    form: FormDefinition, answers: dict[str, Any], *, for_signing: bool
) -> list[AnswerError]:
    """Check answers against the definition; required fields only count when signing."""
    return _validate_fields(form.all_fields(), answers, "", for_signing)


def _validate_fields(
    fields: list[FieldDef], answers: dict[str, Any], prefix: str, for_signing: bool
) -> list[AnswerError]:
    errors: list[AnswerError] = []
    known = {field.key for field in fields}
    for key in answers:
        if key not in known:
            errors.append(AnswerError(path=prefix + key, problem=AnswerProblem.UNKNOWN_FIELD))
    for field in fields:
        if not _is_visible(field, answers):
            continue
        value = answers.get(field.key)
        path = prefix + field.key
        if _is_empty(value):
            if for_signing and field.required:
                errors.append(AnswerError(path=path, problem=AnswerProblem.REQUIRED))
            continue
        errors += _validate_value(field, value, path, for_signing)
    return errors


def _is_visible(field: FieldDef, answers: dict[str, Any]) -> bool:
    condition = field.visible_if
    if condition is None:
        return True
    value = answers.get(condition.field)
    if isinstance(value, list):
        return any(item in condition.equals for item in value)
    return value in condition.equals


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _validate_value(field: FieldDef, value: Any, path: str, for_signing: bool) -> list[AnswerError]:
    def problem(kind: AnswerProblem) -> list[AnswerError]:
        return [AnswerError(path=path, problem=kind)]

    kind = field.type
    if kind in (FieldType.SHORT_TEXT, FieldType.LONG_TEXT):
        if not isinstance(value, str):
            return problem(AnswerProblem.WRONG_TYPE)
        limit = field.max_length or (200 if kind == FieldType.SHORT_TEXT else 20_000)
        return problem(AnswerProblem.TOO_LONG) if len(value) > limit else []
    if kind == FieldType.SINGLE_CHOICE:
        return [] if value in _option_values(field) else problem(AnswerProblem.UNKNOWN_OPTION)
    if kind == FieldType.MULTIPLE_CHOICE:
        if not isinstance(value, list):
            return problem(AnswerProblem.WRONG_TYPE)
        allowed = _option_values(field)
        return [] if all(v in allowed for v in value) else problem(AnswerProblem.UNKNOWN_OPTION)
    if kind == FieldType.YES_NO:
        return [] if isinstance(value, bool) else problem(AnswerProblem.WRONG_TYPE)
    if kind == FieldType.DATE:
        return [] if _is_iso_date(value) else problem(AnswerProblem.BAD_DATE)
    if kind in (FieldType.NUMBER, FieldType.MONEY, FieldType.SCALE):
        return _validate_number(field, value, problem)
    if kind == FieldType.REPEATING_GROUP:
        return _validate_rows(field, value, path, for_signing, problem)
    return []


def _validate_number(field: FieldDef, value: Any, problem: Any) -> list[AnswerError]:
    integral = field.type in (FieldType.MONEY, FieldType.SCALE)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return list(problem(AnswerProblem.WRONG_TYPE))
    if integral and not isinstance(value, int):
        return list(problem(AnswerProblem.WRONG_TYPE))
    low = 1 if field.type == FieldType.SCALE else field.min
    high = 5 if field.type == FieldType.SCALE else field.max
    if (low is not None and value < low) or (high is not None and value > high):
        return list(problem(AnswerProblem.OUT_OF_RANGE))
    return []


def _validate_rows(
    field: FieldDef, value: Any, path: str, for_signing: bool, problem: Any
) -> list[AnswerError]:
    if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
        return list(problem(AnswerProblem.WRONG_TYPE))
    errors: list[AnswerError] = []
    for index, row in enumerate(value):
        errors += _validate_fields(field.fields, row, f"{path}[{index}].", for_signing)
    return errors


def _option_values(field: FieldDef) -> set[str]:
    return {option.value for option in field.options}


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _is_iso_date(value: Any) -> bool:
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
