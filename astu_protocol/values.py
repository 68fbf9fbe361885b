"""Value types with limits: what a synced field may hold, checked the same on both sides.

Each synced column declares one of these (see `astu_protocol.tables`). The laptop
checks a value before its change enters the outbox, the server before it stores it,
and both again when a stored value is read into a feed page or applied from one, so
a value one side would refuse never reaches the other, and one that got in anyway
(an older version, a bug) is set aside alone instead of breaking every sync.

Values are checked in their JSON form, the form they travel in. A value is stored
exactly as given or refused; the one exception is the henkilötunnus, which both sides
normalise through the same parser so that every way of typing a code is one person.

No SQLAlchemy, Qt or FastAPI here: this module is the contract the two sides share.
"""

from __future__ import annotations

import enum
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from astu_protocol.hetu import InvalidHetu, parse_hetu

EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2100, 12, 31)
MAX_LONG_TEXT = 100_000  # characters of a free text without a column limit
MAX_DOCUMENT_BYTES = 256 * 1024  # a form's answers, as UTF-8 JSON
MAX_DOCUMENT_DEPTH = 6  # answers > a group's rows > a row > a list of choices
MAX_JSON_INTEGER = 2**53  # what every JSON reader keeps exactly
MAX_MOMENT_LENGTH = 40
MAX_CODES_IN_LIST = 20
_ROW_ID = re.compile(r"^[0-9A-Za-z-]{1,36}$")
MAX_DOCUMENT_KEY = 64
_SURROGATE = re.compile("[\ud800-\udfff]")
# Control characters (Unicode category Cc), the line and paragraph separators, and the
# bidirectional embeddings, overrides and isolates: after U+202E a stored "nenatriV"
# shows as "Virtanen" on the screen and on paper (a name that no search finds), and a
# note can read other than it stores ("Trojan Source"). The direction marks U+200E and
# U+200F and the joiners stay: Arabic or Persian text needs them, and they reorder
# nothing. A long text keeps newline and tab.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI_CONTROLS}]")
_CONTROL_IN_LONG_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{_BIDI_CONTROLS}]")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")

_ISO_639_1_CODES = (
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu "
    "cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi "
    "ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks "
    "ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl "
    "nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl "
    "sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve "
    "vi vo wa wo xh yi yo za zh zu"
)
ISO_639_1 = frozenset(_ISO_639_1_CODES.split())


class ValueProblem(enum.StrEnum):
    """Why a value was refused; each side turns the code into a sentence of its own."""

    MISSING = "missing"
    WRONG_TYPE = "wrong_type"
    NOT_UNICODE = "not_unicode"  # a lone UTF-16 surrogate: no valid text holds one
    CONTROL_CHARACTERS = "control_characters"
    LINE_BREAK = "line_break"  # in a name or another one-line text
    TOO_LONG = "too_long"
    OUT_OF_RANGE = "out_of_range"  # a number, a date or a time outside its limits
    NO_TIME_ZONE = "no_time_zone"
    NOT_A_DATE = "not_a_date"
    UNKNOWN_CODE = "unknown_code"
    INVALID_HETU = "invalid_hetu"
    NOT_AN_ID = "not_an_id"
    TOO_LARGE = "too_large"  # a document over its byte limit
    INVALID_ANSWERS = "invalid_answers"  # not valid against the form's definition


@dataclass(frozen=True)
class ValueType:
    """A kind of value with its limits. `problem` says why a JSON value is refused."""

    def problem(self, value: object) -> ValueProblem | None:
        raise NotImplementedError

    def normalised(self, value: object) -> object:
        """The value as it is stored; only a henkilötunnus is ever changed."""
        return value


@dataclass(frozen=True)
class Text(ValueType):
    """Valid Unicode, no control characters, bounded; one line unless `multiline`.

    A long text keeps newlines and tabs; a name, an address or a phone number is one
    line (a line break in one would rewrite the line of a list or a printout).
    """

    max_length: int = MAX_LONG_TEXT
    multiline: bool = False

    def problem(self, value: object) -> ValueProblem | None:
        if not isinstance(value, str):
            return ValueProblem.WRONG_TYPE
        if len(value) > self.max_length:
            return ValueProblem.TOO_LONG
        return text_problem(value, multiline=self.multiline)


def text_problem(value: str, *, multiline: bool) -> ValueProblem | None:
    """The problem of a text's characters (surrogates, controls, line breaks), if any.

    Regular expressions, not a loop in Python: every text of every pulled page passes
    here on both sides, and a first sync carries the whole scope.
    """
    if _SURROGATE.search(value):
        return ValueProblem.NOT_UNICODE
    found = (_CONTROL_IN_LONG_TEXT if multiline else _CONTROL).search(value)
    if found is None:
        return None
    if not multiline and found.group() in _LINE_BREAKS:
        return ValueProblem.LINE_BREAK
    return ValueProblem.CONTROL_CHARACTERS


@dataclass(frozen=True)
class Hetu(ValueType):
    """A henkilötunnus, read (and normalised) by the one parser both sides use."""

    def problem(self, value: object) -> ValueProblem | None:
        if not isinstance(value, str):
            return ValueProblem.WRONG_TYPE
        if len(value) > 64:
            return ValueProblem.TOO_LONG
        try:
            parse_hetu(value)
        except InvalidHetu:
            return ValueProblem.INVALID_HETU
        return None

    def normalised(self, value: object) -> object:
        return parse_hetu(value).code if isinstance(value, str) else value


