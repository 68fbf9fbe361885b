"""One client whose responsible worker, current assessment and plan review date differ by
every naive rule; every view must give the same answer, written here as literals.

Naive rules this store defeats: the alphabetically last worker of the open episodes
(Petri), the most recently started episode (Petri's rent-debt follow-up), the newest
assessment whatever its status (a draft), the latest review date of any signed plan
(the superseded first plan's 10.9.2025).
"""

from __future__ import annotations

from datetime import date

import pytest

from astu_desktop.printing.printouts import (
    current_document_id,
    render_case_summary,
    render_document,
)
from astu_desktop.services.caseload import CaseloadQuery, caseload_ids, caseload_rows
from astu_desktop.services.client_record import load_client_record
from astu_desktop.services.team_overview import Cell, Measure, OverviewQuery, drill_down
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import DocumentStatus, FormKey, Service
from tests.unit.reports.pdfkit import flat, page_texts
from tests.unit.services.recordkit import TODAY, People, add_document, add_episode, add_people


@pytest.fixture
def people(store: CaseStore) -> People:
    people = add_people(store)
    with store.session() as s, s.begin():
        client = people.client_id
        add_episode(s, client, Service.OUTREACH, date(2024, 2, 26), people.me)
        add_episode(s, client, Service.RENT_DEBT, date(2025, 1, 10), people.colleague)
        first = add_document(s, client, FormKey.ASSESSMENT_INTERVIEW, date(2024, 2, 1))
        add_document(
            s, client, FormKey.ASSESSMENT_INTERVIEW, date(2025, 3, 1), signed=False,
            supersedes=first,
        )  # fmt: skip
        old_plan = add_document(
            s, client, FormKey.SERVICE_PLAN, date(2024, 3, 10), review_due=date(2025, 9, 10)
        )
        add_document(
            s, client, FormKey.SERVICE_PLAN, date(2025, 2, 1), review_due=date(2025, 3, 31),
            supersedes=old_plan,
        )  # fmt: skip
    return people


def test_the_caseload_row_names_the_outreach_worker_and_the_current_plans_review(store, people):
    with store.session() as s:
        ids = caseload_ids(s, CaseloadQuery(worker_id=people.colleague, today=TODAY))
        (row,) = caseload_rows(s, ids, TODAY)
    assert (row.responsible_worker, row.review_due) == ("Outi Miettinen", date(2025, 3, 31))


def test_the_record_shows_the_same_worker_the_signed_version_and_the_draft_as_a_draft(
    store, people
):
    with store.session() as s:
        record = load_client_record(s, people.client_id, TODAY)
    assert record.header.responsible_worker == "Outi Miettinen"
    assessment = record.documents[FormKey.ASSESSMENT_INTERVIEW]
    assert assessment.current is not None
    assert assessment.draft is not None
    assert (assessment.current.version_no, assessment.current.status) == (1, DocumentStatus.SIGNED)
    assert (assessment.draft.version_no, assessment.draft.document_date) == (2, date(2025, 3, 1))
    plan = record.documents[FormKey.SERVICE_PLAN].current
    assert plan is not None
    assert (plan.version_no, plan.review_due) == (2, date(2025, 3, 31))


def test_the_team_overview_counts_the_review_for_the_responsible_worker_only(store, people):
    query = OverviewQuery(team_id=None, today=TODAY)
    soon = Cell(Measure.REVIEW_SOON)
    with store.session() as s:
        assert drill_down(s, query, soon, people.me) == [people.client_id]
        assert drill_down(s, query, soon, people.colleague) == []
        assert drill_down(s, query, Cell(Measure.REVIEW_OVERDUE), people.me) == []
        (row,) = caseload_rows(s, drill_down(s, query, soon), TODAY)
    assert row.responsible_worker == "Outi Miettinen"


def test_the_pdfs_print_the_same_worker_the_same_review_date_and_the_signed_assessment(
    store, people
):
    with store.session() as s:
        summary = flat(" ".join(page_texts(render_case_summary(s, people.client_id, "fi",
                                                               today=TODAY).data)))  # fmt: skip
        assessment_id = current_document_id(s, people.client_id, FormKey.ASSESSMENT_INTERVIEW)
        assert assessment_id is not None
        assessment = flat(" ".join(page_texts(render_document(s, assessment_id, "fi").data)))
    assert "Vastuutyöntekijä Outi Miettinen" in summary
    assert "Suunnitelma 1.2.2025, allekirjoitettu; tarkistetaan viimeistään 31.3.2025" in summary
    assert "10.9.2025" not in summary
    assert "Asiakirjan versio 1" in assessment
    assert "LUONNOS" not in assessment
