"""One way to write a time of day: Helsinki's clock, "klo 14.36", in every window."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from astu_desktop.ui.labels import clock_time, moment_text

SUMMER_AFTERNOON = datetime(2026, 7, 1, 11, 36, 7, tzinfo=UTC)  # 14.36.07 in Helsinki
WINTER_NIGHT = datetime(2026, 12, 2, 22, 30, tzinfo=UTC)  # 00.30 on 3 December in Helsinki


@pytest.mark.parametrize(
    ("language", "expected"), [("fi", "klo 14.36"), ("sv", "kl. 14.36"), ("en", "at 14.36")]
)
def test_a_time_of_day_has_minutes_only_and_its_word(translations, language, expected):
    translations.set_language(language)
    assert clock_time(SUMMER_AFTERNOON) == expected


def test_a_moment_today_is_its_time_and_on_another_day_its_date_too(translations):
    assert moment_text(WINTER_NIGHT, today=date(2026, 12, 3)) == "klo 0.30"
    assert moment_text(WINTER_NIGHT, today=date(2026, 12, 4)) == "3.12.2026 klo 0.30"
    translations.set_language("sv")
    assert moment_text(WINTER_NIGHT, today=date(2026, 12, 4)) == "3.12.2026 kl. 0.30"
