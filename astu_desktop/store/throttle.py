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
    """The delay is measured on the wall clock and on the monotonic clock, and the
    shorter of the two counts: a wall clock that was wrong (a year ahead, then
    corrected) or went backwards never stretches it past `delay_after`, and the
    monotonic clock (which restarts with the computer) covers the time in between."""

    path: Path
    clock: Clock = time.time
    # None: the system's monotonic clock with the system's wall clock, else (a test's
    # injected wall clock alone) that clock for both.
    monotonic: Clock | None = None

    def check(self) -> None:
        """Raise `UnlockThrottled` while the delay since the last failure is running."""
        failures, last, last_monotonic = self._read()
        remaining = self.remaining(failures, last, last_monotonic)
        if failures and remaining > 0:
            raise UnlockThrottled(remaining)

    def remaining(self, failures: int, last: float, last_monotonic: float | None) -> float:
        delay = delay_after(failures)
        remaining = min(delay, last + delay - self.clock())  # a clock set back: none passed
        now_monotonic = self._monotonic()
        if last_monotonic is not None and now_monotonic >= last_monotonic:
            remaining = min(remaining, last_monotonic + delay - now_monotonic)
        return remaining

    def record_failure(self) -> float:
        failures, _, _ = self._read()
        failures += 1
        state = {
            "failures": failures,
            "last_failure": self.clock(),
            "last_monotonic": self._monotonic(),
        }
        write_atomically(self.path, json.dumps(state).encode("ascii"))
        return delay_after(failures)

    def _monotonic(self) -> float:
        if self.monotonic is not None:
            return self.monotonic()
        return time.monotonic() if self.clock is time.time else self.clock()

    def reset(self) -> None:
        self.path.unlink(missing_ok=True)

    def failures(self) -> int:
        return self._read()[0]

    def _read(self) -> tuple[int, float, float | None]:
        try:
            state = json.loads(self.path.read_text("ascii"))
            monotonic = state.get("last_monotonic")
            return (
                int(state["failures"]),
                float(state["last_failure"]),
                None if monotonic is None else float(monotonic),
            )
        except FileNotFoundError:
            return 0, 0.0, None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            # A damaged counter must not let anyone skip the delay: count it as many
            # failures, timed from when the file was last written.
            return 8, self.path.stat().st_mtime, None
