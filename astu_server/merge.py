"""Applying one pushed batch: validation, scope, the per-field merge, conflicts.

Concurrency is judged by the feed, not by clocks. A change carries the device's pull
cursor from when it was made (`base_cursor`); a field set after that position by
another device is news the device had not seen, so both edits are concurrent. Then
neither value is dropped: a conflict keeps both, the row meanwhile holds the one with
the later stamp (clamped to the server's clock, so a fast laptop does not win them
all), and a person decides. Dependent fields merge as one group. A deletion that
crosses an edit loses: the record stays, and the deletion is shown as a conflict.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from astu_protocol.messages import (
    CLOCK_SKEW_LIMIT_MS,
    TABLES,
    ChangeResult,
    ConflictKind,
    Outcome,
    PushRequest,
    PushResponse,
    RefusalReason,
    RowChange,
    Scope,
    TableSpec,
    stamp_order,
)
from astu_protocol.ordering import dependency_order
from astu_protocol.tables import DELETED_AT
from astu_server import (
    accesslog_upload,
    actors,
    disclosure,
    documents,
    reassignment,
    records,
    retention,
    reviews,
    scope,
    values,
    visit_locks,
)
from astu_server.db import FeedPositions
from astu_server.directory import new_id
from astu_server.models import ClientAlias, Conflict, Record, utcnow

WALL_DIGITS = 15


@dataclass(frozen=True)
class Pusher:
    user_id: str
    device_id: str


@dataclass
class Batch:
    """One push being applied: who sent it, the feed positions, the server's clock."""

    session: Session
    pusher: Pusher
    positions: FeedPositions
    now_ms: int
    # The tables and fields of the version the pusher and the server speak: anything
    # newer is refused as unknown (a laptop holds such edits back until the server knows).
    known: Mapping[str, TableSpec] = field(default_factory=lambda: TABLES)
    touched_clients: set[str] = field(default_factory=set)

    def origin(self, stamp: str) -> records.Origin:
        return records.Origin(clamp_stamp(stamp, self.now_ms), self.pusher.device_id,
                              self.pusher.user_id)  # fmt: skip

    def applied_before(self, record: Record, name: str, change: RowChange) -> bool:
        """Whether this field already holds this device's change, or a later one of it.

        Recognised by the row's id and the change's stamp (a device's stamps only grow):
        a change delivered before, sent again, is never applied a second time.
        """
        meta = record.field_meta.get(name)
        if meta is None or meta[2] != self.pusher.device_id:
            return False
        return stamp_order(str(meta[0])) >= stamp_order(clamp_stamp(change.stamp, self.now_ms))

    def concurrent(self, record: Record, name: str, base_cursor: int) -> bool:
        """Whether another device set this field after the pusher's base cursor."""
        meta = record.field_meta.get(name)
        return meta is not None and meta[1] > base_cursor and meta[2] != self.pusher.device_id


