"""The record window's units of work: loading the record (logging the view when it is
opened) and running one process step, each in one transaction of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from astu_desktop.services.client_record import (
    ClientRecord,
    load_client_record,
    open_client_record,
)
from astu_desktop.store.casestore import CaseStore


def load_record(store: CaseStore, client_id: str, today: date, *, log_view: bool) -> ClientRecord:
    with store.session() as session, session.begin():
        if log_view:
            return open_client_record(session, client_id, today)
        return load_client_record(session, client_id, today)


def run_step(store: CaseStore, step: Callable[[Session], object]) -> None:
    with store.session() as session, session.begin():
        step(session)
