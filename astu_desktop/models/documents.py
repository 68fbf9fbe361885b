"""Form documents: answer sets against a versioned form definition.

A draft is edited freely; signing freezes it. Amending a signed document creates a
new version that points back to the one it supersedes; the old one is never touched
again (a database trigger refuses any update of a signed row).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from astu_desktop.models.base import Base, SyncedRecord, str_enum
from astu_protocol.codes import DocumentStatus, FormKey


class FormDocument(SyncedRecord, Base):
    __tablename__ = "form_document"
    __table_args__ = (Index("ix_form_document_client_form", "client_id", "form_key"),)

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    form_key: Mapped[FormKey] = mapped_column(str_enum(FormKey))
    form_version: Mapped[int] = mapped_column()
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[DocumentStatus] = mapped_column(
        str_enum(DocumentStatus), default=DocumentStatus.DRAFT
    )
    version_no: Mapped[int] = mapped_column(default=1)
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("form_document.id"), index=True)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"))
    document_date: Mapped[date] = mapped_column()
    signed_by_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"))
    signed_at: Mapped[datetime | None] = mapped_column()
    review_due: Mapped[date | None] = mapped_column()
    amendment_reason: Mapped[str | None] = mapped_column(String(400))

    @property
    def is_signed(self) -> bool:
        return self.status == DocumentStatus.SIGNED
