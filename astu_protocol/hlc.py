"""Hybrid logical clock stamps: wall time in ms, a counter, and the device id.

A stamp never goes backwards on one device, even when the wall clock does, and it
orders edits across devices by "happened after" where that is known. Encoded stamps
are fixed-width strings, so comparing two encoded stamps compares the stamps.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

WALL_DIGITS = 15
COUNTER_DIGITS = 9  # a wall clock stuck far ahead must not overflow it


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device_id: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.device_id}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        wall, counter, device_id = text.split(".", 2)
        if len(wall) != WALL_DIGITS or len(counter) != COUNTER_DIGITS or not device_id:
            raise ValueError("not a clock stamp")
        return cls(int(wall), int(counter), device_id)


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(last_wall_ms: int, last_counter: int, now_ms: int) -> tuple[int, int]:
    """The next local stamp after (last_wall_ms, last_counter) at physical time now_ms."""
    if now_ms > last_wall_ms:
        return now_ms, 0
    return last_wall_ms, last_counter + 1


def receive(
    last_wall_ms: int, last_counter: int, remote_wall_ms: int, remote_counter: int, now_ms: int
) -> tuple[int, int]:
    """Advance the local clock past a stamp seen from another device."""
    wall = max(last_wall_ms, remote_wall_ms, now_ms)
    if wall == last_wall_ms == remote_wall_ms:
        return wall, max(last_counter, remote_counter) + 1
    if wall == last_wall_ms:
        return wall, last_counter + 1
    if wall == remote_wall_ms:
        return wall, remote_counter + 1
    return wall, 0
