"""The document editor's store work: open, autosave, sign and amend, each one logged action.

The editor saves a draft every time the worker pauses, so a crash costs seconds of
typing at most. Each call here is one user action on a form document and writes its
access-log entry in the same transaction as the data it reads or writes: nothing is
shown or changed without being logged. A new document exists only once something has
been typed into it, so opening a form and closing it again leaves no empty drafts.

Functions take the caller's session and never commit.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import DeviceState, FormDocument
from astu_desktop.services import documents
from astu_desktop.services.accesslog import record_access
from astu_desktop.services.case_facts import open_draft
from astu_desktop.services.clients import live_client
from astu_desktop.services.documents import DocumentError, DocumentNotFound, is_superseded
from astu_protocol.codes import AccessAction, DocumentStatus, FormKey
from astu_protocol.forms import definition
from astu_protocol.service_day import service_day


class SignerUnknown(DocumentError):
    """This device has no current worker, so nobody could sign."""


@dataclass(frozen=True)
class DocumentState:
    """What the editor shows: the answers and where the document stands."""

    client_id: str
    client_name: str
    form_key: FormKey
    form_version: int
    document_id: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    status: DocumentStatus = DocumentStatus.DRAFT
    version_no: int = 1
    signed_at: datetime | None = None
    amendment_reason: str | None = None
    superseded: bool = False

    @property
    def is_signed(self) -> bool:
        return self.status == DocumentStatus.SIGNED


def document_target(form_key: FormKey) -> str:
    """The access-log target of a form document: which form, never its content."""
    return f"form_document:{form_key.value}"


def open_document(
    session: Session, *, client_id: str, form_key: FormKey, document_id: str | None
) -> DocumentState:
    """The given document, else the client's open draft of this form, else a new one.

    Continuing an existing draft is what a worker means by "open the assessment":
    a second, parallel draft of the same form would split their work in two.
    """
    client = live_client(session, client_id)
    document = _chosen_document(session, client_id, form_key, document_id)
    record_access(
        session, action=AccessAction.VIEW, client_id=client_id, target=document_target(form_key)
    )
    if document is None:
        newest = definition(form_key)
        return DocumentState(client_id, client.full_name, form_key, newest.version)
    return _state_of(session, document, client.full_name)


def save_answers(
    session: Session,
    state: DocumentState,
    answers: dict[str, Any],
    *,
    today: date,
    log_update: bool,
) -> str:
    """Save the draft (creating it on the first save) and return its id.

    `log_update` lets the editor log one UPDATE per stretch of editing instead of one
    per pause in typing, which would bury the access log in autosaves.
    """
    target = document_target(state.form_key)
    if state.document_id is None:
        document = documents.create_draft(
            session,
            client_id=state.client_id,
            form_key=state.form_key,
            author_id=_current_worker(session),
            answers=answers,
            today=today,
        )
        action: AccessAction | None = AccessAction.CREATE
    else:
        document = documents.save_draft(session, state.document_id, answers)
        action = AccessAction.UPDATE if log_update else None
    if action is not None:
        record_access(session, action=action, client_id=state.client_id, target=target)
    return document.id


def sign_answers(
    session: Session, state: DocumentState, answers: dict[str, Any], *, now: datetime
) -> DocumentState:
    """Save the answers as they are on screen and sign them in the same transaction."""
    worker_id = _current_worker(session)
    if worker_id is None:
        raise SignerUnknown()
    today = service_day(now)
    document_id = save_answers(session, state, answers, today=today, log_update=False)
    document = documents.sign(session, document_id, worker_id=worker_id, now=now)
    record_access(
        session,
        action=AccessAction.SIGN,
        client_id=state.client_id,
        target=document_target(state.form_key),
    )
    return _state_of(session, document, state.client_name)


def amend_document(
    session: Session, state: DocumentState, *, reason: str, today: date
) -> DocumentState:
    """A new draft version of a signed document, starting from its answers."""
    if state.document_id is None:
        raise DocumentNotFound()
    document = documents.amend(
        session,
        state.document_id,
        author_id=_current_worker(session),
        reason=reason,
        today=today,
    )
    record_access(
        session,
        action=AccessAction.CREATE,
        client_id=state.client_id,
        target=document_target(state.form_key),
    )
    return _state_of(session, document, state.client_name)


def _chosen_document(
    session: Session, client_id: str, form_key: FormKey, document_id: str | None
) -> FormDocument | None:
    if document_id is not None:
        document = documents.get_document(session, document_id)
        if document.client_id != client_id or document.form_key != form_key:
            raise DocumentNotFound()
        return document
    return open_draft(session, client_id, form_key)


def _state_of(session: Session, document: FormDocument, client_name: str) -> DocumentState:
    return DocumentState(
        client_id=document.client_id,
        client_name=client_name,
        form_key=document.form_key,
        form_version=document.form_version,
        document_id=document.id,
        answers=copy.deepcopy(document.answers),
        status=document.status,
        version_no=document.version_no,
        signed_at=document.signed_at,
        amendment_reason=document.amendment_reason,
        superseded=is_superseded(session, document.id),
    )


def _current_worker(session: Session) -> str | None:
    return session.scalars(select(DeviceState.current_worker_id)).one()
