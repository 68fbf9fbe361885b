"""The shipped form definitions and the schema rules they are held to."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from astu_protocol.codes import FormKey, HousingQueue, HousingType
from astu_protocol.forms import (
    AnswerError,
    AnswerProblem,
    FieldDef,
    FieldType,
    FormDefinition,
    Text,
    definition,
    definitions,
    structure_problems,
    validate_answers,
    visible_answers,
)

LIVING_SKILLS_AREAS = [
    "hygiene",
    "food",
    "money_management",
    "rent_payment",
    "cleanliness",
    "upkeep_repairs",
    "safety",
    "neighbours",
    "agencies_mail",
    "leisure",
]
SHIPPED = [definition(key) for key in FormKey]


def texts_in(value: object, where: str = "") -> list[tuple[str, Text]]:
    """Every Text inside a definition, with a readable location for failure messages."""
    if isinstance(value, Text):
        return [(where, value)]
    if isinstance(value, BaseModel):
        children = [(f"{where}.{name}", child) for name, child in value]
    elif isinstance(value, dict):
        children = [(f"{where}[{key}]", child) for key, child in value.items()]
    elif isinstance(value, list):
        children = [(f"{where}[{index}]", child) for index, child in enumerate(value)]
    else:
        return []
    return [found for here, child in children for found in texts_in(child, here)]


def scopes(fields: list[FieldDef]) -> list[list[FieldDef]]:
    """The form's top-level fields, then the columns of each repeating group."""
    found = [fields]
    for field in fields:
        if field.type == FieldType.REPEATING_GROUP:
            found += scopes(field.fields)
    return found


def field_of(form: FormDefinition, key: str) -> FieldDef:
    return next(field for field in form.all_fields() if field.key == key)


def problems(form: FormDefinition, answers: dict[str, Any], *, for_signing: bool) -> set[tuple]:
    errors = validate_answers(form, answers, for_signing=for_signing)
    return {(error.path, error.problem) for error in errors}


def minimal_definition(fields: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "key": "service_plan",
        "version": 99,
        "title": {"fi": "Testi", "sv": "Test", "en": "Test"},
        "new_document": {"fi": "Uusi testi", "sv": "Nytt test", "en": "New test"},
        "sections": [{"key": "s", "title": {"fi": "O", "sv": "A", "en": "P"}, "fields": fields}],
    }


def text(word: str) -> dict[str, str]:
    return {"fi": word, "sv": word, "en": word}


# -- the shipped definitions ------------------------------------------------------------


def test_every_form_ships_version_one() -> None:
    assert {(key, version) for key, version in definitions()} == {(key, 1) for key in FormKey}


@pytest.mark.parametrize("form", SHIPPED, ids=lambda form: form.key.value)
def test_definition_has_no_structural_problems(form: FormDefinition) -> None:
    assert structure_problems(form) == []


@pytest.mark.parametrize("form", SHIPPED, ids=lambda form: form.key.value)
def test_keys_are_unique_within_each_answer_scope(form: FormDefinition) -> None:
    section_keys = [section.key for section in form.sections]
    assert len(section_keys) == len(set(section_keys))
    for scope in scopes(form.all_fields()):
        keys = [field.key for field in scope]
        assert len(keys) == len(set(keys)), keys


@pytest.mark.parametrize("form", SHIPPED, ids=lambda form: form.key.value)
def test_every_condition_points_to_an_existing_field_of_its_scope(form: FormDefinition) -> None:
    for scope in scopes(form.all_fields()):
        keys = {field.key for field in scope}
        for field in scope:
            if field.visible_if is not None:
                assert field.visible_if.field in keys - {field.key}, field.key


@pytest.mark.parametrize("form", SHIPPED, ids=lambda form: form.key.value)
def test_every_label_option_and_help_is_written_in_finnish_swedish_and_english(
    form: FormDefinition,
) -> None:
    found = texts_in(form)
    assert len(found) > 20
    for where, label in found:
        for language in ("fi", "sv", "en"):
            assert label.get(language).strip(), f"{form.key}{where} has no {language}"


@pytest.mark.parametrize("form", SHIPPED, ids=lambda form: form.key.value)
def test_every_choice_field_offers_options(form: FormDefinition) -> None:
    for scope in scopes(form.all_fields()):
        for field in scope:
            if field.type in (FieldType.SINGLE_CHOICE, FieldType.MULTIPLE_CHOICE):
                assert len(field.options) >= 2, field.key


def test_sas_recommendation_offers_exactly_the_housing_types_and_queues() -> None:
    form = definition(FormKey.ASSESSMENT_INTERVIEW)
    housing = {option.value for option in field_of(form, "sas_housing_type").options}
    queues = {option.value for option in field_of(form, "sas_queue").options}
    assert housing == {member.value for member in HousingType}
    assert queues == {member.value for member in HousingQueue}


def test_assessment_requires_the_clients_opinion_and_the_workers_conclusion() -> None:
    form = definition(FormKey.ASSESSMENT_INTERVIEW)
    found = problems(form, {}, for_signing=True)
    assert ("client_opinion", AnswerProblem.REQUIRED) in found
    assert ("worker_conclusion", AnswerProblem.REQUIRED) in found


