"""The declarative base and what every synced record carries.

Ids are uuid7 strings made on the device, so records created offline on two laptops
never collide and still sort by creation time. Records are never hard-deleted: a
tombstone (`deleted_at`) syncs like any other field change.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any, ClassVar

import uuid6
from sqlalchemy import JSON, DateTime, MetaData, String, TypeDecorator
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


def new_id() -> str:
    return str(uuid6.uuid7())


utcnow = now_utc  # the stamp every new row gets


class UtcDateTime(TypeDecorator[datetime]):
    """Timestamps stored as UTC and always read back timezone-aware."""

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
    }


class SyncedRecord:
    """Columns shared by every record that syncs; field changes of these are captured.

    `created_at`/`updated_at` are bookkeeping of this device and are not captured;
    everything else, including the tombstone, is.
    """

    __captured_exclude__: ClassVar[frozenset[str]] = frozenset({"id", "created_at", "updated_at"})

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


def enum_values(enum_class: type[enum.Enum]) -> list[str]:
    """Store enums by their value (stable, readable codes), not by their Python name."""
    return [str(member.value) for member in enum_class]


def str_enum(enum_class: type[enum.StrEnum], length: int = 40) -> Any:
    from sqlalchemy import Enum

    return Enum(
        enum_class,
        values_callable=enum_values,
        native_enum=False,
        length=length,
        validate_strings=True,
        create_constraint=False,
    )


__all__ = ["Base", "SyncedRecord", "UtcDateTime", "date", "new_id", "str_enum", "utcnow"]
