"""A growing delay after wrong passphrases that survives a restart of the program.

The state lives in its own small file beside the database, so a failed unlock never
touches a byte of the database or the key file. It holds only a count and a time.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from astu_desktop.store.errors import UnlockThrottled
from astu_desktop.store.files import write_atomically

Clock = Callable[[], float]
MAX_DELAY_SECONDS = 300.0


def delay_after(failures: int) -> float:
    """1 s after the first wrong passphrase, doubling each time, at most five minutes."""
    if failures <= 0:
        return 0.0
    return min(MAX_DELAY_SECONDS, 2.0 ** (failures - 1))


@dataclass
class UnlockThrottle:
    path: Path
    clock: Clock = time.time

    def check(self) -> None:
        """Raise `UnlockThrottled` while the delay since the last failure is running."""
        failures, last = self._read()
        remaining = last + delay_after(failures) - self.clock()
        if failures and remaining > 0:
            raise UnlockThrottled(remaining)

    def record_failure(self) -> float:
        failures, _ = self._read()
        failures += 1
        state = {"failures": failures, "last_failure": self.clock()}
        write_atomically(self.path, json.dumps(state).encode("ascii"))
        return delay_after(failures)

    def reset(self) -> None:
        self.path.unlink(missing_ok=True)

    def failures(self) -> int:
        return self._read()[0]

    def _read(self) -> tuple[int, float]:
        try:
            state = json.loads(self.path.read_text("ascii"))
            return int(state["failures"]), float(state["last_failure"])
        except FileNotFoundError:
            return 0, 0.0
        except (OSError, ValueError, KeyError, TypeError):
            # A damaged counter must not let anyone skip the delay: count it as many
            # failures, timed from when the file was last written.
            return 8, self.path.stat().st_mtime
