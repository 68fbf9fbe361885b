"""Errors the store raises, each carrying a message code the UI and CLI translate.

Messages never contain personal data or paths into the user's case data, so an
exception can be logged or shown without leaking anything.
"""

from __future__ import annotations


class StoreError(Exception):
    """A store problem the user can act on; `code` selects the translated message."""

    code = "store_error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code)
        self.detail = detail


class WrongPassphrase(StoreError):
    code = "wrong_passphrase"


class UnlockThrottled(StoreError):
    """Too many wrong passphrases: the next try is allowed after `wait_seconds`."""

    code = "unlock_throttled"

    def __init__(self, wait_seconds: float) -> None:
        super().__init__(f"wait {wait_seconds:.0f} s")
        self.wait_seconds = wait_seconds


class StoreNotFound(StoreError):
    code = "store_not_found"


class StoreExists(StoreError):
    code = "store_exists"


class KeyFileDamaged(StoreError):
    code = "keyfile_damaged"


class KeyMismatch(StoreError):
    """The key file opens, but its key does not open this database."""

    code = "key_mismatch"


class DatabaseDamaged(StoreError):
    code = "database_damaged"


class StoreTooNew(StoreError):
    code = "store_too_new"


class StoreLocked(StoreError):
    code = "store_locked"


class WeakPassphrase(StoreError):
    code = "weak_passphrase"


class DiskFull(StoreError):
    """The disk under the store has no room: a write failed, or a check found too little.

    `needed_bytes` is how much free space the refused work asks for (None when SQLite
    found the disk full in the middle of a write), `free_bytes` what there was.
    """

    code = "disk_full"

    def __init__(self, needed_bytes: int | None = None, free_bytes: int | None = None) -> None:
        super().__init__("no space left on the store's disk")
        self.needed_bytes = needed_bytes
        self.free_bytes = free_bytes


class NotEnoughRoom(DiskFull):
    """Work refused before it started: it would need `needed_bytes`, and only
    `free_bytes` are free. Nothing was written; the disk is short, not yet full."""

    code = "not_enough_room"

    def __init__(self, needed_bytes: int, free_bytes: int) -> None:
        super().__init__(needed_bytes, free_bytes)


class StorageFailed(StoreError):
    """The disk refused a write: an I/O error, or a file system gone read-only."""

    code = "storage_failed"


class StoppedPartWay(StoreError):
    """Work that commits step by step stopped on `cause` after `saved` of `total` steps
    (`total` None: not known beforehand, as in a sync's pull).

    What was committed before stays (each step is its own transaction); the sentence
    must say how far it got, not that everything was rolled back.
    """

    code = "stopped_part_way"

    def __init__(
        self, cause: StoreError, saved: int, total: int | None = None, *, unit: str = "rows"
    ) -> None:
        super().__init__(f"{cause.code} after {saved} of {total} {unit}")
        self.cause = cause
        self.unit = unit  # what was counted: "clients" (a seed), "rows" (a sync's pull)
        self.saved = saved
        self.total = total
