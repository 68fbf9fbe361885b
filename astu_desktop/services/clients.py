"""Creating, changing and finding clients, with validation that explains itself per field.

Every problem is a stable code per field, never the value that was entered, so the UI
can say what is wrong in the worker's language and no personal data reaches an
exception message or a log. Functions take the caller's session and never commit.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic_core import PydanticCustomError
from sqlalchemy import String, select
from sqlalchemy.orm import Session

from astu_desktop.models import Client
from astu_desktop.models.base import new_id
from astu_desktop.models.hetu import HetuProblem, InvalidHetu, parse_hetu
from astu_protocol.values import ISO_639_1, text_problem

ROW = "row"  # the "field" of problems that concern a whole record, not one value


class ClientProblem(enum.StrEnum):
    """Why a client field was refused; hetu fields use `HetuProblem` codes instead."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    WRONG_TYPE = "wrong_type"
    INVALID_CHARACTERS = "invalid_characters"
    POSTAL_CODE_FORMAT = "postal_code_format"
    PHONE_FORMAT = "phone_format"
    LANGUAGE_CODE = "language_code"
    NOT_YES_NO = "not_yes_no"
    UNKNOWN_FIELD = "unknown_field"
    NOT_AN_OBJECT = "not_an_object"


FieldProblems = dict[str, tuple[str, ...]]

_POSTAL_CODE = (re.compile(r"^[0-9]{5}$"), ClientProblem.POSTAL_CODE_FORMAT)
_PHONE = (re.compile(r"^\+?[0-9][0-9 \-]*$"), ClientProblem.PHONE_FORMAT)
PHONE_SHAPE = _PHONE[0]  # contact persons' phones too (services/client_registration.py)
_LANGUAGE_SEPARATORS = re.compile(r"[|,\s]+")
_YES = frozenset({"kyllä", "k", "ja", "yes", "y", "true", "1", "x"})
_NO = frozenset({"ei", "e", "nej", "no", "n", "false", "0"})


class ClientError(Exception):
    """Base of the client service's refusals; `code` is what the UI translates."""

    code: ClassVar[str] = "client_error"


class InvalidClient(ClientError, ValueError):
    code = "invalid_client"

    def __init__(self, problems: FieldProblems) -> None:
        super().__init__(f"invalid client ({_summary(problems)})")
        self.problems = problems


def _summary(problems: FieldProblems) -> str:
    """Field names and codes; names that are not ours (an import file's keys) are not echoed."""
    parts = [
        f"{field}: {','.join(codes)}"
        if field in ClientInput.model_fields or field == ROW
        else "another field: " + ",".join(codes)
        for field, codes in sorted(problems.items())
    ]
    return "; ".join(parts)


class DuplicateHetu(ClientError):
    """Another client has this exact henkilötunnus (tombstoned ones included).

    `existing_client_id` is None when the other one is in the same batch being created.
    """

    code = "duplicate_hetu"

    def __init__(self, existing_client_id: str | None) -> None:
        super().__init__("a client with this henkilötunnus already exists")
        self.existing_client_id = existing_client_id


class ClientNotFound(ClientError, LookupError):
    code = "client_not_found"

    def __init__(self) -> None:
        super().__init__("no such client")


def live_client(session: Session, client_id: str) -> Client:
    """The client, unless it was never here or has been removed (ClientNotFound)."""
    client = session.get(Client, client_id)
    if client is None or client.is_deleted:
        raise ClientNotFound()
    return client


def _problem(code: enum.StrEnum) -> PydanticCustomError:
    return PydanticCustomError(code.value, code.value)


def _column_length(field: str) -> int:
    column_type = Client.__table__.c[field].type
    if not isinstance(column_type, String) or column_type.length is None:
        raise TypeError(f"client.{field} has no length")
    return column_type.length


def _has_invalid_characters(text: str) -> bool:
    """Control characters, line breaks, direction overrides and lone surrogates cannot be
    shown, printed or stored: the one rule of one-line texts both sides keep."""
    return text_problem(text, multiline=False) is not None


