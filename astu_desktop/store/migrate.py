"""Schema upgrades through Alembic, on the store's own encrypted connection.

Before any upgrade of an existing store a consistent, still encrypted copy is taken
with SQLite's online backup, so a failed migration can never cost a worker their notes.
A store written by a newer version of the program is refused instead of guessed at.

Alembic is loaded only when a store is not at `HEAD_REVISION`: a store already at
head (every unlock but the first after an update) is checked with one query, which
keeps Alembic, Mako and the migration scripts out of the laptop's memory (about
14 MB) and the unlock's path (about 0.1 s).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text

from astu_desktop.store.errors import StoreTooNew
from astu_desktop.sync import capture

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions; a test holds it to Alembic's own head.
HEAD_REVISION = "0020"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """Alembic's head, read from the migration scripts (HEAD_REVISION is its copy)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The store's revision as Alembic keeps it (None: a new, empty database)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if revision is None else str(revision)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(engine: Engine, backup: Callable[[str], Any]) -> bool:
    """Bring the schema to head; returns True when anything was migrated."""
    with engine.connect() as connection:
        current = current_revision(connection)
    if current == HEAD_REVISION:
        return False
    if current is not None and current not in known_revisions():
        raise StoreTooNew(current)
    if current is not None:
        backup(current)
    from alembic import command

    with engine.begin() as connection, capture.schema_migration(connection):
        command.upgrade(alembic_config(connection), "head")
    return True
