"""Home visits (kotikäynnit) and who was there."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from astu_desktop.models.base import Base, SyncedRecord, str_enum
from astu_desktop.models.people import Worker
from astu_protocol.codes import VisitKind, VisitRemovalReason


class HomeVisit(SyncedRecord, Base):
    __tablename__ = "home_visit"
    __table_args__ = (
        Index("ix_home_visit_client_when", "client_id", "visited_at"),
        Index("ix_home_visit_visited_at", "visited_at"),  # migration 0005: visits by period
    )

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    visited_at: Mapped[datetime] = mapped_column()
    duration_minutes: Mapped[int | None] = mapped_column()
    kind: Mapped[VisitKind] = mapped_column(str_enum(VisitKind), default=VisitKind.HOME_VISIT)
    others_present: Mapped[str | None] = mapped_column(String(400))
    notes: Mapped[str | None] = mapped_column(Text)
    living_skills_document_id: Mapped[str | None] = mapped_column(ForeignKey("form_document.id"))
    recorded_by_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"))
    # Set with the tombstone: a removed visit says why it was removed (migration 0017).
    removal_reason: Mapped[VisitRemovalReason | None] = mapped_column(
        str_enum(VisitRemovalReason, 40)
    )

    workers: Mapped[list[VisitWorker]] = relationship(back_populates="visit")


class VisitWorker(SyncedRecord, Base):
    """A worker present at a visit (pair work is common)."""

    __tablename__ = "visit_worker"
    __table_args__ = (UniqueConstraint("visit_id", "worker_id"),)

    visit_id: Mapped[str] = mapped_column(ForeignKey("home_visit.id"), index=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("worker.id"), index=True)

    visit: Mapped[HomeVisit] = relationship(back_populates="workers")
    worker: Mapped[Worker] = relationship()
