"""The week as an iCalendar file: parsed back, nothing personal beyond initials, safe writes."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.services.bookings import book_visit, worker_bookings
from astu_desktop.services.calendar_export import calendar_bytes, export_week
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import AccessAction, Service
from tests.unit.services.recordkit import People, add_episode, add_people

STAMP = datetime(2025, 3, 9, 18, 0, tzinfo=UTC)
MONDAY = date(2025, 3, 10)


@pytest.fixture
def people(store: CaseStore) -> People:
    people = add_people(store)
    with store.session() as s, s.begin():
        add_episode(s, people.client_id, Service.OUTREACH, date(2025, 1, 2), people.me)
        for starts_at in (
            datetime(2025, 3, 11, 8, 0, tzinfo=UTC),  # Tuesday 10.00 in Helsinki
            datetime(2025, 3, 16, 21, 30, tzinfo=UTC),  # Sunday 23.30: still this week
            datetime(2025, 3, 16, 22, 30, tzinfo=UTC),  # Monday 00.30: next week
        ):
            book_visit(
                s,
                client_id=people.client_id,
                starts_at=starts_at,
                duration_minutes=45,
                place="Kirjasto Oodi",
                worker_ids=[people.me, people.colleague],
                booked_by_id=people.me,
            )
    return people


def _events(data: bytes) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_the_week_parses_back_with_times_and_initials_only(store, people, tmp_path):
    path = tmp_path / "viikko.ics"
    with store.session() as s, s.begin():
        count = export_week(
            s, worker_id=people.me, first=MONDAY, path=path, title="Kotikäynti", stamp=STAMP
        )
    data = path.read_bytes()
    events = _events(data)
    assert count == 2
    assert [str(event["SUMMARY"]) for event in events] == ["Kotikäynti A. V."] * 2
    assert [event.decoded("DTSTART") for event in events] == [
        datetime(2025, 3, 11, 8, 0, tzinfo=UTC),
        datetime(2025, 3, 16, 21, 30, tzinfo=UTC),
    ]
    assert events[0].decoded("DTEND") == datetime(2025, 3, 11, 8, 45, tzinfo=UTC)
    # A UID is the booking's random id (it may hold "040" by chance), nothing personal.
    lines = data.decode().splitlines()
    assert all(
        re.fullmatch(r"UID:[0-9a-f-]{36}@astu\.hel\.fi", line)
        for line in lines
        if line.startswith("UID:")
    )
    text = "\n".join(line for line in lines if not line.startswith("UID:"))
    for personal in ("Virtanen", "Aino", "Kalliolanrinne", "Oodi", "040", "Outi", "Petri"):
        assert personal not in text
    assert "LOCATION" not in text
    assert (path.stat().st_mode & 0o777) == 0o600


def test_an_export_is_logged_for_each_client_in_the_file(store, people, tmp_path):
    with store.session() as s, s.begin():
        export_week(
            s,
            worker_id=people.me,
            first=MONDAY,
            path=tmp_path / "viikko.ics",
            title="Kotikäynti",
            stamp=STAMP,
        )
    with store.session() as s:
        logged = [(e.action, e.target) for e in entries_for_client(s, people.client_id)]
    assert logged[0] == (AccessAction.EXPORT, "booked_visit:calendar")
    assert logged.count((AccessAction.EXPORT, "booked_visit:calendar")) == 1


def test_long_titles_are_folded_and_special_characters_escaped(store, people):
    title = "Hembesök; med tolk, och " + "ö" * 60
    with store.session() as s:
        lines = worker_bookings(s, people.me, MONDAY, 7)
    data = calendar_bytes(lines, title, STAMP)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert b"Hembes\xc3\xb6k\\; med tolk\\, och" in data
    assert str(_events(data)[0]["SUMMARY"]) == f"{title} A. V."


def test_a_symlink_planted_at_the_path_is_replaced_not_written_through(store, people, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    victim = folder / "victim.txt"
    victim.write_text("keep me")
    path = folder / "viikko.ics"
    path.symlink_to(victim)
    with store.session() as s, s.begin():
        export_week(
            s, worker_id=people.me, first=MONDAY, path=path, title="Kotikäynti", stamp=STAMP
        )
    assert victim.read_text() == "keep me"
    assert not path.is_symlink()
    assert len(_events(path.read_bytes())) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["victim.txt", "viikko.ics"]


def test_an_unwritable_folder_fails_without_leaving_a_file(store, people, tmp_path):
    missing: Path = tmp_path / "no-such-folder" / "viikko.ics"
    with pytest.raises(FileNotFoundError), store.session() as s, s.begin():
        export_week(
            s, worker_id=people.me, first=MONDAY, path=missing, title="Kotikäynti", stamp=STAMP
        )
    with store.session() as s:
        assert entries_for_client(s, people.client_id)[0].action == AccessAction.CREATE
