"""Small file helpers for writes that must survive a power cut half-way.

Every file the app writes (exports, reports, the key file) goes through
`write_atomically`: the new content is written to a temporary file created
exclusively (`O_EXCL | O_NOFOLLOW`, a random name) in the target's folder, then
renamed over the target. Nobody can plant a symbolic link at a predictable
temporary name to make an export overwrite another file, and a symbolic link at the
target itself is replaced, never followed.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

TEMPORARY_PREFIX = ".astu-"
CREATE_TRIES = 16


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` so that `path` holds either the old or the new content, never a mix."""
    temporary, descriptor = _create_exclusively(path.parent)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(descriptor, view) :]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def _create_exclusively(folder: Path) -> tuple[Path, int]:
    """A new file of a random name (saying nothing of its content), only ours to write."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(CREATE_TRIES):
        candidate = folder / f"{TEMPORARY_PREFIX}{secrets.token_hex(8)}.tmp"
        try:
            return candidate, os.open(candidate, flags, 0o600)
        except FileExistsError:
            continue
    raise FileExistsError("no free temporary name")


def fsync_directory(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
