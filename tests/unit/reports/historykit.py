"""A client with two years of history, every date known: for the case summary and the GUI."""

from __future__ import annotations

from datetime import UTC, date, datetime

from astu_desktop.models import (
    HomeVisit,
    Instalment,
    Placement,
    RentDebtFollowUp,
    RentPayment,
    VisitWorker,
)
from astu_desktop.services.documents import add_months
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import FormKey, HousingType, RentDebtStage, Service, VisitKind
from tests.unit.reports.samples import AREAS, service_plan_answers
from tests.unit.services.recordkit import People, add_document, add_episode, add_people

TODAY = date(2025, 3, 10)
MOVED_IN = date(2023, 3, 1)
VISIT_NOTE = "Asunto siisti; käyty läpi laskut ja Kelan päätös. Seuraava käynti sovittu."


def add_two_years(store: CaseStore) -> People:
    """Moved in 2023-03-01; outreach since; monthly visits; quarterly checks; rent debt."""
    people = add_people(store)
    with store.session() as s, s.begin():
        s.add(
            Placement(
                client_id=people.client_id,
                housing_type=HousingType.SMALL_APARTMENT,
                street_address="Vaasankatu 7 A 3",
                postal_code="00500",
                landlord="Helsingin kaupunki, Asuntoyksikkö",
                move_in_on=MOVED_IN,
            )
        )
        add_episode(s, people.client_id, Service.OUTREACH, date(2023, 2, 20), people.me)
        add_episode(s, people.client_id, Service.RENT_DEBT, date(2024, 10, 1), people.colleague)
        add_document(
            s,
            people.client_id,
            FormKey.SERVICE_PLAN,
            date(2024, 9, 2),
            answers=service_plan_answers(),
            review_due=date(2025, 3, 2),
            author_id=people.me,
        )
        for month in range(24):
            visit = HomeVisit(
                client_id=people.client_id,
                visited_at=datetime.combine(
                    add_months(MOVED_IN, month), datetime.min.time(), tzinfo=UTC
                ).replace(hour=9 + month % 5),
                kind=VisitKind.NOT_AT_HOME if month % 7 == 3 else VisitKind.HOME_VISIT,
                notes=f"{VISIT_NOTE} ({month + 1}.)",
            )
            s.add(visit)
            s.flush()
            s.add(VisitWorker(visit_id=visit.id, worker_id=people.me))
        for check in range(8):
            scores = {
                f"{area}_score": min(5, max(1, 2 + (check + index) // 3 - (index % 3 == 1)))
                for index, area in enumerate(AREAS)
            }
            add_document(
                s,
                people.client_id,
                FormKey.LIVING_SKILLS_CHECK,
                add_months(MOVED_IN, 3 * check),
                answers=scores,
                author_id=people.me,
            )
        follow_up = RentDebtFollowUp(
            client_id=people.client_id,
            started_on=date(2024, 10, 1),
            debt_at_start_cents=186_000,
            stage=RentDebtStage.WORK,
            plan_agreed_on=date(2024, 10, 20),
        )
        s.add(follow_up)
        s.flush()
        for index in range(6):
            due = date(2024, 11, 15) if index == 0 else add_months(date(2024, 11, 15), index)
            s.add(Instalment(follow_up_id=follow_up.id, due_on=due, amount_cents=31_000))
        for paid_on in (date(2024, 11, 14), date(2024, 12, 13)):
            s.add(RentPayment(follow_up_id=follow_up.id, paid_on=paid_on, amount_cents=31_000))
    return people
