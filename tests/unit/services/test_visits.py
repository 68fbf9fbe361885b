"""Recording home visits: workers, links to living-skills checks, logging, what becomes due."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from astu_desktop.models import FormDocument, HomeVisit, VisitWorker
from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.services.bookings import NextVisit, NextVisitState
from astu_desktop.services.caseload import caseload_rows
from astu_desktop.services.client_record import load_client_record
from astu_desktop.services.record_timeline import TimelineKind
from astu_desktop.services.visits import (
    VisitInvalid,
    VisitProblem,
    record_visit,
    start_living_skills_check,
    visit_workers,
)
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import AccessAction, DocumentStatus, FormKey, VisitKind
from tests.unit.services.recordkit import (
    NOW,
    TODAY,
    People,
    add_document,
    add_outreach_people,
)


@pytest.fixture
def people(store: CaseStore) -> People:
    return add_outreach_people(store)


def _visit(store: CaseStore, people: People, **changes) -> str:
    values = {
        "client_id": people.client_id,
        "visited_at": NOW,
        "worker_ids": [people.me, people.colleague],
        "others_present": "  Sisar  ",
        "notes": "Käytiin läpi vuokranmaksu.",
        "kind": VisitKind.HOME_VISIT,
    } | changes
    with store.session() as s, s.begin():
        return record_visit(s, **values).id


def test_a_visit_is_saved_with_its_workers_and_who_recorded_it(store, people):
    visit_id = _visit(store, people, duration_minutes=45)
    with store.session() as s:
        visit = s.get(HomeVisit, visit_id)
        workers = set(s.scalars(select(VisitWorker.worker_id)))
    assert visit is not None
    assert (visit.visited_at, visit.kind, visit.duration_minutes) == (
        NOW,
        VisitKind.HOME_VISIT,
        45,
    )
    assert (visit.others_present, visit.notes) == ("Sisar", "Käytiin läpi vuokranmaksu.")
    assert visit.recorded_by_id == people.me
    assert workers == {people.me, people.colleague}


def test_saving_a_visit_is_logged_as_a_create(store, people):
    _visit(store, people)
    with store.session() as s:
        entries = entries_for_client(s, people.client_id)
    assert [(e.action, e.target, e.worker_id) for e in entries] == [
        (AccessAction.CREATE, "home_visit", people.me)
    ]


def test_a_recorded_visit_books_nothing_by_itself(store, people):
    _visit(store, people)
    with store.session() as s:
        (after,) = caseload_rows(s, [people.client_id], TODAY)
    assert after.next_visit == NextVisit(NextVisitState.NONE)  # never guessed from the last


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"worker_ids": []}, VisitProblem.NO_WORKER),
        ({"worker_ids": ["no-such-worker"]}, VisitProblem.UNKNOWN_WORKER),
        ({"visited_at": datetime(2025, 3, 10, 12, 0)}, VisitProblem.NAIVE_TIME),
        ({"client_id": "no-such-client"}, VisitProblem.UNKNOWN_CLIENT),
        ({"others_present": "x" * 401}, VisitProblem.OTHERS_TOO_LONG),
    ],
)
def test_a_visit_that_cannot_be_saved_says_why(store, people, changes, problem):
    with pytest.raises(VisitInvalid) as refused:
        _visit(store, people, **changes)
    assert refused.value.problem == problem
    with store.session() as s:
        assert list(s.scalars(select(HomeVisit))) == []


def test_a_living_skills_check_started_on_the_visit_is_a_linked_draft(store, people):
    visit_id = _visit(store, people)
    with store.session() as s, s.begin():
        document_id = start_living_skills_check(s, visit_id, today=TODAY).id
    with store.session() as s:
        visit = s.get(HomeVisit, visit_id)
        document = s.get(FormDocument, document_id)
        targets = [e.target for e in entries_for_client(s, people.client_id)]
    assert visit is not None
    assert document is not None
    assert visit.living_skills_document_id == document_id
    assert (document.form_key, document.status, document.author_id) == (
        FormKey.LIVING_SKILLS_CHECK,
        DocumentStatus.DRAFT,
        people.me,
    )
    assert targets == ["form_document:living_skills_check", "home_visit"]


def test_an_existing_check_is_linked_but_another_form_is_refused(store, people):
    with store.session() as s, s.begin():
        check = add_document(s, people.client_id, FormKey.LIVING_SKILLS_CHECK, TODAY)
        plan = add_document(s, people.client_id, FormKey.SERVICE_PLAN, TODAY)
    visit_id = _visit(store, people, living_skills=check.id)
    with store.session() as s:
        visit = s.get(HomeVisit, visit_id)
    assert visit is not None
    assert visit.living_skills_document_id == check.id
    with pytest.raises(VisitInvalid) as refused:
        _visit(store, people, living_skills=plan.id)
    assert refused.value.problem == VisitProblem.NOT_A_LIVING_SKILLS_CHECK


def test_the_worker_choices_are_my_team_with_me_first(store, people):
    with store.session() as s:
        mine = visit_workers(s, people.me)
        anyone = visit_workers(s, None)
    assert [(w.worker_id, w.name) for w in mine] == [
        (people.me, "Outi Miettinen"),
        (people.colleague, "Petri Karjalainen"),
    ]
    assert [w.name for w in anyone] == ["Maarit Korhonen", "Outi Miettinen", "Petri Karjalainen"]


def test_a_visit_late_in_the_evening_in_utc_is_on_the_next_helsinki_day(store, people):
    _visit(store, people, visited_at=datetime(2025, 3, 9, 22, 30, tzinfo=UTC))
    with store.session() as s:
        entries = load_client_record(s, people.client_id, TODAY).timeline
    assert (entries[0].kind, entries[0].on) == (TimelineKind.VISIT, date(2025, 3, 10))
