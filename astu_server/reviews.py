"""A lead's review of a signed document, checked before it is stored.

Only a team lead of the client's team may write one, in their own name, and only on a
signed assessment interview or service plan of that client. Reviews are append-only:
a later decision is a new row, so an edit of a stored review is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from astu_protocol.messages import ChangeResult, Outcome, RefusalReason, RowChange
from astu_server import records, scope
from astu_server.models import Assignment, Record, User

if TYPE_CHECKING:
    from astu_server.merge import Batch

TABLE = "document_review"
REVIEWED_FORMS = ("assessment_interview", "service_plan")
SIGNED = "signed"


def refusal(batch: Batch, change: RowChange, client_id: str) -> ChangeResult | None:
    """Why this new review may not be stored, or None when it may."""
    session = batch.session
    lead = session.get(User, batch.pusher.user_id)
    if lead is None or lead.role != scope.TEAM_LEAD or lead.team_id is None:
        return _refused(change, RefusalReason.LEAD_ONLY, ["reviewer_id"])
    teams = session.scalars(
        select(User.team_id)
        .join(Assignment, Assignment.user_id == User.id)
        .where(Assignment.client_id == client_id)
    )
    if lead.team_id not in set(teams) or change.fields.get("reviewer_id") != lead.id:
        return _refused(change, RefusalReason.LEAD_ONLY, ["reviewer_id"])
    document = records.get(session, "form_document", str(change.fields.get("document_id")))
    if (
        document is None
        or document.data.get("status") != SIGNED
        or document.data.get("form_key") not in REVIEWED_FORMS
    ):
        return _refused(change, RefusalReason.INVALID_VALUE, ["document_id"])
    return None


def edits(record: Record, change: RowChange) -> bool:
    """Whether the change would alter a stored review (a repeat of its values would not)."""
    return any(record.data.get(name) != value for name, value in change.fields.items())


def edit_refused(change: RowChange) -> ChangeResult:
    return _refused(change, RefusalReason.READ_ONLY, sorted(change.fields))


def _refused(change: RowChange, reason: RefusalReason, names: list[str]) -> ChangeResult:
    return ChangeResult(
        table=change.table, row_id=change.row_id, outcome=Outcome.REFUSED, reason=reason,
        fields=names,
    )  # fmt: skip
