"""The work of a rent-debt follow-up: partner contacts, a payment plan, benefit decisions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from astu_desktop.models import (
    Instalment,
    PartnerContact,
    RentDebtDecision,
    RentDebtFollowUp,
    RentPayment,
)
from astu_desktop.models.base import new_id
from astu_desktop.services.documents import add_months
from astu_desktop.services.seed.data.rentdebt import (
    DECISION_WEIGHTS,
    PARTNER_CHANNELS,
    PARTNER_SUMMARIES,
    PARTNER_WEIGHTS,
)
from astu_desktop.services.seed.draws import weighted
from astu_desktop.services.seed.story import Story
from astu_protocol.codes import DecisionKind, DecisionOutcome, Partner, PaymentSource, RentDebtStage

_INCOME_SUPPORT = frozenset(
    {DecisionKind.SUPPLEMENTARY_INCOME_SUPPORT, DecisionKind.PREVENTIVE_INCOME_SUPPORT}
)


def add_partner_contacts(story: Story, follow_up: RentDebtFollowUp, last: date) -> None:
    """The landlord first (its warning starts the follow-up), then a few others by `last`."""
    start = follow_up.started_on
    _add_partner_contact(story, follow_up, Partner.LANDLORD, start)
    weights = dict(PARTNER_WEIGHTS)
    if story.has_guardian:
        weights[Partner.GUARDIANSHIP] = 25
    for _ in range(story.rng.randint(1, 4)):
        on = start + story.days(3, max(3, (last - start).days))
        if on <= last:
            _add_partner_contact(story, follow_up, weighted(story.rng, weights), on)


def follow_payment_plan(story: Story, follow_up: RentDebtFollowUp, last: date) -> int:
    """Monthly instalments; most of those due by `last` paid. Returns the cents paid."""
    agreed = follow_up.started_on + story.days(7, 30)
    if agreed > last:
        return 0
    follow_up.plan_agreed_on = agreed
    follow_up.stage = RentDebtStage.WORK
    paid = 0
    for due, amount in _instalments(follow_up, agreed, count=story.rng.randint(3, 10)):
        story.batch.add(
            Instalment(id=new_id(), follow_up_id=follow_up.id, due_on=due, amount_cents=amount)
        )
        if due <= last and story.rng.random() < 0.82:
            add_payment(story, follow_up, min(last, due + story.days(-3, 10)), amount)
            paid += amount
    return paid


def add_payment(story: Story, follow_up: RentDebtFollowUp, on: date, cents: int) -> None:
    sources = {
        PaymentSource.CLIENT: 60,
        PaymentSource.INCOME_SUPPORT: 20,
        PaymentSource.INTERMEDIARY_ACCOUNT: 12,
        PaymentSource.GUARDIAN: 30 if story.has_guardian else 0,
        PaymentSource.OTHER: 3,
    }
    story.batch.add(
        RentPayment(
            id=new_id(),
            follow_up_id=follow_up.id,
            paid_on=on,
            amount_cents=cents,
            source=weighted(story.rng, sources),
        )
    )


def add_decisions(story: Story, follow_up: RentDebtFollowUp, last: date) -> None:
    """None, one or two applications (income support, more time...) made by `last`."""
    for _ in range(story.rng.choices((0, 1, 2), weights=(45, 40, 15))[0]):
        applied = follow_up.started_on + story.days(5, 45)
        if applied <= last:
            story.batch.add(_decision(story, follow_up, applied))


def _add_partner_contact(
    story: Story, follow_up: RentDebtFollowUp, partner: Partner, on: date
) -> None:
    story.batch.add(
        PartnerContact(
            id=new_id(),
            follow_up_id=follow_up.id,
            partner=partner,
            contacted_on=on,
            channel=story.rng.choice(PARTNER_CHANNELS[partner]),
            summary=PARTNER_SUMMARIES[partner],
        )
    )


def _instalments(
    follow_up: RentDebtFollowUp, agreed: date, *, count: int
) -> Iterator[tuple[date, int]]:
    """Monthly from two weeks after the plan; the first instalment takes the remainder."""
    debt = follow_up.debt_at_start_cents
    share = debt // count
    for nth in range(count):
        due = add_months(agreed + timedelta(days=14), nth)
        yield due, share + (debt - share * count if nth == 0 else 0)


def _decision(story: Story, follow_up: RentDebtFollowUp, applied: date) -> RentDebtDecision:
    """Granted income support pays part of the debt."""
    kind = weighted(story.rng, DECISION_WEIGHTS)
    decided, outcome = _ruling(story, applied)
    amount = None
    if kind in _INCOME_SUPPORT and outcome == DecisionOutcome.GRANTED:
        amount = min(follow_up.debt_at_start_cents, 100 * story.rng.randint(200, 1500))
    return RentDebtDecision(
        id=new_id(),
        follow_up_id=follow_up.id,
        kind=kind,
        applied_on=applied,
        decided_on=decided,
        outcome=outcome,
        amount_cents=amount,
    )


def _ruling(story: Story, applied: date) -> tuple[date | None, DecisionOutcome]:
    """Decided in one to four weeks, mostly granted; pending if that is after today."""
    decided = applied + story.days(7, 30)
    granted = story.rng.random() < 0.7
    if decided > story.today:
        return None, DecisionOutcome.PENDING
    return decided, DecisionOutcome.GRANTED if granted else DecisionOutcome.REJECTED
