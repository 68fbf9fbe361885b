"""The shared protocol: its schema is the ORM's, and it refuses what would break a store."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pydantic import ValidationError
from sqlalchemy import Boolean, Date, Enum, Integer, String, Text
from sqlalchemy.types import JSON

from astu_desktop.models import Base
from astu_desktop.models.base import UtcDateTime
from astu_desktop.sync.capture import synced_tables
from astu_protocol.messages import (
    TABLES,
    PullRequest,
    PushRequest,
    RowChange,
    scope_digest,
    stamp_order,
)
from astu_protocol.tables import Kind, Scope, valid_value

STAMP = "001795900000000.000000001.device-1"


def kind_of(column_type: object) -> Kind:
    if isinstance(column_type, UtcDateTime):
        return Kind.MOMENT
    if isinstance(column_type, Enum):
        return Kind.CHOICE
    if isinstance(column_type, Date):
        return Kind.DAY
    if isinstance(column_type, Boolean):
        return Kind.FLAG
    if isinstance(column_type, Integer):
        return Kind.NUMBER
    if isinstance(column_type, JSON):
        return Kind.JSON
    assert isinstance(column_type, String | Text)
    return Kind.TEXT


def test_the_schema_lists_every_synced_table_and_captured_field_as_the_orm_has_them() -> None:
    assert set(TABLES) == synced_tables()
    for name, spec in TABLES.items():
        table = Base.metadata.tables[name]
        columns = {
            c.name: c for c in table.columns if c.name not in {"id", "created_at", "updated_at"}
        }
        assert set(spec.by_name) == set(columns), name
        for field in spec.fields:
            column = columns[field.name]
            references = [fk.column.table.name for fk in column.foreign_keys]
            expected_kind = Kind.REFERENCE if references else kind_of(column.type)
            assert (field.kind, field.required) == (expected_kind, not column.nullable), field
            assert field.references == (references[0] if references else None), field
            if isinstance(column.type, Enum):
                assert field.choices == tuple(column.type.enums), field
            elif isinstance(column.type, String) and not references:
                assert field.max_length == column.type.length, field


def test_every_referenced_table_comes_first_so_pages_apply_in_order() -> None:
    order = list(TABLES)
    for name, spec in TABLES.items():
        for target in spec.references.values():
            assert target == name or order.index(target) < order.index(name)


def test_every_row_belongs_to_a_client_or_to_the_staff_directory() -> None:
    for spec in TABLES.values():
        if spec.scope is Scope.PARENT:
            assert spec.parent_field is not None
            parent = TABLES[spec.by_name[spec.parent_field].references or ""]
            assert parent.scope is Scope.CLIENT_FIELD
        if spec.scope is Scope.CLIENT_FIELD:
            assert spec.by_name["client_id"].references == "client"


@pytest.mark.parametrize(
    ("table", "field", "value", "ok"),
    [
        ("client", "birth_date", "1952-10-13", True),
        ("client", "birth_date", "13.10.1952", False),
        ("client", "sex", "female", True),
        ("client", "sex", "unknown", False),
        ("client", "hetu", None, False),  # required
        ("client", "phone", None, True),
        ("client", "phone", "0" * 41, False),  # longer than the column
        ("client", "needs_interpreter", 1, False),
        ("home_visit", "visited_at", "2026-11-03T09:00:00+00:00", True),
        ("home_visit", "visited_at", "2026-11-03T09:00:00", False),  # no offset
        ("home_visit", "duration_minutes", True, False),
        ("home_visit", "duration_minutes", 2**60, False),
        ("form_document", "answers", {"goals": "x"}, True),
        ("form_document", "answers", "x", False),
        ("home_visit", "client_id", "../etc", False),
    ],
)
def test_values_are_checked_against_the_field(
    table: str, field: str, value: object, ok: bool
) -> None:
    assert valid_value(TABLES[table].by_name[field], value) is ok


def test_requests_refuse_unknown_keys_and_versions_older_than_the_oldest_spoken() -> None:
    with pytest.raises(ValidationError):
        PullRequest.model_validate({"cursor": 0, "scope": "everyone"})
    for too_old_or_not_a_version in (0, -1, "1", 1.5, True):
        with pytest.raises(ValidationError):
            PullRequest.model_validate({"cursor": 0, "protocol_version": too_old_or_not_a_version})
    # A laptop a version ahead of the server: the server answers in its own version.
    assert PullRequest.model_validate({"cursor": 0, "protocol_version": 2}).protocol_version == 2
    with pytest.raises(ValidationError):
        RowChange(table="client", row_id="x", fields={}, stamp="yesterday", base_cursor=0)
    assert PushRequest.model_validate_json(PushRequest(seq=1).model_dump_json()).seq == 1


def test_stamps_order_by_clock_then_counter_whatever_the_counter_width() -> None:
    assert stamp_order("001795900000000.000009.a") < stamp_order("001795900000000.000000010.a")
    assert stamp_order(STAMP) < stamp_order("001795900000001.000000000.device-1")


def test_the_scope_digest_ignores_order_but_not_content() -> None:
    one = scope_digest({"client": ["b", "a"], "home_visit": ["c"]})
    assert one == scope_digest({"home_visit": ["c"], "client": ["a", "b"]})
    assert one != scope_digest({"client": ["a", "b"], "home_visit": []})
    assert one != scope_digest({"client": ["a"], "home_visit": ["b", "c"]})


def test_the_protocol_imports_without_qt_or_sqlalchemy() -> None:
    probe = (
        "import sys, astu_protocol.messages;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "[]"
