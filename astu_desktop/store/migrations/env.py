"""Alembic environment: migrations always run on the store's own keyed connection.

There is no URL here on purpose: an encrypted store can only be migrated by code
that has unlocked it, so the caller passes its open connection in `attributes`.
"""

from alembic import context

from astu_desktop.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
