"""Teams and workers (the users of the application)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from astu_desktop.models.base import Base, SyncedRecord, str_enum
from astu_protocol.codes import Role


class Team(SyncedRecord, Base):
    __tablename__ = "team"

    name: Mapped[str] = mapped_column(String(120))

    workers: Mapped[list[Worker]] = relationship(back_populates="team")


class Worker(SyncedRecord, Base):
    __tablename__ = "worker"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(160))
    role: Mapped[Role] = mapped_column(str_enum(Role), default=Role.FIELD_WORKER)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(default=True)

    team: Mapped[Team | None] = relationship(back_populates="workers")
