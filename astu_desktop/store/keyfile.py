"""The key file: the database key wrapped under a key derived from the passphrase.

The database key is random, so a passphrase change only rewraps these few hundred
bytes instead of re-encrypting the whole database. The Argon2id parameters travel
with the wrapped key, so a store created on a slow laptop still opens on a fast one.
The header (format, KDF parameters, salt) is bound to the ciphertext as AES-GCM
associated data: lowering the parameters in the file makes the unwrap fail.

A failed unwrap alone cannot tell a wrong passphrase from a damaged file, so the file
also carries a checksum of its content (`check`, SHA-256: against damage, not an
attacker, whom the AES-GCM tag stops). A file whose checksum does not match, or whose
ciphertext cannot hold a database key, is damaged: the user is told so, and it never
counts as a wrong passphrase (no added unlock delay). Files written before the
checksum existed are read as before and get one at their next write.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from astu_desktop.store.errors import KeyFileDamaged, WrongPassphrase
from astu_desktop.store.files import write_atomically

FORMAT = "astu-keyfile"
FORMAT_VERSION = 1
DB_KEY_BYTES = 32
MIN_MEMORY_KIB = 64 * 1024
UNLOCK_TARGET_SECONDS = 0.45
MAX_TIME_COST = 64
MAX_PARALLELISM = 64
MAX_MEMORY_KIB = 4 * 1024 * 1024
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; `memory_kib` is in kibibytes."""

    time_cost: int = 2
    memory_kib: int = 256 * 1024
    parallelism: int = 2

    def derive(self, passphrase: str, salt: bytes) -> bytearray:
        """NFC first: the same "ä" typed as one code point or as a+¨ is the same passphrase."""
        raw = hash_secret_raw(
            unicodedata.normalize("NFC", passphrase).encode("utf-8"),
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )
        return bytearray(raw)


def calibrate(target_seconds: float = UNLOCK_TARGET_SECONDS) -> KdfParams:
    """Pick Argon2id costs so that one derivation takes about `target_seconds` here.

    Memory stays at 256 MiB (well above the 64 MiB floor); time cost grows until
    the derivation is slow enough, so an unlock costs roughly 0.3-1 s on this machine.
    """
    params = KdfParams(time_cost=1)
    while True:
        started = time.perf_counter()
        params.derive("calibration", b"\0" * 16)
        elapsed = time.perf_counter() - started
        if elapsed >= target_seconds * 0.8 or params.time_cost >= 12:
            return params
        wanted = max(params.time_cost + 1, round(params.time_cost * target_seconds / elapsed))
        params = KdfParams(time_cost=min(wanted, 12), memory_kib=params.memory_kib)


def zero(buffer: bytearray) -> None:
    """Overwrite key material in place; Python cannot promise more than this."""
    for index in range(len(buffer)):
        buffer[index] = 0


def new_database_key() -> bytearray:
    return bytearray(secrets.token_bytes(DB_KEY_BYTES))


@dataclass(frozen=True)
class KeyFile:
    """The parsed content of a key file; holds no secret in clear."""

    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def header(self) -> bytes:
        """The associated data: everything an attacker could edit to weaken the unwrap."""
        head = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "kdf": asdict(self.kdf),
            "salt": _b64(self.salt),
        }
        return json.dumps(head, sort_keys=True).encode("ascii")

    def unwrap(self, passphrase: str) -> bytearray:
        wrapping_key = self.kdf.derive(passphrase, self.salt)
        try:
            plain = AESGCM(bytes(wrapping_key)).decrypt(self.nonce, self.ciphertext, self.header())
        except InvalidTag:
            raise WrongPassphrase() from None
        finally:
            zero(wrapping_key)
        return bytearray(plain)

    def checksum(self) -> str:
        content = self.header() + b"\n" + self.nonce + self.ciphertext
        return hashlib.sha256(content).hexdigest()

    def to_json(self) -> bytes:
        body: dict[str, Any] = json.loads(self.header())
        body["alg"] = "AES-256-GCM"
        body["nonce"] = _b64(self.nonce)
        body["ciphertext"] = _b64(self.ciphertext)
        body["check"] = self.checksum()
        return (json.dumps(body, sort_keys=True, indent=1) + "\n").encode("ascii")


def wrap(database_key: bytearray, passphrase: str, kdf: KdfParams) -> KeyFile:
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    unsealed = KeyFile(kdf=kdf, salt=salt, nonce=nonce, ciphertext=b"")
    wrapping_key = kdf.derive(passphrase, salt)
    try:
        ciphertext = AESGCM(bytes(wrapping_key)).encrypt(
            nonce, bytes(database_key), unsealed.header()
        )
    finally:
        zero(wrapping_key)
    return KeyFile(kdf=kdf, salt=salt, nonce=nonce, ciphertext=ciphertext)


def read(path: Path) -> KeyFile:
    try:
        body = json.loads(path.read_bytes())
        if body["format"] != FORMAT or body["version"] != FORMAT_VERSION:
            raise KeyFileDamaged("unknown key file format")
        parsed = KeyFile(
            kdf=KdfParams(**{k: int(v) for k, v in body["kdf"].items()}),
            salt=base64.b64decode(body["salt"], validate=True),
            nonce=base64.b64decode(body["nonce"], validate=True),
            ciphertext=base64.b64decode(body["ciphertext"], validate=True),
        )
        if "check" in body and body["check"] != parsed.checksum():
            raise KeyFileDamaged("checksum mismatch")
    except KeyFileDamaged:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyFileDamaged(type(exc).__name__) from None
    if not _plausible(parsed):
        raise KeyFileDamaged("implausible parameters")
    return parsed


def write(path: Path, keyfile: KeyFile) -> None:
    write_atomically(path, keyfile.to_json())


def _plausible(keyfile: KeyFile) -> bool:
    """Values Argon2 and AES-GCM accept at a cost a laptop can pay.

    An edited or damaged file must end as `KeyFileDamaged`, not as a crash in the KDF
    or an unlock that never finishes.
    """
    kdf = keyfile.kdf
    return (
        1 <= kdf.time_cost <= MAX_TIME_COST
        and 1 <= kdf.parallelism <= MAX_PARALLELISM
        and 8 * kdf.parallelism <= kdf.memory_kib <= MAX_MEMORY_KIB
        and len(keyfile.salt) >= SALT_BYTES
        and len(keyfile.nonce) == NONCE_BYTES
        and len(keyfile.ciphertext) == DB_KEY_BYTES + TAG_BYTES
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
