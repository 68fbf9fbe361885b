"""A value refused on either side is explained in the worker's language, never as a code."""

from __future__ import annotations

import pytest

from astu_desktop.sync import received
from astu_desktop.sync.outbox import quarantine_reason
from astu_desktop.ui.errors import describe
from astu_desktop.ui.sync import texts
from astu_protocol.messages import ChangeResult, Outcome, RefusalReason
from astu_protocol.validation import InvalidValue
from astu_protocol.values import ValueProblem


@pytest.mark.parametrize("problem", sorted(ValueProblem))
def test_every_value_problem_has_a_sentence(translations, problem: ValueProblem) -> None:
    assert problem.value in texts._VALUE_PROBLEMS
    refusal = ChangeResult(
        table="home_visit", row_id="v", outcome=Outcome.REFUSED,
        reason=RefusalReason.INVALID_VALUE, fields=["visited_at"], problems={"visited_at": problem},
    )  # fmt: skip
    assert texts.refusal_text(quarantine_reason(refusal)) == texts.value_problem_text(problem)


@pytest.mark.parametrize("reason", received.RECEIVED_REASONS)
def test_rows_set_aside_from_a_pull_are_explained(translations, reason: str) -> None:
    assert texts.refusal_text(reason) != texts.refusal_text("invalid_value")


@pytest.mark.parametrize(
    ("language", "refused", "not_saved"),
    [
        ("fi", "Luku, päivämäärä tai aika on sallitun välin ulkopuolella",
         "Tallennus ei onnistunut (Käynnin aika). Luku, päivämäärä"),
        ("sv", "Ett tal, ett datum eller en tid ligger utanför",
         "Det gick inte att spara (Tid för besöket). Ett tal"),
        ("en", "A number, date or time is outside its allowed range",
         "This could not be saved (Time of the visit). A number"),
    ],
)  # fmt: skip
def test_a_year_one_visit_is_explained_in_the_chosen_language(
    translations, language: str, refused: str, not_saved: str
) -> None:
    translations.set_language(language)
    assert texts.refusal_text("value_out_of_range").startswith(refused)
    error = InvalidValue("home_visit", {"visited_at": ValueProblem.OUT_OF_RANGE})
    assert describe(error).startswith(not_saved)
