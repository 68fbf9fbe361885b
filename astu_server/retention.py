"""Data minimisation: a laptop holds a client only while its worker needs them.

When every episode of a client in a worker's caseload has ended longer ago than the
retention time, the client leaves that worker's scope with a `retire` scope event (the
device purges them as it purges any client that left its scope; the server keeps the
record), unless the pulling device still holds unsent or quarantined work on them. The
scope summary, the feed and the scope history then agree, so the device's scope check
stays verified. A new episode of the client brings them back through the normal grant.
A team lead's devices keep their team's clients: they are where a new episode is opened.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from astu_protocol.service_day import service_today
from astu_server import scope
from astu_server.db import FeedPositions
from astu_server.models import (
    Assignment,
    Device,
    Record,
    ScopeGrant,
    ScopeRetirement,
    utcnow,
)

DEFAULT_DAYS = 90
DAYS_VARIABLE = "ASTU_SERVER_RETENTION_DAYS"
EPISODE = "service_episode"
ENDED = "ended"


@dataclass
class Retention:
    """How long an ended client stays on a worker's laptop; `today` is the service day."""

    days: int = DEFAULT_DAYS
    today: Callable[[], date] = field(default=service_today)

    @classmethod
    def from_environment(cls) -> Retention:
        configured = os.environ.get(DAYS_VARIABLE)
        return cls(days=int(configured)) if configured else cls()


def due(session: Session, user_id: str, retention: Retention) -> list[str]:
    """The clients of the user's own caseload, in their scope, whose every episode ended
    at least `retention.days` ago (a client without episodes is not due)."""
    episodes = session.execute(
        select(Record.client_id, Record.data)
        .join(Assignment, Assignment.client_id == Record.client_id)
        .join(
            ScopeGrant,
            (ScopeGrant.client_id == Record.client_id) & (ScopeGrant.user_id == user_id),
        )
        .where(Record.table_name == EPISODE, Assignment.user_id == user_id)
    )
    still_open: set[str] = set()
    last_end: dict[str, date] = {}
    for client_id, data in episodes:
        if client_id is None or data.get("deleted_at") is not None:
            continue
        ended = _end_of(data)
        if ended is None:
            still_open.add(client_id)
        else:
            last_end[client_id] = max(ended, last_end.get(client_id, ended))
    cutoff = retention.today() - timedelta(days=retention.days)
    return sorted(
        client_id
        for client_id, end in last_end.items()
        if client_id not in still_open and end <= cutoff
    )


def _end_of(data: dict[str, object]) -> date | None:
    """The day an ended episode ended; None while it is open (or its end is unknown)."""
    end = data.get("end_date")
    if data.get("status") != ENDED or not isinstance(end, str):
        return None
    try:
        return date.fromisoformat(end)
    except ValueError:
        return None


def retire_due(
    session: Session, device: Device, holding: Iterable[str], retention: Retention
) -> list[str]:
    """Take the device user's due clients out of their scope, except those the pulling
    device still holds work on. Takes the feed lock only when there is something to retire.

    Checked once per service day and device: whether a client is due changes with the
    day, and reading every episode of the caseload on every pull made a sync's cost
    grow with the caseload. A day's check that held a client back (work on it not yet
    sent) is repeated at the next pull, so the client goes once the work has arrived.
    A client that becomes due later the same day (an old end date recorded, a client
    reassigned) goes at the first sync of the next day.
    """
    today = retention.today()
    if device.retention_clear_on == today:
        return []
    due_clients = due(session, device.user_id, retention)
    held = set(holding)
    clients = [client_id for client_id in due_clients if client_id not in held]
    if clients:
        positions = FeedPositions(session)  # the feed lock before the device's row
        for client_id in clients:
            session.add(
                ScopeRetirement(user_id=device.user_id, client_id=client_id, retired_at=utcnow())
            )
        session.flush()
        scope.refresh(session, positions, clients)
    if len(clients) == len(due_clients):  # none held back: nothing more due today
        device.retention_clear_on = today
    return clients


def reopen(session: Session, positions: FeedPositions, client_id: str) -> None:
    """New work for the client (a new episode): whoever had them retired gets them back."""
    result = session.execute(delete(ScopeRetirement).where(ScopeRetirement.client_id == client_id))
    if getattr(result, "rowcount", 0):
        session.flush()
        scope.refresh(session, positions, [client_id])
