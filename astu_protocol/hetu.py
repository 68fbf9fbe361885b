"""The Finnish personal identity code (henkilötunnus, HETU).

DDMMYYCZZZQ: birth date, century sign, individual number, check character. Since
2023 the 1900s may also be written with Y, X, W, V or U and the 2000s with B-F, so
`010594Y9032` and `010594-9032` are *different* codes of different people: the
century sign is kept exactly as entered, never normalised. Individual numbers
900-999 are temporary and test codes and are valid.

One code, one person: the laptop and the server both read a code through
`parse_hetu`, so every way of typing the same code gives the same stored text and
the same unique key. Before the code is read it is normalised:
- Unicode NFKC (full-width digits and letters become ASCII), then upper case, so
  `010594y9032` is `010594Y9032`;
- Cyrillic and Greek capitals that look like the Latin letters of a code (У for Y,
  А for A, Е for E, Н for H ...) and the dash family (‐ ‑ ‒ – — −) are folded to
  them: a pasted look-alike is the same person, never a second client;
- invisible characters (bidi controls such as the right-to-left override, zero-width
  characters, soft hyphens, any control character) are refused, not removed: a code
  that displays differently from what it is was not typed by a worker.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from astu_protocol.service_day import service_today

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY_BY_SIGN = {
    "+": 1800,
    "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
    "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000,
}  # fmt: skip
SIGNS_BY_CENTURY = {
    1800: "+",
    1900: "-YXWVU",
    2000: "ABCDEF",
}
# Look-alikes of the letters a code can hold (after upper-casing), folded to Latin.
_CONFUSABLES = str.maketrans(
    "АВСЕНКМОРТХУЅЈІΑΒΕΖΗΙΚΜΝΟΡΤΥΧ‐‑‒–—―−﹣",
    "ABCEHKMOPTXYSJIABEZHIKMNOPTYX--------",
)
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_SHAPE = re.compile(r"^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$", re.ASCII)


class Sex(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"


class HetuProblem(enum.StrEnum):
    """Why a code was refused; the UI turns each into a sentence in the user's language."""

    EMPTY = "empty"
    HIDDEN_CHARACTERS = "hidden_characters"
    SHAPE = "shape"
    CENTURY_SIGN = "century_sign"
    DATE = "date"
    FUTURE_DATE = "future_date"
    INDIVIDUAL_NUMBER = "individual_number"
    CHECKSUM = "checksum"


class InvalidHetu(ValueError):
    """A henkilötunnus that is not valid. The message never repeats the code itself."""

    def __init__(self, problem: HetuProblem) -> None:
        super().__init__(f"invalid henkilötunnus: {problem.value}")
        self.problem = problem


@dataclass(frozen=True)
class Hetu:
    code: str
    birth_date: date
    sex: Sex
    temporary: bool

    def __str__(self) -> str:
        return self.code

    def masked(self) -> str:
        """The birth date part only, as shown in lists until someone reveals the rest."""
        return self.code[:7] + "****"


def masked_for_display(text: str) -> str:
    """The masked code for a list or a header; a value that is no henkilötunnus (a key
    set aside for a moment during a sync, see sync/duplicates.py) shows as a dash."""
    try:
        return parse_hetu(text).masked()
    except InvalidHetu:
        return "–"


def check_character(birth_digits: str, individual: str) -> str:
    return CHECK_CHARACTERS[int(birth_digits + individual) % 31]


def parse_hetu(text: str, *, today: date | None = None) -> Hetu:
    """Validate a henkilötunnus and derive its birth date and sex."""
    code = normalise_hetu(text)
    if not code:
        raise InvalidHetu(HetuProblem.EMPTY)
    match = _SHAPE.match(code)
    if match is None:
        raise InvalidHetu(_shape_problem(code))
    day, month, year2, sign, individual, check = match.groups()
    century = CENTURY_BY_SIGN.get(sign)
    if century is None:
        raise InvalidHetu(HetuProblem.CENTURY_SIGN)
    try:
        born = date(century + int(year2), int(month), int(day))
    except ValueError:
        raise InvalidHetu(HetuProblem.DATE) from None
    if born > (today or service_today()):
        raise InvalidHetu(HetuProblem.FUTURE_DATE)
    if int(individual) < 2:
        raise InvalidHetu(HetuProblem.INDIVIDUAL_NUMBER)
    if check_character(day + month + year2, individual) != check:
        raise InvalidHetu(HetuProblem.CHECKSUM)
    sex = Sex.MALE if int(individual) % 2 else Sex.FEMALE
    return Hetu(code=code, birth_date=born, sex=sex, temporary=int(individual) >= 900)


def normalise_hetu(text: str) -> str:
    """The code as it is stored and compared, or `InvalidHetu` for hidden characters."""
    if any(unicodedata.category(char) in _INVISIBLE_CATEGORIES for char in text):
        raise InvalidHetu(HetuProblem.HIDDEN_CHARACTERS)
    return unicodedata.normalize("NFKC", text).strip().upper().translate(_CONFUSABLES)


def is_valid_hetu(text: str, *, today: date | None = None) -> bool:
    try:
        parse_hetu(text, today=today)
    except InvalidHetu:
        return False
    return True


def make_hetu(birth_date: date, individual: int, sign: str | None = None) -> str:
    """Build a valid code; used by the synthetic caseload (with 900-999) and by tests."""
    signs = SIGNS_BY_CENTURY[birth_date.year // 100 * 100]
    chosen = sign if sign is not None else signs[0]
    if chosen not in signs:
        raise ValueError("century sign does not match the birth year")
    digits = birth_date.strftime("%d%m%y")
    number = f"{individual:03d}"
    return f"{digits}{chosen}{number}{check_character(digits, number)}"


def _shape_problem(code: str) -> HetuProblem:
    if len(code) == 11 and code.isascii() and code[:6].isdigit() and code[7:10].isdigit():
        return HetuProblem.CENTURY_SIGN
    return HetuProblem.SHAPE
