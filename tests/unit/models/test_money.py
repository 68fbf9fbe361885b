"""Money as typed: the stored cents or the reason it is refused, one table."""

from __future__ import annotations

import pytest

from astu_desktop.models.money import MoneyProblem, MoneyRefused, cents_text, parse_money

STORED = [
    ("12 500,50", 1_250_050),
    ("12500,50", 1_250_050),
    ("12500.50", 1_250_050),
    ("12500,5", 1_250_050),
    ("12 500 €", 1_250_000),
    ("12 500,50 €", 1_250_050),
    ("12\u00a0500,50", 1_250_050),  # non-breaking space, as Qt writes Finnish numbers
    ("12\u202f500,50", 1_250_050),  # narrow no-break space
    ("850.5", 85_050),
    ("850,50", 85_050),
    ("0,5", 50),
    (",75", 75),
    ("12.500,50", 1_250_050),
    ("12,500.50", 1_250_050),
    ("1 234 567", 123_456_700),
    ("  42  ", 4_200),
    ("42 EUR", 4_200),
    ("0", 0),
    ("", None),
    ("   ", None),
]

REFUSED = [
    ("-50", MoneyProblem.NEGATIVE),
    ("\u221250", MoneyProblem.NEGATIVE),
    ("-0,01 €", MoneyProblem.NEGATIVE),
    ("1.234,5.6", MoneyProblem.AMBIGUOUS),
    ("1,234.5,6", MoneyProblem.AMBIGUOUS),
    ("1.234", MoneyProblem.AMBIGUOUS),  # one euro twenty-three, or a thousand?
    ("12,505", MoneyProblem.AMBIGUOUS),
    ("1.23.4", MoneyProblem.AMBIGUOUS),
    ("12,5055", MoneyProblem.TOO_MANY_DECIMALS),
    ("0,505", MoneyProblem.TOO_MANY_DECIMALS),
    ("12 50", MoneyProblem.NOT_A_NUMBER),
    ("abc", MoneyProblem.NOT_A_NUMBER),
    ("12e3", MoneyProblem.NOT_A_NUMBER),
    ("1,2,3,4", MoneyProblem.AMBIGUOUS),
    ("100 000 000", MoneyProblem.TOO_LARGE),
]


@pytest.mark.parametrize(("typed", "cents"), STORED)
def test_a_sum_is_stored_exactly_as_typed(typed, cents):
    assert parse_money(typed) == cents


@pytest.mark.parametrize(("typed", "problem"), REFUSED)
def test_a_sum_that_is_not_one_exact_sum_is_refused(typed, problem):
    with pytest.raises(MoneyRefused) as refused:
        parse_money(typed)
    assert refused.value.problem is problem


def test_a_field_limit_is_kept():
    assert parse_money("100,00", limit_cents=10_000) == 10_000
    with pytest.raises(MoneyRefused):
        parse_money("100,01", limit_cents=10_000)


@pytest.mark.parametrize("cents", [0, 5, 85_050, 1_250_050, 99_999_999_99])
def test_a_shown_sum_reads_back_to_the_same_cents(cents):
    assert parse_money(cents_text(cents)) == cents
    assert parse_money(cents_text(cents, decimal_mark=".")) == cents


def test_a_shown_sum_is_grouped_in_thousands():
    assert cents_text(1_250_050) == "12\u00a0500,50"
