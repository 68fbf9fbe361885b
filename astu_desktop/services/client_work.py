"""Units of work on a client's own details, one session per user action."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from astu_desktop.services.client_registration import (
    NewClient,
    register_client,
    update_contact_details,
)
from astu_desktop.services.visits import current_worker_id
from astu_desktop.store.casestore import CaseStore


def save_new_client(store: CaseStore, new: NewClient, today: date) -> str:
    """One transaction: the client, its contact persons and the episode; the new id."""
    with store.session() as session, session.begin():
        worker_id = current_worker_id(session)
        return register_client(session, new, worker_id=worker_id, today=today).id


def save_contact_details(store: CaseStore, client_id: str, changes: Mapping[str, object]) -> None:
    with store.session() as session, session.begin():
        update_contact_details(session, client_id, changes)