@dataclass(frozen=True)
class Day(ValueType):
    """An ISO date (YYYY-MM-DD) between 1900 and 2100."""

    def problem(self, value: object) -> ValueProblem | None:
        if not isinstance(value, str):
            return ValueProblem.WRONG_TYPE
        if len(value) != 10:
            return ValueProblem.NOT_A_DATE
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return ValueProblem.NOT_A_DATE
        return None if EARLIEST_DAY <= day <= LATEST_DAY else ValueProblem.OUT_OF_RANGE


@dataclass(frozen=True)
class Moment(ValueType):
    """An ISO date and time with its offset from UTC, between 1900 and 2100 in UTC."""

    def problem(self, value: object) -> ValueProblem | None:
        if not isinstance(value, str):
            return ValueProblem.WRONG_TYPE
        if len(value) > MAX_MOMENT_LENGTH:
            return ValueProblem.TOO_LONG
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return ValueProblem.NOT_A_DATE
        if moment.tzinfo is None or moment.utcoffset() is None:
            return ValueProblem.NO_TIME_ZONE
        try:
            day = moment.astimezone(UTC).date()
        except OverflowError:
            return ValueProblem.OUT_OF_RANGE
        return None if EARLIEST_DAY <= day <= LATEST_DAY else ValueProblem.OUT_OF_RANGE


@dataclass(frozen=True)
class Integer(ValueType):
    """A whole number within [low, high] (money is whole cents)."""

    low: int = 0
    high: int = MAX_JSON_INTEGER

    def problem(self, value: object) -> ValueProblem | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return ValueProblem.WRONG_TYPE
        return None if self.low <= value <= self.high else ValueProblem.OUT_OF_RANGE


@dataclass(frozen=True)
class Flag(ValueType):
    def problem(self, value: object) -> ValueProblem | None:
        return None if isinstance(value, bool) else ValueProblem.WRONG_TYPE


@dataclass(frozen=True)
class Code(ValueType):
    """One code of a fixed list."""

    codes: frozenset[str] = frozenset()

    def problem(self, value: object) -> ValueProblem | None:
        if not isinstance(value, str):
            return ValueProblem.WRONG_TYPE
        return None if value in self.codes else ValueProblem.UNKNOWN_CODE


@dataclass(frozen=True)
class CodeList(ValueType):
    """A list of distinct codes of a fixed list (a client's languages)."""

    codes: frozenset[str] = frozenset()
    max_items: int = MAX_CODES_IN_LIST

    def problem(self, value: object) -> ValueProblem | None:
        if not isinstance(value, list):
            return ValueProblem.WRONG_TYPE
        if len(value) > self.max_items:
            return ValueProblem.TOO_LONG
        if not all(isinstance(item, str) for item in value):
            return ValueProblem.WRONG_TYPE
        return None if set(value) <= self.codes else ValueProblem.UNKNOWN_CODE


@dataclass(frozen=True)
class RowRef(ValueType):
    """The id of a row (of the table the field refers to)."""

    def problem(self, value: object) -> ValueProblem | None:
        return None if valid_row_id(value) else ValueProblem.NOT_AN_ID


@dataclass(frozen=True)
class Document(ValueType):
    """A JSON object of answers: at most 256 KiB, short one-line keys, valid text.

    Whether the answers fit their form's definition and version is a rule of the
    row (it needs the form's key and version): see `astu_protocol.validation`.
    """

    max_bytes: int = MAX_DOCUMENT_BYTES

    def problem(self, value: object) -> ValueProblem | None:
        if not isinstance(value, dict):
            return ValueProblem.WRONG_TYPE
        found = _json_problem(value, 0)
        if found is not None:
            return found
        size = len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())
        return ValueProblem.TOO_LARGE if size > self.max_bytes else None


def _json_problem(value: object, depth: int) -> ValueProblem | None:
    """Text that is text, numbers JSON keeps, and no nesting deeper than forms go."""
    if depth > MAX_DOCUMENT_DEPTH:
        return ValueProblem.TOO_LARGE
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return None if abs(value) <= MAX_JSON_INTEGER else ValueProblem.OUT_OF_RANGE
    if isinstance(value, float):
        return None if math.isfinite(value) else ValueProblem.OUT_OF_RANGE
    if isinstance(value, str):
        return text_problem(value, multiline=True)
    if isinstance(value, list):
        return _first(_json_problem(item, depth + 1) for item in value)
    if isinstance(value, Mapping):
        for key in value:
            if not isinstance(key, str) or len(key) > MAX_DOCUMENT_KEY:
                return ValueProblem.WRONG_TYPE
            if text_problem(key, multiline=False) is not None:
                return ValueProblem.CONTROL_CHARACTERS
        return _first(_json_problem(item, depth + 1) for item in value.values())
    return ValueProblem.WRONG_TYPE


def _first(problems: Iterable[ValueProblem | None]) -> ValueProblem | None:
    return next((problem for problem in problems if problem is not None), None)


def valid_row_id(value: object) -> bool:
    return isinstance(value, str) and bool(_ROW_ID.match(value))
