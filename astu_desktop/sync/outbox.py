"""Push batches: the outbox, compacted per row, numbered, and acknowledged.

A batch is fixed before it is sent: its sequence number and the last outbox row it
covers are written to `sync_state` first. If the answer is lost (a dropped network,
the program killed), the same batch goes again under the same number; the server
answers a repeated number with its first answer, so nothing is applied twice, and
the outbox rows are removed only with the answer in hand.

A batch carries what the server knows (`known`, the tables and fields of the version
both speak): an edit of a newer table or field stays in the outbox, neither sent nor
refused, until the server is updated. With every table known, as when both sides are
of one version, a batch covers its outbox rows whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from astu_desktop.models import AccessLogEntry, Base, DeviceState
from astu_desktop.models.base import utcnow
from astu_desktop.sync import queue
from astu_desktop.sync.apply import begin_remote_apply, converter, end_remote_apply
from astu_desktop.sync.capture import applying_remote
from astu_desktop.sync.localstate import outbox, sync_conflict, sync_quarantine, sync_state
from astu_desktop.sync.recordvalues import to_json_value
from astu_protocol import hlc
from astu_protocol.messages import (
    MAX_ACCESS_LOG_ENTRIES,
    MAX_RESOLUTIONS,
    TABLES,
    AccessLogUpload,
    ChangeResult,
    Outcome,
    PushRequest,
    PushResponse,
    RefusalReason,
    RowChange,
    TableSpec,
    knows_everything,
    stamp_order,
)
from astu_protocol.ordering import dependency_order
from astu_protocol.versions import PROTOCOL_VERSION, tables_at

VALUE_REASON_PREFIX = "value_"
SIGNED = "signed"
DOCUMENT_TABLE = "form_document"


@dataclass
class PushBatch:
    seq: int
    upto: int  # the last outbox row in this batch
    access_upto: int  # the last access-log entry in this batch
    request: PushRequest
    changes: dict[tuple[str, str], RowChange] = field(default_factory=dict)
    known: Mapping[str, TableSpec] = field(default_factory=lambda: TABLES)
    version: int = PROTOCOL_VERSION  # the protocol version it was fixed in


def open_batch(
    session: Session,
    max_rows: int,
    *,
    spoken: int = PROTOCOL_VERSION,
    after: int = 0,
    protocol_version: int | None = None,
) -> PushBatch | None:
    """The pending batch again, or a new one; None when there is nothing to send.

    `spoken`: the version this sync speaks with the server; a pending batch is built
    again in the version it was fixed in, so it carries what it carried the first time
    even when the server was updated meanwhile. `after`: the last outbox row a batch
    of this sync covered already; rows before it still in the outbox hold only what
    the server does not know yet.
    """
    state = session.execute(select(sync_state)).mappings().one()
    if state["pending_push_seq"] is not None:
        seq = state["pending_push_seq"]
        upto, access_upto = state["pending_push_upto"], state["pending_access_upto"]
        version = state["pending_push_version"] or PROTOCOL_VERSION
    else:
        version = spoken
        upto = _last_outbox_seq(session, max_rows, tables_at(version), after)
        access_upto = _last_access_seq(session, state["access_log_sent_seq"])
        waiting = _resolutions_waiting(session)
        if not upto and access_upto == state["access_log_sent_seq"] and not waiting:
            return None
        seq = state["push_seq"] + 1
        _fix_batch(session, seq, upto, access_upto, spoken)
        _copy_referred_values(session, upto)
    known = tables_at(version)
    batch = _build(
        session, seq, upto, access_upto, state["access_log_sent_seq"], known, protocol_version
    )
    batch.version = version
    return batch


def _last_outbox_seq(
    session: Session, max_rows: int, known: Mapping[str, TableSpec], after: int
) -> int:
    """Where a batch of `max_rows` outbox rows (each one record's change) ends."""
    query = select(outbox.c.seq).where(outbox.c.seq > after)
    if not knows_everything(known):
        query = query.where(outbox.c.table_name.in_(list(known)))
    first = query.order_by(outbox.c.seq).limit(max_rows).subquery()
    return session.scalar(select(func.max(first.c.seq))) or 0


def _last_access_seq(session: Session, sent: int) -> int:
    first = (
        select(AccessLogEntry.seq)
        .where(AccessLogEntry.seq > sent)
        .order_by(AccessLogEntry.seq)
        .limit(MAX_ACCESS_LOG_ENTRIES)
        .subquery()
    )
    return session.scalar(select(func.max(first.c.seq))) or sent


def _resolutions_waiting(session: Session) -> bool:
    query = select(sync_conflict.c.id).where(sync_conflict.c.resolution_pending.is_(True))
    return session.execute(query.limit(1)).first() is not None


def _fix_batch(session: Session, seq: int, upto: int, access_upto: int, spoken: int) -> None:
    session.execute(
        update(sync_state).values(
            push_seq=seq, pending_push_seq=seq, pending_push_upto=upto,
            pending_access_upto=access_upto, pending_push_version=spoken,
        )
    )  # fmt: skip
    waiting = (
        select(sync_conflict.c.id)
        .where(sync_conflict.c.resolution_pending.is_(True))
        .where(sync_conflict.c.resolution_push_seq.is_(None))
        .limit(MAX_RESOLUTIONS)
    )
    session.execute(
        update(sync_conflict)
        .where(sync_conflict.c.id.in_(waiting.scalar_subquery()))
        .values(resolution_push_seq=seq)
    )


def _copy_referred_values(session: Session, upto: int) -> None:
    """A fixed batch's rows queued by reference take their records' values now.

    Sent again after a lost answer, the batch's rows must carry the values they carried
    the first time (the server answers a known number only for the same content); an
    edit made meanwhile goes in a row of its own and must not slip into the old batch.
    (Dependent fields a row lacks are completed from the record when the batch is
    built, each time, as before: `_complete`.)
    """
    referring = (outbox.c.seq <= upto) & outbox.c.created_stamp.is_not(None)
    rows = session.execute(select(outbox).where(referring)).mappings().all()
    queue.write_copies(session.connection(), rows)


def _build(
    session: Session,
    seq: int,
    upto: int,
    access_upto: int,
    sent: int,
    known: Mapping[str, TableSpec],
    protocol_version: int | None,
) -> PushBatch:
    rows = session.execute(select(outbox).where(outbox.c.seq <= upto).order_by(outbox.c.seq))
    queued = queue.read(session.connection(), rows.mappings())
    changes = compact(session, [entry for entry in queued if _known_part(entry, known)], known)
    resolved = session.scalars(
        select(sync_conflict.c.id).where(sync_conflict.c.resolution_push_seq == seq)
    )
    version = {} if protocol_version is None else {"protocol_version": protocol_version}
    request = PushRequest(
        seq=seq,
        changes=dependency_order(list(changes.values())),
        resolved_conflicts=list(resolved),
        access_log=_access_entries(session, sent, access_upto),
        **version,
    )
    return PushBatch(seq, upto, access_upto, request, changes, known)


def _known_part(entry: queue.Queued, known: Mapping[str, TableSpec]) -> bool:
    """Whether the server knows any of the row; what it does not know is left out of it."""
    spec = known.get(entry.table)
    if spec is None:
        return entry.table not in TABLES  # a table of no version: sent, and refused
    if spec is TABLES[entry.table]:
        return True
    waiting = entry.waiting
    for name in [name for name in waiting.fields if name not in spec.by_name]:
        del waiting.fields[name], waiting.stamps[name]
    return bool(waiting.fields)


def compact(
    session: Session, queued: list[queue.Queued], known: Mapping[str, TableSpec] = TABLES
) -> dict[tuple[str, str], RowChange]:
    """One change per record: the newest value of each field, the oldest base cursor.

    A record has more than one outbox row only when an edit came while a batch with
    it was out (or a restored store let that batch go again): they fold together here.
    """
    merged: dict[tuple[str, str], queue.Waiting] = {}
    for table, row_id, waiting in queued:
        held = merged.setdefault((table, row_id), waiting)
        if held is not waiting:
            held.merge_from(waiting)
    changes = {}
    for (table, row_id), entry in merged.items():
        _complete(session, known.get(table), row_id, entry.fields)
        changes[(table, row_id)] = RowChange(
            table=table, row_id=row_id, fields=entry.fields,
            stamp=queue.newest_stamp(entry.stamps.values()), base_cursor=entry.base_cursor,
        )  # fmt: skip
    return changes


def _complete(
    session: Session, spec: TableSpec | None, row_id: str, fields: dict[str, Any]
) -> None:
    """Dependent fields travel together; a signature travels with the whole document
    (as far as the server knows its fields)."""
    if spec is None:
        return
    table_name = spec.name
    wanted = {name for changed in fields for name in spec.group_of(changed)}
    if table_name == DOCUMENT_TABLE and fields.get("status") == SIGNED:
        wanted |= set(spec.by_name)
    missing = wanted - set(fields)
    if not missing:
        return
    table = Base.metadata.tables[table_name]
    current = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
    if current is not None:
        for name in sorted(missing):
            fields[name] = to_json_value(current[name])


def _access_entries(session: Session, sent: int, upto: int) -> list[AccessLogUpload]:
    query = (
        select(AccessLogEntry)
        .where(AccessLogEntry.seq > sent, AccessLogEntry.seq <= upto)
        .order_by(AccessLogEntry.seq)
    )
    return [
        AccessLogUpload(
            id=entry.id, seq=entry.seq, at=entry.at, worker_id=entry.worker_id,
            client_id=entry.client_id, action=str(entry.action), outcome=str(entry.outcome),
            target=entry.target, prev_hash=entry.prev_hash, hash=entry.hash,
            chain_version=entry.chain_version,
        )
        for entry in session.scalars(query)
    ]  # fmt: skip


def acknowledge(session: Session, batch: PushBatch, response: PushResponse) -> list[RowChange]:
    """The server answered: quarantine what it refused, drop the batch from the outbox."""
    refused = []
    for result in response.results:
        change = batch.changes.get((result.table, result.row_id))
        if result.outcome is Outcome.REFUSED and change is not None:
            refused.append(change)
            session.execute(
                insert(sync_quarantine).values(
                    table_name=change.table, row_id=change.row_id, fields=change.fields,
                    stamp=change.stamp, reason=quarantine_reason(result),
                    reason_fields=result.fields, quarantined_at=utcnow().replace(tzinfo=None),
                    refused_new_row=_refused_new_row(result),
                )
            )  # fmt: skip
    _remove_sent(session, batch)
    _put_back_server_values(session, response.results)
    session.execute(
        update(sync_state).values(
            pending_push_seq=None, pending_push_upto=None, pending_access_upto=None,
            pending_push_version=None,
            access_log_sent_seq=batch.access_upto, clock_ahead_ms=response.clock_ahead_ms,
            **_acknowledged_head(response),
        )
    )  # fmt: skip
    session.execute(
        update(sync_conflict)
        .where(sync_conflict.c.resolution_push_seq == batch.seq)
        .values(resolution_pending=False)
    )
    return refused


def _remove_sent(session: Session, batch: PushBatch) -> None:
    """The batch's outbox rows go, but for what the server did not know (kept, unsent)."""
    covered = outbox.c.seq <= batch.upto
    if knows_everything(batch.known):
        session.execute(delete(outbox).where(covered))
        return
    rows = session.execute(select(outbox).where(covered)).mappings().all()
    for table_name, _row_id, waiting in queue.read(session.connection(), rows):
        spec = batch.known.get(table_name)
        if spec is None and table_name in TABLES:
            continue  # a table the server does not know yet: the whole row waits
        unknown = [] if spec is None else [n for n in waiting.fields if n not in spec.by_name]
        held = {name: waiting.fields[name] for name in unknown}
        if not held:
            session.execute(delete(outbox).where(outbox.c.seq == waiting.seq))
            continue
        waiting.fields = held
        waiting.stamps = {name: waiting.stamps[name] for name in held}
        session.execute(
            update(outbox).where(outbox.c.seq == waiting.seq).values(**waiting.columns())
        )


def held_back(session: Session) -> int:
    """Outbox rows left after a sync's last batch: what the server does not know yet."""
    return session.scalar(select(func.count()).select_from(outbox)) or 0


def quarantine_reason(result: ChangeResult) -> str:
    """The refusal's reason; for a bad value, the limit it broke (`value_out_of_range`),
    so the worker reads what was wrong with it."""
    if result.reason is RefusalReason.INVALID_VALUE and result.problems:
        return VALUE_REASON_PREFIX + result.problems[min(result.problems)].value
    return result.reason or "refused"


def _acknowledged_head(response: PushResponse) -> dict[str, Any]:
    """The server's head of this device's log, kept so `check` sees entries removed later."""
    head = response.access_log_head
    if head is None or head.seq == 0:
        return {}
    return {"access_log_ack_seq": head.seq, "access_log_ack_hash": head.hash}


def _refused_new_row(result: ChangeResult) -> bool:
    """A duplicate the server did not take as a new row: an edit's refusal carries the
    values the server holds (`current`), a refused creation has none to carry."""
    return result.reason is RefusalReason.DUPLICATE and result.current is None


def _put_back_server_values(session: Session, results: list[ChangeResult]) -> None:
    """A refused edit leaves the row as the server holds it (the edit stays quarantined).

    Otherwise the device would keep a value no one else has, and a key it holds (a
    mistyped henkilötunnus) would clash with the server's row that owns it. Fields
    edited again since the batch was fixed keep the newer edit.
    """
    restorable = [r for r in results if r.outcome is Outcome.REFUSED and r.current]
    if not restorable:
        return
    with applying_remote(session):
        conn = session.connection()
        begin_remote_apply(conn)
        for refusal in restorable:
            _restore(conn, refusal)
        end_remote_apply(conn)


def _restore(conn: Connection, refusal: ChangeResult) -> None:
    table = Base.metadata.tables.get(refusal.table)
    if table is None or refusal.current is None:
        return
    edited_since = queue.waiting_fields(conn, refusal.table, refusal.row_id)
    values = {
        name: converter(refusal.table, name)(value)
        for name, value in refusal.current.items()
        if name in table.c and name not in edited_since
    }
    if values:
        conn.execute(update(table).where(table.c.id == refusal.row_id).values(**values))


def forget_delivered(
    session: Session, last_seq: int, last_stamp: str | None, spoken: int = PROTOCOL_VERSION
) -> int:
    """The store went back in time (restored from an older copy of its files): the server
    has applied batches up to `last_seq` and stamps up to `last_stamp` from this device.

    A device's stamps only grow and its outbox goes out in order, so an outbox row
    stamped at or before `last_stamp` reached the server already: sending it again
    would put an old value back over a newer one. Those rows go; what is newer is truly
    unsent and goes in the next batch, numbered after `last_seq`. The device clock moves
    past `last_stamp`, so what is edited from now on is newer than anything delivered.
    Returns how many field edits were dropped.

    Except for edits the server could not take: a table or field the version of this
    sync or of the last one (`spoken`, `sync_state.spoken_version`) does not know was
    held back, however old its stamp, and stays.
    """
    dropped = 0
    if last_stamp is not None:
        last_spoken = session.scalar(select(sync_state.c.spoken_version)) or spoken
        known = tables_at(min(spoken, last_spoken))
        dropped = _drop_delivered_fields(session, stamp_order(last_stamp), known)
        _clock_past(session, last_stamp)
    session.execute(
        update(sync_conflict)
        .where(sync_conflict.c.resolution_push_seq.is_not(None))
        .values(resolution_push_seq=None)
    )  # resolutions of a pending batch go again in the next one (closing twice is harmless)
    session.execute(
        update(sync_state).values(
            push_seq=last_seq, pending_push_seq=None, pending_push_upto=None,
            pending_access_upto=None, pending_push_version=None,
        )
    )  # fmt: skip
    return dropped


def _drop_delivered_fields(
    session: Session, delivered_upto: tuple[int, int, str], known: Mapping[str, TableSpec]
) -> int:
    """Fields of outbox rows whose edit is stamped at or before `delivered_upto`, and that
    the server knows, go; a row left with none goes. Returns how many were dropped."""
    dropped = 0
    rows = session.execute(select(outbox)).mappings().all()
    for table_name, _row_id, waiting in queue.read(session.connection(), rows):
        spec = known.get(table_name)
        if spec is None and table_name in TABLES:
            continue  # held back: the server did not know the table
        delivered = {
            name
            for name, stamp in waiting.stamps.items()
            if stamp_order(stamp) <= delivered_upto and (spec is None or name in spec.by_name)
        }
        if not delivered:
            continue
        dropped += len(delivered)
        for name in delivered:
            del waiting.fields[name], waiting.stamps[name]
        if waiting.fields:
            session.execute(
                update(outbox).where(outbox.c.seq == waiting.seq).values(**waiting.columns())
            )
        else:
            session.execute(delete(outbox).where(outbox.c.seq == waiting.seq))
    return dropped


def _clock_past(session: Session, stamp: str) -> None:
    try:
        seen = hlc.Stamp.decode(stamp)
    except ValueError:
        return
    wall, counter = session.execute(select(DeviceState.hlc_wall_ms, DeviceState.hlc_counter)).one()
    if (seen.wall_ms, seen.counter) >= (wall, counter):
        session.execute(
            update(DeviceState).values(hlc_wall_ms=seen.wall_ms, hlc_counter=seen.counter + 1)
        )
