"""The document editor's store actions: each one logged, in the same transaction as its data."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from astu_desktop.models import Client, DeviceState, FormDocument, Worker
from astu_desktop.models.hetu import make_hetu
from astu_desktop.services import drafts
from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.services.clients import ClientNotFound
from astu_desktop.services.documents import (
    DocumentInvalid,
    DocumentNotFound,
    living_skills_areas,
)
from astu_desktop.services.drafts import SignerUnknown
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import AccessAction, DocumentStatus, FormKey

TODAY = date(2025, 3, 10)
NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
CHECK = FormKey.LIVING_SKILLS_CHECK
TARGET = "form_document:living_skills_check"


def _complete_check() -> dict[str, object]:
    scores = {f"{area}_score": 3 for area in living_skills_areas()}
    return {**scores, "next_steps": "Seuraava käynti kuukauden päästä"}


@pytest.fixture
def client_id(store: CaseStore) -> str:
    with store.session() as session, session.begin():
        client = Client(
            first_names="Aino", last_name="Virtanen", hetu=make_hetu(date(1980, 5, 17), 923)
        )
        worker = Worker(username="outi", full_name="Outi Miettinen")
        session.add_all([client, worker])
        session.flush()
        session.scalars(select(DeviceState)).one().current_worker_id = worker.id
    return client.id


def _open(store: CaseStore, client_id: str, document_id: str | None = None) -> drafts.DocumentState:
    with store.session() as session, session.begin():
        return drafts.open_document(
            session, client_id=client_id, form_key=CHECK, document_id=document_id
        )


def _save(store: CaseStore, state: drafts.DocumentState, answers: dict, log: bool = True) -> str:
    with store.session() as session, session.begin():
        return drafts.save_answers(session, state, answers, today=TODAY, log_update=log)


def _actions(store: CaseStore, client_id: str) -> list[AccessAction]:
    with store.session() as session:
        entries = entries_for_client(session, client_id)
        return [entry.action for entry in reversed(entries) if entry.target == TARGET]


def test_opening_a_form_creates_nothing_until_something_is_saved(store, client_id):
    state = _open(store, client_id)
    assert state.document_id is None
    assert state.client_name == "Aino Virtanen"
    with store.session() as session:
        assert session.scalars(select(FormDocument)).all() == []
    assert _actions(store, client_id) == [AccessAction.VIEW]


def test_the_open_draft_is_continued_rather_than_a_second_one_started(store, client_id):
    document_id = _save(store, _open(store, client_id), {"hygiene_score": 2})
    again = _open(store, client_id)
    assert again.document_id == document_id
    assert again.answers == {"hygiene_score": 2}


def test_saves_create_then_update_and_log_only_when_asked(store, client_id):
    state = _open(store, client_id)
    document_id = _save(store, state, {"hygiene_score": 2})
    state = dataclasses.replace(state, document_id=document_id)
    _save(store, state, {"hygiene_score": 3}, log=False)
    _save(store, state, {"hygiene_score": 4}, log=True)
    assert _actions(store, client_id) == [
        AccessAction.VIEW,
        AccessAction.CREATE,
        AccessAction.UPDATE,
    ]


def test_signing_saves_the_answers_on_screen_and_logs_the_signing(store, client_id):
    state = _open(store, client_id)
    with store.session() as session, session.begin():
        signed = drafts.sign_answers(session, state, _complete_check(), now=NOW)
    assert signed.status == DocumentStatus.SIGNED
    assert signed.signed_at == NOW
    assert _actions(store, client_id) == [
        AccessAction.VIEW,
        AccessAction.CREATE,
        AccessAction.SIGN,
    ]


def test_a_refused_signing_leaves_nothing_behind(store, client_id):
    state = _open(store, client_id)
    with pytest.raises(DocumentInvalid), store.session() as session, session.begin():
        drafts.sign_answers(session, state, {"hygiene_score": 3}, now=NOW)
    with store.session() as session:
        assert session.scalars(select(FormDocument)).all() == []
    assert _actions(store, client_id) == [AccessAction.VIEW]


def test_nobody_signs_on_a_device_without_a_worker(store, client_id):
    with store.session() as session, session.begin():
        session.scalars(select(DeviceState)).one().current_worker_id = None
    state = _open(store, client_id)
    with pytest.raises(SignerUnknown), store.session() as session, session.begin():
        drafts.sign_answers(session, state, _complete_check(), now=NOW)


def test_amending_starts_a_new_version_and_marks_the_old_one_superseded(store, client_id):
    opened = _open(store, client_id)
    with store.session() as session, session.begin():
        signed = drafts.sign_answers(session, opened, _complete_check(), now=NOW)
        amended = drafts.amend_document(session, signed, reason="Korjattu arvio", today=TODAY)
    assert (amended.version_no, amended.status) == (2, DocumentStatus.DRAFT)
    assert amended.amendment_reason == "Korjattu arvio"
    assert _actions(store, client_id)[-1] == AccessAction.CREATE
    assert _open(store, client_id, signed.document_id).superseded


def test_a_document_of_another_client_is_not_found(store, client_id):
    document_id = _save(store, _open(store, client_id), {"hygiene_score": 2})
    with store.session() as session, session.begin():
        other = Client(
            first_names="Eero", last_name="Esimerkki", hetu=make_hetu(date(1975, 1, 2), 931)
        )
        session.add(other)
    with pytest.raises(DocumentNotFound):
        _open(store, other.id, document_id)


def test_a_removed_client_is_not_found(store, client_id):
    with store.session() as session, session.begin():
        session.get(Client, client_id).deleted_at = NOW
    with pytest.raises(ClientNotFound):
        _open(store, client_id)


def test_a_check_signed_at_half_past_midnight_is_dated_on_helsinkis_day(store, client_id):
    state = _open(store, client_id)
    half_past_midnight = datetime(2025, 3, 9, 22, 30, tzinfo=UTC)  # Mon 10.3.2025 00.30
    with store.session() as session, session.begin():
        signed = drafts.sign_answers(session, state, _complete_check(), now=half_past_midnight)
    with store.session() as session:
        document = session.get(FormDocument, signed.document_id)
        assert document is not None
        assert document.document_date == date(2025, 3, 10)
