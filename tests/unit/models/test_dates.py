"""Dates as typed: the stored form or a refusal, one table; and partial dates' bounds."""

from __future__ import annotations

from datetime import date

import pytest

from astu_protocol.dates import (
    earliest_day,
    is_stored_date,
    latest_day,
    parse_date,
    stored_date_text,
)

STORED = [
    ("1.5.24", False, "2024-05-01"),
    ("01.05.2024", False, "2024-05-01"),
    ("1.5.2024.", False, "2024-05-01"),
    ("2024-05-01", False, "2024-05-01"),
    ("31/12/2025", False, "2025-12-31"),
    ("1.5.89", False, "1989-05-01"),
    ("29.2.2024", False, "2024-02-29"),
    ("5.2024", True, "2024-05"),
    ("05/2024", True, "2024-05"),
    ("2024-05", True, "2024-05"),
    ("2024", True, "2024"),
    ("1.5.24", True, "2024-05-01"),
    ("", False, None),
]

REFUSED = [
    ("5.2024", False),  # a month only where the form needs the day
    ("2024", False),
    ("29.2.2023", False),
    ("31.4.2024", False),
    ("1.13.24", True),
    ("13.2024", True),
    ("1.5.1850", False),
    ("1850", True),
    ("tomorrow", True),
    ("2024-5-1", False),
]


@pytest.mark.parametrize(("typed", "estimate", "stored"), STORED)
def test_a_date_is_stored_as_typed(typed, estimate, stored):
    assert parse_date(typed, estimate=estimate) == stored


@pytest.mark.parametrize(("typed", "estimate"), REFUSED)
def test_what_is_not_a_date_is_refused(typed, estimate):
    with pytest.raises(ValueError, match="not a date"):
        parse_date(typed, estimate=estimate)


def test_partial_dates_are_stored_answers_only_where_an_estimate_will_do():
    assert is_stored_date("2024-05-01")
    assert not is_stored_date("2024-05")
    assert is_stored_date("2024-05", estimate=True)
    assert is_stored_date("2024", estimate=True)
    assert not is_stored_date("2024-02-30", estimate=True)


def test_a_partial_date_covers_its_month_or_year():
    assert (earliest_day("2024-02"), latest_day("2024-02")) == (date(2024, 2, 1), date(2024, 2, 29))
    assert (earliest_day("2024"), latest_day("2024")) == (date(2024, 1, 1), date(2024, 12, 31))
    assert latest_day("2024-12") == date(2024, 12, 31)


def test_a_stored_date_is_written_the_finnish_way():
    assert [stored_date_text(v) for v in ("2024-05-01", "2024-05", "2024")] == [
        "1.5.2024",
        "5.2024",
        "2024",
    ]
