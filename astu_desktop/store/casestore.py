"""The encrypted case store: create, unlock, lock, change passphrase, rekey, check.

Files beside the database (names carry no personal data):
- `<db>.key`          the wrapped database key (see keyfile.py)
- `<db>.key.pending`  only during a rekey: the new key, until the database uses it
- `<db>.unlock`       the wrong-passphrase counter (see throttle.py)
- `<db>.backups/`     encrypted copies taken before schema migrations
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from astu_desktop.models import DeviceState
from astu_desktop.models.base import new_id, utcnow
from astu_desktop.store import keyfile, migrate, space
from astu_desktop.store.engine import BUSY_TIMEOUT_MS, build_engine, keyed_connection
from astu_desktop.store.errors import (
    DatabaseDamaged,
    DiskFull,
    KeyFileDamaged,
    StorageFailed,
    StoreError,
    StoreExists,
    StoreLocked,
    StoreNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from astu_desktop.store.files import fsync_directory
from astu_desktop.store.keyfile import KdfParams, zero
from astu_desktop.store.passphrase import passphrase_problems
from astu_desktop.store.storepaths import StorePaths
from astu_desktop.store.throttle import Clock, UnlockThrottle
from astu_desktop.sync import capture

_NOT_A_DATABASE = ("file is not a database", "not a database", "malformed", "hmac")
# How long folding the log on lock waits for another thread's open read (a sync that
# is stopping): locking must not hang the window; the next open folds what is left.
_LOCK_FOLD_WAIT_MS = 250


@dataclass(frozen=True)
class LogState:
    """The write-ahead log after an attempt to fold it into the database.

    `reason` says why it did not fold: "busy" (another connection was reading),
    or the code of the store error that stopped it ("disk_full", "storage_failed").
    """

    wal_bytes: int
    reason: str | None = None

    @property
    def folded(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class IntegrityReport:
    cipher_problems: list[str]
    sqlite_problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.cipher_problems and not self.sqlite_problems


class CaseStore:
    """An unlocked store. Open sessions with `session()`; callers commit, one per action."""

    def __init__(self, paths: StorePaths, key: bytearray, clock: Clock) -> None:
        self.paths = paths
        self._key: bytearray | None = key
        self._clock = clock
        self._engine: Engine | None = self._make_engine(key)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)

    # -- opening -------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        demo: bool = False,
        enforce_policy: bool = True,
    ) -> CaseStore:
        paths = StorePaths(Path(path))
        if paths.database.exists() or paths.keyfile.exists():
            raise StoreExists()
        if enforce_policy and passphrase_problems(passphrase):
            raise WeakPassphrase(",".join(passphrase_problems(passphrase)))
        paths.database.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = keyfile.new_database_key()
        keyfile.write(paths.keyfile, keyfile.wrap(key, passphrase, kdf or keyfile.calibrate()))
        store = cls(paths, key, clock=_wall_time)
        store._migrate()
        store._initialise_device(demo)
        os.chmod(paths.database, 0o600)
        return store

    @classmethod
    def unlock(
        cls,
        path: Path,
        passphrase: str,
        *,
        clock: Clock | None = None,
        monotonic: Clock | None = None,
    ) -> CaseStore:
        paths = StorePaths(Path(path))
        if monotonic is None:
            monotonic = time.monotonic if clock is None else clock  # a test's clock: both
        clock = clock or _wall_time
        if not paths.database.exists():
            raise StoreNotFound()
        if paths.database.stat().st_size == 0:
            # SQLite would take an empty file for a new database and migrate it into an
            # empty store: the worker would see no clients instead of a damaged store.
            raise DatabaseDamaged("empty database file")
        if not paths.keyfile.exists():
            raise KeyFileDamaged("key file missing")
        wrapped = keyfile.read(paths.keyfile)  # damaged: said at once, never a delay
        throttle = UnlockThrottle(paths.throttle, clock, monotonic)
        throttle.check()
        try:
            key = wrapped.unwrap(passphrase)
        except WrongPassphrase:
            throttle.record_failure()
            raise
        store = cls._open_proven(paths, key, passphrase, clock)
        throttle.reset()
        try:
            store._migrate()
        except BaseException:
            store.lock()  # e.g. StoreTooNew: close the connections, forget the key
            raise
        if store.log_bytes():
            store.fold_log()  # a log left by a fold that failed (a full disk) goes now
        return store

    @classmethod
    def _open_proven(
        cls, paths: StorePaths, key: bytearray, passphrase: str, clock: Clock
    ) -> CaseStore:
        """Open with `key`, proving it with a real read; finish an interrupted rekey."""
        store = cls(paths, key, clock)
        if store._key_reads_database():
            paths.pending_keyfile.unlink(missing_ok=True)
            return store
        store.lock()
        if paths.pending_keyfile.exists():
            pending = keyfile.read(paths.pending_keyfile).unwrap(passphrase)
            store = cls(paths, pending, clock)
            if store._key_reads_database():
                # The re-encrypted pages may still sit only in the WAL: fold them in first.
                store.checkpoint()
                os.replace(paths.pending_keyfile, paths.keyfile)
                fsync_directory(paths.database.parent)
                return store
            store.lock()
        raise DatabaseDamaged("the key does not open the database")

    # -- sessions and locking ------------------------------------------------------

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise StoreLocked()
        return self._engine

    @property
    def is_locked(self) -> bool:
        return self._engine is None

    def session(self) -> Session:
        if self._engine is None:
            raise StoreLocked()
        return self._sessions()

    def lock(self) -> None:
        """Fold the log back, close every connection, overwrite the key held here."""
        if self._engine is not None:
            self.fold_log(wait_ms=_LOCK_FOLD_WAIT_MS)
            self._engine.dispose()
            self._engine = None
        if self._key is not None:
            zero(self._key)
            self._key = None
        self._sessions = sessionmaker()

    # -- secrets -------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Rewrap the same database key under `new`; the database itself is untouched."""
        if passphrase_problems(new):
            raise WeakPassphrase(",".join(passphrase_problems(new)))
        current = keyfile.read(self.paths.keyfile)
        key = current.unwrap(old)
        try:
            keyfile.write(self.paths.keyfile, keyfile.wrap(key, new, kdf or current.kdf))
        finally:
            zero(key)

    def rekey(self, passphrase: str) -> None:
        """Re-encrypt the database under a fresh random key (after a suspected compromise).

        The new wrapped key is written first as a pending file; if the program dies
        during the rekey, the next unlock tries both keys and finishes the job.
        """
        current = keyfile.read(self.paths.keyfile)
        zero(current.unwrap(passphrase))
        space.ensure_room(self.paths.database.parent, space.room_for_copy(self.paths))
        new_key = keyfile.new_database_key()
        keyfile.write(self.paths.pending_keyfile, keyfile.wrap(new_key, passphrase, current.kdf))
        self.engine.dispose()
        with self.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        os.replace(self.paths.pending_keyfile, self.paths.keyfile)
        fsync_directory(self.paths.database.parent)
        if self._key is not None:
            zero(self._key)
        self._key = new_key
        self._engine = self._make_engine(new_key)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)

    # -- integrity -----------------------------------------------------------------

    def check(self) -> IntegrityReport:
        cipher = self._pragma_findings("PRAGMA cipher_integrity_check")
        plain = self._pragma_findings("PRAGMA integrity_check")
        return IntegrityReport(cipher, [p for p in plain if p != "ok"])

    def _pragma_findings(self, pragma: str) -> list[str]:
        """The rows of one check, or the name of the error that stopped it.

        Each check runs on its own connection: a page that fails its HMAC stops
        SQLite's own check when it reaches it, and the page number the cipher check
        found must not be lost with it.
        """
        try:
            with self.engine.connect() as conn:
                return [str(r[0]) for r in conn.exec_driver_sql(pragma)]
        except Exception as exc:
            return [type(exc).__name__]

    def checkpoint(self) -> None:
        """Fold the WAL into the database file (before a backup or a copy of the file)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def fold_log(self, *, wait_ms: int = BUSY_TIMEOUT_MS) -> LogState:
        """Fold the write-ahead log into the database and cut it to nothing, if it can.

        Never raises: it runs after a sync, on lock and on close, where a log that
        cannot fold now (the disk is full, another thread is reading) is no failure of
        the work just done. It is reported to `check`, and the next fold tries again.
        """
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql(f"PRAGMA busy_timeout = {wait_ms}")
                try:
                    busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").scalar()
                finally:
                    conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except StoreError as failure:
            return LogState(self.log_bytes(), failure.code)
        except (SQLAlchemyError, OSError):
            return LogState(self.log_bytes(), "busy")
        return LogState(self.log_bytes(), "busy" if busy else None)

    def log_bytes(self) -> int:
        """The write-ahead log's size on disk now (0 when it is folded or absent)."""
        try:
            return self.paths.wal.stat().st_size
        except OSError:  # absent, or a failing disk: nothing this could fold now
            return 0

    # -- internals -----------------------------------------------------------------

    def _make_engine(self, key: bytearray) -> Engine:
        path = self.paths.database
        engine = build_engine(lambda: keyed_connection(path, key), folder=path.parent)
        capture.install(engine)
        return engine

    def _key_reads_database(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except DatabaseDamaged:
            # The engine reports "not a database" (a wrong key) and damage alike.
            return False
        except (DiskFull, StorageFailed):
            self.lock()  # the disk, not the file: said as such, never as damage
            raise
        except Exception as exc:
            if any(marker in str(exc).lower() for marker in _NOT_A_DATABASE):
                return False
            self.lock()
            raise DatabaseDamaged(type(exc).__name__) from None
        return True

    def _migrate(self) -> None:
        migrate.upgrade(self.engine, self._backup)

    def _backup(self, revision: str) -> Path:
        """An encrypted copy under the same key, taken before migrating from `revision`.

        It and the migration after it need the store's size again: refused at once
        when that is not free, instead of failing half-way through the copy.
        """
        space.ensure_room(self.paths.database.parent, space.room_for_copy(self.paths))
        self.paths.backups.mkdir(mode=0o700, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.paths.backups / f"before-{revision}-{stamp}.db"
        assert self._key is not None
        destination = keyed_connection(target, self._key)
        try:
            with self.engine.connect() as conn:
                source: Any = conn.connection.dbapi_connection
                source.backup(destination)
        finally:
            destination.close()
        os.chmod(target, 0o600)
        return target

    def _initialise_device(self, demo: bool) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(DeviceState).values(
                    singleton=1, device_id=new_id(), is_demo=demo, created_at=utcnow()
                )
            )

    def device_state(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(text("SELECT * FROM device_state")).mappings().one()
            return dict(row)


def _wall_time() -> float:
    import time

    return time.time()


OpenStore = Callable[[Path, str], CaseStore]
