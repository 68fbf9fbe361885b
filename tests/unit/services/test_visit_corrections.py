"""Correcting or removing a saved visit, until its signed check locks it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from astu_desktop.models import BookedVisit, FormDocument, HomeVisit, VisitWorker
from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.services.bookings import book_visit
from astu_desktop.services.caseload import caseload_rows
from astu_desktop.services.record_timeline import TimelineKind, timeline
from astu_desktop.services.visit_corrections import (
    VisitCorrection,
    VisitLocked,
    correct_visit,
    remove_visit,
    saved_visit,
)
from astu_desktop.services.visits import (
    VisitInvalid,
    VisitProblem,
    record_visit,
    start_living_skills_check,
)
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import (
    AccessAction,
    BookingStatus,
    DocumentStatus,
    FormKey,
    VisitKind,
    VisitRemovalReason,
)
from tests.outboxkit import waiting_fields
from tests.unit.services.recordkit import (
    NOW,
    TODAY,
    People,
    add_outreach_people,
)


@pytest.fixture
def people(store: CaseStore) -> People:
    return add_outreach_people(store)


def visit_of(store: CaseStore, people: People, *, with_check: bool = False) -> str:
    with store.session() as s, s.begin():
        visit = record_visit(
            s, client_id=people.client_id, visited_at=NOW, worker_ids=[people.me],
            others_present="", notes="Vuokra maksettu.", kind=VisitKind.HOME_VISIT,
        )  # fmt: skip
        if with_check:
            start_living_skills_check(s, visit.id, today=TODAY)
        return visit.id


def correction(visit_id: str, **changes) -> VisitCorrection:
    values = {
        "visit_id": visit_id,
        "visited_at": NOW - timedelta(hours=2),
        "worker_ids": [],
        "others_present": "Sisar",
        "notes": "Vuokra maksettu. Jääkaappi tyhjä.",
        "kind": VisitKind.JOINT_VISIT,
    } | changes
    return VisitCorrection(**values)


def sign_check_of(store: CaseStore, visit_id: str) -> None:
    with store.session() as s, s.begin():
        visit = s.get_one(HomeVisit, visit_id)
        check = s.get_one(FormDocument, visit.living_skills_document_id)
        check.status, check.signed_at = DocumentStatus.SIGNED, NOW


def visit_rows(store: CaseStore, people: People) -> list[TimelineKind]:
    with store.session() as s:
        return [e.kind for e in timeline(s, people.client_id) if e.kind == TimelineKind.VISIT]


def test_a_corrected_visit_keeps_its_id_and_shows_what_was_corrected(store, people):
    visit_id = visit_of(store, people)
    fixed = correction(visit_id, worker_ids=[people.colleague, people.me])
    with store.session() as s, s.begin():
        correct_visit(s, fixed)
    with store.session() as s:
        shown = saved_visit(s, visit_id)
        entries = entries_for_client(s, people.client_id)
    assert (shown.visited_at, shown.kind) == (NOW - timedelta(hours=2), VisitKind.JOINT_VISIT)
    assert (shown.others_present, shown.notes) == ("Sisar", "Vuokra maksettu. Jääkaappi tyhjä.")
    assert set(shown.worker_ids) == {people.me, people.colleague}
    assert not shown.locked
    assert (AccessAction.UPDATE, "home_visit") in [(e.action, e.target) for e in entries]


def test_a_worker_unticked_then_ticked_again_keeps_one_row(store, people):
    visit_id = visit_of(store, people)
    for workers in ([people.me, people.colleague], [people.colleague], [people.me]):
        with store.session() as s, s.begin():
            correct_visit(s, correction(visit_id, worker_ids=workers))
    with store.session() as s:
        rows = [(r.worker_id, r.deleted_at is None) for r in s.scalars(select(VisitWorker))]
        shown = saved_visit(s, visit_id)
    assert sorted(rows) == sorted([(people.me, True), (people.colleague, False)])
    assert shown.worker_ids == (people.me,)


def test_a_correction_without_a_worker_or_a_word_is_refused_and_changes_nothing(store, people):
    visit_id = visit_of(store, people)
    refusals = []
    for bad in (
        correction(visit_id, worker_ids=[]),
        correction(visit_id, worker_ids=[people.me], notes=" ", others_present=""),
    ):
        with pytest.raises(VisitInvalid) as refused, store.session() as s, s.begin():
            correct_visit(s, bad)
        refusals.append(refused.value.problem)
    with store.session() as s:
        shown = saved_visit(s, visit_id)
    assert refusals == [VisitProblem.NO_WORKER, VisitProblem.EMPTY]
    assert (shown.notes, shown.kind) == ("Vuokra maksettu.", VisitKind.HOME_VISIT)


def test_a_removed_visit_leaves_every_list_and_keeps_its_reason(store, people):
    visit_id = visit_of(store, people)
    with store.session() as s:
        (before,) = caseload_rows(s, [people.client_id], today=TODAY)
    assert before.last_visit == NOW
    with store.session() as s, s.begin():
        remove_visit(s, visit_id, reason=VisitRemovalReason.WRONG_CLIENT)
    with store.session() as s:
        visit = s.get_one(HomeVisit, visit_id)
        workers = s.scalars(select(VisitWorker.deleted_at)).all()
        (after,) = caseload_rows(s, [people.client_id], today=TODAY)
        entries = entries_for_client(s, people.client_id)
        sent = set(waiting_fields(s, visit_id))
    assert (visit.is_deleted, visit.removal_reason) == (True, VisitRemovalReason.WRONG_CLIENT)
    assert visit.notes == "Vuokra maksettu."  # a tombstone: nothing is hard-deleted
    assert all(deleted is not None for deleted in workers)
    assert visit_rows(store, people) == []
    assert after.last_visit is None
    assert {"deleted_at", "removal_reason"} <= sent  # the removal reaches the server
    assert (AccessAction.UPDATE, "home_visit:removal") in [(e.action, e.target) for e in entries]


def test_removing_a_visit_takes_its_draft_check_and_reopens_its_booking(store, people):
    with store.session() as s, s.begin():
        booking = book_visit(
            s, client_id=people.client_id, starts_at=NOW, duration_minutes=60, place=None,
            worker_ids=[people.me], booked_by_id=people.me,
        )  # fmt: skip
        visit = record_visit(
            s, client_id=people.client_id, visited_at=NOW, worker_ids=[people.me],
            others_present="", notes="Käynti.", kind=VisitKind.HOME_VISIT, booking_id=booking.id,
        )  # fmt: skip
        check = start_living_skills_check(s, visit.id, today=TODAY)
        booking_id, visit_id, check_id = booking.id, visit.id, check.id
    with store.session() as s, s.begin():
        remove_visit(s, visit_id, reason=VisitRemovalReason.DID_NOT_HAPPEN)
    with store.session() as s:
        reopened = s.get_one(BookedVisit, booking_id)
        draft = s.get_one(FormDocument, check_id)
    assert (reopened.status, reopened.visit_id) == (BookingStatus.BOOKED, None)
    assert draft.is_deleted


def test_a_signed_check_locks_its_visit(store, people):
    visit_id = visit_of(store, people, with_check=True)
    sign_check_of(store, visit_id)
    with store.session() as s:
        assert saved_visit(s, visit_id).locked
    for change in (
        lambda s: correct_visit(s, correction(visit_id, worker_ids=[people.me])),
        lambda s: remove_visit(s, visit_id, reason=VisitRemovalReason.DUPLICATE),
    ):
        with pytest.raises(VisitLocked), store.session() as s, s.begin():
            change(s)
    with store.session() as s:
        visit = s.get_one(HomeVisit, visit_id)
        checks = select(FormDocument).where(FormDocument.form_key == FormKey.LIVING_SKILLS_CHECK)
        check = s.scalars(checks).one()
    assert (visit.is_deleted, visit.notes) == (False, "Vuokra maksettu.")
    assert check.status == DocumentStatus.SIGNED


def test_a_draft_check_does_not_lock_its_visit(store, people):
    visit_id = visit_of(store, people, with_check=True)
    with store.session() as s, s.begin():
        correct_visit(s, correction(visit_id, worker_ids=[people.me], notes="", others_present=""))
    with store.session() as s:
        shown = saved_visit(s, visit_id)
    assert (shown.locked, shown.notes) == (False, "")  # the check says what happened


def test_a_removed_visit_cannot_be_corrected(store, people):
    visit_id = visit_of(store, people)
    with store.session() as s, s.begin():
        remove_visit(s, visit_id, reason=VisitRemovalReason.OTHER, now=datetime.now(UTC))
    with pytest.raises(LookupError), store.session() as s, s.begin():
        correct_visit(s, correction(visit_id, worker_ids=[people.me]))
