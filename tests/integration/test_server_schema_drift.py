"""The server's migrated PostgreSQL and its ORM describe one schema (`alembic check`).

The server's tests build their databases by migrating, so a model change without a
migration would show only as a failing query somewhere; this names it at once.
"""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from astu_server import db
from astu_server.models import Base


def test_the_migrated_server_database_has_exactly_the_tables_and_columns_of_the_orm(
    postgres_url: str,
) -> None:
    engine = create_engine(postgres_url)
    try:
        db.migrate(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []
