"""Room on the disk under the store: how much work needs, and what a full disk is.

A laptop after a long week offline may have a nearly full disk. SQLite then fails a
write with SQLITE_FULL, and worse, cannot fold its write-ahead log back into the
database, so the log keeps the space it took. The app therefore checks before it is
too late (at unlock, before a sync pull, an import, an export, a rekey or a
migration) and tells a full disk and a failing disk apart from other errors.

The thresholds are declared here once; the UI and the CLI only show them.
"""

from __future__ import annotations

import errno
import shutil
from dataclasses import dataclass
from pathlib import Path

from astu_desktop.store.errors import DiskFull, NotEnoughRoom, StorageFailed, StoreError
from astu_desktop.store.storepaths import StorePaths

MB = 1000 * 1000
# Free space below which the status bar warns: room for a day's work (a few MB) and for
# folding a full write-ahead log back into the database, on any store.
MIN_FREE_BYTES = 200 * MB
# The write-ahead log is cut back to this after every checkpoint (journal_size_limit).
WAL_LIMIT_BYTES = 32 * 1024 * 1024
# Room asked of a sync page per row received: the row, its index entries and its
# pages in the write-ahead log until the next checkpoint (about 4x the stored row).
ROOM_PER_PULLED_ROW = 8 * 1024
# Bytes written to the store (log included) per byte of an imported file, at most.
IMPORT_GROWTH = 10
# Less free than this, and an I/O error is taken for the full disk that caused it.
NEARLY_FULL_BYTES = 1024 * 1024

# SQLite's primary result codes (the low byte of an extended code)
_SQLITE_IOERR, _SQLITE_READONLY, _SQLITE_FULL = 10, 8, 13
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_FAILED_ERRNOS = {errno.EIO, errno.EROFS}


@dataclass(frozen=True)
class Room:
    """Free bytes on the store's disk, and the working room it should keep."""

    free_bytes: int
    needed_bytes: int

    @property
    def low(self) -> bool:
        return self.free_bytes < self.needed_bytes


def store_bytes(paths: StorePaths) -> int:
    """The database and its write-ahead log on disk now."""
    files = [paths.database, *paths.sidecars()]
    return sum(path.stat().st_size for path in files if path.exists())


def free_bytes(folder: Path) -> int:
    """Free bytes for an unprivileged writer on the disk that holds `folder`."""
    return shutil.disk_usage(folder).free


def working_room(paths: StorePaths) -> int:
    """What the status bar asks to keep free: a tenth of the store for the day's work,
    and a full log to fold back, but never less than MIN_FREE_BYTES."""
    return max(MIN_FREE_BYTES, store_bytes(paths) // 10 + WAL_LIMIT_BYTES)


def room(paths: StorePaths) -> Room:
    return Room(free_bytes(paths.database.parent), working_room(paths))


def room_for_copy(paths: StorePaths) -> int:
    """A rekey writes every page again into the log, and a migration first copies the
    store into its backup: both need the store's size again, and a log's worth more."""
    return store_bytes(paths) + WAL_LIMIT_BYTES


def room_for_import(paths: StorePaths, source: Path) -> int:
    """An import writes each client, its search index and its access-log entry in one
    transaction: about ten times the file in the log, besides the working room."""
    return working_room(paths) + source.stat().st_size * IMPORT_GROWTH


def ensure_room(folder: Path, needed: int) -> None:
    """Refuse work that would not fit in `folder`, before it starts, saying how much it needs."""
    free = free_bytes(folder)
    if free < needed:
        raise NotEnoughRoom(needed_bytes=needed, free_bytes=free)


def storage_error(error: BaseException, folder: Path | None = None) -> StoreError | None:
    """The store error a driver or OS error stands for, if it is the disk's doing.

    SQLite reports some writes to a full disk as an I/O error (creating the shared
    memory file when a connection opens, for one): with the store's `folder` known,
    an I/O error on a disk with almost no room left is told as the full disk it is.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary == _SQLITE_FULL:
            return DiskFull()
        if primary in (_SQLITE_IOERR, _SQLITE_READONLY):
            return _full_or_failed(folder, "disk I/O error" if primary == _SQLITE_IOERR else "ro")
        return None
    if isinstance(error, OSError):
        if error.errno in _FULL_ERRNOS:
            return DiskFull()
        if error.errno in _FAILED_ERRNOS:
            return _full_or_failed(folder, errno.errorcode.get(error.errno or 0, "EIO"))
    return None


def _full_or_failed(folder: Path | None, detail: str) -> StoreError:
    try:
        full = folder is not None and free_bytes(folder) < NEARLY_FULL_BYTES
    except OSError:
        full = False
    return DiskFull() if full else StorageFailed(detail)
