"""The files that belong to one case store, named from its database path.

A module of its own, without the database code: the unlock dialog reads the
wrong-passphrase counter before anything else of the store is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StorePaths:
    database: Path

    @property
    def keyfile(self) -> Path:
        return self._beside(".key")

    @property
    def pending_keyfile(self) -> Path:
        return self._beside(".key.pending")

    @property
    def throttle(self) -> Path:
        return self._beside(".unlock")

    @property
    def backups(self) -> Path:
        return self._beside(".backups")

    @property
    def wal(self) -> Path:
        """SQLite's write-ahead log: committed pages not yet folded into the database."""
        return self._beside("-wal")

    def sidecars(self) -> list[Path]:
        return [self.wal, self._beside("-shm")]

    def _beside(self, suffix: str) -> Path:
        return self.database.with_name(self.database.name + suffix)
