"""The service day is Helsinki's, on both sides of midnight and of both DST changes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from astu_protocol.service_day import local, service_day, service_today


@pytest.mark.parametrize(
    ("instant", "day"),
    [
        (datetime(2026, 12, 2, 22, 30, tzinfo=UTC), date(2026, 12, 3)),  # 00:30 in Helsinki
        (datetime(2026, 12, 2, 21, 59, tzinfo=UTC), date(2026, 12, 2)),  # 23:59 in Helsinki
        (datetime(2026, 3, 28, 22, 30, tzinfo=UTC), date(2026, 3, 29)),  # the spring change night
        (datetime(2026, 10, 24, 21, 30, tzinfo=UTC), date(2026, 10, 25)),  # the autumn change
        (datetime(2026, 6, 30, 21, 0), date(2026, 7, 1)),  # naive means stored UTC
    ],
)
def test_a_moment_falls_on_its_helsinki_day(instant, day):
    assert service_day(instant) == day


def test_today_is_helsinkis_today_with_an_injected_clock():
    assert service_today(lambda: datetime(2026, 12, 31, 22, 30, tzinfo=UTC)) == date(2027, 1, 1)


def test_clock_times_are_helsinkis_in_summer_and_winter():
    assert local(datetime(2026, 7, 1, 11, 36, tzinfo=UTC)).strftime("%H.%M") == "14.36"
    assert local(datetime(2026, 12, 1, 12, 36, tzinfo=UTC)).strftime("%H.%M") == "14.36"
