"""The access log: appended for every action, chained, and any later edit is detected."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from astu_desktop.models import Client
from astu_desktop.models.codes import AccessAction
from astu_desktop.models.hetu import make_hetu
from astu_desktop.services.accesslog import entries_for_client, record_access, verify_chain
from astu_desktop.store.casestore import CaseStore


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