def batch_digest(request: PushRequest) -> str:
    """The hash of what a batch is: its rows and their stamps, the conflicts it closes and
    the log entries it carries. A sequence repeated with other content is no retry.

    Values are left out on purpose: a retried batch fills in dependent fields from the
    row as it is now, which may have been edited since; its stamps stay the same.
    """
    identity = {
        "changes": [(c.table, c.row_id, c.stamp, c.base_cursor) for c in request.changes],
        "resolved": request.resolved_conflicts,
        "access_log": [entry.id for entry in request.access_log],
    }
    text = json.dumps(identity, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def newest_stamp(known: str | None, request: PushRequest, now_ms: int) -> str | None:
    """The newest stamp taken from the device so far, as recorded (clamped)."""
    stamps = [clamp_stamp(change.stamp, now_ms) for change in request.changes]
    if known is not None:
        stamps.append(known)
    return max(stamps, key=stamp_order) if stamps else None


def apply_push(batch: Batch, request: PushRequest) -> PushResponse:
    """Rows referred to go first, so a row and its parent can arrive in one batch."""
    results = [apply_change(batch, change) for change in dependency_order(request.changes)]
    resolve_conflicts(batch, request.resolved_conflicts)
    accepted = accesslog_upload.store_access_log(batch, request.access_log)
    return PushResponse(
        seq=request.seq,
        results=[result for result in results if result.outcome is not Outcome.APPLIED],
        access_log_accepted=accepted,
        access_log_head=accesslog_upload.head(batch.session, batch.pusher.device_id),
        server_time_ms=batch.now_ms,
        clock_ahead_ms=clock_ahead(request, batch.now_ms),
    )


def apply_change(batch: Batch, change: RowChange) -> ChangeResult:
    refusal = check_shape(change, batch.known)
    if refusal is not None:
        return refusal
    record = records.get(batch.session, change.table, change.row_id)
    change, refusal = values.checked(change, record)
    if refusal is not None:
        return refusal
    return create(batch, change) if record is None else update(batch, record, change)


# -- validation -------------------------------------------------------------------


def refused(
    change: RowChange,
    reason: RefusalReason,
    names: list[str] | None = None,
    record: Record | None = None,
) -> ChangeResult:
    """A refusal; for an edit of a row in the pusher's scope, with the values kept here,
    so that the device puts them back instead of holding a value no one else has."""
    current = {name: record.data.get(name) for name in change.fields} if record else None
    return ChangeResult(
        table=change.table,
        row_id=change.row_id,
        outcome=Outcome.REFUSED,
        reason=reason,
        fields=sorted(names or []),
        current=current,
    )


def result(change: RowChange, outcome: Outcome, new_row_id: str | None = None) -> ChangeResult:
    return ChangeResult(
        table=change.table, row_id=change.row_id, outcome=outcome, new_row_id=new_row_id
    )


def check_shape(change: RowChange, known: Mapping[str, TableSpec]) -> ChangeResult | None:
    spec = known.get(change.table)
    if spec is None:
        return refused(change, RefusalReason.UNKNOWN_TABLE)
    if not spec.device_writable:
        return refused(change, RefusalReason.READ_ONLY)
    unknown = [name for name in change.fields if name not in spec.by_name]
    if unknown:
        return refused(change, RefusalReason.UNKNOWN_FIELD, unknown)
    return None


def owner_of(session: Session, spec: TableSpec, row_id: str, values: dict[str, Any]) -> str | None:
    """The client a row belongs to (its scope), or None when that cannot be known."""
    if spec.scope is Scope.CLIENT:
        return row_id
    if spec.scope is Scope.CLIENT_FIELD:
        owner = values.get("client_id")
        return owner if isinstance(owner, str) else None
    if spec.scope is Scope.PARENT:
        parent = parent_of(session, spec, values)
        return parent.client_id if parent is not None else None
    return None


def parent_of(session: Session, spec: TableSpec, values: dict[str, Any]) -> Record | None:
    """The row a Scope.PARENT row hangs on (a visit's worker row: the visit), if here."""
    if spec.parent_field is None:
        return None
    parent_id = values.get(spec.parent_field)
    parent_table = spec.by_name[spec.parent_field].references
    if not isinstance(parent_id, str) or parent_table is None:
        return None
    return records.get(session, parent_table, parent_id)


def reference_refusal(
    session: Session,
    change: RowChange,
    values: dict[str, Any],
    client_id: str | None,
    record: Record | None = None,
) -> ChangeResult | None:
    """A reference to a row the server does not have is refused as such; one to a row of
    another client as not permitted (the device must not tie two clients together)."""
    missing, foreign = [], []
    for name, table in TABLES[change.table].references.items():
        target_id = values.get(name)
        if target_id is None:
            continue
        target = records.get(session, table, target_id)
        if target is None:
            missing.append(name)
        elif target.client_id not in (None, client_id):
            foreign.append(name)
    if missing:
        return refused(change, RefusalReason.MISSING_REFERENCE, missing, record)
    if foreign:
        return refused(change, RefusalReason.NOT_PERMITTED, foreign, record)
    return None


# -- new rows -----------------------------------------------------------------------


def create(batch: Batch, change: RowChange) -> ChangeResult:
    session, spec = batch.session, TABLES[change.table]
    missing = [f.name for f in spec.fields if f.required and change.fields.get(f.name) is None]
    if missing:
        return refused(change, RefusalReason.MISSING_FIELDS, missing)
    if spec.scope is Scope.PARENT and parent_of(session, spec, change.fields) is None:
        return refused(change, RefusalReason.MISSING_PARENT, [str(spec.parent_field)])
    client_id = owner_of(session, spec, change.row_id, change.fields)
    is_new_client = spec.scope is Scope.CLIENT
    if spec.scope is Scope.CLIENT_FIELD and _client_missing(session, client_id):
        return refused(change, RefusalReason.MISSING_PARENT, ["client_id"])
    if client_id is None or not (
        is_new_client or scope.in_scope(session, batch.pusher.user_id, client_id)
    ):
        return refused(change, RefusalReason.NOT_PERMITTED)
    refusal = reference_refusal(session, change, change.fields, client_id)
    if refusal is not None:
        return refusal
    named = actors.problem(batch, change, None, client_id)
    if named is not None:
        return refused(change, *named)
    locked = visit_locks.refusal(batch, change, None)
    if locked is not None:
        return refused(change, locked, [str(spec.parent_field or "id")])
    if spec.name == reviews.TABLE:
        refusal = reviews.refusal(batch, change, client_id)
        if refusal is not None:
            return refusal
    owner = records.key_owner(session, change.table, change.fields, change.row_id)
    if owner is not None:
        if is_new_client:
            _remember_alias(session, change.row_id, owner)
            disclosure.record_duplicate_refused(
                session, batch.pusher.user_id, batch.pusher.device_id, owner
            )
        return refused(change, RefusalReason.DUPLICATE, _unique_fields(spec))
    records.create(
        session,
        table=change.table,
        row_id=change.row_id,
        client_id=client_id,
        values=dict(change.fields),
        origin=batch.origin(change.stamp),
        position=batch.positions.next(),
    )
    if is_new_client:
        scope.adopt_new_client(session, batch.positions, client_id, batch.pusher.user_id)
    if spec.name == retention.EPISODE:
        retention.reopen(session, batch.positions, client_id)
    batch.touched_clients.add(client_id)
    return result(change, Outcome.APPLIED)


def _client_missing(session: Session, client_id: str | None) -> bool:
    return client_id is not None and records.get(session, "client", client_id) is None


def _remember_alias(session: Session, alias_id: str, client_id: str) -> None:
    """The laptop will join its duplicate into `client_id`; its access log stays findable."""
    if session.get(ClientAlias, alias_id) is None:
        session.add(ClientAlias(alias_id=alias_id, client_id=client_id))
        session.flush()


def _unique_fields(spec: TableSpec) -> list[str]:
    return sorted({name for fields in spec.unique for name in fields})


# -- changed rows -------------------------------------------------------------------


def update(batch: Batch, record: Record, change: RowChange) -> ChangeResult:
    session, spec = batch.session, TABLES[change.table]
    fresh = {n: v for n, v in change.fields.items() if not batch.applied_before(record, n, change)}
    if not fresh:
        return result(change, Outcome.UNCHANGED)
    change = change.model_copy(update={"fields": fresh})
    if record.client_id is None or not scope.in_scope(
        session, batch.pusher.user_id, record.client_id
    ):
        return refused(change, RefusalReason.NOT_PERMITTED)
    if spec.name == reviews.TABLE and reviews.edits(record, change):
        return reviews.edit_refused(change)
    moved = [
        name
        for name in ("client_id", spec.parent_field)
        if name is not None
        and name in change.fields
        and change.fields[name] != record.data.get(name)
    ]
    if moved:
        return refused(change, RefusalReason.INVALID_VALUE, moved, record)
    refusal = reference_refusal(session, change, change.fields, record.client_id, record)
    if refusal is not None:
        return refusal
    named = actors.problem(batch, change, record, record.client_id)
    if named is not None:
        return refused(change, *named, record)
    locked = visit_locks.refusal(batch, change, record)
    if locked is not None:
        return refused(change, locked, sorted(change.fields), record)
    if records.key_taken(session, change.table, {**record.data, **change.fields}, record.row_id):
        return refused(change, RefusalReason.DUPLICATE, _unique_fields(spec), record)
    batch.touched_clients.add(record.client_id)
    if reassignment.changes_worker(record, change):
        return _reassign(batch, spec, record, change)
    if spec.name == documents.TABLE:
        decided = documents.apply_to_document(batch, record, change)
        if decided is not None:
            return result(change, decided.outcome, decided.new_row_id)
    return merge(batch, spec, record, change)


def _reassign(batch: Batch, spec: TableSpec, record: Record, change: RowChange) -> ChangeResult:
    """A lead hands the episode to another worker: checked, merged, and the scope follows."""
    refusal = reassignment.refusal(batch, record, change)
    if refusal is not None:
        return refusal
    old_worker = record.data.get(reassignment.FIELD)
    outcome = merge(batch, spec, record, change)
    reassignment.follow(batch, record, old_worker)
    return outcome


def merge(batch: Batch, spec: TableSpec, record: Record, change: RowChange) -> ChangeResult:
    changed = {n: v for n, v in change.fields.items() if record.data.get(n) != v}
    if not changed:
        return result(change, Outcome.UNCHANGED)
    updates: dict[str, Any] = {}
    conflicts = _deletion_against_edit(batch, record, change, changed, updates)
    for unit in _units(spec, changed):
        conflicts += _merge_unit(batch, record, change, unit, updates)
    unseen = records.unseen_by(record, change.base_cursor, batch.pusher.device_id)
    records.update(record, updates, batch.origin(change.stamp), batch.positions.next())
    if conflicts or unseen:
        # The row moves to this push's position; without the mark, the pusher's next
        # pull would take it for its own news and never bring what it had not seen.
        records.send_to_everyone(record, batch.positions.next())
    if any(name in _unique_fields(spec) for name in updates):
        records.write_keys(batch.session, record)
    return result(change, Outcome.CONFLICT if conflicts else Outcome.APPLIED)


def _units(spec: TableSpec, changed: dict[str, Any]) -> list[tuple[str, ...]]:
    units: list[tuple[str, ...]] = []
    for name in changed:
        unit = spec.group_of(name)
        if unit not in units:
            units.append(unit)
    return units


def _merge_unit(
    batch: Batch, record: Record, change: RowChange, unit: tuple[str, ...], updates: dict[str, Any]
) -> int:
    ours = {name: change.fields.get(name, record.data.get(name)) for name in unit}
    theirs = {name: record.data.get(name) for name in unit}
    if ours == theirs:
        return 0
    clashing = [name for name in unit if batch.concurrent(record, name, change.base_cursor)]
    if not clashing:
        updates.update({name: ours[name] for name in unit if name in change.fields})
        return 0
    latest = max((record.field_meta[name] for name in clashing), key=lambda m: stamp_order(m[0]))
    ours_newer = stamp_order(clamp_stamp(change.stamp, batch.now_ms)) > stamp_order(latest[0])
    if ours_newer:
        updates.update(ours)
    open_conflict(
        batch, record, ConflictKind.FIELDS, list(unit), (theirs, latest), ours,
        current="b" if ours_newer else "a",
    )  # fmt: skip
    return 1


def _deletion_against_edit(
    batch: Batch,
    record: Record,
    change: RowChange,
    changed: dict[str, Any],
    updates: dict[str, Any],
) -> int:
    """Edit wins over a concurrent deletion, whichever of the two arrives first."""
    deleted = record.data.get(DELETED_AT)
    if changed.get(DELETED_AT) is not None and deleted is None:
        edits = [
            record.field_meta[name]
            for name in records.fields_of(record)
            if name != DELETED_AT and batch.concurrent(record, name, change.base_cursor)
        ]
        if edits:
            latest_edit = max(edits, key=lambda meta: meta[1])
            theirs = ({DELETED_AT: None}, latest_edit)
            ours = {DELETED_AT: changed.pop(DELETED_AT)}
            open_conflict(batch, record, ConflictKind.DELETE_EDIT, [DELETED_AT], theirs, ours, "a")
            return 1
    elif (
        deleted is not None
        and DELETED_AT not in changed
        and batch.concurrent(record, DELETED_AT, change.base_cursor)
    ):
        updates[DELETED_AT] = None
        theirs = ({DELETED_AT: deleted}, record.field_meta[DELETED_AT])
        open_conflict(
            batch, record, ConflictKind.DELETE_EDIT, [DELETED_AT], theirs, {DELETED_AT: None}, "b"
        )
        return 1
    return 0


def open_conflict(
    batch: Batch,
    record: Record,
    kind: ConflictKind,
    names: list[str],
    theirs: tuple[dict[str, Any], list[Any]],
    ours: dict[str, Any],
    current: str,
) -> Conflict:
    """Keep both values; side a is what the server held, side b what this device sent."""
    their_values, their_meta = theirs
    conflict = Conflict(
        id=new_id(),
        table_name=record.table_name,
        row_id=record.row_id,
        client_id=record.client_id,
        kind=kind.value,
        fields=names,
        values_a=their_values,
        values_b=ours,
        device_a=str(their_meta[2]),
        device_b=batch.pusher.device_id,
        worker_a=their_meta[3],
        worker_b=batch.pusher.user_id,
        current=current,
        change_id=batch.positions.next(),
    )
    batch.session.add(conflict)
    return conflict


# -- conflicts resolved on a device -------------------------------------------------


def resolve_conflicts(batch: Batch, conflict_ids: list[str]) -> None:
    """Close conflicts a person resolved; the chosen values came as ordinary changes."""
    for conflict_id in conflict_ids:
        conflict = batch.session.get(Conflict, conflict_id)
        if conflict is None or conflict.status != "open" or conflict.client_id is None:
            continue
        if not scope.in_scope(batch.session, batch.pusher.user_id, conflict.client_id):
            continue
        spec = batch.known.get(conflict.table_name)
        if spec is None or not set(conflict.fields) <= spec.by_name.keys():
            continue  # the pusher's version did not see all of it: it stays open for one that does
        conflict.status = "resolved"
        conflict.resolved_at = utcnow()
        conflict.resolved_by_device = batch.pusher.device_id
        conflict.change_id = batch.positions.next()
        batch.touched_clients.add(conflict.client_id)


# -- clock -----------------------------------------------------------


def clamp_stamp(stamp: str, now_ms: int) -> str:
    """A stamp further ahead of the server's clock than the allowed skew is taken as the
    server's time: the device's clock is wrong, and its stamp must not beat the real
    edits that follow (the device's clock learns the same time from the answer)."""
    wall = int(stamp[:WALL_DIGITS])
    if wall <= now_ms + CLOCK_SKEW_LIMIT_MS:
        return stamp
    return f"{now_ms:0{WALL_DIGITS}d}{stamp[WALL_DIGITS:]}"


def clock_ahead(request: PushRequest, now_ms: int) -> int | None:
    if not request.changes:
        return None
    ahead = max(int(change.stamp[:WALL_DIGITS]) for change in request.changes) - now_ms
    return ahead if ahead > CLOCK_SKEW_LIMIT_MS else None
