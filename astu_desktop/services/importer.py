"""Importing clients from a CSV or JSON file: every row is right, or nothing is imported.

A worker moving a caseload from a spreadsheet must be able to trust that an import
either brought every client in or changed nothing, and be told exactly which rows to
fix. So every row is validated (and checked for duplicates, in the file and in the
store) before the first client is created, and the file is refused as a whole with
every bad row's line number and per-field problem codes. Files that cannot be read at
all get one code. Errors carry codes, line numbers and field names, never values.
"""

from __future__ import annotations

import csv
import enum
import io
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy.orm import Session

from astu_desktop.models.hetu import InvalidHetu, parse_hetu
from astu_desktop.services.clients import (
    ROW,
    ClientInput,
    FieldProblems,
    InvalidClient,
    create_clients,
    parse_client_input,
    taken_hetus,
)

if TYPE_CHECKING:
    from _csv import Reader as CsvReader

MAX_FILE_BYTES = 32 * 1024 * 1024  # a 10,000-client CSV is about 1 MB
MAX_LINE_CHARS = 10_000  # a CSV client row is well under 1,000 characters
_BATCH = 500  # clients created (and flushed with their outbox rows) at a time


class Unreadable(enum.StrEnum):
    """Why a file could not be read as an import file at all."""

    CANNOT_OPEN = "cannot_open"
    TOO_LARGE = "too_large"
    EMPTY_FILE = "empty_file"
    NOT_UTF8 = "not_utf8"
    BINARY_CONTENT = "binary_content"
    LINE_TOO_LONG = "line_too_long"
    MALFORMED_CSV = "malformed_csv"
    MALFORMED_JSON = "malformed_json"
    WRONG_STRUCTURE = "wrong_structure"
    MISSING_COLUMNS = "missing_columns"
    DUPLICATE_COLUMNS = "duplicate_columns"
    UNKNOWN_COLUMNS = "unknown_columns"
    NO_ROWS = "no_rows"


class RowProblem(enum.StrEnum):
    """Row problems found by the importer itself (field problems come from the service)."""

    DUPLICATE_IN_FILE = "duplicate_in_file"
    ALREADY_IN_STORE = "already_in_store"
    COLUMN_COUNT = "column_count"
    VALUE_WITHOUT_COLUMN = "value_without_column"


class ImportFailed(Exception):
    """Base of the importer's errors; nothing was imported when one is raised."""

    code: ClassVar[str] = "import_failed"


class ImportFileUnreadable(ImportFailed):
    code = "import_file_unreadable"

    def __init__(
        self,
        reason: Unreadable,
        *,
        line: int | None = None,
        fields: tuple[str, ...] = (),
        column_numbers: tuple[int, ...] = (),
    ) -> None:
        where = f" at line {line}" if line is not None else ""
        super().__init__(f"import file unreadable: {reason.value}{where}")
        self.reason = reason
        self.line = line
        self.fields = fields  # our field names, for missing or repeated columns
        self.column_numbers = column_numbers  # 1-based, for columns we do not know


@dataclass(frozen=True)
class BadRow:
    """`index` is the 1-based position among the data rows (the JSON list index)."""

    index: int
    line: int | None
    problems: FieldProblems


class ImportRejected(ImportFailed):
    code = "import_rejected"

    def __init__(self, bad_rows: list[BadRow], total_rows: int) -> None:
        super().__init__(f"import rejected: {len(bad_rows)} of {total_rows} rows have problems")
        self.bad_rows = bad_rows
        self.total_rows = total_rows


@dataclass(frozen=True)
class ImportResult:
    """What was created, for the caller's access log entry and the worker's summary."""

    file_format: str
    client_ids: tuple[str, ...]

    @property
    def created(self) -> int:
        return len(self.client_ids)


def import_clients(session: Session, path: Path) -> ImportResult:
    """Create every client in the file in the caller's transaction, or raise and add none."""
    text, file_format = _read_text(path)
    rows = _json_rows(text) if file_format == "json" else _csv_rows(text)
    clients = _validate_all(session, rows)
    return ImportResult(file_format, _create_all(session, clients))


# -- reading the file -------------------------------------------------------------

