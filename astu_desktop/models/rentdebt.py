"""Rent-debt follow-up (vuokravelan seuranta), usually a six-month process."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from astu_desktop.models.base import Base, SyncedRecord, str_enum
from astu_protocol.codes import (
    ContactChannel,
    DecisionKind,
    DecisionOutcome,
    Partner,
    PaymentSource,
    RentDebtOutcome,
    RentDebtStage,
)

# Money is kept in whole cents: exact, and summed in SQL without rounding surprises.


class RentDebtFollowUp(SyncedRecord, Base):
    __tablename__ = "rent_debt_follow_up"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    episode_id: Mapped[str | None] = mapped_column(ForeignKey("service_episode.id"))
    placement_id: Mapped[str | None] = mapped_column(ForeignKey("placement.id"))
    started_on: Mapped[date] = mapped_column()
    debt_at_start_cents: Mapped[int] = mapped_column()
    landlord: Mapped[str | None] = mapped_column(String(160))
    notice_on: Mapped[date | None] = mapped_column()  # the landlord's notice of the arrears
    stage: Mapped[RentDebtStage] = mapped_column(
        str_enum(RentDebtStage), default=RentDebtStage.START
    )
    plan_agreed_on: Mapped[date | None] = mapped_column()
    ended_on: Mapped[date | None] = mapped_column()
    outcome: Mapped[RentDebtOutcome | None] = mapped_column(str_enum(RentDebtOutcome))
    notes: Mapped[str | None] = mapped_column(Text)

    instalments: Mapped[list[Instalment]] = relationship(order_by="Instalment.due_on")
    payments: Mapped[list[RentPayment]] = relationship(order_by="RentPayment.paid_on")


class Instalment(SyncedRecord, Base):
    """One agreed instalment of the payment plan."""

    __tablename__ = "instalment"

    follow_up_id: Mapped[str] = mapped_column(ForeignKey("rent_debt_follow_up.id"), index=True)
    due_on: Mapped[date] = mapped_column()
    amount_cents: Mapped[int] = mapped_column()


class RentPayment(SyncedRecord, Base):
    """A payment received against the debt (as seen in SAP)."""

    __tablename__ = "rent_payment"

    follow_up_id: Mapped[str] = mapped_column(ForeignKey("rent_debt_follow_up.id"), index=True)
    paid_on: Mapped[date] = mapped_column()
    amount_cents: Mapped[int] = mapped_column()
    source: Mapped[PaymentSource] = mapped_column(
        str_enum(PaymentSource), default=PaymentSource.CLIENT
    )


class PartnerContact(SyncedRecord, Base):
    """Contact with a partner: landlord, Kela, enforcement, guardianship, ..."""

    __tablename__ = "partner_contact"

    follow_up_id: Mapped[str] = mapped_column(ForeignKey("rent_debt_follow_up.id"), index=True)
    partner: Mapped[Partner] = mapped_column(str_enum(Partner))
    contacted_on: Mapped[date] = mapped_column()
    channel: Mapped[ContactChannel] = mapped_column(str_enum(ContactChannel))
    summary: Mapped[str | None] = mapped_column(String(400))


class RentDebtDecision(SyncedRecord, Base):
    """An application and its decision: supplementary or preventive income support, ..."""

    __tablename__ = "rent_debt_decision"

    follow_up_id: Mapped[str] = mapped_column(ForeignKey("rent_debt_follow_up.id"), index=True)
    kind: Mapped[DecisionKind] = mapped_column(str_enum(DecisionKind))
    applied_on: Mapped[date] = mapped_column()
    decided_on: Mapped[date | None] = mapped_column()
    outcome: Mapped[DecisionOutcome] = mapped_column(
        str_enum(DecisionOutcome), default=DecisionOutcome.PENDING
    )
    amount_cents: Mapped[int | None] = mapped_column()
