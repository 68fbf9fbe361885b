"""SQLAlchemy engines over SQLCipher files, keyed before any other statement.

The raw 256-bit key goes to SQLCipher as `x'..'`, so SQLCipher runs no KDF of its
own (Argon2id already did that work once, at unlock). The pragmas are set on every
new connection because most of them are per connection, not stored in the file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import QueuePool

from astu_desktop.store.errors import DatabaseDamaged
from astu_desktop.store.space import WAL_LIMIT_BYTES, storage_error

# Page cache per connection (negative = KiB). 24 MiB holds what browsing a
# 10,000-client caseload reads again and again (clients, the search index, episodes,
# the latest visits and reviews); reading whole records, each read once, only cycles
# through it. It is per connection and the pool keeps up to eight: the pool hands out
# the most recently used one (LIFO), so one connection stays warm and the others,
# opened only while the sync and a screen read at once, stay small.
CACHE_SIZE_KIB = 24 * 1024
BUSY_TIMEOUT_MS = 10_000
# SQLite's primary result codes for a file that fails to decrypt or whose pages are damaged.
_DAMAGE_DETAILS = {
    sqlcipher3.dbapi2.SQLITE_CORRUPT: "damaged page",
    sqlcipher3.dbapi2.SQLITE_NOTADB: "not a database under this key",
}

DbapiConnection = Any
Connector = Callable[[], DbapiConnection]


def keyed_connection(path: Path, key: bytearray) -> DbapiConnection:
    """Open one SQLCipher connection and key it first; then apply the store pragmas.

    `cipher_memory_security` is off, as SQLCipher itself has it by default since 4.5.0:
    it locks and wipes every SQLite allocation (an mlock/munlock pair, 3-4 us each on
    this hardware), which made the encrypted store about twice as slow as plain SQLite
    (see bench/), while Python holds the same plaintext in objects it neither locks nor
    wipes. The protections that matter stay: the file is encrypted, the key is derived
    with Argon2id and overwritten on lock, and locking closes every connection.
    """
    connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute("PRAGMA cipher_memory_security = OFF")
    # Damage is reported through our own messages; SQLCipher's stderr lines would only
    # alarm the user without telling them what to do.
    connection.execute("PRAGMA cipher_log_level = NONE")
    return connection


def plain_connection(path: Path) -> DbapiConnection:
    """An unencrypted connection of the same kind; used by benchmarks only, as a baseline."""
    return sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)


def apply_pragmas(connection: DbapiConnection) -> None:
    """Durability and privacy settings every connection of the store runs with."""
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")
    # After a checkpoint the log is cut back to this, instead of keeping the largest
    # size it ever reached (which, on a nearly full disk, is space no write gets back).
    connection.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")


def build_engine(
    connect: Connector, module: Any = sqlcipher3.dbapi2, folder: Path | None = None
) -> Engine:
    """An engine whose every pooled connection comes from `connect`, in explicit transactions.

    `folder` is where the database lives: a failed write there is told as a full disk
    when that folder's disk has no room left.

    pysqlite's implicit transaction handling is switched off (isolation_level=None) and
    SQLAlchemy emits BEGIN itself, so SAVEPOINTs and rollbacks behave as documented.
    """

    def create() -> DbapiConnection:
        connection = connect()
        apply_pragmas(connection)
        return connection

    engine = create_engine(
        "sqlite://",
        module=module,
        creator=create,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        pool_use_lifo=True,
        json_serializer=_json_text,
    )
    event.listen(engine, "begin", _begin)
    event.listen(engine, "handle_error", lambda context: _as_store_error(context, folder))
    return engine


def _as_store_error(context: ExceptionContext, folder: Path | None) -> BaseException | None:
    """A damaged file, a full disk or a failing disk reach callers as store errors.

    The UI and CLI know how to explain a store error; a raw SQLite "malformed" or
    "database or disk is full" from the middle of a write would otherwise surface as
    "unexpected", which tells the worker neither what happened nor what to do.
    """
    original = context.original_exception
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _DAMAGE_DETAILS:
        return DatabaseDamaged(_DAMAGE_DETAILS[code & 0xFF])
    return storage_error(original, folder)


def _json_text(value: Any) -> str:
    """Form answers are Finnish text: store ä as ä, not as a six-byte escape."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")
