"""The steps of a rent-debt follow-up (vuokravelan seuranta), from the Rent debt tab.

Start (the debt, the landlord and its notice), the payment plan with its instalments,
payments received, contacts with partners, applications for income support and their
decisions, and the end with its outcome. Each step checks that it fits the follow-up
as it stands, writes its rows (which sync like every other) and logs the change in the
access log. Sums are whole cents, read by `models.money`. Functions take the caller's
session and never commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    Instalment,
    PartnerContact,
    RentDebtDecision,
    RentDebtFollowUp,
    RentPayment,
    ServiceEpisode,
)
from astu_desktop.models.base import utcnow
from astu_desktop.models.money import MONEY_LIMIT_CENTS
from astu_desktop.services.accesslog import record_access
from astu_desktop.services.episode_actions import ProcessStepRefused, close_episode, open_episode
from astu_desktop.services.housing_process import current_placement
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
)

# How the rent-debt service episode ends for each outcome of the follow-up.
EPISODE_END_FOR_OUTCOME: dict[RentDebtOutcome, EpisodeEndReason] = {
    RentDebtOutcome.DEBT_PAID: EpisodeEndReason.GOALS_MET,
    RentDebtOutcome.CONTINUES_WITH_OUTREACH: EpisodeEndReason.HANDED_TO_OUTREACH,
    RentDebtOutcome.CONTINUES_WITH_HOME_REHABILITATION: (
        EpisodeEndReason.HANDED_TO_HOME_REHABILITATION
    ),
    RentDebtOutcome.TENANCY_ENDED_NEW_SAS: EpisodeEndReason.TENANCY_ENDED,
}
# The service that takes the tenant over, when the outcome hands them on.
_HANDED_TO: dict[RentDebtOutcome, Service] = {
    RentDebtOutcome.CONTINUES_WITH_OUTREACH: Service.OUTREACH,
    RentDebtOutcome.CONTINUES_WITH_HOME_REHABILITATION: Service.HOME_REHABILITATION,
}
_TARGET = "rent_debt_follow_up"


@dataclass(frozen=True)
class PlannedInstalment:
    due_on: date
    amount_cents: int


def start_follow_up(
    session: Session,
    *,
    client_id: str,
    started_on: date,
    debt_cents: int,
    notice_on: date | None,
    landlord: str | None,
    worker_id: str | None,
) -> RentDebtFollowUp:
    """The landlord warned of arrears: the follow-up and its service episode begin."""
    if _open_follow_up(session, client_id) is not None:
        raise ProcessStepRefused("rent_debt_already_open")
    _require_sum(debt_cents, zero_allowed=False)
    if notice_on is not None and notice_on > started_on:
        raise ProcessStepRefused("notice_after_start")
    episode = open_episode(session, client_id, Service.RENT_DEBT)
    if episode is None:
        episode = ServiceEpisode(
            client_id=client_id,
            service=Service.RENT_DEBT,
            status=EpisodeStatus.ACTIVE,
            responsible_worker_id=worker_id,
            start_date=started_on,
        )
        session.add(episode)
        session.flush()
    placement = current_placement(session, client_id)
    follow_up = RentDebtFollowUp(
        client_id=client_id,
        episode_id=episode.id,
        placement_id=placement.id if placement is not None else None,
        started_on=started_on,
        debt_at_start_cents=debt_cents,
        landlord=(landlord or "").strip() or None,
        notice_on=notice_on,
        stage=RentDebtStage.START,
    )
    return _saved(session, follow_up, AccessAction.CREATE)


def agree_payment_plan(
    session: Session,
    follow_up_id: str,
    *,
    agreed_on: date,
    instalments: Sequence[PlannedInstalment],
) -> RentDebtFollowUp:
    """The plan replaces any earlier one; it may not ask more than is still owed."""
    follow_up = _open(session, follow_up_id)
    if not instalments:
        raise ProcessStepRefused("plan_needs_instalments")
    for planned in instalments:
        _require_sum(planned.amount_cents, zero_allowed=False)
    if agreed_on < follow_up.started_on:
        raise ProcessStepRefused("before_follow_up_start")
    if any(planned.due_on < agreed_on for planned in instalments):
        raise ProcessStepRefused("instalment_before_plan")
    if sum(planned.amount_cents for planned in instalments) > remaining_cents(follow_up):
        raise ProcessStepRefused("plan_exceeds_debt")
    now = utcnow()
    for old in follow_up.instalments:
        if not old.is_deleted:
            old.deleted_at = now
    for planned in sorted(instalments, key=lambda line: line.due_on):
        session.add(
            Instalment(
                follow_up_id=follow_up.id, due_on=planned.due_on, amount_cents=planned.amount_cents
            )
        )
    follow_up.plan_agreed_on = agreed_on
    follow_up.stage = RentDebtStage.WORK
    return _saved(session, follow_up, AccessAction.UPDATE)


def record_payment(
    session: Session,
    follow_up_id: str,
    *,
    paid_on: date,
    amount_cents: int,
    source: PaymentSource,
) -> RentPayment:
    """A payment seen in SAP; it may not be more than is still owed."""
    follow_up = _open(session, follow_up_id)
    _require_sum(amount_cents, zero_allowed=False)
    if paid_on < follow_up.started_on:
        raise ProcessStepRefused("before_follow_up_start")
    if amount_cents > remaining_cents(follow_up):
        raise ProcessStepRefused("payment_exceeds_debt")
    payment = RentPayment(
        follow_up_id=follow_up.id, paid_on=paid_on, amount_cents=amount_cents, source=source
    )
    return _saved_row(session, follow_up, payment)


def record_partner_contact(
    session: Session,
    follow_up_id: str,
    *,
    partner: Partner,
    contacted_on: date,
    channel: ContactChannel,
    summary: str | None,
) -> PartnerContact:
    follow_up = _open(session, follow_up_id)
    if contacted_on < (follow_up.notice_on or follow_up.started_on):
        raise ProcessStepRefused("before_follow_up_start")
    text = (summary or "").strip()
    if len(text) > 400:
        raise ProcessStepRefused("summary_too_long")
    contact = PartnerContact(
        follow_up_id=follow_up.id,
        partner=partner,
        contacted_on=contacted_on,
        channel=channel,
        summary=text or None,
    )
    return _saved_row(session, follow_up, contact)


def apply_for_decision(
    session: Session, follow_up_id: str, *, kind: DecisionKind, applied_on: date
) -> RentDebtDecision:
    """An application (income support, more time, limited enforcement) awaits its decision."""
    follow_up = _open(session, follow_up_id)
    if applied_on < follow_up.started_on:
        raise ProcessStepRefused("before_follow_up_start")
    decision = RentDebtDecision(
        follow_up_id=follow_up.id,
        kind=kind,
        applied_on=applied_on,
        outcome=DecisionOutcome.PENDING,
    )
    return _saved_row(session, follow_up, decision)


def record_decision(
    session: Session,
    decision_id: str,
    *,
    decided_on: date,
    outcome: DecisionOutcome,
    amount_cents: int | None,
) -> RentDebtDecision:
    """The decision on an application; a sum belongs only to a granted one."""
    decision = session.get(RentDebtDecision, decision_id)
    if decision is None or decision.is_deleted:
        raise ProcessStepRefused("not_found")
    follow_up = _open(session, decision.follow_up_id)
    if decision.outcome != DecisionOutcome.PENDING:
        raise ProcessStepRefused("decision_already_made")
    if outcome == DecisionOutcome.PENDING:
        raise ProcessStepRefused("decision_needs_outcome")
    if decided_on < decision.applied_on:
        raise ProcessStepRefused("decided_before_applied")
    if amount_cents is not None:
        _require_sum(amount_cents, zero_allowed=False)
        if outcome != DecisionOutcome.GRANTED:
            raise ProcessStepRefused("amount_only_when_granted")
    decision.decided_on = decided_on
    decision.outcome = outcome
    decision.amount_cents = amount_cents
    return _saved_row(session, follow_up, decision)


def end_follow_up(
    session: Session,
    follow_up_id: str,
    *,
    ended_on: date,
    outcome: RentDebtOutcome,
    notes: str | None,
    worker_id: str | None,
) -> RentDebtFollowUp:
    """The end: its service episode ends too, and outreach or home rehabilitation
    takes the tenant over when the outcome says so. "Paid" needs nothing left owed."""
    follow_up = _open(session, follow_up_id)
    if ended_on < follow_up.started_on:
        raise ProcessStepRefused("ends_before_start")
    if outcome == RentDebtOutcome.DEBT_PAID and remaining_cents(follow_up) > 0:
        raise ProcessStepRefused("debt_not_paid")
    follow_up.stage = RentDebtStage.ENDED
    follow_up.ended_on = ended_on
    follow_up.outcome = outcome
    follow_up.notes = (notes or "").strip() or None
    episode = session.get(ServiceEpisode, follow_up.episode_id) if follow_up.episode_id else None
    if episode is not None and episode.is_open:
        close_episode(episode, max(ended_on, episode.start_date), EPISODE_END_FOR_OUTCOME[outcome])
    handed_to = _HANDED_TO.get(outcome)
    if handed_to is not None and open_episode(session, follow_up.client_id, handed_to) is None:
        session.add(
            ServiceEpisode(
                client_id=follow_up.client_id,
                service=handed_to,
                status=EpisodeStatus.STARTING,
                responsible_worker_id=worker_id,
                start_date=ended_on,
            )
        )
    return _saved(session, follow_up, AccessAction.UPDATE)


def remaining_cents(follow_up: RentDebtFollowUp) -> int:
    """The debt at the start less the payments received so far."""
    paid = sum(payment.amount_cents for payment in follow_up.payments if not payment.is_deleted)
    return max(follow_up.debt_at_start_cents - paid, 0)


# -- internals -------------------------------------------------------------------------


def _open_follow_up(session: Session, client_id: str) -> RentDebtFollowUp | None:
    query = select(RentDebtFollowUp).where(
        RentDebtFollowUp.client_id == client_id,
        RentDebtFollowUp.stage != RentDebtStage.ENDED,
        RentDebtFollowUp.deleted_at.is_(None),
    )
    return session.scalars(query).first()


def _open(session: Session, follow_up_id: str) -> RentDebtFollowUp:
    follow_up = session.get(RentDebtFollowUp, follow_up_id)
    if follow_up is None or follow_up.is_deleted:
        raise ProcessStepRefused("not_found")
    if follow_up.stage == RentDebtStage.ENDED:
        raise ProcessStepRefused("follow_up_ended")
    return follow_up


def _require_sum(cents: int, *, zero_allowed: bool) -> None:
    """The UI reads sums with `parse_money`; this guards every other caller."""
    if isinstance(cents, bool) or not isinstance(cents, int) or cents > MONEY_LIMIT_CENTS:
        raise ProcessStepRefused("bad_sum")
    if cents < 0 or (cents == 0 and not zero_allowed):
        raise ProcessStepRefused("sum_not_positive")


def _saved(session: Session, follow_up: RentDebtFollowUp, action: AccessAction) -> RentDebtFollowUp:
    session.add(follow_up)
    session.flush()
    record_access(session, action=action, client_id=follow_up.client_id, target=_TARGET)
    return follow_up


_Row = TypeVar("_Row", RentPayment, PartnerContact, RentDebtDecision)


def _saved_row(session: Session, follow_up: RentDebtFollowUp, row: _Row) -> _Row:
    session.add(row)
    session.flush()
    record_access(
        session, action=AccessAction.UPDATE, client_id=follow_up.client_id, target=_TARGET
    )
    return row