_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _read_text(path: Path) -> tuple[str, str]:
    data = _read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as undecodable:
        line = data.count(b"\n", 0, undecodable.start) + 1
        raise ImportFileUnreadable(Unreadable.NOT_UTF8, line=line) from None
    binary = _BINARY.search(text)
    if binary is not None:
        line = text.count("\n", 0, binary.start()) + 1
        raise ImportFileUnreadable(Unreadable.BINARY_CONTENT, line=line)
    if not text.strip():
        raise ImportFileUnreadable(Unreadable.EMPTY_FILE)
    return text, _file_format(path, text)


def _read_bytes(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise ImportFileUnreadable(Unreadable.CANNOT_OPEN)
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError:
        raise ImportFileUnreadable(Unreadable.CANNOT_OPEN) from None
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileUnreadable(Unreadable.TOO_LARGE)
    return data


def _file_format(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    return "json" if text.lstrip()[:1] in ("[", "{") else "csv"


# -- CSV ----------------------------------------------------------------------------

REQUIRED_COLUMNS = ("first_names", "last_name", "hetu")
MOTHER_TONGUE = "mother_tongue"  # äidinkieli: the preferred language unless one is given
_HEADER_NAMES = {
    "first_names": ("etunimet", "etunimi", "first_names", "first_name", "förnamn"),
    "last_name": ("sukunimi", "last_name", "surname", "efternamn"),
    "hetu": ("henkilötunnus", "henkilotunnus", "hetu", "personbeteckning"),
    "phone": ("puhelin", "puhelinnumero", "phone", "telefon"),
    "street_address": ("osoite", "katuosoite", "street_address", "address", "adress"),
    "postal_code": ("postinumero", "postal_code", "postnummer"),
    "city": ("postitoimipaikka", "city", "postanstalt"),
    "languages": ("kielet", "languages", "språk"),
    "preferred_language": ("asiointikieli", "preferred_language", "ärendespråk"),
    MOTHER_TONGUE: ("äidinkieli", "modersmål"),
    "needs_interpreter": ("tulkki", "tulkin_tarve", "needs_interpreter", "tolk"),
}
_FIELD_BY_HEADER = {name: f for f, names in _HEADER_NAMES.items() for name in names}
_DELIMITERS = (";", ",", "\t")
_HEADER_SEPARATORS = re.compile(r"[\s\-]+")


@dataclass(frozen=True)
class _RawRow:
    index: int
    line: int | None
    values: object
    problems: FieldProblems = field(default_factory=dict)
    readable: bool = True


def _csv_rows(text: str) -> Iterator[_RawRow]:
    reader = csv.reader(_physical_lines(text), delimiter=_delimiter(text), strict=True)
    records = _csv_records(reader)
    header = next(records, None)
    if header is None:
        raise ImportFileUnreadable(Unreadable.EMPTY_FILE)
    fields = _header_fields(*header)
    for index, (line, record) in enumerate(records, start=1):
        yield _csv_row(index, line, record, fields)


def _physical_lines(text: str) -> Iterator[str]:
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise ImportFileUnreadable(Unreadable.LINE_TOO_LONG, line=number)
        yield line


def _csv_records(reader: CsvReader) -> Iterator[tuple[int, list[str]]]:
    """Non-blank records with the physical line each starts on (the header is line 1)."""
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error:
            # Where the broken record starts: an unclosed quote can run on for many lines.
            raise ImportFileUnreadable(Unreadable.MALFORMED_CSV, line=start) from None
        if any(value.strip() for value in record):
            yield start, record


def _delimiter(text: str) -> str:
    """The delimiter that makes the most known column names out of the first line."""
    first_line = next((line for line in io.StringIO(text, newline="") if line.strip()), "")
    if len(first_line) > MAX_LINE_CHARS:
        return _DELIMITERS[0]  # refused with its line number when the lines are read
    return max(_DELIMITERS, key=lambda delimiter: _known_columns(first_line, delimiter))


def _known_columns(line: str, delimiter: str) -> int:
    try:
        names = next(csv.reader([line], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return 0
    return sum(_normalise_header(name) in _FIELD_BY_HEADER for name in names)


def _normalise_header(name: str) -> str:
    folded = unicodedata.normalize("NFC", name).strip().strip("\ufeff").strip().casefold()
    return _HEADER_SEPARATORS.sub("_", folded)


def _header_fields(line: int, header: list[str]) -> list[str | None]:
    """The field of each column; None for unnamed columns (a trailing delimiter)."""
    names = [_normalise_header(name) for name in header]
    fields = [_FIELD_BY_HEADER.get(name) for name in names]
    present = [f for f in fields if f is not None]
    missing = tuple(f for f in REQUIRED_COLUMNS if f not in present)
    if missing:
        raise ImportFileUnreadable(Unreadable.MISSING_COLUMNS, line=line, fields=missing)
    repeated = tuple(sorted({f for f in present if present.count(f) > 1}))
    if repeated:
        raise ImportFileUnreadable(Unreadable.DUPLICATE_COLUMNS, line=line, fields=repeated)
    unknown = tuple(n for n, name in enumerate(names, start=1) if name and not fields[n - 1])
    if unknown:
        raise ImportFileUnreadable(Unreadable.UNKNOWN_COLUMNS, line=line, column_numbers=unknown)
    return fields


def _csv_row(index: int, line: int, record: list[str], fields: list[str | None]) -> _RawRow:
    if len(record) != len(fields):
        return _RawRow(index, line, {}, {ROW: (RowProblem.COLUMN_COUNT,)}, readable=False)
    values: dict[str, str] = {}
    stray = False
    for column_field, value in zip(fields, record, strict=True):
        if column_field is None:
            stray = stray or bool(value.strip())
        else:
            values[column_field] = value
    _place_mother_tongue(values)
    problems: FieldProblems = {ROW: (RowProblem.VALUE_WITHOUT_COLUMN,)} if stray else {}
    return _RawRow(index, line, values, problems)


def _place_mother_tongue(values: dict[str, str]) -> None:
    tongue = values.pop(MOTHER_TONGUE, None)
    if tongue is None:
        return
    if "preferred_language" in values:
        values["languages"] = f"{values.get('languages', '')} {tongue}"
    else:
        values["preferred_language"] = tongue


# -- JSON ---------------------------------------------------------------------------

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _json_rows(text: str) -> Iterator[_RawRow]:
    scanner = _JsonScanner(text)
    for index, (offset, value) in enumerate(scanner.client_items(), start=1):
        yield _RawRow(index, scanner.line_at(offset), value)


class _JsonScanner:
    """Walks the top level by hand so every client object keeps the line it starts on.

    Accepts `[{...}, ...]` and `{"clients": [{...}, ...]}` (other keys are ignored).
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._line = 1
        self._counted_to = 0

    def line_at(self, offset: int) -> int:
        """Offsets asked for only ever grow, so newlines are counted once in all."""
        self._line += self._text.count("\n", self._counted_to, offset)
        self._counted_to = offset
        return self._line

    def client_items(self) -> Generator[tuple[int, object], None, None]:
        start = self._skip(0)
        opening = self._text[start : start + 1]
        if opening == "[":
            end = yield from self._array(start)
        elif opening == "{":
            end = yield from self._wrapper(start)
        else:
            self._decode(start)
            raise self._wrong_structure(start)
        rest = self._skip(end)
        if rest != len(self._text):
            raise self._malformed(rest)

    def _array(self, start: int) -> Generator[tuple[int, object], None, int]:
        """Yields (offset, item); returns the offset after the closing bracket."""
        position = self._skip(start + 1)
        if self._text.startswith("]", position):
            return position + 1
        while True:
            value, end = self._decode(position)
            yield position, value
            position, closed = self._after_member(end, "]")
            if closed:
                return position

    def _wrapper(self, start: int) -> Generator[tuple[int, object], None, int]:
        position = self._skip(start + 1)
        closed = self._text.startswith("}", position)
        if closed:
            position += 1
        found = False
        while not closed:
            key, position = self._key(position)
            if key != "clients":
                _, end = self._decode(position)
            elif found or not self._text.startswith("[", position):
                raise self._wrong_structure(position)
            else:
                found = True
                end = yield from self._array(position)
            position, closed = self._after_member(end, "}")
        if not found:
            raise self._wrong_structure(start)
        return position

    def _key(self, position: int) -> tuple[object, int]:
        key, end = self._decode(position)
        colon = self._skip(end)
        if not isinstance(key, str) or not self._text.startswith(":", colon):
            raise self._malformed(colon)
        return key, self._skip(colon + 1)

    def _after_member(self, end: int, closing: str) -> tuple[int, bool]:
        """Past the comma to the next member, or past the closing bracket (closed=True)."""
        position = self._skip(end)
        if self._text.startswith(closing, position):
            return position + 1, True
        if not self._text.startswith(",", position):
            raise self._malformed(position)
        return self._skip(position + 1), False

    def _decode(self, position: int) -> tuple[object, int]:
        try:
            value, end = _DECODER.raw_decode(self._text, position)
        except json.JSONDecodeError as broken:
            raise ImportFileUnreadable(Unreadable.MALFORMED_JSON, line=broken.lineno) from None
        except (ValueError, RecursionError):  # too-long integers, too-deep nesting
            raise ImportFileUnreadable(
                Unreadable.MALFORMED_JSON, line=self._line_of(position)
            ) from None
        return value, end

    def _skip(self, position: int) -> int:
        match = _WHITESPACE.match(self._text, position)
        return match.end() if match else position

    def _line_of(self, position: int) -> int:
        return self._text.count("\n", 0, position) + 1

    def _wrong_structure(self, position: int) -> ImportFileUnreadable:
        return ImportFileUnreadable(Unreadable.WRONG_STRUCTURE, line=self._line_of(position))

    def _malformed(self, position: int) -> ImportFileUnreadable:
        return ImportFileUnreadable(Unreadable.MALFORMED_JSON, line=self._line_of(position))


# -- validating and creating --------------------------------------------------------


@dataclass
class _CheckedRow:
    index: int
    line: int | None
    client: ClientInput | None = None
    hetu: str | None = None
    problems: dict[str, list[str]] = field(default_factory=dict)

    def add(self, problems: FieldProblems) -> None:
        for field_name, codes in problems.items():
            known = self.problems.setdefault(field_name, [])
            known.extend(str(code) for code in codes if code not in known)

    def as_bad_row(self) -> BadRow:
        problems = {name: tuple(codes) for name, codes in self.problems.items()}
        return BadRow(self.index, self.line, problems)


def _validate_all(session: Session, rows: Iterator[_RawRow]) -> list[ClientInput]:
    checked = [_check_row(row) for row in rows]
    if not checked:
        raise ImportFileUnreadable(Unreadable.NO_ROWS)
    _mark_duplicates(session, checked)
    bad_rows = [row.as_bad_row() for row in checked if row.problems]
    if bad_rows:
        raise ImportRejected(bad_rows, total_rows=len(checked))
    return [row.client for row in checked if row.client is not None]


def _check_row(raw: _RawRow) -> _CheckedRow:
    row = _CheckedRow(raw.index, raw.line)
    row.add(raw.problems)
    if not raw.readable:
        return row
    try:
        row.client = parse_client_input(raw.values)
        row.hetu = row.client.hetu
    except InvalidClient as refused:
        row.add(refused.problems)
        row.hetu = _valid_hetu(raw.values)  # so duplicates are reported in the same pass
    return row


def _valid_hetu(values: object) -> str | None:
    hetu = values.get("hetu") if isinstance(values, Mapping) else None
    if not isinstance(hetu, str):
        return None
    try:
        return parse_hetu(hetu).code
    except InvalidHetu:
        return None


def _mark_duplicates(session: Session, checked: list[_CheckedRow]) -> None:
    rows_by_hetu: dict[str, list[_CheckedRow]] = defaultdict(list)
    for row in checked:
        if row.hetu is not None:
            rows_by_hetu[row.hetu].append(row)
    for rows in rows_by_hetu.values():
        if len(rows) > 1:
            for row in rows:
                row.add({"hetu": (RowProblem.DUPLICATE_IN_FILE,)})
    for hetu in taken_hetus(session, rows_by_hetu):
        for row in rows_by_hetu[hetu]:
            row.add({"hetu": (RowProblem.ALREADY_IN_STORE,)})


def _create_all(session: Session, clients: list[ClientInput]) -> tuple[str, ...]:
    """Through the client service, so change capture records every field of every client."""
    created: list[str] = []
    for start in range(0, len(clients), _BATCH):
        batch = create_clients(session, clients[start : start + _BATCH])
        created.extend(client.id for client in batch)
        session.flush()
    return tuple(created)
