"""A team lead's review of a signed document: approved, or returned with a note.

Reviews are append-only: a later decision is a new row, so the history of every
document's approvals is kept and syncs like any record. A returned signed document is
not changed (signed documents never are); the worker answers by amending it, and the
amendment, once signed, awaits review again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from astu_desktop.models.base import Base, SyncedRecord, str_enum
from astu_protocol.codes import ReviewDecision


class DocumentReview(SyncedRecord, Base):
    __tablename__ = "document_review"
    __table_args__ = (Index("ix_document_review_document", "document_id", "reviewed_at"),)

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("form_document.id"))
    decision: Mapped[ReviewDecision] = mapped_column(str_enum(ReviewDecision, 20))
    note: Mapped[str | None] = mapped_column(String(2000))
    reviewer_id: Mapped[str] = mapped_column(ForeignKey("worker.id"))
    reviewed_at: Mapped[datetime] = mapped_column()
