"""The access log (lokitiedot): who processed which client's data, when and how.

Append-only and hash-chained: each entry's hash covers its own content, its `seq`
(chain version 2) and the previous entry's hash, so an edited, removed or reordered
entry breaks the chain.
Database triggers refuse UPDATE and DELETE on the table as a second guard.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from astu_desktop.models.base import Base, new_id, str_enum
from astu_protocol.accesschain import CURRENT_CHAIN, GENESIS_HASH, canonical, entry_hash
from astu_protocol.codes import AccessAction, AccessOutcome

__all__ = ["GENESIS_HASH", "AccessLogEntry"]


class AccessLogEntry(Base):
    __tablename__ = "access_log"
    __table_args__ = (Index("ix_access_log_client_at", "client_id", "at"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    at: Mapped[datetime] = mapped_column()
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    client_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[AccessAction] = mapped_column(str_enum(AccessAction))
    outcome: Mapped[AccessOutcome] = mapped_column(str_enum(AccessOutcome))
    # What was touched, as a code (e.g. "form_document:service_plan"); never free text.
    target: Mapped[str | None] = mapped_column(String(80))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    # 1: written before seq joined the hash (store migration 0011); 2: seq is hashed too.
    chain_version: Mapped[int] = mapped_column(Integer, default=CURRENT_CHAIN)

    def canonical(self) -> bytes:
        return canonical(
            version=self.chain_version, seq=self.seq, entry_id=self.id, at=self.at,
            worker_id=self.worker_id, device_id=self.device_id, client_id=self.client_id,
            action=str(self.action), outcome=str(self.outcome), target=self.target,
            prev_hash=self.prev_hash,
        )  # fmt: skip

    def compute_hash(self) -> str:
        return entry_hash(self.canonical())
