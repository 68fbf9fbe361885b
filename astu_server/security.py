"""Passwords, device tokens and the login rate limit.

Passwords are hashed with Argon2id. A device token is 256 random bits, so a plain
SHA-256 of it is enough to store: nobody can guess a preimage, and a lookup by hash
stays one index probe. The login limit counts failures per network address, never
per username: a stranger typing a worker's name wrongly cannot lock that worker out.
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
LOGIN_FAILURES_ALLOWED = 10
LOGIN_WINDOW_S = 300.0


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
    """Failed logins per address in a sliding window; thread-safe."""

    def __init__(
        self,
        allowed: int = LOGIN_FAILURES_ALLOWED,
        window_s: float = LOGIN_WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._allowed = allowed
        self._window = window_s
        self._clock = clock
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def blocked(self, address: str) -> bool:
        with self._lock:
            return len(self._recent(address)) >= self._allowed

    def failed(self, address: str) -> None:
        with self._lock:
            self._recent(address).append(self._clock())

    def succeeded(self, address: str) -> None:
        with self._lock:
            self._failures.pop(address, None)

    def _recent(self, address: str) -> list[float]:
        horizon = self._clock() - self._window
        kept = [at for at in self._failures.get(address, []) if at > horizon]
        self._failures[address] = kept
        return kept
