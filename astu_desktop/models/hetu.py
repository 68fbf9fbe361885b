"""The henkilötunnus, as the laptop and the server share it: see `astu_protocol.hetu`."""

from astu_protocol.hetu import (
    CENTURY_BY_SIGN,
    CHECK_CHARACTERS,
    SIGNS_BY_CENTURY,
    Hetu,
    HetuProblem,
    InvalidHetu,
    Sex,
    check_character,
    is_valid_hetu,
    make_hetu,
    masked_for_display,
    normalise_hetu,
    parse_hetu,
)

__all__ = [
    "CENTURY_BY_SIGN",
    "CHECK_CHARACTERS",
    "SIGNS_BY_CENTURY",
    "Hetu",
    "HetuProblem",
    "InvalidHetu",
    "Sex",
    "check_character",
    "is_valid_hetu",
    "make_hetu",
    "masked_for_display",
    "normalise_hetu",
    "parse_hetu",
]
