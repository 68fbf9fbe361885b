"""A lead's reassignment, pushed as a new `responsible_worker_id` of a service episode.

The episode's responsible worker and the server's `Assignment` are two views of the
same fact, so the server lets only a team lead of the client's team change it, and
only to an active field worker of that team; then it moves the assignment to match
and recomputes the scope, which purges the client from the old worker's laptops and
sends it to the new worker's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_protocol.messages import ChangeResult, Outcome, RefusalReason, RowChange
from astu_server import scope
from astu_server.models import Assignment, Record, User

if TYPE_CHECKING:
    from astu_server.merge import Batch

TABLE = "service_episode"
FIELD = "responsible_worker_id"
ENDED = "ended"


def changes_worker(record: Record, change: RowChange) -> bool:
    return (
        record.table_name == TABLE
        and FIELD in change.fields
        and change.fields[FIELD] != record.data.get(FIELD)
    )


def refusal(batch: Batch, record: Record, change: RowChange) -> ChangeResult | None:
    """Why this device may not hand the episode over, or None when it may."""
    session = batch.session
    lead = session.get(User, batch.pusher.user_id)
    if lead is None or lead.role != scope.TEAM_LEAD or lead.team_id is None:
        return _refused(change, RefusalReason.LEAD_ONLY, [FIELD])
    old_id, new_id = record.data.get(FIELD), change.fields[FIELD]
    old = session.get(User, old_id) if isinstance(old_id, str) else None
    new = session.get(User, new_id) if isinstance(new_id, str) else None
    if old is not None and old.team_id != lead.team_id:
        return _refused(change, RefusalReason.LEAD_ONLY, [FIELD])
    if (
        new is None
        or new.team_id != lead.team_id
        or new.role != scope.FIELD_WORKER
        or new.disabled_at is not None
    ):
        return _refused(change, RefusalReason.NOT_PERMITTED, [FIELD])
    return None


def follow(batch: Batch, record: Record, old_worker: str | None) -> None:
    """Move the client's assignment to the episode's new worker, and the scope with it."""
    new_worker = record.data.get(FIELD)
    if record.client_id is None or not isinstance(new_worker, str) or new_worker == old_worker:
        return
    session, client_id = batch.session, record.client_id
    if old_worker is not None and not _still_responsible(session, client_id, old_worker):
        held = session.get(Assignment, (client_id, old_worker))
        if held is not None:
            session.delete(held)
    taken = session.get(Assignment, (client_id, new_worker))
    if taken is None:
        session.add(Assignment(client_id=client_id, user_id=new_worker, kind=scope.RESPONSIBLE))
    else:
        taken.kind = scope.RESPONSIBLE
    session.flush()
    scope.refresh(session, batch.positions, [client_id])


def _refused(change: RowChange, reason: RefusalReason, names: list[str]) -> ChangeResult:
    return ChangeResult(
        table=change.table, row_id=change.row_id, outcome=Outcome.REFUSED, reason=reason,
        fields=names,
    )  # fmt: skip


def _still_responsible(session: Session, client_id: str, worker_id: str) -> bool:
    """Whether the worker keeps another open episode of the client."""
    episodes = session.scalars(
        select(Record).where(Record.table_name == TABLE, Record.client_id == client_id)
    )
    return any(
        episode.data.get(FIELD) == worker_id
        and episode.data.get("status") != ENDED
        and episode.data.get("deleted_at") is None
        for episode in episodes
    )