def _clean_text(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _problem(ClientProblem.WRONG_TYPE)
    text = value.strip()
    if not text:
        return None
    if _has_invalid_characters(text):
        raise _problem(ClientProblem.INVALID_CHARACTERS)
    return text


def _fits(text: str, max_length: int) -> str:
    if len(text) > max_length:
        raise _problem(ClientProblem.TOO_LONG)
    return text


def _required_text(field: str) -> Callable[[object], str]:
    max_length = _column_length(field)

    def validate(value: object) -> str:
        text = _clean_text(value)
        if text is None:
            raise _problem(ClientProblem.REQUIRED)
        return _fits(text, max_length)

    return validate


def _optional_text(
    field: str, shape: tuple[re.Pattern[str], ClientProblem] | None = None
) -> Callable[[object], Any]:
    max_length = _column_length(field)

    def validate(value: object) -> str | None:
        text = _clean_text(value)
        if text is None:
            return None
        if shape is not None and not shape[0].match(text):
            raise _problem(shape[1])  # before the length: "format" says more than "too long"
        return _fits(text, max_length)

    return validate


def _hetu(value: object) -> str:
    if value is not None and not isinstance(value, str):
        raise _problem(ClientProblem.WRONG_TYPE)
    try:
        return parse_hetu(value or "").code
    except InvalidHetu as refused:
        raise _problem(refused.problem) from None


def _language(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _problem(ClientProblem.WRONG_TYPE)
    code = value.strip().lower()
    if code and code not in ISO_639_1:
        raise _problem(ClientProblem.LANGUAGE_CODE)
    return code or None


def _languages(value: object) -> list[str]:
    """A list of codes, or one text separated by `|`, commas or spaces (as in CSV files)."""
    if value is None:
        return []
    if isinstance(value, str):
        value = _LANGUAGE_SEPARATORS.split(value)
    if not isinstance(value, list):
        raise _problem(ClientProblem.WRONG_TYPE)
    codes: list[str] = []
    for item in value:
        code = _language(item)
        if code is not None and code not in codes:
            codes.append(code)
    return codes


def _yes_no(value: object) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    if not isinstance(value, str):
        raise _problem(ClientProblem.WRONG_TYPE)
    answer = value.strip().casefold()
    if answer in _YES:
        return True
    if not answer or answer in _NO:
        return False
    raise _problem(ClientProblem.NOT_YES_NO)


class ClientInput(BaseModel):
    """A client's details as a worker or an import file gives them, already cleaned.

    Build it with `parse_client_input` to get `InvalidClient` with per-field codes.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)

    first_names: Annotated[str, BeforeValidator(_required_text("first_names"))]
    last_name: Annotated[str, BeforeValidator(_required_text("last_name"))]
    hetu: Annotated[str, BeforeValidator(_hetu)]
    phone: Annotated[str | None, BeforeValidator(_optional_text("phone", _PHONE))] = None
    street_address: Annotated[str | None, BeforeValidator(_optional_text("street_address"))] = None
    postal_code: Annotated[
        str | None, BeforeValidator(_optional_text("postal_code", _POSTAL_CODE))
    ] = None
    city: Annotated[str | None, BeforeValidator(_optional_text("city"))] = None
    languages: Annotated[list[str], BeforeValidator(_languages)] = Field(default_factory=list)
    preferred_language: Annotated[str | None, BeforeValidator(_language)] = None
    needs_interpreter: Annotated[bool, BeforeValidator(_yes_no)] = False


_LOOKUP_CHUNK = 500  # well under SQLite's limit of bound parameters per statement
_OWN_CODES = frozenset(ClientProblem) | frozenset(HetuProblem)
_PYDANTIC_CODES = {
    "extra_forbidden": ClientProblem.UNKNOWN_FIELD,
    "model_type": ClientProblem.NOT_AN_OBJECT,
    "model_attributes_type": ClientProblem.NOT_AN_OBJECT,
}


def parse_client_input(raw: object) -> ClientInput:
    """Validate raw details (a mapping of field name to value) or explain every problem."""
    try:
        return ClientInput.model_validate(raw)
    except ValidationError as refused:
        raise InvalidClient(_field_problems(refused)) from None


def _field_problems(refused: ValidationError) -> FieldProblems:
    found: dict[str, list[str]] = {}
    for error in refused.errors(include_url=False, include_context=False, include_input=False):
        field = str(error["loc"][0]) if error["loc"] else ROW
        codes = found.setdefault(field, [])
        code = str(_problem_code(field, error["type"]))
        if code not in codes:
            codes.append(code)
    return {field: tuple(codes) for field, codes in found.items()}


def _problem_code(field: str, error_type: str) -> str:
    if error_type in _OWN_CODES:
        return error_type
    if error_type == "missing":
        return HetuProblem.EMPTY if field == "hetu" else ClientProblem.REQUIRED
    return _PYDANTIC_CODES.get(error_type, ClientProblem.WRONG_TYPE)


def find_by_hetu(session: Session, hetu: str, *, include_deleted: bool = False) -> Client | None:
    """The client with exactly this code; `-` and `Y` codes are different people."""
    query = select(Client).where(Client.hetu == hetu.strip().upper())
    if not include_deleted:
        query = query.where(Client.deleted_at.is_(None))
    return session.scalars(query).one_or_none()


def taken_hetus(session: Session, hetus: Iterable[str]) -> dict[str, str]:
    """Which of these codes a client already has (tombstoned too: the column is unique)."""
    wanted = list(dict.fromkeys(hetus))
    taken: dict[str, str] = {}
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        chunk = wanted[start : start + _LOOKUP_CHUNK]
        rows = session.execute(select(Client.hetu, Client.id).where(Client.hetu.in_(chunk)))
        taken.update((hetu, client_id) for hetu, client_id in rows)
    return taken


def create_client(session: Session, data: ClientInput) -> Client:
    """Add a new client to the session; its id is known at once, before any flush."""
    return create_clients(session, [data])[0]


def create_clients(session: Session, batch: Sequence[ClientInput]) -> list[Client]:
    """Add several new clients with one duplicate lookup per few hundred (imports)."""
    codes = [data.hetu for data in batch]
    if len(set(codes)) != len(codes):
        raise DuplicateHetu(None)
    taken = taken_hetus(session, codes)
    if taken:
        raise DuplicateHetu(next(iter(taken.values())))
    clients = [Client(id=new_id(), **data.model_dump()) for data in batch]
    session.add_all(clients)
    return clients


def update_client(session: Session, client_id: str, changes: Mapping[str, object]) -> Client:
    """Assign only the fields whose value really changes, so the outbox records only those."""
    client = session.get(Client, client_id)
    if client is None or client.is_deleted:
        raise ClientNotFound()
    current = {field: getattr(client, field) for field in ClientInput.model_fields}
    validated = parse_client_input({**current, **changes})
    if validated.hetu != client.hetu:
        _refuse_taken_hetu(session, validated.hetu, own_id=client.id)
    for field in changes:
        value = getattr(validated, field)
        if value != getattr(client, field):
            setattr(client, field, value)
    return client


def _refuse_taken_hetu(session: Session, hetu: str, own_id: str) -> None:
    existing = find_by_hetu(session, hetu, include_deleted=True)
    if existing is not None and existing.id != own_id:
        raise DuplicateHetu(existing.id)
