"""A rent-debt follow-up run on a worker's laptop reaches the team lead's, step by step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from astu_desktop.services import rent_debt_actions as act
from astu_desktop.services.processes import NextStep, rent_debt_process
from astu_desktop.services.record_progress import rent_debts
from astu_desktop.services.record_timeline import TimelineKind, timeline
from astu_protocol.codes import (
    ContactChannel,
    DecisionKind,
    DecisionOutcome,
    Partner,
    PaymentSource,
    RentDebtOutcome,
    RentDebtStage,
)
from tests.integration.serverkit import Laptop, LiveServer
from tests.integration.test_reassignment import client_in_outreach, worker_id
from tests.integration.test_scope import HETU_X, two_teams

START = date(2026, 10, 5)


def _lead_sees(leena: Laptop, client_id: str, today: date):
    leena.sync()
    with leena.session() as session:
        (debt,) = rent_debts(session, client_id, today)
        process = rent_debt_process(session, client_id, today)
        kinds = {entry.kind for entry in timeline(session, client_id)}
    return debt, process, kinds


def test_the_lead_sees_every_step_of_the_workers_follow_up(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, leena = laptops("aino"), laptops("leena")
    client_id = client_in_outreach(aino, HETU_X)
    with aino.session() as s, s.begin():
        follow_up_id = act.start_follow_up(
            s, client_id=client_id, started_on=START, debt_cents=1250_50,
            notice_on=date(2026, 9, 30), landlord="Asuntoyksikkö", worker_id=worker_id(aino),
        ).id  # fmt: skip
    assert aino.sync().refused == 0
    debt, process, kinds = _lead_sees(leena, client_id, START)
    assert (debt.debt_at_start_cents, debt.landlord, debt.notice_on) == (
        1250_50,
        "Asuntoyksikkö",
        date(2026, 9, 30),
    )
    assert process is not None
    assert process.next_step == NextStep.PAYMENT_PLAN
    assert TimelineKind.RENT_DEBT_STARTED in kinds

    with aino.session() as s, s.begin():
        act.agree_payment_plan(
            s, follow_up_id, agreed_on=START,
            instalments=[
                act.PlannedInstalment(date(2026, 11, 1), 625_25),
                act.PlannedInstalment(date(2026, 12, 1), 625_25),
            ],
        )  # fmt: skip
        act.record_payment(
            s, follow_up_id, paid_on=date(2026, 10, 30), amount_cents=625_25,
            source=PaymentSource.INTERMEDIARY_ACCOUNT,
        )  # fmt: skip
        act.record_partner_contact(
            s, follow_up_id, partner=Partner.DEBT_COUNSELLING, contacted_on=START,
            channel=ContactChannel.MEETING, summary="Velkaneuvonnan aika sovittu.",
        )  # fmt: skip
        decision_id = act.apply_for_decision(
            s, follow_up_id, kind=DecisionKind.SUPPLEMENTARY_INCOME_SUPPORT, applied_on=START
        ).id
    assert aino.sync().refused == 0
    debt, process, kinds = _lead_sees(leena, client_id, date(2026, 11, 2))
    assert debt.stage == RentDebtStage.WORK
    assert [(i.due_on, i.amount_cents, i.paid) for i in debt.instalments] == [
        (date(2026, 11, 1), 625_25, True),
        (date(2026, 12, 1), 625_25, False),
    ]
    assert (debt.paid_cents, debt.remaining_cents) == (625_25, 625_25)
    assert [(c.partner, c.summary) for c in debt.contacts] == [
        (Partner.DEBT_COUNSELLING, "Velkaneuvonnan aika sovittu.")
    ]
    assert [(d.kind, d.outcome) for d in debt.decisions] == [
        (DecisionKind.SUPPLEMENTARY_INCOME_SUPPORT, DecisionOutcome.PENDING)
    ]
    assert {
        TimelineKind.PAYMENT_PLAN,
        TimelineKind.RENT_PAYMENT,
        TimelineKind.PARTNER_CONTACT,
        TimelineKind.DECISION_APPLIED,
    } <= kinds

    with aino.session() as s, s.begin():
        act.record_decision(
            s, decision_id, decided_on=date(2026, 11, 10), outcome=DecisionOutcome.GRANTED,
            amount_cents=625_25,
        )  # fmt: skip
        act.record_payment(
            s, follow_up_id, paid_on=date(2026, 11, 12), amount_cents=625_25,
            source=PaymentSource.INCOME_SUPPORT,
        )  # fmt: skip
        act.end_follow_up(
            s, follow_up_id, ended_on=date(2026, 11, 20), outcome=RentDebtOutcome.DEBT_PAID,
            notes="Lähityö jatkuu.", worker_id=worker_id(aino),
        )  # fmt: skip
    assert aino.sync().refused == 0
    debt, process, kinds = _lead_sees(leena, client_id, date(2026, 11, 21))
    assert (debt.outcome, debt.ended_on, debt.remaining_cents, debt.notes) == (
        RentDebtOutcome.DEBT_PAID,
        date(2026, 11, 20),
        0,
        "Lähityö jatkuu.",
    )
    assert [(d.outcome, d.amount_cents) for d in debt.decisions] == [
        (DecisionOutcome.GRANTED, 625_25)
    ]
    assert {TimelineKind.DECISION_MADE, TimelineKind.RENT_DEBT_ENDED} <= kinds
    assert process is not None
    assert process.next_step == NextStep.NONE
    assert server.record("rent_debt_follow_up", follow_up_id) is not None
