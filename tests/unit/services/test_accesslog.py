"""The access log: appended for every action, chained, and any later edit is detected."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from astu_desktop.models import AccessLogEntry, Client
from astu_desktop.models.accesslog import GENESIS_HASH
from astu_desktop.models.hetu import make_hetu
from astu_desktop.services.accesslog import entries_for_client, record_access, verify_chain
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import AccessAction, AccessOutcome


def _client(store: CaseStore) -> str:
    with store.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Lind", hetu=make_hetu(date(1970, 3, 2), 931))
        session.add(client)
    return client.id


def _log(store: CaseStore, client_id: str, *actions: AccessAction) -> None:
    for action in actions:
        with store.session() as session, session.begin():
            record_access(session, action=action, client_id=client_id)


def test_entries_for_a_client_are_listed_newest_first(store: CaseStore) -> None:
    client_id = _client(store)
    _log(store, client_id, AccessAction.VIEW, AccessAction.REVEAL, AccessAction.PRINT)
    with store.session() as session:
        actions = [entry.action for entry in entries_for_client(session, client_id)]
    assert actions == [AccessAction.PRINT, AccessAction.REVEAL, AccessAction.VIEW]


def test_an_intact_chain_verifies(store: CaseStore) -> None:
    client_id = _client(store)
    _log(store, client_id, AccessAction.VIEW, AccessAction.UPDATE, AccessAction.SIGN)
    with store.session() as session:
        assert verify_chain(session) is None


def test_the_database_refuses_to_edit_or_remove_an_entry(store: CaseStore) -> None:
    client_id = _client(store)
    _log(store, client_id, AccessAction.VIEW)
    with store.engine.connect() as conn:
        with pytest.raises(IntegrityError, match="append-only"):
            conn.execute(text("UPDATE access_log SET action = 'print'"))
        conn.rollback()
        with pytest.raises(IntegrityError, match="append-only"):
            conn.execute(text("DELETE FROM access_log"))


@pytest.mark.parametrize("tamper", ["edit", "remove"])
def test_an_edited_or_removed_entry_breaks_the_chain(store: CaseStore, tamper: str) -> None:
    client_id = _client(store)
    _log(store, client_id, AccessAction.VIEW, AccessAction.EXPORT, AccessAction.VIEW)
    with store.engine.begin() as conn:
        # Someone with the key and a raw connection drops the guards and rewrites history.
        conn.execute(text("DROP TRIGGER access_log_no_update"))
        conn.execute(text("DROP TRIGGER access_log_no_delete"))
        if tamper == "edit":
            conn.execute(text("UPDATE access_log SET action = 'view' WHERE seq = 2"))
        else:
            conn.execute(text("DELETE FROM access_log WHERE seq = 2"))
    with store.session() as session:
        assert verify_chain(session) is not None


def _hashed_as_version_1(entry_values: dict[str, object], prev_hash: str) -> str:
    """How entries were hashed before store migration 0011: seq was not covered."""
    body = {**entry_values, "prev_hash": prev_hash}
    return hashlib.sha256(
        json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()


def test_entries_written_before_seq_joined_the_hash_still_verify(store: CaseStore) -> None:
    client_id = _client(store)
    at = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    with store.session() as session, session.begin():
        device_id = session.scalar(text("SELECT device_id FROM device_state"))
        values = {"id": "01old-entry", "at": at.isoformat(), "worker_id": None,
                  "device_id": device_id, "client_id": client_id, "action": "view",
                  "outcome": "ok", "target": "client:record"}  # fmt: skip
        session.add(AccessLogEntry(
            seq=1, id="01old-entry", at=at, worker_id=None, device_id=device_id,
            client_id=client_id, action=AccessAction.VIEW, outcome=AccessOutcome.OK,
            target="client:record", prev_hash=GENESIS_HASH, chain_version=1,
            hash=_hashed_as_version_1(values, GENESIS_HASH),
        ))  # fmt: skip
    _log(store, client_id, AccessAction.VIEW)  # a new entry chains on as version 2

    with store.session() as session:
        assert verify_chain(session) is None
        versions = [entry.chain_version for entry in session.scalars(select(AccessLogEntry))]
    assert versions == [1, 2]


def test_a_renumbered_entry_breaks_the_chain(store: CaseStore) -> None:
    client_id = _client(store)
    _log(store, client_id, AccessAction.VIEW, AccessAction.VIEW)
    with store.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER access_log_no_update"))
        conn.execute(text("UPDATE access_log SET seq = 7 WHERE seq = 2"))
    with store.session() as session:
        assert verify_chain(session) == 7
