"""The server's tables.

Records are kept generically: one row per synced record with its current field values
(`data`) and, per field, the stamp, feed position and device of the change that set it
(`field_meta`): that is all a per-field merge needs, and the current state of a row is
what a pull sends (not its history). The feed position (`change_id`) of a record, a
scope event or a conflict comes from one counter, so a device's cursor covers all three.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from astu_protocol.service_day import now_utc

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
# SQLite only gives INTEGER PRIMARY KEY columns their own row numbers.
BigId = BigInteger().with_variant(Integer(), "sqlite")


utcnow = now_utc  # the stamp every new row gets


class UtcDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC on every backend, always read back timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
        int: BigInteger(),
    }


class Team(Base):
    __tablename__ = "team"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # also the worker row id
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(160))
    role: Mapped[str] = mapped_column(String(20))  # field_worker, team_lead, admin
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Device(Base):
    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # made by the laptop
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(80), default="")
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    last_seen_at: Mapped[datetime | None] = mapped_column(default=None)
    last_push_seq: Mapped[int] = mapped_column(default=0)
    last_push_response: Mapped[str | None] = mapped_column(Text, default=None)
    clock_ahead_ms: Mapped[int | None] = mapped_column(default=None)
    # When the token in `token_hash` was issued; it is rotated during sync after a while.
    token_issued_at: Mapped[datetime | None] = mapped_column(default=None)
    # A rotated token handed out but not yet used: the old one stays valid until it is.
    pending_token_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    # The head of the device's access-log chain as accepted here (migration 0007).
    access_log_seq: Mapped[int] = mapped_column(default=0)
    access_log_hash: Mapped[str] = mapped_column(String(64), default="0" * 64)
    access_log_version: Mapped[int] = mapped_column(Integer, default=1)
    # What the server acknowledged (migration 0010): the hash of the last batch's content
    # (a reused sequence with other content is a store gone back in time, not a retry),
    # the newest (clamped) stamp it took from the device, and the pull cursor the device
    # last said it had applied.
    last_push_digest: Mapped[str | None] = mapped_column(String(64), default=None)
    last_stamp: Mapped[str | None] = mapped_column(String(80), default=None)
    pull_cursor: Mapped[int] = mapped_column(default=0, server_default="0")
    # The service day a retention check found nothing left to retire for this device
    # (migration 0012): the next one is on the next day (retention.retire_due).
    retention_clear_on: Mapped[date | None] = mapped_column(default=None)

    __table_args__ = (Index("uq_device_pending_token_hash", "pending_token_hash", unique=True),)


class EnrolmentCode(Base):
    """A one-time code an admin issued for a user: needed, beside the password, to
    enrol a device. Stored as a digest; spent by one enrolment or a few password attempts."""

    __tablename__ = "enrolment_code"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    password_attempts: Mapped[int] = mapped_column(Integer, default=0)


class FeedCounter(Base):
    """The last feed position handed out; advanced only under the feed lock."""

    __tablename__ = "feed_counter"

    singleton: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    value: Mapped[int] = mapped_column(default=0)


class Record(Base):
    __tablename__ = "record"
    __table_args__ = (Index("ix_record_client_change", "client_id", "change_id"),)

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str | None] = mapped_column(String(36))  # None: staff directory
    change_id: Mapped[int] = mapped_column(unique=True)
    data: Mapped[dict[str, Any]] = mapped_column()
    # field -> [stamp, change_id, device_id, user_id] of the change that set it
    field_meta: Mapped[dict[str, Any]] = mapped_column()
    stamp: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RecordKey(Base):
    """Values that must be unique across a table (a client's henkilötunnus)."""

    __tablename__ = "record_key"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), index=True)


class Assignment(Base):
    """Who works with a client: one responsible worker (vastuutyöntekijä), co-workers."""

    __tablename__ = "assignment"

    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # responsible, co_worker
    assigned_at: Mapped[datetime] = mapped_column(default=utcnow)


