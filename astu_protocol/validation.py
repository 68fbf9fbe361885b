"""Checking a row's values against their declared types, the same on both sides.

The laptop calls this before a change enters the outbox (change capture) and when it
applies a pulled row; the server before it stores a pushed row and when it puts a
stored row into a feed page. Field types come from `tables` (`astu_protocol.values`);
the one rule of a whole row is that a form's answers fit its definition and version.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from astu_protocol.codes import FormKey
from astu_protocol.forms import definition, validate_answers
from astu_protocol.tables import TABLES, field_problem
from astu_protocol.values import ValueProblem

Problems = dict[str, ValueProblem]


class InvalidValue(ValueError):
    """A value a synced field cannot hold: the save is refused and nothing is queued.

    The message names the fields and the limits broken, never the value itself.
    """

    def __init__(self, table: str, problems: Problems) -> None:
        listed = ", ".join(f"{name}: {problem.value}" for name, problem in sorted(problems.items()))
        super().__init__(f"invalid value in {table} ({listed})")
        self.table = table
        self.problems = problems


def refuse_invalid(table: str, fields: Mapping[str, Any], row: Mapping[str, Any]) -> None:
    """Raise `InvalidValue` when any of `fields` fails its type (the laptop's capture)."""
    found = problems(table, fields, row)
    if found:
        raise InvalidValue(table, found)


DOCUMENT_TABLE = "form_document"
_FORM_FIELDS = ("answers", "form_key", "form_version")


def problems(
    table: str, fields: Mapping[str, Any], row: Mapping[str, Any] | None = None
) -> Problems:
    """Per field, why a value of `fields` cannot be stored; `row` holds the row's other
    values (for the form rule). Unknown tables and fields are the caller's to refuse."""
    spec = TABLES.get(table)
    if spec is None:
        return {}
    found = {
        name: problem
        for name, value in fields.items()
        if name in spec.by_name and (problem := field_problem(spec.by_name[name], value))
    }
    if table == DOCUMENT_TABLE and not found and any(name in fields for name in _FORM_FIELDS):
        answers_problem = _answers_problem({**(row or {}), **fields})
        if answers_problem is not None:
            found["answers"] = answers_problem
    return found


def normalised(table: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The values as they are stored (a henkilötunnus in its one written form)."""
    spec = TABLES[table]
    return {
        name: value if value is None or name not in spec.by_name
        else spec.by_name[name].value.normalised(value)
        for name, value in fields.items()
    }  # fmt: skip


def _answers_problem(row: Mapping[str, Any]) -> ValueProblem | None:
    answers, key, version = (row.get(name) for name in _FORM_FIELDS)
    if not isinstance(answers, dict) or not isinstance(key, str) or not isinstance(version, int):
        return None  # a missing part is the required-field check's to refuse
    try:
        form = definition(FormKey(key), version)
    except (KeyError, LookupError, ValueError):
        return ValueProblem.INVALID_ANSWERS  # no such form version is known here
    if validate_answers(form, answers, for_signing=False):
        return ValueProblem.INVALID_ANSWERS
    return None
