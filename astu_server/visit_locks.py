"""A visit whose living-skills check is signed no longer changes.

The check is signed on the visit: the visit's time, its workers and its notes are
then part of a signed record. A change to the visit, or to who was on it, that was
made after the signature is refused (and quarantined on the laptop, with the reason);
what was wrong is written in a new version of the check. A change made on the signing
laptop before it signed (an offline correction, then the signature, in one push) is
not: a device's stamps only grow, so its own stamps order its own changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from astu_protocol.messages import RefusalReason, RowChange, stamp_order
from astu_server import records
from astu_server.models import Record

if TYPE_CHECKING:
    from astu_server.merge import Batch

VISIT, VISIT_WORKER = "home_visit", "visit_worker"
CHECK_FIELD = "living_skills_document_id"
SIGNED = "signed"


def refusal(batch: Batch, change: RowChange, record: Record | None) -> RefusalReason | None:
    """LOCKED when `change` touches a visit that a signed check held before it."""
    visit = _visit_of(batch, change, record)
    if visit is None:
        return None
    check_id = visit.data.get(CHECK_FIELD)
    if not isinstance(check_id, str):
        return None
    check = records.get(batch.session, "form_document", check_id)
    if check is None or check.data.get("status") != SIGNED:
        return None
    return RefusalReason.LOCKED if _after_signature(batch, change, check) else None


def _visit_of(batch: Batch, change: RowChange, record: Record | None) -> Record | None:
    if change.table == VISIT:
        return record  # a new visit has nothing signed on it yet
    if change.table != VISIT_WORKER:
        return None
    values: dict[str, Any] = {**(record.data if record else {}), **change.fields}
    visit_id = values.get("visit_id")
    return records.get(batch.session, VISIT, visit_id) if isinstance(visit_id, str) else None


def _after_signature(batch: Batch, change: RowChange, check: Record) -> bool:
    signed = check.field_meta.get("status")
    if signed is None or signed[2] != batch.pusher.device_id:
        return True  # signed elsewhere: this laptop's change cannot be ordered before it
    from astu_server.merge import clamp_stamp  # stored stamps are clamped the same way

    return stamp_order(clamp_stamp(change.stamp, batch.now_ms)) > stamp_order(str(signed[0]))
