"""Sums of money as typed by a worker, read exactly or refused; stored as whole cents.

One parser for every money field of the app (form answers, the rent-debt process),
outside Qt so the domain, the CLI and the tests use the same rule. A spin box that
reads "12500.50" in a Finnish locale as 1 250 050 taught the rule: a number is never
scaled. A comma or a point is the decimal separator when it is the only one;
spaces (also non-breaking and narrow ones) group thousands; when both a comma and a
point appear, the last one separates the decimals and the other must group
thousands. Anything that could mean two different sums is refused with a reason.
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal

MONEY_LIMIT_CENTS = 99_999_999_99  # 99 999 999,99 €: more than any debt of the service

_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")
_CURRENCY = re.compile(r"(€|eur|euroa|euro)$", re.IGNORECASE)
_MINUS = ("-", "\u2212", "\u2013")
_DIGITS = re.compile(r"^\d+$")
_GROUPED = re.compile(r"^\d{1,3}( \d{3})+$")


class MoneyProblem(enum.StrEnum):
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_MANY_DECIMALS = "too_many_decimals"
    AMBIGUOUS = "ambiguous_number"
    TOO_LARGE = "too_large"


class MoneyRefused(ValueError):
    """The text is not one exact sum; `problem` says why (the UI words it)."""

    def __init__(self, problem: MoneyProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def parse_money(text: str, *, limit_cents: int = MONEY_LIMIT_CENTS) -> int | None:
    """Whole cents of the typed sum; None when nothing was typed; MoneyRefused otherwise."""
    bare = _CURRENCY.sub("", _SPACES.sub(" ", text).strip()).strip()
    if not bare:
        return None
    if bare.startswith(_MINUS):
        raise MoneyRefused(MoneyProblem.NEGATIVE)
    whole, decimals = _split_decimals(bare)
    if not _is_whole_number(whole):
        raise MoneyRefused(MoneyProblem.NOT_A_NUMBER)
    if decimals and not _DIGITS.match(decimals):
        raise MoneyRefused(MoneyProblem.NOT_A_NUMBER)
    if len(decimals) > 2:
        raise MoneyRefused(MoneyProblem.TOO_MANY_DECIMALS)
    cents = int(Decimal(f"{whole.replace(' ', '') or '0'}.{decimals or '0'}") * 100)
    if cents > limit_cents:
        raise MoneyRefused(MoneyProblem.TOO_LARGE)
    return cents


def _split_decimals(text: str) -> tuple[str, str]:
    """The whole part (thousands grouped by spaces) and the decimals, or a refusal."""
    marks = [char for char in text if char in ",."]
    if not marks:
        return text, ""
    last = marks[-1]
    other = "." if last == "," else ","
    if marks.count(last) > 1:
        if other in marks:
            raise MoneyRefused(MoneyProblem.AMBIGUOUS)  # 1.234,5.6
        return _grouping_only(text, last), ""  # 1.234.567 groups thousands
    whole, _, decimals = text.rpartition(last)
    if other in whole:
        if other in decimals:
            raise MoneyRefused(MoneyProblem.AMBIGUOUS)
        whole = _grouping_only(whole, other)  # 12.500,50 or 12,500.50
    elif len(decimals) == 3 and _DIGITS.match(decimals) and whole.strip() not in ("", "0"):
        raise MoneyRefused(MoneyProblem.AMBIGUOUS)  # 1.234: one euro or a thousand?
    return whole.strip(), decimals


def _grouping_only(text: str, mark: str) -> str:
    """Thousands grouped by `mark` (three digits a group), as a space-grouped number."""
    spaced = text.replace(" ", "")
    grouped = spaced.replace(mark, " ")
    if not _GROUPED.match(grouped):
        raise MoneyRefused(MoneyProblem.AMBIGUOUS)
    return grouped


def _is_whole_number(text: str) -> bool:
    """Digits, or groups of three after one to three digits (12 500); empty for ",50"."""
    return text == "" or bool(_DIGITS.match(text) or _GROUPED.match(text))


def cents_text(cents: int, *, decimal_mark: str = ",", group_mark: str = "\u00a0") -> str:
    """12 500,50 for 1 250 050 cents: what the parser reads back to the same cents."""
    whole, rest = divmod(cents, 100)
    grouped = f"{whole:,}".replace(",", group_mark)
    return f"{grouped}{decimal_mark}{rest:02d}"
