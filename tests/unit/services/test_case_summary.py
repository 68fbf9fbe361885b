"""The case summary of a client with two years of history, read back from the PDF."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from astu_desktop.models import AccessLogEntry
from astu_desktop.printing import printouts
from astu_desktop.services.case_summary import LAST_VISITS, case_summary
from astu_desktop.services.clients import ClientNotFound
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import AccessAction, Service
from tests.unit.reports.historykit import TODAY, add_two_years
from tests.unit.reports.pdfkit import flat, page_texts
from tests.unit.services.recordkit import People


@pytest.fixture
def people(store: CaseStore) -> People:
    return add_two_years(store)


def test_the_summary_gathers_episodes_plan_visits_skills_and_debt(
    store: CaseStore, people: People
) -> None:
    with store.session() as s:
        summary = case_summary(s, people.client_id, TODAY)
    assert {e.service for e in summary.open_episodes} == {Service.OUTREACH, Service.RENT_DEBT}
    assert summary.plan is not None
    assert len(summary.plan.goals) == 3
    assert summary.plan.goals[0].goal == "Vuokra maksetaan ajallaan joka kuukausi."
    assert len(summary.last_visits) == LAST_VISITS
    days = [visit.on for visit in summary.last_visits]
    assert days == sorted(days, reverse=True)
    assert len(summary.record.living_skills.checks) == 8
    assert summary.rent_debt is not None
    assert summary.rent_debt.remaining_cents == 124_000


def test_the_summary_pdf_reads_like_the_record(store: CaseStore, people: People) -> None:
    with store.session() as s, s.begin():
        data = printouts.case_summary_report_pdf(s, people.client_id, "fi", today=TODAY)
    pages = page_texts(data)
    text = flat(" ".join(pages))
    for phrase in (
        "Asiakkuuden yhteenveto",
        "Aino Maria Virtanen",
        "170580-923D",
        "Lähityö",
        "Vuokravelan seuranta",
        "Pienasunto: Vaasankatu 7 A 3",
        "Palvelusuunnitelma (määräaika 2.3.2025)",
        "Vuokra maksetaan ajallaan joka kuukausi.",
        "1.2.2025",  # the newest visit
        "Asumistaitojen kehitys",
        "Viimeisin kartoitus 1.12.2024",
        "1 860,00 €",
        "1 240,00 €",
        "Myöhässä",
    ):
        assert phrase in text, phrase
    assert "LUONNOS" not in text
    for number, page in enumerate(pages, start=1):
        assert f"sivu {number}/{len(pages)}" in page
    with store.session() as s:
        entries = list(
            s.scalars(select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.EXPORT))
        )
    assert [(e.client_id, e.target) for e in entries] == [(people.client_id, "client:summary")]


def test_a_removed_client_has_no_summary(store: CaseStore, people: People) -> None:
    with store.session() as s, pytest.raises(ClientNotFound):
        case_summary(s, "0192f0c2-0000-7000-8000-000000000000", TODAY)