def test_assessment_covers_the_interview_topics_of_the_service() -> None:
    form = definition(FormKey.ASSESSMENT_INTERVIEW)
    sections = [section.key for section in form.sections]
    for topic in (
        "housing_history",
        "family_relations",
        "finances",
        "education_work",
        "health",
        "substance_use",
        "daily_life",
        "support_needs",
        "statements",
    ):
        assert topic in sections
    assert form.title.fi == "Arviohaastattelu"


def test_debt_amount_is_asked_only_when_there_are_debts() -> None:
    form = definition(FormKey.ASSESSMENT_INTERVIEW)
    assert field_of(form, "debt_amount").type == FieldType.MONEY
    hidden = {"has_debts": False, "debt_amount": -5}
    shown = {"has_debts": True, "debt_amount": -5}
    assert problems(form, hidden, for_signing=False) == set()
    assert problems(form, shown, for_signing=False) == {("debt_amount", AnswerProblem.NEGATIVE)}


def test_statement_rows_are_checked_column_by_column() -> None:
    form = definition(FormKey.ASSESSMENT_INTERVIEW)
    answers = {
        "statements": [
            {"source": "health_care", "requested_on": "2025-02-03", "received": True},
            {"source": "other", "requested_on": "3.2.2025"},
        ]
    }
    assert problems(form, answers, for_signing=True) >= {
        ("statements[1].source_other", AnswerProblem.REQUIRED),
        ("statements[1].requested_on", AnswerProblem.BAD_DATE),
    }
    assert not any(
        path.startswith("statements[0]") for path, _ in problems(form, answers, for_signing=True)
    )


def test_service_plan_asks_for_both_views_only_when_client_and_worker_disagree() -> None:
    form = definition(FormKey.SERVICE_PLAN)
    agree = problems(form, {"client_and_worker_agree": True}, for_signing=True)
    disagree = problems(form, {"client_and_worker_agree": False}, for_signing=True)
    reasons = {
        ("client_view_with_reasons", AnswerProblem.REQUIRED),
        ("worker_view_with_reasons", AnswerProblem.REQUIRED),
    }
    assert not agree & reasons
    assert disagree >= reasons
    assert {
        ("plan_start", AnswerProblem.REQUIRED),
        ("review_date", AnswerProblem.REQUIRED),
    } <= agree


def test_service_plan_goals_need_at_least_one_goal_with_text() -> None:
    form = definition(FormKey.SERVICE_PLAN)
    assert ("goals", AnswerProblem.REQUIRED) in problems(form, {"goals": []}, for_signing=True)
    empty_goal = {"goals": [{"measures": "Kotikäynnit kahden viikon välein"}]}
    assert ("goals[0].goal", AnswerProblem.REQUIRED) in problems(form, empty_goal, for_signing=True)


def test_living_skills_check_has_a_rated_section_per_area() -> None:
    form = definition(FormKey.LIVING_SKILLS_CHECK)
    for area in LIVING_SKILLS_AREAS:
        score = field_of(form, f"{area}_score")
        assert score.type == FieldType.SCALE
        assert score.required
        assert {"1", "3", "5"} <= set(score.scale_anchors)
        assert field_of(form, f"{area}_note").type == FieldType.LONG_TEXT
    assert field_of(form, "next_steps").required
    anchors = field_of(form, "hygiene_score").scale_anchors
    assert anchors["1"].fi == "Tarvitsee paljon tukea"
    assert anchors["5"].fi == "Selviytyy itsenäisesti"


def test_living_skills_scores_must_be_whole_numbers_from_one_to_five() -> None:
    form = definition(FormKey.LIVING_SKILLS_CHECK)
    answers = {"hygiene_score": 6, "food_score": 2.5, "safety_score": True, "leisure_score": 0}
    assert problems(form, answers, for_signing=False) == {
        ("hygiene_score", AnswerProblem.OUT_OF_RANGE),
        ("food_score", AnswerProblem.WRONG_TYPE),
        ("safety_score", AnswerProblem.WRONG_TYPE),
        ("leisure_score", AnswerProblem.OUT_OF_RANGE),
    }


# -- schema rules for definitions --------------------------------------------------------


def test_definition_with_a_duplicate_field_key_is_refused() -> None:
    fields = [
        {"key": "note", "type": "long_text", "label": text("a")},
        {"key": "note", "type": "short_text", "label": text("b")},
    ]
    with pytest.raises(ValidationError, match="duplicate field note"):
        FormDefinition.model_validate(minimal_definition(fields))


def test_definition_with_a_dangling_condition_is_refused() -> None:
    fields = [
        {
            "key": "reasons",
            "type": "long_text",
            "label": text("a"),
            "visible_if": {"field": "agree", "equals": [False]},
        }
    ]
    with pytest.raises(ValidationError, match="visible_if refers to no other field"):
        FormDefinition.model_validate(minimal_definition(fields))


