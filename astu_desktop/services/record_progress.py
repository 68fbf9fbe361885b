"""How the client is doing over time: living-skills scores and rent-debt follow-ups.

Both are read for the client record. Living-skills checks give a score per area per
check, so each area has a trend; a rent-debt follow-up gives its payment plan, what
has been paid against it and how far the (usually six-month) process has come.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    FormDocument,
    PartnerContact,
    RentDebtDecision,
    RentDebtFollowUp,
)
from astu_desktop.services.documents import (
    add_months,
    living_skills_areas,
    living_skills_scores,
)
from astu_desktop.services.processes import RENT_DEBT_PROCESS_MONTHS
from astu_protocol.codes import (
    ContactChannel,
    DecisionKind,
    DecisionOutcome,
    DocumentStatus,
    FormKey,
    Partner,
    PaymentSource,
    RentDebtOutcome,
    RentDebtStage,
)

# -- living skills ------------------------------------------------------------------


@dataclass(frozen=True)
class LivingSkillsCheck:
    document_id: str
    on: date
    status: DocumentStatus
    scores: Mapping[str, int]


@dataclass(frozen=True)
class LivingSkills:
    """Every check, oldest first, and the areas in the order of the form."""

    areas: tuple[str, ...]
    checks: tuple[LivingSkillsCheck, ...]

    def trend(self, area: str) -> list[tuple[date, int]]:
        """The area's scores over time; checks that did not score the area are skipped."""
        return [(check.on, check.scores[area]) for check in self.checks if area in check.scores]


def living_skills(session: Session, client_id: str) -> LivingSkills:
    """The client's checks; an amended check counts once, in its newest version."""
    documents = list(
        session.scalars(
            select(FormDocument)
            .where(
                FormDocument.client_id == client_id,
                FormDocument.form_key == FormKey.LIVING_SKILLS_CHECK,
                FormDocument.deleted_at.is_(None),
            )
            .order_by(FormDocument.document_date, FormDocument.version_no, FormDocument.id)
        )
    )
    superseded = {document.supersedes_id for document in documents}
    checks = tuple(
        LivingSkillsCheck(
            document.id,
            document.document_date,
            document.status,
            living_skills_scores(document.answers),
        )
        for document in documents
        if document.id not in superseded
    )
    return LivingSkills(tuple(living_skills_areas()), checks)


# -- rent debt ------------------------------------------------------------------------


@dataclass(frozen=True)
class InstalmentLine:
    due_on: date
    amount_cents: int
    paid: bool  # the payments so far cover this and every earlier instalment
    overdue: bool


@dataclass(frozen=True)
class PaymentLine:
    paid_on: date
    amount_cents: int
    source: PaymentSource


@dataclass(frozen=True)
class ContactLine:
    contacted_on: date
    partner: Partner
    channel: ContactChannel
    summary: str | None


@dataclass(frozen=True)
class DecisionLine:
    decision_id: str
    kind: DecisionKind
    applied_on: date
    decided_on: date | None
    outcome: DecisionOutcome
    amount_cents: int | None


@dataclass(frozen=True)
class RentDebt:
    follow_up_id: str
    started_on: date
    debt_at_start_cents: int
    stage: RentDebtStage
    plan_agreed_on: date | None
    ended_on: date | None
    outcome: RentDebtOutcome | None
    instalments: tuple[InstalmentLine, ...]
    payments: tuple[PaymentLine, ...]
    paid_cents: int
    remaining_cents: int
    months_elapsed: int
    process_months: int = RENT_DEBT_PROCESS_MONTHS
    landlord: str | None = None
    notice_on: date | None = None
    contacts: tuple[ContactLine, ...] = ()
    decisions: tuple[DecisionLine, ...] = ()
    notes: str | None = None

    @property
    def planned_cents(self) -> int:
        """What the payment plan's instalments add up to (shown against the debt)."""
        return sum(line.amount_cents for line in self.instalments)

    @property
    def overdue(self) -> tuple[InstalmentLine, ...]:
        return tuple(line for line in self.instalments if line.overdue)

    @property
    def next_instalment(self) -> InstalmentLine | None:
        return next((line for line in self.instalments if not line.paid), None)

    @property
    def pending_decisions(self) -> tuple[DecisionLine, ...]:
        return tuple(d for d in self.decisions if d.outcome == DecisionOutcome.PENDING)


