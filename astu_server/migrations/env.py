"""Alembic environment of the server: an open connection from the caller, else a URL."""

from alembic import context
from sqlalchemy import create_engine

from astu_server.models import Base

config = context.config
connection = config.attributes.get("connection")


def run(connection_to_use: object) -> None:
    context.configure(
        connection=connection_to_use,
        target_metadata=Base.metadata,
        compare_type=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as opened:
        run(opened)
