"""Hybrid logical clock stamps: never backwards on one device, comparable as text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from astu_protocol.hlc import Stamp, receive, tick

walls = st.integers(min_value=0, max_value=10**15 - 1)
counters = st.integers(min_value=0, max_value=10**6 - 2)
devices = st.uuids().map(str)


def test_tick_follows_the_wall_clock_when_it_moves_forward() -> None:
    assert tick(1_000, 7, 2_000) == (2_000, 0)


@pytest.mark.parametrize("now", [1_000, 999, 0])
def test_tick_counts_up_when_the_wall_clock_stands_still_or_goes_back(now: int) -> None:
    assert tick(1_000, 7, now) == (1_000, 8)


@settings(max_examples=200)
@given(walls, counters, st.lists(walls, max_size=30))
def test_ticks_strictly_increase_whatever_the_wall_clock_does(
    wall: int, counter: int, readings: list[int]
) -> None:
    last = (wall, counter)
    for now in readings:
        following = tick(*last, now)
        assert following > last
        last = following


@settings(max_examples=200)
@given(walls, counters, walls, counters, walls)
def test_receive_moves_past_both_clocks(
    wall: int, counter: int, remote_wall: int, remote_counter: int, now: int
) -> None:
    after = receive(wall, counter, remote_wall, remote_counter, now)
    assert after > (wall, counter)
    assert after > (remote_wall, remote_counter)
    assert after[0] >= now


@settings(max_examples=200)
@given(walls, counters, devices, walls, counters, devices)
def test_encoded_stamps_sort_like_stamps(
    wall_a: int, counter_a: int, device_a: str, wall_b: int, counter_b: int, device_b: str
) -> None:
    first, second = Stamp(wall_a, counter_a, device_a), Stamp(wall_b, counter_b, device_b)
    assert Stamp.decode(first.encode()) == first
    assert (first.encode() < second.encode()) == (first < second)


@pytest.mark.parametrize(
    "text",
    ["", "1.2.device", "000000000001000.000001", "000000000001000.000001.", "12.000001.d"],
)
def test_decode_refuses_what_is_not_a_stamp(text: str) -> None:
    with pytest.raises(ValueError, match=r"stamp|unpack"):
        Stamp.decode(text)
