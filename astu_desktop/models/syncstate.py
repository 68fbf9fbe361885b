"""This device's identity, its hybrid logical clock, and the outbox of changed records."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from astu_desktop.models.base import Base


class DeviceState(Base):
    """One row: the device id and the last clock stamp it issued (never goes backwards)."""

    __tablename__ = "device_state"

    singleton: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    device_id: Mapped[str] = mapped_column(String(36))
    hlc_wall_ms: Mapped[int] = mapped_column(default=0)
    hlc_counter: Mapped[int] = mapped_column(default=0)
    current_worker_id: Mapped[str | None] = mapped_column(String(36))
    is_demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column()


class OutboxChange(Base):
    """One record changed on this device, waiting to be pushed.

    `fields` holds the newest value of each changed field as one JSON object, merged
    while the record waits; `hlc` is the newest edit's stamp and `older_stamps` (JSON)
    the stamps of fields edited before it, so each field is ordered against edits
    from other devices by its own edit (sync/queue.py). A record created here and not
    yet sent is queued by reference: `created_stamp` is its creation's stamp, and the
    row stands for every other field the record holds when the batch is built, so its
    values are not stored twice (`fields` then holds only what was edited since, with
    those edits' own stamps). Written in the same
    transaction as the change itself, so a change is never saved without its outbox
    row or the other way round.
    """

    __tablename__ = "outbox_change"
    __table_args__ = (Index("ix_outbox_change_record", "table_name", "row_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(64))
    older_stamps: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_stamp: Mapped[str | None] = mapped_column(String(64), nullable=True)
    device_id: Mapped[str] = mapped_column(String(36))
    # The pull cursor when the change was made (set by a trigger of migration 0018):
    # the oldest of a merged row counts, so a conflict is judged against what was seen.
    base_cursor: Mapped[int] = mapped_column(Integer, server_default=text("'0'"))
