"""The value types both sides share: their limits, and that they stand on their own."""

from __future__ import annotations

import subprocess
import sys

import pytest

from astu_protocol import validation
from astu_protocol.tables import TABLES, field_problem
from astu_protocol.values import MAX_DOCUMENT_BYTES, ValueProblem

P = ValueProblem


@pytest.mark.parametrize(
    ("table", "field", "value", "problem"),
    [
        ("client", "first_names", "Aino Maria", None),
        ("client", "first_names", "Ai\ud800no", P.NOT_UNICODE),
        ("client", "first_names", "Aino\nMaria", P.LINE_BREAK),
        ("client", "first_names", "Aino\u2028Maria", P.LINE_BREAK),
        ("client", "first_names", "Aino\x1b[31m", P.CONTROL_CHARACTERS),
        ("client", "first_names", "A" * 121, P.TOO_LONG),
        ("client", "last_name", "\u202enenatriV", P.CONTROL_CHARACTERS),  # shows "Virtanen"
        ("client", "street_address", "Kotikatu 1\u2067 A\u2069", P.CONTROL_CHARACTERS),
        ("home_visit", "notes", "Ei velkaa\u202e.aakkaM", P.CONTROL_CHARACTERS),
        ("home_visit", "notes", "مرحبا\u200f (tervehdys)", None),  # a direction mark stays
        ("client", "background_notes", "rivi\nrivi\tsarkain", None),
        ("client", "background_notes", "rivi\r\nrivi", P.CONTROL_CHARACTERS),
        ("client", "background_notes", "x" * 100_001, P.TOO_LONG),
        ("client", "hetu", "010594Y9032", None),
        ("client", "hetu", "010594y9032", None),  # read as the same code
        ("client", "hetu", "\u202e010594Y9032", P.INVALID_HETU),
        ("client", "birth_date", "1899-12-31", P.OUT_OF_RANGE),
        ("client", "birth_date", "2100-12-31", None),
        ("client", "languages", ["fi", "so"], None),
        ("client", "languages", ["klingon"], P.UNKNOWN_CODE),
        ("client", "preferred_language", "sv", None),
        ("client", "preferred_language", "xx", P.UNKNOWN_CODE),
        ("home_visit", "visited_at", "2026-11-03T09:00:00+02:00", None),
        ("home_visit", "visited_at", "0001-01-01T00:00:00+00:00", P.OUT_OF_RANGE),
        ("home_visit", "visited_at", "0001-01-01T01:00:00+02:00", P.OUT_OF_RANGE),
        ("home_visit", "visited_at", "9999-12-31T23:59:59-05:00", P.OUT_OF_RANGE),
        ("home_visit", "visited_at", "2026-11-03T09:00:00", P.NO_TIME_ZONE),
        ("home_visit", "duration_minutes", 90, None),
        ("home_visit", "duration_minutes", -5, P.OUT_OF_RANGE),
        ("home_visit", "duration_minutes", 2**63, P.OUT_OF_RANGE),
        ("home_visit", "kind", "séance", P.UNKNOWN_CODE),
        ("rent_payment", "amount_cents", 12_345, None),
        ("rent_payment", "amount_cents", -100, P.OUT_OF_RANGE),
        ("rent_payment", "amount_cents", 12.5, P.WRONG_TYPE),
        ("form_document", "answers", {"services_notes": "x" * (MAX_DOCUMENT_BYTES + 1)},
         P.TOO_LARGE),
        ("form_document", "answers", {"services_notes": "\udc00"}, P.NOT_UNICODE),
    ],
)  # fmt: skip
def test_each_field_refuses_what_breaks_its_limits(
    table: str, field: str, value: object, problem: ValueProblem | None
) -> None:
    assert field_problem(TABLES[table].by_name[field], value) is problem


def test_answers_are_checked_against_their_form_and_version() -> None:
    row = {"form_key": "service_plan", "form_version": 1}
    assert validation.problems("form_document", {"answers": {"services_notes": "ok"}}, row) == {}
    unknown = {"answers": {"no_such_question": "x"}}
    assert validation.problems("form_document", unknown, row) == {"answers": P.INVALID_ANSWERS}
    newer = {**row, "form_version": 99}
    assert validation.problems("form_document", {"answers": {}}, newer) == {
        "answers": P.INVALID_ANSWERS
    }


def test_a_henkilotunnus_is_stored_in_its_one_written_form() -> None:
    assert validation.normalised("client", {"hetu": " 010594у9032 "}) == {"hetu": "010594Y9032"}


def test_the_shared_types_import_without_sqlalchemy_qt_or_fastapi() -> None:
    probe = (
        "import sys, astu_protocol.values, astu_protocol.hetu;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'PySide6', 'sqlalchemy', 'fastapi', 'starlette'}))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "[]"
