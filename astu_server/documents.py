"""Signed documents never change: an edit that reaches one becomes a new version.

Two cases. A device that had not yet seen the signature edits the draft it still has:
the signed document stays as signed, and the edit becomes a new draft that
supersedes it. A device signs a draft that another device changed meanwhile: the
signature covers exactly what the signer saw (the device sends the whole document
when it signs), and the other device's edits move into a new draft on top of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from astu_protocol.messages import ConflictKind, Outcome, RowChange
from astu_protocol.tables import DELETED_AT
from astu_server import records
from astu_server.models import Record

if TYPE_CHECKING:
    from astu_server.merge import Batch

TABLE = "form_document"
SIGNED = "signed"
SIGNATURE = ("status", "signed_by_id", "signed_at")


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    new_row_id: str | None = None


def apply_to_document(batch: Batch, record: Record, change: RowChange) -> Decision | None:
    """Handle the signed-document cases; None leaves the change to the ordinary merge."""
    changed = {n: v for n, v in change.fields.items() if record.data.get(n) != v}
    if record.data.get("status") == SIGNED:
        if not changed:
            return Decision(Outcome.UNCHANGED)
        if set(changed) == {DELETED_AT}:
            return _refuse_deletion(batch, record, change)
        keep_signature = change.fields.get("status") == SIGNED
        new_row_id = new_version(batch, record, change, change.fields, keep_signature)
        # Back into the feed, so the stale device gets the signed text it had not seen.
        records.send_to_everyone(record, batch.positions.next())
        return Decision(Outcome.NEW_VERSION, new_row_id)
    if changed.get("status") == SIGNED:
        return _sign(batch, record, change)
    return None


def _refuse_deletion(batch: Batch, record: Record, change: RowChange) -> Decision:
    """A signed document is kept; the deletion is shown to people as a conflict."""
    from astu_server.merge import open_conflict

    theirs = ({DELETED_AT: None}, record.field_meta.get("status") or ["", 0, "server", None])
    ours = {DELETED_AT: change.fields[DELETED_AT]}
    open_conflict(batch, record, ConflictKind.DELETE_EDIT, [DELETED_AT], theirs, ours, "a")
    records.send_to_everyone(record, batch.positions.next())
    return Decision(Outcome.CONFLICT)


def _sign(batch: Batch, record: Record, change: RowChange) -> Decision | None:
    edited_meanwhile = {
        name: record.data.get(name)
        for name in records.fields_of(record)
        if batch.concurrent(record, name, change.base_cursor)
    }
    if not edited_meanwhile:
        return None
    records.update(record, dict(change.fields), batch.origin(change.stamp), batch.positions.next())
    records.send_to_everyone(record, batch.positions.next())
    new_row_id = new_version(batch, record, change, edited_meanwhile, keep_signature=False)
    return Decision(Outcome.NEW_VERSION, new_row_id)


def new_version(
    batch: Batch,
    record: Record,
    change: RowChange,
    overlay: dict[str, Any],
    keep_signature: bool,
) -> str:
    from astu_server.directory import new_id

    values = {**record.data, **overlay}
    if not keep_signature:
        values.update(dict.fromkeys(SIGNATURE[1:]), status="draft")
    values["supersedes_id"] = record.row_id
    values["version_no"] = int(record.data.get("version_no") or 1) + 1
    row_id = new_id()
    records.create(
        batch.session,
        table=TABLE,
        row_id=row_id,
        client_id=record.client_id,
        values=values,
        # Made by the server: every device gets it, the one whose edit it holds included.
        origin=records.Origin(batch.origin(change.stamp).stamp, records.SERVER_DEVICE, None),
        position=batch.positions.next(),
    )
    return row_id