class ClientAlias(Base):
    """The id a laptop gave a person the server already had (a duplicate registration).

    The laptop joins its record into the server's one, but the access-log entries it
    wrote under its own id stay as they were (they are hash-chained): the access
    report finds them through this alias.
    """

    __tablename__ = "client_alias"

    alias_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ScopeGrant(Base):
    """Materialised scope: the clients each user's devices receive and may change."""

    __tablename__ = "scope_grant"

    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class ScopeEvent(Base):
    __tablename__ = "scope_event"
    __table_args__ = (Index("ix_scope_event_user_position", "user_id", "position"),)

    position: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    client_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(10))  # grant, revoke, retire
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ScopeRetirement(Base):
    """A client of the user's caseload whose episodes all ended longer ago than the
    retention time: the user's devices no longer hold them (astu_server/retention.py)."""

    __tablename__ = "scope_retirement"

    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
    retired_at: Mapped[datetime] = mapped_column(default=utcnow)


class Conflict(Base):
    __tablename__ = "conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    fields: Mapped[list[str]] = mapped_column()
    values_a: Mapped[dict[str, Any]] = mapped_column()
    values_b: Mapped[dict[str, Any]] = mapped_column()
    device_a: Mapped[str] = mapped_column(String(36))
    device_b: Mapped[str] = mapped_column(String(36))
    worker_a: Mapped[str | None] = mapped_column(String(36))
    worker_b: Mapped[str | None] = mapped_column(String(36))
    current: Mapped[str] = mapped_column(String(1))  # "a" or "b": the value the row holds
    status: Mapped[str] = mapped_column(String(10), default="open")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolved_by_device: Mapped[str | None] = mapped_column(String(36), default=None)
    change_id: Mapped[int] = mapped_column(unique=True)


class DeviceAccessLog(Base):
    """Access-log entries uploaded by the devices; append-only (triggers refuse edits)."""

    __tablename__ = "device_access_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    user_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column()
    at: Mapped[datetime] = mapped_column()
    worker_id: Mapped[str | None] = mapped_column(String(36))
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(80))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class ApiAccess(Base):
    """The server's own log of every API call; append-only (triggers refuse edits)."""

    __tablename__ = "api_access"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str | None] = mapped_column(String(36))
    method: Mapped[str] = mapped_column(String(10))
    path: Mapped[str] = mapped_column(String(200))
    status: Mapped[int] = mapped_column(Integer)
    client_count: Mapped[int] = mapped_column(Integer, default=0)


class ApiAccessClient(Base):
    """Which clients' data one API call sent or changed (for the access report)."""

    __tablename__ = "api_access_client"

    access_id: Mapped[int] = mapped_column(ForeignKey("api_access.id"), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class AccessLogIntegrityEvent(Base):
    """A break in a device's access-log chain, or an entry refused as untrue.

    Append-only. A gap, a fork or a rewrite is never accepted silently, and an entry
    naming another worker or a client the device never held is not stored as fact:
    what happened is kept here for the admin and the client's access report.
    """

    __tablename__ = "access_log_integrity"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    user_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(32))  # gap, fork, rewrite, refused
    seq: Mapped[int] = mapped_column()
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    detail: Mapped[str] = mapped_column(String(64))  # a reason code, never uploaded text


class ScopeHistory(Base):
    """Which user held which client, from when to when (open while the grant lasts)."""

    __tablename__ = "scope_history"
    __table_args__ = (Index("ix_scope_history_user_client", "user_id", "client_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(String(36))
    client_id: Mapped[str] = mapped_column(String(36))
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class Disclosure(Base):
    """The server's disclosure log (luovutusloki): whose data went to which device.

    Written in the transaction that sends or refuses: one row per client per pull
    page, so that a laptop's own log, however edited, cannot hide what it received.
    Append-only (triggers refuse edits).
    """

    __tablename__ = "disclosure"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    device_id: Mapped[str] = mapped_column(String(36))
    user_id: Mapped[str] = mapped_column(String(36))
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # pull, duplicate_refused
