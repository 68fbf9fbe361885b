"""Who acted comes from the authenticated device, never from the payload.

A row names people: the author and the signer of a document, who recorded a visit,
who decided a SAS placement, who worked on a visit, who is responsible for an
episode. A device may name its own user as the one acting, and the others only as
the rules allow (a lead hands an episode to a worker of the team; the workers of a
visit are workers of the client's team). A signature is the pushing user's, made
no later than now and not before the document existed, within a stated tolerance
for the laptop's clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_protocol.messages import RefusalReason, RowChange
from astu_protocol.service_day import day_start
from astu_server import scope
from astu_server.models import Assignment, Record, User

if TYPE_CHECKING:
    from astu_server.merge import Batch

# How far a laptop's clock may be off when it says when someone signed or looked.
CLOCK_TOLERANCE = timedelta(minutes=10)
# Fields naming the person who did the thing: only the pushing user may be named.
OWN_NAME_FIELDS: dict[str, tuple[str, ...]] = {
    "form_document": ("author_id",),
    "home_visit": ("recorded_by_id",),
    "sas_decision": ("decided_by_id",),
    "booked_visit": ("booked_by_id",),
}
DOCUMENT, SIGNATURE, SIGNED = "form_document", ("status", "signed_by_id", "signed_at"), "signed"
EPISODE, RESPONSIBLE = "service_episode", "responsible_worker_id"
# Who goes on a visit, done or booked: workers of the client's team.
VISIT_WORKERS = frozenset({"visit_worker", "booked_visit_worker"})

Problem = tuple[RefusalReason, list[str]]


def problem(
    batch: Batch, change: RowChange, record: Record | None, client_id: str
) -> Problem | None:
    """Why this row may not name the people it names, or None when it may."""
    new = _new_values(change, record)
    if not new:
        return None
    return (
        _own_names(batch, change.table, new)
        or _signature(batch, change.table, new, record)
        or _responsible(batch, change.table, new, record)
        or _visit_worker(batch.session, change.table, new, client_id)
    )


def _new_values(change: RowChange, record: Record | None) -> dict[str, Any]:
    """The fields this change sets to another value than the server holds."""
    if record is None:
        return dict(change.fields)
    return {n: v for n, v in change.fields.items() if record.data.get(n) != v}


def _own_names(batch: Batch, table: str, new: dict[str, Any]) -> Problem | None:
    wrong = [
        name
        for name in OWN_NAME_FIELDS.get(table, ())
        if new.get(name) is not None and new[name] != batch.pusher.user_id
    ]
    return (RefusalReason.OTHER_PERSON, wrong) if wrong else None


def _signature(
    batch: Batch, table: str, new: dict[str, Any], record: Record | None
) -> Problem | None:
    """A signature arriving now is the pusher's, and made within the plausible time."""
    if table != DOCUMENT or not any(name in new for name in SIGNATURE):
        return None
    current = {**(record.data if record else {}), **new}
    signer = current.get("signed_by_id")
    if signer is not None and "signed_by_id" in new and signer != batch.pusher.user_id:
        return RefusalReason.OTHER_PERSON, ["signed_by_id"]  # a signer named, signed or not
    if current.get("status") != SIGNED:
        return None
    if signer != batch.pusher.user_id:
        return RefusalReason.OTHER_PERSON, ["signed_by_id"]
    signed_at = _moment(current.get("signed_at"))
    now = datetime.fromtimestamp(batch.now_ms / 1000, tz=UTC)
    if signed_at is None or signed_at > now + CLOCK_TOLERANCE:
        return RefusalReason.SIGNING_TIME, ["signed_at"]
    if signed_at < _document_existed(record, current) - CLOCK_TOLERANCE:
        return RefusalReason.SIGNING_TIME, ["signed_at"]
    return None


def _document_existed(record: Record | None, values: dict[str, Any]) -> datetime:
    """When the document came to be: its arrival here, or (new) the start of its day."""
    if record is not None:
        return record.created_at
    day = date.fromisoformat(str(values.get("document_date")))
    return day_start(day)


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _responsible(
    batch: Batch, table: str, new: dict[str, Any], record: Record | None
) -> Problem | None:
    """A new episode names its pusher, or (a lead) a field worker of the lead's team.

    A change of the worker of an existing episode is a reassignment, checked there.
    """
    if table != EPISODE or record is not None or new.get(RESPONSIBLE) is None:
        return None
    worker_id = new[RESPONSIBLE]
    if worker_id == batch.pusher.user_id:
        return None
    session = batch.session
    pusher = session.get(User, batch.pusher.user_id)
    if pusher is None or pusher.role != scope.TEAM_LEAD or pusher.team_id is None:
        return RefusalReason.LEAD_ONLY, [RESPONSIBLE]
    worker = session.get(User, worker_id) if isinstance(worker_id, str) else None
    if not _active_field_worker_of(worker, pusher.team_id):
        return RefusalReason.NOT_PERMITTED, [RESPONSIBLE]
    return None


def _active_field_worker_of(worker: User | None, team_id: str) -> bool:
    return (
        worker is not None
        and worker.team_id == team_id
        and worker.role == scope.FIELD_WORKER
        and worker.disabled_at is None
    )


def _visit_worker(
    session: Session, table: str, new: dict[str, Any], client_id: str
) -> Problem | None:
    """A worker named as present at a visit works in a team the client belongs to."""
    if table not in VISIT_WORKERS or "worker_id" not in new:
        return None
    worker = session.get(User, new["worker_id"]) if isinstance(new["worker_id"], str) else None
    if worker is None or worker.team_id is None or worker.disabled_at is not None:
        return RefusalReason.NOT_TEAM_WORKER, ["worker_id"]
    if worker.team_id not in client_teams(session, client_id):
        return RefusalReason.NOT_TEAM_WORKER, ["worker_id"]
    return None


def client_teams(session: Session, client_id: str) -> set[str]:
    """The teams of the workers assigned to the client."""
    teams = session.scalars(
        select(User.team_id)
        .join(Assignment, Assignment.user_id == User.id)
        .where(Assignment.client_id == client_id)
    )
    return {team for team in teams if team is not None}
