"""Schema upgrades through Alembic, on the store's own encrypted connection.

Before any upgrade of an existing store a consistent, still encrypted copy is taken
with SQLite's online backup, so a failed migration can never cost a worker their notes.
A store written by a newer version of the program is refused instead of guessed at.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from astu_desktop.store.errors import StoreTooNew
from astu_desktop.sync import capture

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(engine: Engine, backup: Callable[[str], Any]) -> bool:
    """Bring the schema to head; returns True when anything was migrated."""
    with engine.connect() as connection:
        current = current_revision(connection)
    if current is not None and current not in known_revisions():
        raise StoreTooNew(current)
    if current == head_revision():
        return False
    if current is not None:
        backup(current)
    with engine.begin() as connection, capture.schema_migration(connection):
        command.upgrade(alembic_config(connection), "head")
    return True