def test_definition_with_a_condition_on_an_impossible_value_is_refused() -> None:
    fields = [
        {
            "key": "kind",
            "type": "single_choice",
            "label": text("a"),
            "options": [{"value": "a", "label": text("a")}, {"value": "b", "label": text("b")}],
        },
        {
            "key": "detail",
            "type": "short_text",
            "label": text("d"),
            "visible_if": {"field": "kind", "equals": ["c"]},
        },
    ]
    with pytest.raises(ValidationError, match="a value kind cannot have"):
        FormDefinition.model_validate(minimal_definition(fields))


def test_definition_with_circular_conditions_is_refused() -> None:
    fields = [
        {
            "key": "a",
            "type": "yes_no",
            "label": text("a"),
            "visible_if": {"field": "b", "equals": [True]},
        },
        {
            "key": "b",
            "type": "yes_no",
            "label": text("b"),
            "visible_if": {"field": "a", "equals": [True]},
        },
    ]
    with pytest.raises(ValidationError, match="cycle"):
        FormDefinition.model_validate(minimal_definition(fields))


def test_choice_field_without_options_is_refused() -> None:
    fields = [{"key": "kind", "type": "single_choice", "label": text("a")}]
    with pytest.raises(ValidationError, match="choice fields need them"):
        FormDefinition.model_validate(minimal_definition(fields))


# -- visibility -------------------------------------------------------------------------


def chained_form() -> FormDefinition:
    """has_debts -> in_enforcement -> enforcement_note; `count` is a plain number."""
    return FormDefinition.model_validate(
        minimal_definition(
            [
                {"key": "has_debts", "type": "yes_no", "label": text("a")},
                {
                    "key": "in_enforcement",
                    "type": "yes_no",
                    "label": text("b"),
                    "visible_if": {"field": "has_debts", "equals": [True]},
                },
                {
                    "key": "enforcement_note",
                    "type": "long_text",
                    "label": text("c"),
                    "required": True,
                    "visible_if": {"field": "in_enforcement", "equals": [True]},
                },
                {"key": "count", "type": "number", "label": text("d")},
                {
                    "key": "count_note",
                    "type": "long_text",
                    "label": text("e"),
                    "required": True,
                    "visible_if": {"field": "count", "equals": [1]},
                },
            ]
        )
    )


def test_a_field_controlled_by_a_hidden_field_is_hidden_too() -> None:
    form = chained_form()
    stale = {"has_debts": False, "in_enforcement": True}
    current = {"has_debts": True, "in_enforcement": True}
    assert problems(form, stale, for_signing=True) == set()
    assert problems(form, current, for_signing=True) == {
        ("enforcement_note", AnswerProblem.REQUIRED)
    }


def test_yes_is_not_the_number_one_in_conditions() -> None:
    form = chained_form()
    assert problems(form, {"count": True}, for_signing=True) == {
        ("count", AnswerProblem.WRONG_TYPE)
    }
    assert problems(form, {"count": 1}, for_signing=True) == {
        ("count_note", AnswerProblem.REQUIRED)
    }


def test_visible_answers_leave_out_what_the_reader_cannot_see() -> None:
    form = definition(FormKey.ASSESSMENT_INTERVIEW)
    answers = {
        "has_debts": False,
        "debt_amount": 120_000,
        "statements": [
            {"source": "health_care", "source_other": "Vanha", "requested_on": "2025-01-02"}
        ],
    }
    assert visible_answers(form, answers) == {
        "has_debts": False,
        "statements": [{"source": "health_care", "requested_on": "2025-01-02"}],
    }


def test_answer_errors_name_the_path_and_the_problem() -> None:
    error = AnswerError(path="goals[2].due_by", problem=AnswerProblem.BAD_DATE)
    dumped = error.model_dump(mode="json", exclude_none=True)
    assert dumped == {"path": "goals[2].due_by", "problem": "bad_date"}


@pytest.mark.parametrize(
    ("field_type", "max_length", "limit"),
    [("short_text", None, 200), ("long_text", None, 20_000), ("long_text", 500, 500)],
)
def test_a_text_answer_is_limited_by_one_declaration(field_type, max_length, limit):
    """Validation refuses one character past the limit the editor counts down to."""
    field = FieldDef.model_validate(
        {"key": "note", "type": field_type, "label": {"fi": "M", "sv": "A", "en": "N"},
         "max_length": max_length}
    )  # fmt: skip
    form = FormDefinition.model_validate(
        {"key": "service_plan", "version": 99, "title": {"fi": "T", "sv": "T", "en": "T"},
         "new_document": {"fi": "U", "sv": "N", "en": "N"},
         "sections": [{"key": "s", "title": {"fi": "O", "sv": "A", "en": "P"},
                       "fields": [field.model_dump()]}]}
    )  # fmt: skip
    assert validate_answers(form, {"note": "x" * limit}, for_signing=False) == []
    refused = validate_answers(form, {"note": "x" * (limit + 1)}, for_signing=False)
    assert [error.problem for error in refused] == [AnswerProblem.TOO_LONG]
