"""Device trust: who a bearer token belongs to, token rotation and expiry, and the
one-time enrolment codes an admin issues.

A token is checked before anything of a request's body is read (see `gate`). A token
is rotated during sync once it is `ROTATE_AFTER` old: the server hands out a new one
and keeps accepting the old one until the new one has been used once, so a laptop that
lost the answer (or crashed before storing it) is never locked out. A token nobody used
for `UNUSED_EXPIRY` is no longer accepted: the laptop must be enrolled again.

Enrolment needs, beside the password, a code an admin issued for that user. The code
is 50 random bits, short-lived, stored as a digest and spent by one enrolment or by
`CODE_PASSWORD_ATTEMPTS` password attempts. Someone who only knows a worker's name can
neither guess their way in (they have no code) nor lock the worker out (a request with
a valid code is never refused by the sign-in limit).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from astu_protocol.messages import ErrorCode
from astu_server import scope
from astu_server.http import ApiError
from astu_server.models import Device, EnrolmentCode, User, utcnow
from astu_server.security import new_device_token, token_digest

ROTATE_AFTER = timedelta(days=7)
UNUSED_EXPIRY = timedelta(days=30)
LAST_SEEN_RESOLUTION = timedelta(minutes=1)
CODE_LIFETIME = timedelta(hours=8)
CODE_PASSWORD_ATTEMPTS = 5
# Crockford's base32: no I, L, O or U to misread when a code is read out on the phone.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10  # 50 bits


@dataclass(frozen=True)
class Caller:
    user_id: str
    device_id: str
    role: str


@dataclass(frozen=True)
class Refusal:
    """A token that names a device, refused: the access record still names the caller."""

    caller: Caller
    error: ApiError


def authenticate(session: Session, token: str, now: datetime | None = None) -> Caller | Refusal:
    """The device behind a token; unknown tokens raise, known but refused ones return a
    `Refusal` (revoked, disabled, role, expired). Using a rotated token retires the old."""
    now = now or utcnow()
    digest = token_digest(token)
    device = session.scalar(
        select(Device).where(or_(Device.token_hash == digest, Device.pending_token_hash == digest))
    )
    if device is None:
        raise ApiError(401, ErrorCode.UNAUTHORIZED)
    user = session.get_one(User, device.user_id)
    caller = Caller(user.id, device.id, user.role)
    problem = _refusal(device, user, now)
    if problem is not None:
        return Refusal(caller, problem)
    if device.pending_token_hash == digest:
        device.token_hash, device.pending_token_hash = digest, None
        device.token_issued_at = now
    if device.last_seen_at is None or now - device.last_seen_at > LAST_SEEN_RESOLUTION:
        device.last_seen_at = now  # not on every call: each write is an fsync
    return caller


def _refusal(device: Device, user: User, now: datetime) -> ApiError | None:
    if device.revoked_at is not None:
        return ApiError(403, ErrorCode.DEVICE_REVOKED, "this device was revoked: wipe it")
    if user.disabled_at is not None:
        return ApiError(403, ErrorCode.USER_DISABLED)
    if user.role not in scope.SYNCING_ROLES:
        return ApiError(403, ErrorCode.ROLE_CANNOT_SYNC)
    last_used = device.last_seen_at or device.token_issued_at or device.enrolled_at
    if now - last_used > UNUSED_EXPIRY:
        return ApiError(401, ErrorCode.TOKEN_EXPIRED, "unused too long: enrol again")
    return None


def issue_token(device: Device, now: datetime | None = None) -> str:
    """A fresh token for a device being enrolled; any rotation in flight is dropped."""
    token = new_device_token()
    device.token_hash = token_digest(token)
    device.pending_token_hash = None
    device.token_issued_at = now or utcnow()
    return token


def rotate_if_due(device: Device, now: datetime | None = None) -> str | None:
    """A new token when the current one is old enough; the current one stays valid."""
    now = now or utcnow()
    if device.token_issued_at is not None and now - device.token_issued_at < ROTATE_AFTER:
        return None
    token = new_device_token()
    device.pending_token_hash = token_digest(token)
    return token


def wipe_devices_of(session: Session, user_id: str, now: datetime | None = None) -> int:
    """Revoke every device of a user: each wipes its store at its next contact."""
    result = session.execute(
        update(Device)
        .where(Device.user_id == user_id, Device.revoked_at.is_(None))
        .values(revoked_at=now or utcnow())
    )
    return int(getattr(result, "rowcount", 0) or 0)


# -- enrolment codes -------------------------------------------------------------------


def issue_enrolment_code(session: Session, user: User, now: datetime | None = None) -> str:
    """A new one-time code for `user`; their earlier unused codes are withdrawn."""
    now = now or utcnow()
    session.execute(
        delete(EnrolmentCode).where(
            EnrolmentCode.user_id == user.id, EnrolmentCode.used_at.is_(None)
        )
    )
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    session.add(
        EnrolmentCode(
            code_hash=_code_digest(code), user_id=user.id, created_at=now,
            expires_at=now + CODE_LIFETIME, password_attempts=0,
        )
    )  # fmt: skip
    return f"{code[:5]}-{code[5:]}"


def claim_code_attempt(
    session: Session, user: User | None, code: str, now: datetime | None = None
) -> str | None:
    """Count one password attempt on a valid code of `user`, before the password is
    checked (parallel guesses cannot outrun the count); the code's digest, or None when
    there is no valid code (unknown, expired, used, or out of attempts)."""
    if user is None:
        return None
    now = now or utcnow()
    digest = _code_digest(code)
    result = session.execute(
        update(EnrolmentCode)
        .where(
            EnrolmentCode.code_hash == digest,
            EnrolmentCode.user_id == user.id,
            EnrolmentCode.used_at.is_(None),
            EnrolmentCode.expires_at > now,
            EnrolmentCode.password_attempts < CODE_PASSWORD_ATTEMPTS,
        )
        .values(password_attempts=EnrolmentCode.password_attempts + 1)
    )
    return digest if getattr(result, "rowcount", 0) == 1 else None


def spend_code(session: Session, digest: str, now: datetime | None = None) -> bool:
    """Mark a code used; False when a parallel enrolment spent it first."""
    result = session.execute(
        update(EnrolmentCode)
        .where(EnrolmentCode.code_hash == digest, EnrolmentCode.used_at.is_(None))
        .values(used_at=now or utcnow())
    )
    return getattr(result, "rowcount", 0) == 1


def _code_digest(code: str) -> str:
    """Typed as read out: case, spaces and dashes do not matter."""
    folded = "".join(code.split()).replace("-", "").upper()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()
