"""Visits count on the Helsinki day they were made: at 00:30 and around both DST changes.

A visit at 00:30 Helsinki time is still the day before in UTC; before this was fixed the
team chart put a Monday-night visit in the previous week and the year statistics put the
first night of a month in the month before. Every expectation is a literal date, read off
a Helsinki calendar by hand (2026: summer time from Sunday 29 March 01:00 UTC to Sunday
25 October 01:00 UTC).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from astu_desktop.services.overview import store_overview
from astu_desktop.services.statistics import year_statistics
from astu_desktop.services.team_trends import home_visits_per_week
from astu_desktop.services.visits import record_visit
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import VisitKind
from astu_protocol.service_day import offset_periods
from tests.unit.services.recordkit import People, add_outreach_people

WINTER, SUMMER = timedelta(hours=2), timedelta(hours=3)


@pytest.fixture
def people(store: CaseStore) -> People:
    return add_outreach_people(store)


def _visit(store: CaseStore, people: People, *instants: datetime) -> None:
    with store.session() as s, s.begin():
        for instant in instants:
            record_visit(
                s,
                client_id=people.client_id,
                visited_at=instant,
                worker_ids=[people.me],
                others_present=None,
                notes=None,
                kind=VisitKind.HOME_VISIT,
            )


def test_helsinkis_offset_changes_on_the_two_sundays_at_one_utc():
    periods = offset_periods(
        datetime(2025, 12, 31, 22, 0, tzinfo=UTC), datetime(2026, 12, 31, 22, 0, tzinfo=UTC)
    )
    assert periods == [
        (datetime(2025, 12, 31, 22, 0, tzinfo=UTC), WINTER),
        (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), SUMMER),
        (datetime(2026, 10, 25, 1, 0, tzinfo=UTC), WINTER),
    ]


def test_a_span_without_a_change_has_one_offset():
    periods = offset_periods(
        datetime(2026, 6, 1, 21, 0, tzinfo=UTC), datetime(2026, 6, 30, 21, 0, tzinfo=UTC)
    )
    assert periods == [(datetime(2026, 6, 1, 21, 0, tzinfo=UTC), SUMMER)]


def test_a_monday_night_visit_counts_in_the_week_it_begins(store, people):
    _visit(
        store,
        people,
        datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # Sun 29.3. 02.30, the spring change night
        datetime(2026, 3, 29, 21, 30, tzinfo=UTC),  # Mon 30.3. 00.30 summer time
        datetime(2026, 10, 24, 22, 30, tzinfo=UTC),  # Sun 25.10. 01.30, the autumn change
        datetime(2026, 10, 25, 22, 30, tzinfo=UTC),  # Mon 26.10. 00.30 winter time
        datetime(2026, 11, 1, 22, 30, tzinfo=UTC),  # Mon 2.11. 00.30
    )
    with store.session() as s:
        weeks = dict(home_visits_per_week(s, None, date(2026, 11, 4), weeks=33))
    assert {monday: n for monday, n in weeks.items() if n} == {
        date(2026, 3, 23): 1,
        date(2026, 3, 30): 1,
        date(2026, 10, 19): 1,
        date(2026, 10, 26): 1,
        date(2026, 11, 2): 1,
    }


def test_the_charts_first_week_starts_at_helsinkis_midnight(store, people):
    _visit(
        store,
        people,
        datetime(2026, 9, 13, 20, 30, tzinfo=UTC),  # Sun 13.9. 23.30: before the first week
        datetime(2026, 9, 13, 21, 30, tzinfo=UTC),  # Mon 14.9. 00.30: its first hour
    )
    with store.session() as s:
        weeks = home_visits_per_week(s, None, date(2026, 11, 30), weeks=12)
    assert weeks[0] == (date(2026, 9, 14), 1)
    assert sum(n for _, n in weeks) == 1


def test_the_first_night_of_a_month_counts_in_that_month(store, people):
    _visit(
        store,
        people,
        datetime(2025, 12, 31, 22, 30, tzinfo=UTC),  # Thu 1.1.2026 00.30
        datetime(2026, 1, 31, 22, 30, tzinfo=UTC),  # Sun 1.2. 00.30
        datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # Sun 29.3. 02.30, before the change
        datetime(2026, 3, 31, 21, 30, tzinfo=UTC),  # Wed 1.4. 00.30 summer time
        datetime(2026, 10, 31, 22, 30, tzinfo=UTC),  # Sun 1.11. 00.30 winter time
    )
    with store.session() as s:
        figures = year_statistics(s, 2026, today=date(2026, 12, 5))
    assert {month: n for month, n in figures.home_visits.items() if n} == {
        1: 1,
        2: 1,
        3: 1,
        4: 1,
        11: 1,
    }


def test_a_visit_on_the_last_night_of_the_year_is_not_next_years(store, people):
    _visit(store, people, datetime(2026, 12, 31, 21, 30, tzinfo=UTC))  # Thu 31.12. 23.30
    with store.session() as s:
        this_year = year_statistics(s, 2026, today=date(2027, 1, 10))
        next_year = year_statistics(s, 2027, today=date(2027, 1, 10))
    assert this_year.home_visits[12] == 1
    assert next_year.home_visits_total == 0


def test_the_last_30_days_begin_at_helsinkis_midnight(store, people):
    _visit(
        store,
        people,
        datetime(2026, 11, 4, 21, 30, tzinfo=UTC),  # Wed 4.11. 23.30: 31 days before 5.12.
        datetime(2026, 11, 4, 22, 30, tzinfo=UTC),  # Thu 5.11. 00.30: the window's first hour
    )
    with store.session() as s:
        overview = store_overview(s, today=date(2026, 12, 5))
    assert overview.visits_last_30_days == 1
