"""The rent-debt follow-up, step by step: what each step writes, refuses and shows."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from astu_desktop.models import Instalment, OutboxChange, ServiceEpisode
from astu_desktop.services import rent_debt_actions as act
from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.services.episode_actions import ProcessStepRefused
from astu_desktop.services.process_actions import start_sas
from astu_desktop.services.processes import NextStep, Phase, rent_debt_process
from astu_desktop.services.record_progress import rent_debts
from astu_desktop.services.record_timeline import TimelineKind, timeline
from astu_desktop.services.visits import record_visit, start_living_skills_check
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import (
    AccessAction,
    ContactChannel,
    DecisionKind,
    DecisionOutcome,
    EpisodeEndReason,
    EpisodeStatus,
    Partner,
    PaymentSource,
    RentDebtOutcome,
    RentDebtStage,
    Service,
    VisitKind,
)
from tests.unit.services.recordkit import People, add_people

START = date(2025, 1, 15)
PLAN = [
    act.PlannedInstalment(date(2025, 2, 15), 400_00),
    act.PlannedInstalment(date(2025, 3, 15), 400_00),
    act.PlannedInstalment(date(2025, 4, 15), 450_50),
]


@pytest.fixture
def people(store: CaseStore) -> People:
    return add_people(store)


def _start(store: CaseStore, people: People, debt: int = 1250_50) -> str:
    with store.session() as s, s.begin():
        follow_up = act.start_follow_up(
            s,
            client_id=people.client_id,
            started_on=START,
            debt_cents=debt,
            notice_on=date(2025, 1, 10),
            landlord="Asuntoyksikkö, Kallio",
            worker_id=people.me,
        )
        return follow_up.id


def _step(store: CaseStore, people: People, today: date) -> tuple[Phase, NextStep, date | None]:
    with store.session() as s:
        process = rent_debt_process(s, people.client_id, today)
    assert process is not None
    return process.phase, process.next_step, process.due


def _plan(store: CaseStore, follow_up_id: str) -> None:
    with store.session() as s, s.begin():
        act.agree_payment_plan(s, follow_up_id, agreed_on=date(2025, 1, 20), instalments=PLAN)


def _pay(store: CaseStore, follow_up_id: str, on: date, cents: int) -> None:
    with store.session() as s, s.begin():
        act.record_payment(
            s, follow_up_id, paid_on=on, amount_cents=cents, source=PaymentSource.CLIENT
        )


def _check_visit(store: CaseStore, people: People, on: date) -> None:
    with store.session() as s, s.begin():
        visit = record_visit(
            s,
            client_id=people.client_id,
            visited_at=datetime(on.year, on.month, on.day, 10, tzinfo=UTC),
            worker_ids=[people.me],
            others_present=None,
            notes="Asumistaidot käyty läpi.",
            kind=VisitKind.HOME_VISIT,
        )
        start_living_skills_check(s, visit.id, today=on)


def test_starting_opens_the_follow_up_and_its_service_with_the_landlords_notice(store, people):
    follow_up_id = _start(store, people)
    with store.session() as s:
        (debt,) = rent_debts(s, people.client_id, START)
        episode = s.scalars(select(ServiceEpisode)).one()
    assert (debt.debt_at_start_cents, debt.remaining_cents) == (1250_50, 1250_50)
    assert (debt.landlord, debt.notice_on) == ("Asuntoyksikkö, Kallio", date(2025, 1, 10))
    assert (episode.service, episode.status, episode.start_date) == (
        Service.RENT_DEBT,
        EpisodeStatus.ACTIVE,
        START,
    )
    assert _step(store, people, START) == (Phase.START, NextStep.PAYMENT_PLAN, date(2025, 7, 15))
    with store.session() as s:
        synced = {c.table_name for c in s.scalars(select(OutboxChange))}
    assert {"rent_debt_follow_up", "service_episode"} <= synced
    assert follow_up_id


@pytest.mark.parametrize(
    ("debt", "notice_on", "reason"),
    [
        (0, date(2025, 1, 10), "sum_not_positive"),
        (-5000, date(2025, 1, 10), "sum_not_positive"),
        (1000, date(2025, 1, 16), "notice_after_start"),
    ],
)
def test_a_start_that_cannot_be_right_is_refused(store, people, debt, notice_on, reason):
    with store.session() as s, s.begin(), pytest.raises(ProcessStepRefused) as refused:
        act.start_follow_up(
            s,
            client_id=people.client_id,
            started_on=START,
            debt_cents=debt,
            notice_on=notice_on,
            landlord=None,
            worker_id=people.me,
        )
    assert refused.value.reason == reason


def test_a_second_open_follow_up_is_refused(store, people):
    _start(store, people)
    with pytest.raises(ProcessStepRefused, match="rent_debt_already_open"):
        _start(store, people)


def test_the_payment_plan_its_payments_and_what_is_overdue(store, people):
    follow_up_id = _start(store, people)
    _plan(store, follow_up_id)
    _pay(store, follow_up_id, date(2025, 2, 14), 400_00)
    with store.session() as s:
        (debt,) = rent_debts(s, people.client_id, date(2025, 3, 20))
    assert debt.stage == RentDebtStage.WORK
    assert debt.planned_cents == 1250_50  # the plan covers the whole debt
    assert [(i.due_on, i.paid, i.overdue) for i in debt.instalments] == [
        (date(2025, 2, 15), True, False),
        (date(2025, 3, 15), False, True),
        (date(2025, 4, 15), False, False),
    ]
    assert (debt.paid_cents, debt.remaining_cents) == (400_00, 850_50)
    assert _step(store, people, date(2025, 3, 20)) == (
        Phase.WORK,
        NextStep.OVERDUE_INSTALMENT,
        date(2025, 3, 15),
    )


def test_a_new_plan_replaces_the_old_one(store, people):
    follow_up_id = _start(store, people)
    _plan(store, follow_up_id)
    with store.session() as s, s.begin():
        act.agree_payment_plan(
            s,
            follow_up_id,
            agreed_on=date(2025, 2, 1),
            instalments=[act.PlannedInstalment(date(2025, 3, 1), 1250_50)],
        )
    with store.session() as s:
        live = s.scalars(select(Instalment).where(Instalment.deleted_at.is_(None))).all()
        (debt,) = rent_debts(s, people.client_id, date(2025, 2, 2))
    assert [(i.due_on, i.amount_cents) for i in live] == [(date(2025, 3, 1), 1250_50)]
    assert debt.plan_agreed_on == date(2025, 2, 1)


@pytest.mark.parametrize(
    ("instalments", "reason"),
    [
        ([], "plan_needs_instalments"),
        ([act.PlannedInstalment(date(2025, 2, 1), 1250_51)], "plan_exceeds_debt"),
        ([act.PlannedInstalment(date(2025, 1, 19), 100_00)], "instalment_before_plan"),
        ([act.PlannedInstalment(date(2025, 2, 1), 0)], "sum_not_positive"),
    ],
)
def test_a_plan_that_cannot_be_kept_is_refused(store, people, instalments, reason):
    follow_up_id = _start(store, people)
    with store.session() as s, s.begin(), pytest.raises(ProcessStepRefused) as refused:
        act.agree_payment_plan(
            s, follow_up_id, agreed_on=date(2025, 1, 20), instalments=instalments
        )
    assert refused.value.reason == reason


def test_a_payment_beyond_the_debt_is_refused(store, people):
    follow_up_id = _start(store, people)
    _pay(store, follow_up_id, date(2025, 2, 1), 1000_00)
    with pytest.raises(ProcessStepRefused, match="payment_exceeds_debt"):
        _pay(store, follow_up_id, date(2025, 2, 2), 250_51)


def test_the_home_visit_with_a_check_comes_before_following_the_plan(store, people):
    follow_up_id = _start(store, people)
    _plan(store, follow_up_id)
    assert _step(store, people, date(2025, 2, 1))[1] == NextStep.CHECK_LIVING_SKILLS
    _check_visit(store, people, date(2025, 2, 3))
    assert _step(store, people, date(2025, 2, 4)) == (
        Phase.WORK,
        NextStep.FOLLOW_PAYMENT_PLAN,
        date(2025, 2, 15),
    )


def test_partner_contacts_and_decisions(store, people):
    follow_up_id = _start(store, people)
    with store.session() as s, s.begin():
        act.record_partner_contact(
            s,
            follow_up_id,
            partner=Partner.AREA_SOCIAL_WORK,
            contacted_on=date(2025, 1, 16),
            channel=ContactChannel.PHONE,
            summary="Välitystili sovittu.",
        )
        decision = act.apply_for_decision(
            s,
            follow_up_id,
            kind=DecisionKind.PREVENTIVE_INCOME_SUPPORT,
            applied_on=date(2025, 1, 17),
        )
        decision_id = decision.id
    with store.session() as s, s.begin():
        act.record_decision(
            s,
            decision_id,
            decided_on=date(2025, 2, 3),
            outcome=DecisionOutcome.GRANTED,
            amount_cents=600_00,
        )
    with store.session() as s:
        (debt,) = rent_debts(s, people.client_id, date(2025, 2, 4))
    assert [(c.partner, c.channel, c.summary) for c in debt.contacts] == [
        (Partner.AREA_SOCIAL_WORK, ContactChannel.PHONE, "Välitystili sovittu.")
    ]
    assert [(d.kind, d.outcome, d.amount_cents) for d in debt.decisions] == [
        (DecisionKind.PREVENTIVE_INCOME_SUPPORT, DecisionOutcome.GRANTED, 600_00)
    ]
    assert debt.pending_decisions == ()


@pytest.mark.parametrize(
    ("decided_on", "outcome", "amount", "reason"),
    [
        (date(2025, 1, 16), DecisionOutcome.GRANTED, None, "decided_before_applied"),
        (date(2025, 2, 1), DecisionOutcome.REJECTED, 100_00, "amount_only_when_granted"),
        (date(2025, 2, 1), DecisionOutcome.PENDING, None, "decision_needs_outcome"),
    ],
)
def test_a_decision_that_cannot_be_right_is_refused(
    store, people, decided_on, outcome, amount, reason
):
    follow_up_id = _start(store, people)
    with store.session() as s, s.begin():
        decision_id = act.apply_for_decision(
            s, follow_up_id, kind=DecisionKind.MORE_TIME, applied_on=date(2025, 1, 17)
        ).id
    with store.session() as s, s.begin(), pytest.raises(ProcessStepRefused) as refused:
        act.record_decision(
            s, decision_id, decided_on=decided_on, outcome=outcome, amount_cents=amount
        )
    assert refused.value.reason == reason


def test_paid_ends_only_when_nothing_is_owed_and_the_service_ends_with_it(store, people):
    follow_up_id = _start(store, people)
    _pay(store, follow_up_id, date(2025, 3, 1), 1250_00)
    with pytest.raises(ProcessStepRefused, match="debt_not_paid"):
        _end(store, people, follow_up_id, RentDebtOutcome.DEBT_PAID)
    _pay(store, follow_up_id, date(2025, 3, 2), 50)
    assert _step(store, people, date(2025, 3, 3))[1] == NextStep.END_PAID_FOLLOW_UP
    _end(store, people, follow_up_id, RentDebtOutcome.DEBT_PAID)
    with store.session() as s:
        episode = s.scalars(select(ServiceEpisode)).one()
    assert (episode.status, episode.end_reason) == (EpisodeStatus.ENDED, EpisodeEndReason.GOALS_MET)
    assert _step(store, people, date(2025, 3, 5)) == (Phase.END, NextStep.NONE, None)
    with pytest.raises(ProcessStepRefused, match="follow_up_ended"):
        _pay(store, follow_up_id, date(2025, 3, 6), 1)


def _end(store: CaseStore, people: People, follow_up_id: str, outcome: RentDebtOutcome) -> None:
    with store.session() as s, s.begin():
        act.end_follow_up(
            s,
            follow_up_id,
            ended_on=date(2025, 3, 4),
            outcome=outcome,
            notes=None,
            worker_id=people.me,
        )


def test_handed_over_to_home_rehabilitation_starts_that_service(store, people):
    follow_up_id = _start(store, people)
    _end(store, people, follow_up_id, RentDebtOutcome.CONTINUES_WITH_HOME_REHABILITATION)
    with store.session() as s:
        services = {
            (e.service, e.status)
            for e in s.scalars(select(ServiceEpisode).order_by(ServiceEpisode.service))
        }
    assert services == {
        (Service.RENT_DEBT, EpisodeStatus.ENDED),
        (Service.HOME_REHABILITATION, EpisodeStatus.STARTING),
    }


def test_an_ended_tenancy_asks_for_a_new_sas_until_one_starts(store, people):
    follow_up_id = _start(store, people)
    _end(store, people, follow_up_id, RentDebtOutcome.TENANCY_ENDED_NEW_SAS)
    assert _step(store, people, date(2025, 3, 5))[1] == NextStep.START_SAS
    with store.session() as s, s.begin():
        start_sas(s, client_id=people.client_id, worker_id=people.me, on=date(2025, 3, 5))
    assert _step(store, people, date(2025, 3, 5))[1] == NextStep.NONE


def test_every_step_is_on_the_timeline_and_in_the_access_log(store, people):
    follow_up_id = _start(store, people)
    _plan(store, follow_up_id)
    _pay(store, follow_up_id, date(2025, 2, 14), 400_00)
    with store.session() as s, s.begin():
        act.record_partner_contact(
            s,
            follow_up_id,
            partner=Partner.KELA,
            contacted_on=date(2025, 1, 21),
            channel=ContactChannel.EMAIL,
            summary=None,
        )
        act.apply_for_decision(
            s, follow_up_id, kind=DecisionKind.SUPPLEMENTARY_INCOME_SUPPORT, applied_on=START
        )
    with store.session() as s:
        entries = timeline(s, people.client_id)
        log = entries_for_client(s, people.client_id)
    assert [e.on for e in entries] == sorted((e.on for e in entries), reverse=True)
    assert {(e.kind, e.on, e.cents) for e in entries} == {
        (TimelineKind.RENT_PAYMENT, date(2025, 2, 14), 400_00),
        (TimelineKind.PARTNER_CONTACT, date(2025, 1, 21), None),
        (TimelineKind.PAYMENT_PLAN, date(2025, 1, 20), 1250_50),
        (TimelineKind.EPISODE_STARTED, START, None),
        (TimelineKind.RENT_DEBT_STARTED, START, 1250_50),
        (TimelineKind.DECISION_APPLIED, START, None),
    }
    assert next(e for e in entries if e.kind == TimelineKind.PAYMENT_PLAN).count == 3
    assert [(e.action, e.target) for e in reversed(log)] == [
        (AccessAction.CREATE, "rent_debt_follow_up"),
        (AccessAction.UPDATE, "rent_debt_follow_up"),
        (AccessAction.UPDATE, "rent_debt_follow_up"),
        (AccessAction.UPDATE, "rent_debt_follow_up"),
        (AccessAction.UPDATE, "rent_debt_follow_up"),
    ]
