"""Small real disks for the storage-fault tests: a tmpfs that fills, an ext4 that fails.

Both need root (mount, losetup): CI runs the suite as root on a fresh machine, and so
does this sandbox. Elsewhere the tests that use them are skipped with that reason.
No mock stands in for the disk: SQLite meets a real ENOSPC, and a real file system
that the kernel turned read-only after an error.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

MiB = 1024 * 1024
_CHUNK = 64 * 1024


def _need_root() -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root (CI runs the suite as root)")


@dataclass
class SmallDisk:
    """A tmpfs of `size_mib`; `fill()` takes every free byte, `make_room()` gives it back."""

    root: Path
    size_mib: int

    @property
    def _filler(self) -> Path:
        return self.root / "filler"

    def fill(self, leave: int = 0) -> None:
        """Write until the disk says ENOSPC (as other programs filling it would), then
        give back `leave` bytes: room to open the store, not for the work to come."""
        with self._filler.open("ab") as filler:
            try:
                while True:
                    filler.write(b"\0" * _CHUNK)
                    filler.flush()
            except OSError as full:
                if full.errno != errno.ENOSPC:
                    raise
        while shutil.disk_usage(self.root).free > 0:  # the last partial chunk
            try:
                with self._filler.open("ab") as filler:
                    filler.write(b"\0" * 4096)
            except OSError:
                break
        if leave:
            size = self._filler.stat().st_size
            with self._filler.open("r+b") as filler:
                filler.truncate(max(0, size - leave))

    def make_room(self) -> None:
        self._filler.unlink(missing_ok=True)

    def grow(self, size_mib: int) -> None:
        subprocess.run(["mount", "-o", f"remount,size={size_mib}m", str(self.root)], check=True)
        self.size_mib = size_mib


@contextlib.contextmanager
def small_disk(folder: Path, size_mib: int) -> Iterator[SmallDisk]:
    _need_root()
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_mib}m,mode=0700", "tmpfs", str(folder)],
        check=True,
    )
    try:
        yield SmallDisk(folder, size_mib)
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@dataclass
class FailingDisk:
    """An ext4 on a loop device, mounted errors=remount-ro: `fail()` makes the kernel
    find an error in it, and it turns read-only at once, open files and all."""

    root: Path
    device: str

    def fail(self) -> None:
        name = Path(self.device).name
        Path(f"/sys/fs/ext4/{name}/trigger_fs_error").write_text("storage-fault test\n")

    @property
    def read_only(self) -> bool:
        for line in Path("/proc/mounts").read_text().splitlines():
            fields = line.split()
            if fields[1] == str(self.root):
                return "ro" in fields[3].split(",") or "emergency_ro" in fields[3]
        return False


@contextlib.contextmanager
def failing_disk(
    folder: Path, image: Path, size_mib: int = 64, *, fresh: bool = True
) -> Iterator[FailingDisk]:
    """A new ext4 in `image`; `fresh=False` mounts the one there again after `e2fsck`
    repaired it (as a restart after a disk error would)."""
    _need_root()
    if shutil.which("losetup") is None or shutil.which("mkfs.ext4") is None:
        pytest.skip("an ext4 loop device needs losetup and mkfs.ext4 (e2fsprogs)")
    if fresh:
        with image.open("wb") as blank:
            blank.truncate(size_mib * MiB)
    found = subprocess.run(
        ["losetup", "--find", "--show", str(image)], capture_output=True, text=True, check=False
    )
    if found.returncode != 0:
        pytest.skip("no loop device here")
    device = found.stdout.strip()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        if fresh:
            subprocess.run(["mkfs.ext4", "-q", "-F", device], check=True)
        else:
            subprocess.run(["e2fsck", "-f", "-y", device], capture_output=True, check=False)
        subprocess.run(["mount", "-o", "errors=remount-ro", device, str(folder)], check=True)
        try:
            yield FailingDisk(folder, device)
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=False)
    finally:
        subprocess.run(["losetup", "-d", device], check=False)
