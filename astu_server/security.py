"""Passwords, device tokens and the login rate limit.

Passwords are hashed with Argon2id. A device token is 256 random bits, so a plain
SHA-256 of it is enough to store: nobody can guess a preimage, and a lookup by hash
stays one index probe.

The login limit counts failures per network address and username together, never per
username alone: a stranger typing a worker's name wrongly, from anywhere else, cannot
lock that worker out. A wider limit per address stops one machine from trying many
usernames; it is wide because a whole office may reach the server through one address.
A successful sign-in clears only its own pair, so an account of one's own does not
buy more guesses at someone else's.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

TOKEN_BYTES = 32
LOGIN_FAILURES_ALLOWED = 5  # per address and username
ADDRESS_FAILURES_ALLOWED = 50  # per address, whatever the usernames
LOGIN_WINDOW_S = 300.0
SWEEP_FROM_ENTRIES = 10_000

_configured: list[PasswordHasher] = []


def _hasher() -> PasswordHasher:
    if not _configured:
        _configured.append(PasswordHasher())  # Argon2id at the library's recommended cost
    return _configured[0]


def use_password_hasher(hasher: PasswordHasher) -> None:
    """Replace the Argon2id parameters (tests use a cheap one; never in production)."""
    _configured[:] = [hasher]
    _dummy_hash.cache_clear()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Constant work whether or not the user exists, so timing does not reveal names."""
    try:
        return _hasher().verify(password_hash or _dummy_hash(), password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher().hash(secrets.token_hex(16))


def new_device_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class LoginThrottle:
    """Failed sign-ins in a sliding window, per (address, username) and per address."""

    def __init__(
        self,
        allowed: int = LOGIN_FAILURES_ALLOWED,
        window_s: float = LOGIN_WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
        address_allowed: int = ADDRESS_FAILURES_ALLOWED,
    ) -> None:
        self._allowed = allowed
        self._address_allowed = address_allowed
        self._window = window_s
        self._clock = clock
        self._failures: dict[tuple[str, str], list[float]] = {}
        self._sweep_at = SWEEP_FROM_ENTRIES
        self._lock = threading.Lock()

    def attempt(self, address: str, username: str) -> bool:
        """Count a sign-in attempt before the password is checked; False when over the
        limit. Counting first closes the gap in which parallel guesses would all pass
        the check while the slow password hash runs."""
        with self._lock:
            self._sweep()
            pair = (address, _folded(username))
            if self._count(pair) >= self._allowed:
                return False
            if self._count((address, "")) >= self._address_allowed:
                return False
            now = self._clock()
            for key in (pair, (address, "")):
                self._failures.setdefault(key, []).append(now)
            return True

    def succeeded(self, address: str, username: str) -> None:
        """A right password: its pair starts afresh and the address gets its try back."""
        with self._lock:
            self._failures.pop((address, _folded(username)), None)
            tries = self._failures.get((address, ""))
            if tries:
                tries.pop()

    def _count(self, key: tuple[str, str]) -> int:
        horizon = self._clock() - self._window
        kept = [at for at in self._failures.pop(key, []) if at > horizon]
        if kept:
            self._failures[key] = kept
        return len(kept)

    def _sweep(self) -> None:
        """Entries outside the window go, so the table does not grow with every address
        and name that ever failed once. The next sweep waits until the table has doubled:
        a spray from thousands of addresses, all inside the window, would otherwise make
        every attempt walk the whole table (a sign-in costing O(table), 127 s for 10,000
        attempts); doubling keeps the walk's cost per attempt constant on average."""
        if len(self._failures) < self._sweep_at:
            return
        for key in list(self._failures):
            self._count(key)
        self._sweep_at = max(SWEEP_FROM_ENTRIES, 2 * len(self._failures))


def _folded(username: str) -> str:
    """One counter per name however it is typed; never empty (that key is the address's)."""
    return "user:" + username.strip().casefold()
