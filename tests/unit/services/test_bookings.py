"""Booked visits: booking, moving, cancelling, marking done, and the next-visit rule."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from astu_desktop.models import BookedVisit, BookedVisitWorker
from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.services.bookings import (
    BookingInvalid,
    BookingProblem,
    NextVisit,
    NextVisitState,
    book_visit,
    booking_for_visit_on,
    cancel_booking,
    client_bookings,
    initials,
    next_full_hour,
    next_visit_of,
    next_visits,
    reschedule_booking,
    suggested_next_start,
    worker_bookings,
)
from astu_desktop.services.visits import record_visit
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import AccessAction, BookingChangeReason, BookingStatus, VisitKind
from astu_protocol.service_day import HELSINKI, at_helsinki, days_span, service_day
from tests.unit.services.recordkit import People, add_outreach_people

# Tuesday 11 March 2025, 10.00 in Helsinki (EET, UTC+2).
TUESDAY_TEN = datetime(2025, 3, 11, 8, 0, tzinfo=UTC)


@pytest.fixture
def people(store: CaseStore) -> People:
    return add_outreach_people(store)


def _book(store: CaseStore, people: People, **changes: object) -> str:
    values: dict[str, object] = {
        "client_id": people.client_id,
        "starts_at": TUESDAY_TEN,
        "duration_minutes": 45,
        "place": None,
        "worker_ids": [people.me, people.colleague],
        "booked_by_id": people.me,
    } | changes
    with store.session() as s, s.begin():
        return book_visit(s, **values).id  # type: ignore[arg-type]


def test_a_booking_is_saved_with_who_goes_at_the_clients_address_and_logged(store, people):
    booking_id = _book(store, people)
    with store.session() as s:
        booking = s.get(BookedVisit, booking_id)
        goes = set(s.scalars(select(BookedVisitWorker.worker_id)))
        (line,) = client_bookings(s, people.client_id)
        logged = [(e.action, e.target) for e in entries_for_client(s, people.client_id)]
    assert booking is not None
    assert (booking.starts_at, booking.duration_minutes, booking.status) == (
        TUESDAY_TEN,
        45,
        BookingStatus.BOOKED,
    )
    assert goes == {people.me, people.colleague}
    assert line.place == "Kalliolanrinne 4 B 12, 00510 Helsinki"
    assert line.workers == ("Outi Miettinen", "Petri Karjalainen")
    assert logged == [(AccessAction.CREATE, "booked_visit")]


def test_a_place_written_by_the_worker_is_kept(store, people):
    _book(store, people, place="  Kirjasto Oodi  ")
    with store.session() as s:
        (line,) = client_bookings(s, people.client_id)
    assert line.place == "Kirjasto Oodi"


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"worker_ids": []}, BookingProblem.NO_WORKER),
        ({"worker_ids": ["no-such-worker"]}, BookingProblem.UNKNOWN_WORKER),
        ({"starts_at": datetime(2025, 3, 11, 10, 0)}, BookingProblem.NAIVE_TIME),
        ({"client_id": "no-such-client"}, BookingProblem.UNKNOWN_CLIENT),
        ({"duration_minutes": 0}, BookingProblem.BAD_DURATION),
        ({"duration_minutes": 601}, BookingProblem.BAD_DURATION),
        ({"place": "x" * 201}, BookingProblem.PLACE_TOO_LONG),
    ],
)
def test_a_booking_that_cannot_be_saved_says_why_and_saves_nothing(store, people, changes, problem):
    with pytest.raises(BookingInvalid) as refused:
        _book(store, people, **changes)
    assert refused.value.problem == problem
    with store.session() as s:
        assert list(s.scalars(select(BookedVisit))) == []


def test_moving_a_booking_keeps_the_old_time_with_its_reason_and_books_the_new(store, people):
    old_id = _book(store, people)
    later = datetime(2025, 3, 13, 12, 0, tzinfo=UTC)
    with store.session() as s, s.begin():
        new_id = reschedule_booking(
            s, old_id, starts_at=later, reason=BookingChangeReason.CLIENT_ASKED, booked_by_id=None
        ).id
    with store.session() as s:
        old, new = s.get(BookedVisit, old_id), s.get(BookedVisit, new_id)
        (line,) = client_bookings(s, people.client_id)
    assert old is not None
    assert new is not None
    assert (old.status, old.change_reason) == (
        BookingStatus.RESCHEDULED,
        BookingChangeReason.CLIENT_ASKED,
    )
    assert (new.status, new.starts_at, new.duration_minutes) == (BookingStatus.BOOKED, later, 45)
    assert (line.booking_id, line.workers) == (new_id, ("Outi Miettinen", "Petri Karjalainen"))


def test_a_cancelled_booking_keeps_its_reason_and_cannot_be_cancelled_again(store, people):
    booking_id = _book(store, people)
    with store.session() as s, s.begin():
        cancel_booking(s, booking_id, reason=BookingChangeReason.CLIENT_IN_CARE)
    with store.session() as s:
        booking = s.get(BookedVisit, booking_id)
        assert client_bookings(s, people.client_id) == []
    assert booking is not None
    assert (booking.status, booking.change_reason) == (
        BookingStatus.CANCELLED,
        BookingChangeReason.CLIENT_IN_CARE,
    )
    with pytest.raises(BookingInvalid) as refused, store.session() as s, s.begin():
        cancel_booking(s, booking_id, reason=BookingChangeReason.OTHER)
    assert refused.value.problem == BookingProblem.NOT_BOOKED


def test_recording_the_visit_of_a_booking_marks_it_done(store, people):
    booking_id = _book(store, people)
    with store.session() as s:
        found = booking_for_visit_on(s, people.client_id, date(2025, 3, 11))
        assert found is not None
        assert found.booking_id == booking_id
        assert booking_for_visit_on(s, people.client_id, date(2025, 3, 10)) is None
    with store.session() as s, s.begin():
        visit = record_visit(
            s,
            client_id=people.client_id,
            visited_at=TUESDAY_TEN,
            worker_ids=[people.me],
            others_present=None,
            notes=None,
            kind=VisitKind.HOME_VISIT,
            booking_id=booking_id,
        )
    with store.session() as s:
        booking = s.get(BookedVisit, booking_id)
        after = next_visits(s, [people.client_id], date(2025, 3, 11))
    assert booking is not None
    assert (booking.status, booking.visit_id) == (BookingStatus.DONE, visit.id)
    assert after == {people.client_id: NextVisit(NextVisitState.NONE)}


def test_the_next_visit_is_the_earliest_open_booking_and_overdue_after_its_day(store, people):
    _book(store, people, starts_at=datetime(2025, 3, 20, 8, 0, tzinfo=UTC))
    _book(store, people)
    cancelled = _book(store, people, starts_at=datetime(2025, 3, 10, 8, 0, tzinfo=UTC))
    with store.session() as s, s.begin():
        cancel_booking(s, cancelled, reason=BookingChangeReason.WORKER_UNAVAILABLE)
    with store.session() as s:
        on_the_day = next_visits(s, [people.client_id], date(2025, 3, 11))[people.client_id]
        day_after = next_visits(s, [people.client_id], date(2025, 3, 12))[people.client_id]
    assert on_the_day == NextVisit(NextVisitState.BOOKED, TUESDAY_TEN)
    assert day_after == NextVisit(NextVisitState.OVERDUE, TUESDAY_TEN)


def test_a_booking_at_half_past_midnight_belongs_to_its_helsinki_day():
    # 00.30 on Wednesday 12 March in Helsinki is 22.30 on Tuesday in UTC.
    half_past_midnight = datetime(2025, 3, 11, 22, 30, tzinfo=UTC)
    assert service_day(half_past_midnight) == date(2025, 3, 12)
    assert next_visit_of(half_past_midnight, date(2025, 3, 12)).state == NextVisitState.BOOKED
    assert next_visit_of(half_past_midnight, date(2025, 3, 13)).state == NextVisitState.OVERDUE
    # 23.30 on Tuesday in Helsinki is overdue on Wednesday, though UTC's date is still Tuesday.
    late_evening = datetime(2025, 3, 11, 21, 30, tzinfo=UTC)
    assert next_visit_of(late_evening, date(2025, 3, 12)).state == NextVisitState.OVERDUE
    assert next_visit_of(None, date(2025, 3, 12)) == NextVisit(NextVisitState.NONE)


def test_the_next_booking_offered_keeps_the_clock_time_across_the_change_to_summer_time():
    # Monday 10 March 2025 at 10.00 EET; four weeks on is 7 April, 10.00 EEST (UTC+3).
    offered = suggested_next_start(datetime(2025, 3, 10, 8, 0, tzinfo=UTC))
    assert offered.astimezone(UTC) == datetime(2025, 4, 7, 7, 0, tzinfo=UTC)
    assert offered.astimezone(HELSINKI).time() == time(10, 0)


def test_the_day_summer_time_begins_has_23_hours_in_helsinki():
    start, end = days_span(date(2025, 3, 30), 1)
    assert (start, end) == (
        datetime(2025, 3, 29, 22, 0, tzinfo=UTC),
        datetime(2025, 3, 30, 21, 0, tzinfo=UTC),
    )
    assert at_helsinki(date(2025, 10, 26), time(10)) == datetime(2025, 10, 26, 8, 0, tzinfo=UTC)


def test_the_day_view_reads_my_open_bookings_of_the_shown_days_only(store, people):
    monday_late = datetime(2025, 3, 10, 21, 30, tzinfo=UTC)  # 23.30 Monday in Helsinki
    wednesday_early = datetime(2025, 3, 11, 22, 30, tzinfo=UTC)  # 00.30 Wednesday
    mine = _book(store, people)
    _book(store, people, starts_at=monday_late)
    _book(store, people, starts_at=wednesday_early)
    _book(store, people, worker_ids=[people.colleague])  # I am not going
    cancelled = _book(store, people, starts_at=datetime(2025, 3, 11, 12, 0, tzinfo=UTC))
    with store.session() as s, s.begin():
        cancel_booking(s, cancelled, reason=BookingChangeReason.CLIENT_UNREACHABLE)
    with store.session() as s:
        tuesday = worker_bookings(s, people.me, date(2025, 3, 11), 1)
        week = worker_bookings(s, people.me, date(2025, 3, 10), 7)
    assert [line.booking_id for line in tuesday] == [mine]
    assert [line.starts_at for line in week] == [monday_late, TUESDAY_TEN, wednesday_early]
    assert tuesday[0].client_initials == "A. V."


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [("Aino Maria", "Virtanen", "A. V."), ("Åke", "Östman", "Å. Ö."), ("", "Virtanen", "V.")],
)
def test_initials_take_the_first_first_name_and_the_last_name(first, last, expected):
    assert initials(first, last) == expected


@pytest.mark.parametrize(
    ("now", "offered"),
    [
        # Tuesday 11.20 in Helsinki: noon the same day.
        (datetime(2025, 3, 11, 9, 20, tzinfo=UTC), datetime(2025, 3, 11, 10, 0, tzinfo=UTC)),
        # Tuesday 20.20: Wednesday at 9.00.
        (datetime(2025, 3, 11, 18, 20, tzinfo=UTC), datetime(2025, 3, 12, 7, 0, tzinfo=UTC)),
        # Friday 16.30: Monday at 9.00.
        (datetime(2025, 3, 14, 14, 30, tzinfo=UTC), datetime(2025, 3, 17, 7, 0, tzinfo=UTC)),
        # Tuesday 00.30 (Monday 22.30 UTC): Tuesday at 9.00.
        (datetime(2025, 3, 10, 22, 30, tzinfo=UTC), datetime(2025, 3, 11, 7, 0, tzinfo=UTC)),
    ],
)
def test_a_new_booking_is_offered_within_working_hours(now, offered):
    assert next_full_hour(now) == offered
