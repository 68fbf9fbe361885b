"""What makes a passphrase acceptable for a store that holds clients' health data."""

from __future__ import annotations

import enum

MIN_LENGTH = 12
_OBVIOUS = {
    "salasana", "password", "lösenord", "qwerty", "asdfgh", "123456", "helsinki",
    "asumisentuki", "astu", "kesä", "talvi", "syksy", "kevät", "passphrase", "tunnussana",
}  # fmt: skip


class PassphraseProblem(enum.StrEnum):
    TOO_SHORT = "too_short"
    OBVIOUS = "obvious"
    REPETITIVE = "repetitive"


def passphrase_problems(passphrase: str) -> list[PassphraseProblem]:
    problems = []
    if len(passphrase) < MIN_LENGTH:
        problems.append(PassphraseProblem.TOO_SHORT)
    folded = passphrase.casefold()
    stripped = folded.strip("0123456789!?.,-_ ")
    if stripped in _OBVIOUS or folded in _OBVIOUS or _is_sequence(folded):
        problems.append(PassphraseProblem.OBVIOUS)
    if passphrase and len(set(folded)) <= max(2, len(folded) // 5):
        problems.append(PassphraseProblem.REPETITIVE)
    return problems


def strength(passphrase: str) -> int:
    """A 0-4 score for the strength meter: length and variety, minus obvious patterns."""
    if passphrase_problems(passphrase):
        return 0 if len(passphrase) < 8 else 1
    classes = sum(
        any(test(ch) for ch in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(passphrase.split())
    score = 2 + (len(passphrase) >= 16) + (classes >= 3 or words >= 4)
    return min(score, 4)


def _is_sequence(text: str) -> bool:
    digits = "0123456789" * 3
    letters = "abcdefghijklmnopqrstuvwxyzåäö"
    return len(text) >= 4 and (
        text in digits * 2 or text in letters or text in "qwertyuiopåasdfghjklöä"
    )
