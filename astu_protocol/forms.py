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
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, assert_never

from pydantic import BaseModel, ConfigDict, Field, model_validator

from astu_protocol.codes import FormKey
from astu_protocol.dates import add_months, earliest_day, is_stored_date, latest_day

FORMS_DIR = Path(__file__).resolve().parents[1] / "resources" / "forms"


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


# The longest answer a text field takes, unless its definition sets a shorter `max_length`.
# Declared here once: validation, the editor's counter and the seed all read `text_limit`.
TEXT_LIMITS = {FieldType.SHORT_TEXT: 200, FieldType.LONG_TEXT: 20_000}


class Text(BaseModel):
    """A label in the three languages of the service; Finnish is always present."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    fi: str
    sv: str
    en: str

    def get(self, language: str) -> str:
        return str(getattr(self, language, self.fi))


class Option(BaseModel):
    """`exclusive`: an answer that contradicts every other choice ("no income")."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    value: str
    label: Text
    exclusive: bool = False


class Condition(BaseModel):
    """Show (and require) a field only when another field has one of the given values."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    field: str
    equals: list[str | bool | int]


class DateOrder(BaseModel):
    """A date that cannot come before another date of its scope ("received" >= "requested").

    `strictly`: it must come after, not on the same day; `within_months`: and at most
    that many months after (a plan's review within six months of its start).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    field: str
    strictly: bool = False
    within_months: int | None = Field(default=None, ge=1)


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
    estimate: bool = False  # a date: a month (5.2024) or a year (2024) alone will do
    past_only: bool = False  # a date: one in the future cannot be right
    follows: DateOrder | None = None  # a date: not before another date of its scope

    def text_limit(self) -> int:
        """Characters a text answer may have (0 for a field that is not text)."""
        return self.max_length or TEXT_LIMITS.get(self.type, 0)


class Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    key: str
    title: Text
    help: Text | None = None
    fields: list[FieldDef]


class FormDefinition(BaseModel):
    """`title` heads the form and its paper; `short_title` names it where space is short
    (a tab, a list, the timeline), when the title is long; `new_document` words the
    action that starts one ("Uusi palvelusuunnitelma": a language's grammar decides
    the words, so no sentence around the name can). These are the form's only words
    outside its fields: nothing else words a form (`code_words` asks the definition)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    key: FormKey
    version: int = Field(ge=1)
    title: Text
    short_title: Text | None = None
    new_document: Text
    sections: list[Section]

    def name(self, language: str) -> str:
        return (self.short_title or self.title).get(language)

    def all_fields(self) -> list[FieldDef]:
        return [field for section in self.sections for field in section.fields]

    @model_validator(mode="after")
    def _check_structure(self) -> FormDefinition:
        """A broken definition is refused at load time, not discovered by a user mid-form."""
        problems = structure_problems(self)
        if problems:
            raise ValueError(f"form {self.key} v{self.version}: " + "; ".join(problems))
        return self


def structure_problems(form: FormDefinition) -> list[str]:
    """What makes a definition unusable: clashing keys, dangling or impossible conditions."""
    problems = _duplicates("section", [section.key for section in form.sections])
    return problems + _scope_problems(form.all_fields(), "")


def _scope_problems(fields: list[FieldDef], prefix: str) -> list[str]:
    """Fields answered in one mapping (the form, or one row of a group) form one scope."""
    problems = _duplicates("field", [prefix + field.key for field in fields])
    by_key = {field.key: field for field in fields}
    for field in fields:
        problems += _field_problems(field, prefix + field.key)
        problems += _condition_problems(field, by_key, prefix + field.key)
        problems += _order_problems(field, by_key, prefix + field.key)
        if field.type == FieldType.REPEATING_GROUP:
            problems += _scope_problems(field.fields, f"{prefix}{field.key}[].")
    return problems + _cycle_problems(by_key, prefix)


def _field_problems(field: FieldDef, path: str) -> list[str]:
    problems = _duplicates(f"{path} option", [option.value for option in field.options])
    choice = field.type in (FieldType.SINGLE_CHOICE, FieldType.MULTIPLE_CHOICE)
    if choice != bool(field.options):
        problems.append(f"{path}: options belong to choice fields, and choice fields need them")
    if (field.type == FieldType.REPEATING_GROUP) != bool(field.fields):
        problems.append(f"{path}: columns belong to repeating groups, and groups need them")
    if not set(field.scale_anchors) <= {"1", "2", "3", "4", "5"}:
        problems.append(f"{path}: scale anchors are keyed 1-5")
    if field.scale_anchors and field.type != FieldType.SCALE:
        problems.append(f"{path}: scale anchors on a field that is not a scale")
    dated = field.estimate or field.past_only or field.follows is not None
    if dated and field.type != FieldType.DATE:
        problems.append(f"{path}: estimate, past_only and follows belong to dates")
    if any(o.exclusive for o in field.options) and field.type != FieldType.MULTIPLE_CHOICE:
        problems.append(f"{path}: an exclusive option belongs to a multiple choice")
    return problems


def _order_problems(field: FieldDef, scope: dict[str, FieldDef], path: str) -> list[str]:
    order = field.follows
    if order is None:
        return []
    other = scope.get(order.field)
    if other is None or other.key == field.key or other.type != FieldType.DATE:
        return [f"{path}: follows refers to no other date of its scope"]
    return []


def _condition_problems(field: FieldDef, scope: dict[str, FieldDef], path: str) -> list[str]:
    condition = field.visible_if
    if condition is None:
        return []
    controller = scope.get(condition.field)
    if controller is None or controller.key == field.key:
        return [f"{path}: visible_if refers to no other field of its scope"]
    possible = _possible_values(controller)
    if possible is not None and not all(_is_one_of(v, possible) for v in condition.equals):
        return [f"{path}: visible_if expects a value {condition.field} cannot have"]
    return []


def _possible_values(field: FieldDef) -> list[str | bool | int] | None:
    if field.type == FieldType.YES_NO:
        return [True, False]
    if field.type in (FieldType.SINGLE_CHOICE, FieldType.MULTIPLE_CHOICE):
        return list(_option_values(field))
    return None


def _cycle_problems(scope: dict[str, FieldDef], prefix: str) -> list[str]:
    problems = []
    for key in scope:
        seen = {key}
        condition = scope[key].visible_if
        while condition is not None and condition.field in scope:
            if condition.field in seen:
                problems.append(f"{prefix}{key}: visible_if conditions form a cycle")
                break
            seen.add(condition.field)
            condition = scope[condition.field].visible_if
    return problems


def _duplicates(what: str, keys: list[str]) -> list[str]:
    return [f"duplicate {what} {key}" for key in sorted({k for k in keys if keys.count(k) > 1})]


class AnswerProblem(enum.StrEnum):
    REQUIRED = "required"
    WRONG_TYPE = "wrong_type"
    UNKNOWN_OPTION = "unknown_option"
    OUT_OF_RANGE = "out_of_range"
    TOO_LONG = "too_long"
    BAD_DATE = "bad_date"
    UNKNOWN_FIELD = "unknown_field"
    # a sum as typed (the values of `money.MoneyProblem`)
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_MANY_DECIMALS = "too_many_decimals"
    AMBIGUOUS_NUMBER = "ambiguous_number"
    TOO_LARGE = "too_large"
    # rules between answers, declared in the definition
    IN_FUTURE = "in_future"
    BEFORE_OTHER = "before_other"  # `other` is the earlier date's key
    NOT_AFTER_OTHER = "not_after_other"
    TOO_LONG_AFTER = "too_long_after"  # `limit` is the months allowed
    CONTRADICTION = "contradiction"  # `other` is the exclusive option's value


# Rules between answers: shown as the worker goes, enforced when signing.
RULE_PROBLEMS = frozenset(
    {
        AnswerProblem.IN_FUTURE,
        AnswerProblem.BEFORE_OTHER,
        AnswerProblem.NOT_AFTER_OTHER,
        AnswerProblem.TOO_LONG_AFTER,
        AnswerProblem.CONTRADICTION,
    }
)


class AnswerError(BaseModel):
    """One problem with one answer; `path` is e.g. "goals[2].measure"."""

    model_config = ConfigDict(frozen=True)
    path: str
    problem: AnswerProblem
    other: str | None = None  # the other field or option a rule refers to
    limit: int | None = None  # the number in the rule (months)


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
    form: FormDefinition,
    answers: dict[str, Any],
    *,
    for_signing: bool,
    today: date | None = None,
) -> list[AnswerError]:
    """Check answers against the definition; required fields and rules count when signing.

    A draft may hold a review date typed before its start date is corrected; a signed
    document may not. `today` (the service day) lets "only in the past" be checked.
    """
    errors = _validate_fields(form.all_fields(), answers, "", for_signing)
    if for_signing:
        wrong = {error.path for error in errors}
        errors += [e for e in rule_problems(form, answers, today) if e.path not in wrong]
    return errors


def rule_problems(
    form: FormDefinition, answers: dict[str, Any], today: date | None
) -> list[AnswerError]:
    """Answers that contradict the definition's rules: dates in order, exclusive choices."""
    return _scope_rule_problems(form.all_fields(), answers, "", today)


def _scope_rule_problems(
    fields: list[FieldDef], answers: dict[str, Any], prefix: str, today: date | None
) -> list[AnswerError]:
    errors: list[AnswerError] = []
    by_key = {field.key: field for field in fields}
    for field in _visible_fields(fields, answers):
        value = answers.get(field.key)
        path = prefix + field.key
        if field.type == FieldType.DATE and is_stored_date(value, estimate=field.estimate):
            errors += _date_rule_problems(field, str(value), answers, by_key, path, today)
        elif field.type == FieldType.MULTIPLE_CHOICE and isinstance(value, list):
            errors += _exclusive_problems(field, value, path)
        elif field.type == FieldType.REPEATING_GROUP and isinstance(value, list):
            for index, row in enumerate(value):
                if isinstance(row, dict):
                    errors += _scope_rule_problems(field.fields, row, f"{path}[{index}].", today)
    return errors


def _date_rule_problems(
    field: FieldDef,
    value: str,
    answers: dict[str, Any],
    scope: dict[str, FieldDef],
    path: str,
    today: date | None,
) -> list[AnswerError]:
    if field.past_only and today is not None and earliest_day(value) > today:
        return [AnswerError(path=path, problem=AnswerProblem.IN_FUTURE)]
    order = field.follows
    if order is None:
        return []
    earlier = answers.get(order.field)
    if not is_stored_date(earlier, estimate=scope[order.field].estimate):
        return []
    start, this = earliest_day(str(earlier)), latest_day(value)

    def problem(kind: AnswerProblem, limit: int | None = None) -> list[AnswerError]:
        return [AnswerError(path=path, problem=kind, other=order.field, limit=limit)]

    if this < start:
        return problem(AnswerProblem.BEFORE_OTHER)
    if order.strictly and this == start:
        return problem(AnswerProblem.NOT_AFTER_OTHER)
    months = order.within_months
    if months is not None and earliest_day(value) > add_months(start, months):
        return problem(AnswerProblem.TOO_LONG_AFTER, months)
    return []


def _exclusive_problems(field: FieldDef, chosen: list[Any], path: str) -> list[AnswerError]:
    if len(chosen) < 2:
        return []
    return [
        AnswerError(path=path, problem=AnswerProblem.CONTRADICTION, other=option.value)
        for option in field.options
        if option.exclusive and option.value in chosen
    ][:1]


def _validate_fields(
    fields: list[FieldDef], answers: dict[str, Any], prefix: str, for_signing: bool
) -> list[AnswerError]:
    errors: list[AnswerError] = []
    known = {field.key for field in fields}
    for key in answers:
        if key not in known:
            errors.append(AnswerError(path=prefix + key, problem=AnswerProblem.UNKNOWN_FIELD))
    for field in _visible_fields(fields, answers):
        value = answers.get(field.key)
        path = prefix + field.key
        if _is_empty(value):
            if for_signing and field.required:
                errors.append(AnswerError(path=path, problem=AnswerProblem.REQUIRED))
            continue
        errors += _validate_value(field, value, path, for_signing)
    return errors


def visible_answers(form: FormDefinition, answers: dict[str, Any]) -> dict[str, Any]:
    """The answers a reader of the form can see: answers of hidden fields are left out.

    A draft keeps what was typed into a field that a later choice hid (the worker may
    change their mind); a signed document should hold only what was visible when signed.
    """
    return _visible_part(form.all_fields(), answers)


def _visible_part(fields: list[FieldDef], answers: dict[str, Any]) -> dict[str, Any]:
    by_key = {field.key: field for field in fields}
    shown = {field.key for field in _visible_fields(fields, answers)}
    kept: dict[str, Any] = {}
    for key, value in answers.items():
        field = by_key.get(key)
        if field is None:
            kept[key] = value
        elif key in shown:
            kept[key] = _visible_rows(field, value)
    return kept


def _visible_rows(field: FieldDef, value: Any) -> Any:
    if field.type != FieldType.REPEATING_GROUP or not isinstance(value, list):
        return value
    return [_visible_part(field.fields, row) if isinstance(row, dict) else row for row in value]


def visible_fields(fields: list[FieldDef], answers: dict[str, Any]) -> list[FieldDef]:
    """The fields of one scope (a form, or a row of a group) shown for these answers.

    The form renderer shows and hides fields live with the same rule validation uses.
    """
    return _visible_fields(fields, answers)


def _visible_fields(fields: list[FieldDef], answers: dict[str, Any]) -> list[FieldDef]:
    """Fields shown for these answers; a field controlled by a hidden field is hidden too."""
    by_key = {field.key: field for field in fields}
    return [field for field in fields if _is_visible(field, answers, by_key, set())]


def _is_visible(
    field: FieldDef, answers: dict[str, Any], scope: dict[str, FieldDef], seen: set[str]
) -> bool:
    condition = field.visible_if
    if condition is None:
        return True
    controller = scope.get(condition.field)
    if controller is not None and controller.key not in seen:
        seen.add(field.key)
        if not _is_visible(controller, answers, scope, seen):
            return False
    value = answers.get(condition.field)
    if isinstance(value, list):
        return any(_is_one_of(item, condition.equals) for item in value)
    return _is_one_of(value, condition.equals)


def _is_one_of(value: Any, expected: list[str | bool | int]) -> bool:
    """Membership where True is not 1 and False is not 0 (a yes/no is not a number)."""
    return any(
        isinstance(value, bool) == isinstance(item, bool) and value == item for item in expected
    )


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _validate_value(field: FieldDef, value: Any, path: str, for_signing: bool) -> list[AnswerError]:
    def problem(kind: AnswerProblem) -> list[AnswerError]:
        return [AnswerError(path=path, problem=kind)]

    # Every type is a case: a type added to FieldType without one fails mypy (assert_never),
    # where an if-chain once accepted it unvalidated.
    match field.type:
        case FieldType.SHORT_TEXT | FieldType.LONG_TEXT:
            if not isinstance(value, str):
                return problem(AnswerProblem.WRONG_TYPE)
            return problem(AnswerProblem.TOO_LONG) if len(value) > field.text_limit() else []
        case FieldType.SINGLE_CHOICE:
            known = value in _option_values(field)
            return [] if known else problem(AnswerProblem.UNKNOWN_OPTION)
        case FieldType.MULTIPLE_CHOICE:
            if not isinstance(value, list):
                return problem(AnswerProblem.WRONG_TYPE)
            allowed = _option_values(field)
            known = all(v in allowed for v in value)
            return [] if known else problem(AnswerProblem.UNKNOWN_OPTION)
        case FieldType.YES_NO:
            return [] if isinstance(value, bool) else problem(AnswerProblem.WRONG_TYPE)
        case FieldType.DATE:
            stored = is_stored_date(value, estimate=field.estimate)
            return [] if stored else problem(AnswerProblem.BAD_DATE)
        case FieldType.NUMBER | FieldType.MONEY | FieldType.SCALE:
            return _validate_number(field, value, problem)
        case FieldType.REPEATING_GROUP:
            return _validate_rows(field, value, path, for_signing, problem)
        case unknown:
            assert_never(unknown)


def _validate_number(field: FieldDef, value: Any, problem: Any) -> list[AnswerError]:
    integral = field.type in (FieldType.MONEY, FieldType.SCALE)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return list(problem(AnswerProblem.WRONG_TYPE))
    if integral and not isinstance(value, int):
        return list(problem(AnswerProblem.WRONG_TYPE))
    if field.type == FieldType.MONEY and value < 0:
        return list(problem(AnswerProblem.NEGATIVE))
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
