"""The store work of one open document, free of Qt: each call is one transaction.

Calls run on the background worker, which has one thread, so the saves of one
editor happen in the order they were asked for and `state` always names the draft
the next save continues (the first save creates it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from astu_desktop.models.base import utcnow
from astu_desktop.services import drafts
from astu_desktop.services.drafts import DocumentState
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import FormKey
from astu_protocol.service_day import service_day

# One UPDATE entry per stretch of editing: the access log says who worked on the
# document and when, without an entry for every pause in typing.
UPDATE_LOG_INTERVAL = timedelta(minutes=10)

Clock = Callable[[], datetime]


def open_document(
    store: CaseStore, *, client_id: str, form_key: FormKey, document_id: str | None
) -> DocumentState:
    with store.session() as session, session.begin():
        return drafts.open_document(
            session, client_id=client_id, form_key=form_key, document_id=document_id
        )


class DocumentActions:
    def __init__(self, store: CaseStore, state: DocumentState, now: Clock = utcnow) -> None:
        self.store = store
        self.state = state
        self._now = now
        self._update_logged_at: datetime | None = None

    def save(self, answers: dict[str, Any]) -> DocumentState:
        now = self._now()
        log_update = (
            self._update_logged_at is None or now - self._update_logged_at >= UPDATE_LOG_INTERVAL
        )
        with self.store.session() as session, session.begin():
            document_id = drafts.save_answers(
                session, self.state, answers, today=service_day(now), log_update=log_update
            )
        if log_update or self.state.document_id is None:
            self._update_logged_at = now
        self.state = dataclasses.replace(self.state, document_id=document_id, answers=answers)
        return self.state

    def sign(self, answers: dict[str, Any]) -> DocumentState:
        with self.store.session() as session, session.begin():
            self.state = drafts.sign_answers(session, self.state, answers, now=self._now())
        return self.state

    def amend(self, reason: str) -> DocumentState:
        with self.store.session() as session, session.begin():
            self.state = drafts.amend_document(
                session, self.state, reason=reason, today=service_day(self._now())
            )
        self._update_logged_at = self._now()
        return self.state
