"""The migrated store and its declarations describe one schema, as `alembic check` would say.

A column added to a model and forgotten in a migration (or the reverse) passes every
test that builds its tables from the ORM and fails on a worker's laptop, whose store is
only ever migrated. The declarations are the ORM (`Base`) and the device's own
bookkeeping tables (`sync/localstate.py`). The ORM against the shared table specs is
tests/unit/sync/test_protocol.py.

Two kinds of object only the migrations declare, and they are checked by name here:
the search index (an FTS5 table with the shadow tables SQLite makes for it, and its key
table, read by services/search.py) and the partial indexes over live rows, which no
SQLAlchemy model can declare so that SQLite's reflection reads them back.
"""

from __future__ import annotations

import warnings
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, text
from sqlalchemy.exc import SAWarning

from astu_desktop.models import Base
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync import localstate

SEARCH_INDEX_PREFIX = "client_search"
LIVE_ROW_INDEXES = {
    "ix_client_live_name",
    "ix_form_document_live_drafts",
    "ix_form_document_live_review",
    "ix_home_visit_live_client_when",
    "ix_service_episode_live_client",
}


def declared_elsewhere(item: Any, name: str | None, kind: str, reflected: bool, _: Any) -> bool:
    """False for what only the migrations declare (see the module's docstring)."""
    if kind == "table" and name and name.startswith(SEARCH_INDEX_PREFIX):
        return False
    return not (kind == "index" and reflected and name in LIVE_ROW_INDEXES)


def differences(store: CaseStore, declared: MetaData = Base.metadata) -> list[Any]:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "include_object": declared_elsewhere},
        )
        with warnings.catch_warnings():
            # SQLite's reflection cannot read an index on an expression (one of the live
            # row indexes); the test below checks those by name.
            warnings.filterwarnings("ignore", "Skipped unsupported reflection", SAWarning)
            return list(compare_metadata(context, [declared, localstate.metadata]))


def test_the_migrated_store_has_exactly_the_declared_tables_columns_and_indexes(
    store: CaseStore,
) -> None:
    assert differences(store) == []


def test_a_column_only_the_orm_has_is_named_as_missing(store: CaseStore) -> None:
    declared = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(declared)
    declared.tables["home_visit"].append_column(Column("forgotten_in_a_migration", Integer))
    found = differences(store, declared)
    assert [(change[0], change[2], change[3].name) for change in found] == [
        ("add_column", "home_visit", "forgotten_in_a_migration")
    ]


def stored_objects(store: CaseStore, kind: str) -> set[str]:
    with store.engine.connect() as connection:
        query = text("SELECT name FROM sqlite_master WHERE type = :kind")
        return set(connection.execute(query, {"kind": kind}).scalars())


def test_the_live_row_indexes_and_the_search_index_are_in_the_migrated_store(
    store: CaseStore,
) -> None:
    assert stored_objects(store, "index") >= LIVE_ROW_INDEXES
    assert {"client_search", "client_search_key"} <= stored_objects(store, "table")