def rent_debts(session: Session, client_id: str, today: date) -> tuple[RentDebt, ...]:
    """Every follow-up of the client, newest first."""
    query = (
        select(RentDebtFollowUp)
        .where(RentDebtFollowUp.client_id == client_id, RentDebtFollowUp.deleted_at.is_(None))
        .order_by(RentDebtFollowUp.started_on.desc(), RentDebtFollowUp.id.desc())
    )
    follow_ups = list(session.scalars(query))
    ids = [follow_up.id for follow_up in follow_ups]
    contacts = _contacts(session, ids)
    decisions = _decisions(session, ids)
    return tuple(
        replace(
            _rent_debt(follow_up, today),
            contacts=tuple(contacts.get(follow_up.id, ())),
            decisions=tuple(decisions.get(follow_up.id, ())),
        )
        for follow_up in follow_ups
    )


def _contacts(session: Session, follow_up_ids: list[str]) -> dict[str, list[ContactLine]]:
    """Newest first, as the tab lists them."""
    query = (
        select(PartnerContact)
        .where(PartnerContact.follow_up_id.in_(follow_up_ids), PartnerContact.deleted_at.is_(None))
        .order_by(PartnerContact.contacted_on.desc(), PartnerContact.id.desc())
    )
    found: dict[str, list[ContactLine]] = {}
    for row in session.scalars(query):
        line = ContactLine(row.contacted_on, row.partner, row.channel, row.summary)
        found.setdefault(row.follow_up_id, []).append(line)
    return found


def _decisions(session: Session, follow_up_ids: list[str]) -> dict[str, list[DecisionLine]]:
    query = (
        select(RentDebtDecision)
        .where(
            RentDebtDecision.follow_up_id.in_(follow_up_ids),
            RentDebtDecision.deleted_at.is_(None),
        )
        .order_by(RentDebtDecision.applied_on.desc(), RentDebtDecision.id.desc())
    )
    found: dict[str, list[DecisionLine]] = {}
    for row in session.scalars(query):
        line = DecisionLine(
            row.id, row.kind, row.applied_on, row.decided_on, row.outcome, row.amount_cents
        )
        found.setdefault(row.follow_up_id, []).append(line)
    return found


def _rent_debt(follow_up: RentDebtFollowUp, today: date) -> RentDebt:
    payments = tuple(
        PaymentLine(payment.paid_on, payment.amount_cents, payment.source)
        for payment in follow_up.payments
        if not payment.is_deleted
    )
    paid = sum(payment.amount_cents for payment in payments)
    return RentDebt(
        follow_up_id=follow_up.id,
        started_on=follow_up.started_on,
        debt_at_start_cents=follow_up.debt_at_start_cents,
        stage=follow_up.stage,
        plan_agreed_on=follow_up.plan_agreed_on,
        ended_on=follow_up.ended_on,
        outcome=follow_up.outcome,
        instalments=_instalments(follow_up, paid, today),
        payments=payments,
        paid_cents=paid,
        remaining_cents=max(follow_up.debt_at_start_cents - paid, 0),
        months_elapsed=months_between(follow_up.started_on, follow_up.ended_on or today),
        landlord=follow_up.landlord,
        notice_on=follow_up.notice_on,
        notes=follow_up.notes,
    )


def _instalments(
    follow_up: RentDebtFollowUp, paid_cents: int, today: date
) -> tuple[InstalmentLine, ...]:
    """Payments are counted against the instalments in order of their due dates."""
    lines = []
    due_so_far = 0
    for instalment in follow_up.instalments:
        if instalment.is_deleted:
            continue
        due_so_far += instalment.amount_cents
        paid = paid_cents >= due_so_far
        overdue = not paid and instalment.due_on < today and follow_up.ended_on is None
        lines.append(InstalmentLine(instalment.due_on, instalment.amount_cents, paid, overdue))
    return tuple(lines)


def months_between(start: date, end: date) -> int:
    """Whole months from `start` to `end` (0 for the first month, never negative)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 0 and add_months(start, months) > end:
        months -= 1
    return max(months, 0)
