"""Small random draws shared by the staff and the client stories."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import TypeVar

from astu_desktop.services.seed.data.housing import STREETS, Street
from astu_desktop.services.seed.data.people import NamePool

T = TypeVar("T")


def weighted(rng: random.Random, weights: Mapping[T, int]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def first_name(rng: random.Random, pool: NamePool, female: bool) -> str:
    return rng.choice(pool.female if female else pool.male)


def last_name(rng: random.Random, pool: NamePool, female: bool) -> str:
    """Where surnames inflect by sex (Russian), a woman gets the female form."""
    return rng.choice(pool.last_female if female and pool.last_female else pool.last)


def mobile_number(rng: random.Random) -> str:
    return f"{rng.choice(('040', '044', '050'))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def street_address(rng: random.Random) -> tuple[Street, str]:
    """A quarter are houses without stairs; the rest are flats ("Siilitie 5 B 12")."""
    street = rng.choice(STREETS)
    number = rng.randint(1, 60)
    if rng.random() < 0.25:
        return street, f"{street.name} {number}"
    stair, flat = rng.choice("ABCD"), rng.randint(1, 60)
    return street, f"{street.name} {number} {stair} {flat}"
