"""The sync protocol: the JSON both the desktop and the server speak.

Shared by both sides in `astu_protocol`, importable without Qt or SQLAlchemy; the
server imports nothing from the desktop package. Every request carries the
`protocol_version` its sender speaks; the server answers in the older of its own and
that one, with only the tables and fields both know (`astu_protocol.versions`), and
answers `protocol_mismatch` to a version older than it still speaks.

The exchange, in short:
- `POST /api/v1/enrol` (username + password + a one-time enrolment code an admin
  issued, once per laptop) returns a device token; every other call sends it as
  `Authorization: Bearer <token>`.
- `POST /api/v1/device/token` after a sync: a new token when the current one is due
  for rotation (the old one stays valid until the new one has been used once).
- `POST /api/v1/sync/push` sends the outbox in batches numbered by a per-device
  sequence; a batch is applied atomically, and a repeated number with the same content
  is answered with the first answer, so a batch re-sent after a lost answer changes
  nothing. A repeated number with other content (a store put back from an older copy)
  is refused with `push_sequence_reused`; a change the server already holds from the
  device (the same row, a stamp not newer) is never applied again.
- `POST /api/v1/sync/pull` pages through the server's feed after a cursor: the
  current state of every row changed since then (not its history), scope changes
  (a client granted or taken away), and conflicts. The cursor never skips a change.
  Rows whose only news is the caller's own push are not echoed back to it.
- `POST /api/v1/sync/summary` counts the scope and hashes its rows' values in buckets,
  so a device can see that it holds exactly what the server says it should;
  `POST /api/v1/sync/rows` sends the rows of the buckets that differed.
- Every pull answer says what the server acknowledged for the device (its cursor, its
  last push sequence and stamp): a store behind them went back in time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, StringConstraints

from astu_protocol.tables import TABLE_ORDER, TABLES, FieldSpec, Kind, Scope, TableSpec
from astu_protocol.values import MAX_JSON_INTEGER, ValueProblem
from astu_protocol.versions import OLDEST_PROTOCOL_VERSION, PROTOCOL_VERSION

__all__ = [
    "PROTOCOL_VERSION",
    "TABLES",
    "TABLE_ORDER",
    "FieldSpec",
    "Scope",
    "TableSpec",
]

API_PREFIX = "/api/v1"
MAX_PUSH_ROWS = 1000
MAX_ACCESS_LOG_ENTRIES = 1000
MAX_RESOLUTIONS = 1000
DEFAULT_PULL_LIMIT = 300
MAX_PULL_LIMIT = 1000
# The scope check hashes the rows' versions in this many buckets (by row id), so that a
# device that differs downloads only the rows of the buckets that differ.
SCOPE_BUCKETS = 64
# Stamps further ahead of the server's clock than this are flagged, and never win a
# conflict on the strength of their clock alone.
CLOCK_SKEW_LIMIT_MS = 60_000

# Every integer of a request: a JSON integer (not "5", 5.0 or true) that every JSON
# reader and every database column keeps exactly; anything else is a 422, never a 500.
Position = Annotated[int, Field(strict=True, ge=0, le=MAX_JSON_INTEGER)]
SequenceNo = Annotated[int, Field(strict=True, ge=1, le=MAX_JSON_INTEGER)]
RowId = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z-]{1,36}$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=64)]
StampText = Annotated[
    str, StringConstraints(max_length=80, pattern=r"^\d{15}\.\d{1,12}\.[0-9A-Za-z-]{1,36}$")
]


class Message(BaseModel):
    """Strict models: an unknown key is a client bug worth a 422, not silence."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Answer(Message):
    """What the server answers: a newer server may add keys, which a laptop ignores."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class Versioned(Message):
    """A request, in the version its sender speaks (a newer one than the server's too)."""

    protocol_version: int = Field(
        default=PROTOCOL_VERSION, strict=True, ge=OLDEST_PROTOCOL_VERSION, le=MAX_JSON_INTEGER
    )


class ErrorCode(StrEnum):
    UNAUTHORIZED = "unauthorized"  # no token, unknown token, wrong password
    DEVICE_REVOKED = "device_revoked"  # the device must wipe its store
    USER_DISABLED = "user_disabled"
    ROLE_CANNOT_SYNC = "role_cannot_sync"
    RATE_LIMITED = "rate_limited"
    PROTOCOL_MISMATCH = "protocol_mismatch"
    INVALID_REQUEST = "invalid_request"
    PUSH_SEQUENCE_STALE = "push_sequence_stale"
    # The sequence was used before for a batch of other content: the device's store went
    # back in time (restored from an older copy). Never answered from the cache.
    PUSH_SEQUENCE_REUSED = "push_sequence_reused"
    NOT_FOUND = "not_found"
    TOO_LARGE = "too_large"
    TOKEN_EXPIRED = "token_expired"  # noqa: S105 - a code; unused too long: enrol again
    INTERNAL = "internal_error"  # the server failed; nothing was changed


class ErrorBody(Answer):
    code: ErrorCode
    detail: str = ""
    # Only for push_sequence_stale/_reused: the last sequence the server applied for this
    # device, and the newest stamp it took from it (what it already has).
    last_seq: int | None = None
    last_stamp: str | None = None


# -- enrolment --------------------------------------------------------------------


class EnrolRequest(Versioned):
    username: Name
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    device_id: RowId
    device_name: Annotated[str, StringConstraints(max_length=80)] = ""
    enrolment_code: Annotated[str, StringConstraints(min_length=1, max_length=64)]


class UserInfo(Answer):
    id: RowId
    username: str
    full_name: str
    role: Literal["field_worker", "team_lead"]
    team_id: RowId | None


class EnrolResponse(Answer):
    device_token: str
    user: UserInfo
    server_time_ms: int


class TokenRequest(Versioned):
    """Asks whether the device token is due for rotation."""


class TokenResponse(Answer):
    device_token: str | None = None  # the new token, when the current one was due


# -- push -------------------------------------------------------------------------


class RowChange(Message):
    """The fields of one row changed on a device since its last push, compacted.

    `base_cursor` is the device's pull cursor when the oldest of these edits was made:
    every server change up to it had been seen, anything after it had not. A change
    to the same field after the base, from another device, is concurrent: a conflict.
    """

    table: Name
    row_id: RowId
    fields: dict[Name, JsonValue] = Field(max_length=64)
    stamp: StampText
    base_cursor: Position


class AccessLogUpload(Message):
    """One entry of the device's append-only access log, as written on the device."""

    id: RowId
    seq: SequenceNo
    at: datetime
    worker_id: RowId | None
    client_id: RowId | None
    action: Name
    outcome: Name
    target: Annotated[str, StringConstraints(max_length=80)] | None
    prev_hash: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    hash: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    chain_version: int = Field(default=1, ge=1, le=2)  # 2: seq is part of the hash


class AccessLogHead(Answer):
    """The newest entry of a device's access log the server has accepted."""

    seq: int = Field(ge=0)
    hash: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class PushRequest(Versioned):
    seq: SequenceNo
    changes: list[RowChange] = Field(default_factory=list, max_length=MAX_PUSH_ROWS)
    resolved_conflicts: list[RowId] = Field(default_factory=list, max_length=MAX_RESOLUTIONS)
    access_log: list[AccessLogUpload] = Field(
        default_factory=list, max_length=MAX_ACCESS_LOG_ENTRIES
    )


class Outcome(StrEnum):
    APPLIED = "applied"
    UNCHANGED = "unchanged"  # the server already had these values
    CONFLICT = "conflict"  # kept; a person decides (see the pull's conflicts)
    NEW_VERSION = "new_version"  # an edit of a signed document became a new version
    REFUSED = "refused"  # quarantined on the device with `reason`


class RefusalReason(StrEnum):
    NOT_PERMITTED = "not_permitted"  # outside the scope, or no such row: the same answer
    READ_ONLY = "read_only"  # staff directory rows are kept on the server
    UNKNOWN_TABLE = "unknown_table"
    UNKNOWN_FIELD = "unknown_field"
    INVALID_VALUE = "invalid_value"
    MISSING_FIELDS = "missing_fields"
    DUPLICATE = "duplicate"  # e.g. a second client with the same henkilötunnus
    LEAD_ONLY = "lead_only"  # reassigning and reviewing are for a lead of the client's team
    # Who acted comes from the device's user: a row naming someone else as its author,
    # signer, recorder, decider or reviewer is refused.
    OTHER_PERSON = "other_person"
    SIGNING_TIME = "signing_time"  # signed in the future, or before the document existed
    NOT_TEAM_WORKER = "not_team_worker"  # a worker named on a visit is not of the team
    # A reference names a row the server does not have (its creation was refused, or
    # it never left the device): not a question of rights.
    MISSING_REFERENCE = "missing_reference"
    MISSING_PARENT = "missing_parent"  # the client or visit the row belongs to is not here
    LOCKED = "locked"  # a visit whose living-skills check is signed no longer changes


class ChangeResult(Answer):
    table: str
    row_id: str
    outcome: Outcome
    reason: RefusalReason | None = None
    fields: list[str] = Field(default_factory=list)  # the fields the reason is about
    # For invalid_value: per field, which limit of its value type the value broke.
    problems: dict[str, ValueProblem] = Field(default_factory=dict)
    new_row_id: str | None = None  # for new_version
    # For a refused edit of a row in the device's scope: the server's values of the
    # fields the edit carried, which the device puts back (the edit stays quarantined).
    current: dict[str, JsonValue] | None = None


class PushResponse(Answer):
    seq: int
    results: list[ChangeResult]
    access_log_accepted: int = 0
    access_log_head: AccessLogHead | None = None
    server_time_ms: int
    # Set when the device's stamps ran ahead of the server clock by more than the limit.
    clock_ahead_ms: int | None = None


# -- pull -------------------------------------------------------------------------


class PullRequest(Versioned):
    cursor: Position
    limit: int = Field(default=DEFAULT_PULL_LIMIT, strict=True, ge=1, le=MAX_PULL_LIMIT)
    # Rows whose news all came from this device are left out unless this is set (a
    # device downloading its scope again after a failed check wants everything).
    include_own: bool = False
    # The cursor this device has durably applied (the request's own cursor may run one
    # page ahead of it); the server keeps it to notice a store that went back in time.
    applied_cursor: int = Field(default=0, ge=0)
    # Sent on a sync's first page: the clients this device still holds unsent or
    # quarantined work on. The server then retires the user's ended clients past the
    # retention time, except these (astu_server/retention.py); None: not this page.
    holding: list[RowId] | None = Field(default=None, max_length=100_000)


class RowState(Answer):
    """The current state of one row: every field, as the server holds it now."""

    table: str
    row_id: str
    fields: dict[str, JsonValue]
    stamp: str  # the newest stamp among its fields (for the device's clock)
    change_id: int


class ScopeEventKind(StrEnum):
    GRANT = "grant"  # the client entered the scope: `rows` hold all of its rows
    REVOKE = "revoke"  # the client left the scope: the device purges it
    # The client's episodes ended longer ago than the retention time: purged likewise,
    # the server keeps the record (astu_server/retention.py).
    RETIRE = "retire"


class ScopeEvent(Answer):
    position: int
    kind: ScopeEventKind
    client_id: str
    rows: list[RowState] = Field(default_factory=list)


class ConflictKind(StrEnum):
    FIELDS = "fields"  # the same field (or group) changed on two devices
    DELETE_EDIT = "delete_edit"  # deleted on one device, edited on another: edit won


class ConflictStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class ConflictState(Answer):
    """Two values of the same fields; `current` says which one the row holds meanwhile."""

    id: str
    table: str
    row_id: str
    client_id: str | None
    kind: ConflictKind
    fields: list[str]
    values_a: dict[str, JsonValue]
    values_b: dict[str, JsonValue]
    device_a: str
    device_b: str
    worker_a: str | None
    worker_b: str | None
    current: Literal["a", "b"]
    status: ConflictStatus
    created_at: datetime
    resolved_at: datetime | None = None
    change_id: int


class WithheldRow(Answer):
    """A row of the page the server could not send: its stored value fails its type."""

    table: str
    row_id: str


class PullResponse(Answer):
    rows: list[RowState]
    events: list[ScopeEvent]
    conflicts: list[ConflictState]
    next_cursor: int
    has_more: bool
    server_time_ms: int
    # Left out of this page (and counted in the server's log); the device keeps them
    # aside so that its scope check leaves them out too.
    withheld: list[WithheldRow] = Field(default_factory=list)
    # What the server acknowledged for this device before this request: a store behind
    # these was restored from an older copy of its files.
    device_cursor: int = 0
    device_push_seq: int = 0
    device_stamp: str | None = None


class SummaryRequest(Versioned):
    """Rows the device cannot vouch for yet (unsent or refused) are left out on both sides."""

    exclude: list[RowId] = Field(default_factory=list, max_length=100_000)


class ScopeSummary(Answer):
    """Per table: how many rows the scope holds, and a hash over their sorted ids.

    `buckets` holds, per bucket of row ids (`bucket_of`), a hash of those rows' ids and
    versions (`row_version`, over their values): a row that holds other values on the
    device shows as a bucket that differs.
    """

    counts: dict[str, int]
    digest: str
    # The feed position the summary is true at; -1 when the feed moved while counting.
    cursor: int
    buckets: list[str] = Field(default_factory=list, max_length=SCOPE_BUCKETS)


class RowsRequest(Versioned):
    """The current rows of the scope in these buckets (a repair after a failed check)."""

    buckets: list[int] = Field(max_length=SCOPE_BUCKETS)
    exclude: list[RowId] = Field(default_factory=list, max_length=100_000)


class RowsResponse(Answer):
    rows: list[RowState]


class Health(Answer):
    status: Literal["ok"] = "ok"
    protocol_version: int = PROTOCOL_VERSION


def table_spec(name: str) -> TableSpec | None:
    return TABLES.get(name)


def scope_digest(ids_by_table: dict[str, list[str]]) -> str:
    """The hash both sides compute over the sorted ids of every table of the scope."""
    digest = hashlib.sha256()
    for table in sorted(ids_by_table):
        digest.update(table.encode() + b"\x00")
        for row_id in sorted(ids_by_table[table]):
            digest.update(row_id.encode() + b"\x01")
    return digest.hexdigest()


def stamp_order(stamp: str) -> tuple[int, int, str]:
    """Stamps compared as (wall ms, counter, device), whatever their counter's width."""
    wall, counter, device = stamp.split(".", 2)
    return int(wall), int(counter), device


def directory_table(name: str) -> bool:
    spec = TABLES.get(name)
    return spec is not None and spec.scope is Scope.DIRECTORY


def bucket_of(table: str, row_id: str) -> int:
    """The bucket of the scope check a row falls in (spread by a hash of its id)."""
    return hashlib.sha256(f"{table}/{row_id}".encode()).digest()[0] % SCOPE_BUCKETS


def row_version(spec: TableSpec, fields: Mapping[str, Any]) -> str:
    """A hash of a row's synced values, computed alike on both sides: a field that is
    missing counts as empty, a moment in UTC, JSON with sorted keys."""
    values = [_canonical(f, fields.get(f.name)) for f in sorted(spec.fields, key=_name)]
    text = json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def bucket_digests(versions: Iterable[tuple[str, str, str]]) -> list[str]:
    """Per bucket, a hash over the sorted (table, id, version) of the rows in it."""
    lines: list[list[str]] = [[] for _ in range(SCOPE_BUCKETS)]
    for table, row_id, version in versions:
        lines[bucket_of(table, row_id)].append(f"{table}/{row_id}/{version}")
    return [hashlib.sha256("\n".join(sorted(b)).encode()).hexdigest()[:16] for b in lines]


def _name(spec: FieldSpec) -> str:
    return spec.name


def _canonical(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind is Kind.MOMENT and isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        moment = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat()
    return value


# -- speaking an older version ------------------------------------------------------


def knows_everything(known: Mapping[str, TableSpec]) -> bool:
    """Whether the tables a version knows are all there are, each with every field."""
    return len(known) == len(TABLES) and all(TABLES[name] is spec for name, spec in known.items())


def readable_rows(states: Iterable[RowState], known: Mapping[str, TableSpec]) -> list[RowState]:
    """The rows as a side that knows only `known` reads them: the tables it knows, without
    the fields it does not."""
    kept = []
    for state in states:
        spec = known.get(state.table)
        if spec is None:
            continue
        newer = TABLES[state.table].by_name.keys() - spec.by_name.keys()
        if newer & state.fields.keys():
            fields = {name: value for name, value in state.fields.items() if name not in newer}
            state = state.model_copy(update={"fields": fields})
        kept.append(state)
    return kept


def readable_conflicts(
    conflicts: Iterable[ConflictState], known: Mapping[str, TableSpec]
) -> list[ConflictState]:
    """Conflicts about what a side knows; one only about newer fields waits for its version."""
    kept = []
    for conflict in conflicts:
        spec = known.get(conflict.table)
        fields = [name for name in conflict.fields if spec is not None and name in spec.by_name]
        if spec is None or not fields:
            continue
        if len(fields) < len(conflict.fields):
            conflict = conflict.model_copy(
                update={
                    "fields": fields,
                    "values_a": {n: v for n, v in conflict.values_a.items() if n in fields},
                    "values_b": {n: v for n, v in conflict.values_b.items() if n in fields},
                }
            )
        kept.append(conflict)
    return kept


def readable_page(page: PullResponse, known: Mapping[str, TableSpec]) -> PullResponse:
    """A pull page as a side that knows only `known` reads it."""
    if knows_everything(known):
        return page
    events = [
        event.model_copy(update={"rows": readable_rows(event.rows, known)}) for event in page.events
    ]
    return page.model_copy(
        update={
            "rows": readable_rows(page.rows, known),
            "events": events,
            "conflicts": readable_conflicts(page.conflicts, known),
        }
    )
