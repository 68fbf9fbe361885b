"""Booked visits (varatut käynnit): the next visit planned, not guessed.

A booking says when a visit will start (an instant, stored in UTC), how long it is
planned to take, where (the client's address unless the worker writes another place)
and which workers go. It stays `booked` until a visit is recorded for it (`done`,
with `visit_id`), it is cancelled, or it is moved: a move keeps the old row as
`rescheduled` with its reason and books a new one, so both times stay in the history.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from astu_desktop.models.base import Base, SyncedRecord, str_enum
from astu_desktop.models.client import Client
from astu_desktop.models.people import Worker
from astu_protocol.codes import BookingChangeReason, BookingStatus

PLACE_MAX = 200


class BookedVisit(SyncedRecord, Base):
    __tablename__ = "booked_visit"
    __table_args__ = (
        Index("ix_booked_visit_client_start", "client_id", "starts_at"),
        Index("ix_booked_visit_starts_at", "starts_at"),
    )

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    starts_at: Mapped[datetime] = mapped_column()
    duration_minutes: Mapped[int] = mapped_column()
    place: Mapped[str | None] = mapped_column(String(PLACE_MAX))
    status: Mapped[BookingStatus] = mapped_column(
        str_enum(BookingStatus, 20), default=BookingStatus.BOOKED
    )
    change_reason: Mapped[BookingChangeReason | None] = mapped_column(
        str_enum(BookingChangeReason, 40)
    )
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("home_visit.id"))
    booked_by_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"))

    workers: Mapped[list[BookedVisitWorker]] = relationship(back_populates="booking")
    # Many-to-one links so one flush inserts a new client or worker before its booking
    # (without a relationship the unit of work would order the tables by class name).
    client: Mapped[Client] = relationship()
    booked_by: Mapped[Worker | None] = relationship()


class BookedVisitWorker(SyncedRecord, Base):
    """A worker who goes on a booked visit (pair work is common)."""

    __tablename__ = "booked_visit_worker"
    __table_args__ = (UniqueConstraint("booking_id", "worker_id"),)

    booking_id: Mapped[str] = mapped_column(ForeignKey("booked_visit.id"), index=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("worker.id"), index=True)

    booking: Mapped[BookedVisit] = relationship(back_populates="workers")
    worker: Mapped[Worker] = relationship()
