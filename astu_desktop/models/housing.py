"""SAS decisions, housing offers, placements and how tenancies end."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from astu_desktop.models.base import Base, SyncedRecord, str_enum
from astu_desktop.models.client import Client
from astu_protocol.codes import (
    HousingQueue,
    HousingType,
    OfferOutcome,
    SasOutcome,
    TenancyEndReason,
)


class SasDecision(SyncedRecord, Base):
    """A SAS (selvitä-arvioi-sijoita) decision: which housing and which queue."""

    __tablename__ = "sas_decision"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    episode_id: Mapped[str | None] = mapped_column(ForeignKey("service_episode.id"))
    decided_on: Mapped[date] = mapped_column()
    outcome: Mapped[SasOutcome] = mapped_column(str_enum(SasOutcome))
    housing_type: Mapped[HousingType | None] = mapped_column(str_enum(HousingType))
    queue: Mapped[HousingQueue | None] = mapped_column(str_enum(HousingQueue))
    decided_by_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"))
    reasoning: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship()


class HousingOffer(SyncedRecord, Base):
    """An offered flat, its viewing and the client's answer."""

    __tablename__ = "housing_offer"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    sas_decision_id: Mapped[str | None] = mapped_column(ForeignKey("sas_decision.id"))
    offered_on: Mapped[date] = mapped_column()
    housing_type: Mapped[HousingType] = mapped_column(str_enum(HousingType))
    street_address: Mapped[str] = mapped_column(String(160))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    viewing_on: Mapped[date | None] = mapped_column()
    outcome: Mapped[OfferOutcome] = mapped_column(
        str_enum(OfferOutcome), default=OfferOutcome.PENDING
    )
    notes: Mapped[str | None] = mapped_column(Text)


class Placement(SyncedRecord, Base):
    """Where the client lives under ASTU: a tenancy from move-in to its end."""

    __tablename__ = "placement"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    sas_decision_id: Mapped[str | None] = mapped_column(ForeignKey("sas_decision.id"))
    offer_id: Mapped[str | None] = mapped_column(ForeignKey("housing_offer.id"))
    housing_type: Mapped[HousingType] = mapped_column(str_enum(HousingType))
    street_address: Mapped[str] = mapped_column(String(160))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str] = mapped_column(String(80), default="Helsinki")
    landlord: Mapped[str | None] = mapped_column(String(160))
    move_in_on: Mapped[date] = mapped_column()
    ended_on: Mapped[date | None] = mapped_column()

    client: Mapped[Client] = relationship()

    @property
    def is_current(self) -> bool:
        return self.ended_on is None


class TenancyEnding(SyncedRecord, Base):
    """The end of a tenancy (asumisen päättyminen) and its reason, for yearly statistics."""

    __tablename__ = "tenancy_ending"

    placement_id: Mapped[str] = mapped_column(ForeignKey("placement.id"), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    ended_on: Mapped[date] = mapped_column(index=True)
    reason: Mapped[TenancyEndReason] = mapped_column(str_enum(TenancyEndReason))
    notes: Mapped[str | None] = mapped_column(Text)
