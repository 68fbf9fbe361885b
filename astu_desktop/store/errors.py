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
