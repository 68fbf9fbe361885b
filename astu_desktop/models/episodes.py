"""Service episodes (asiakkuus): one client's time in one service."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from astu_desktop.models.base import Base, SyncedRecord, str_enum
from astu_desktop.models.client import Client
from astu_desktop.models.people import Worker
from astu_protocol.codes import EpisodeEndReason, EpisodeStatus, Service


class ServiceEpisode(SyncedRecord, Base):
    __tablename__ = "service_episode"
    __table_args__ = (Index("ix_service_episode_worker_status", "responsible_worker_id", "status"),)

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    service: Mapped[Service] = mapped_column(str_enum(Service))
    status: Mapped[EpisodeStatus] = mapped_column(
        str_enum(EpisodeStatus), default=EpisodeStatus.STARTING
    )
    responsible_worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"))
    start_date: Mapped[date] = mapped_column()
    end_date: Mapped[date | None] = mapped_column()
    end_reason: Mapped[EpisodeEndReason | None] = mapped_column(str_enum(EpisodeEndReason))
    notes: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship()
    responsible_worker: Mapped[Worker | None] = relationship()

    @property
    def is_open(self) -> bool:
        return self.status != EpisodeStatus.ENDED
