"""Registering a new client, starting a service episode and editing contact details.

What a worker types in the new-client dialog is checked as a whole before anything is
written: every problem is a stable code per field (`contacts.1.name` for the second
contact person's name), the henkilötunnus by `models.hetu`, and a client who is
already on this laptop with the same code is refused with that client's id, so the
worker can open the record instead and a second one is never made. The worker of
this laptop becomes the responsible worker of the episode. Every write is logged in
the access log. Functions take the caller's session and never commit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from astu_desktop.models import Client, ContactPerson, ServiceEpisode
from astu_desktop.models.base import new_id
from astu_desktop.services.accesslog import record_access
from astu_desktop.services.clients import (
    PHONE_SHAPE,
    ClientInput,
    ClientNotFound,
    ClientProblem,
    DuplicateHetu,
    FieldProblems,
    InvalidClient,
    create_client,
    find_by_hetu,
    parse_client_input,
    update_client,
)
from astu_desktop.services.episode_actions import ProcessStepRefused, open_episode, save_logged
from astu_protocol.codes import AccessAction, EpisodeStatus, Service

TARGET_CLIENT = "client:details"  # what the access log names for a client's own details
# What "Edit contact details" may change; names and the henkilötunnus are not here.
CONTACT_FIELDS = (
    "phone",
    "email",
    "street_address",
    "postal_code",
    "city",
    "preferred_language",
    "needs_interpreter",
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _length(table: Any, name: str) -> int:
    length = table.c[name].type.length
    assert isinstance(length, int)
    return length


EMAIL_MAX = _length(Client.__table__, "email")
_CONTACT_LIMITS = {
    name: _length(ContactPerson.__table__, name) for name in ("name", "relation", "phone")
}


class RegistrationProblem:
    """Codes beside `ClientProblem` and `HetuProblem` that registration adds."""

    EMAIL_FORMAT = "email_format"
    START_IN_FUTURE = "start_in_future"


@dataclass(frozen=True)
class ContactPersonInput:
    name: str
    relation: str
    phone: str = ""


@dataclass(frozen=True)
class EpisodeStart:
    service: Service
    on: date


@dataclass(frozen=True)
class NewClient:
    """Everything the new-client dialog gives; `details` uses `ClientInput`'s field names."""

    details: Mapping[str, object]
    contacts: Sequence[ContactPersonInput] = ()
    episode: EpisodeStart | None = None


def register_client(
    session: Session, new: NewClient, *, worker_id: str | None, today: date
) -> Client:
    """Check everything, refuse a duplicate, then write client, contacts and episode."""
    data = check_new_client(new, today=today)
    existing = find_by_hetu(session, data.hetu, include_deleted=True)
    if existing is not None:
        raise DuplicateHetu(None if existing.is_deleted else existing.id)
    client = create_client(session, data)
    client.email = _email(new.details.get("email"))
    session.add_all(
        ContactPerson(
            id=new_id(),
            client_id=client.id,
            name=contact.name.strip(),
            relation=contact.relation.strip(),
            phone=contact.phone.strip() or None,
        )
        for contact in new.contacts
    )
    session.flush()
    record_access(session, action=AccessAction.CREATE, client_id=client.id, target=TARGET_CLIENT)
    if new.episode is not None:
        start_service(
            session,
            client_id=client.id,
            service=new.episode.service,
            on=new.episode.on,
            worker_id=worker_id,
            today=today,
        )
    return client


def check_new_client(new: NewClient, *, today: date) -> ClientInput:
    """The cleaned details, or `InvalidClient` naming every problem of every field."""
    problems: FieldProblems = {}
    details = {key: value for key, value in new.details.items() if key != "email"}
    try:
        data = parse_client_input(details)
    except InvalidClient as refused:
        problems.update(refused.problems)
    problems.update(_email_problems(new.details.get("email")))
    problems.update(_contact_problems(new.contacts))
    if new.episode is not None and new.episode.on > today:
        problems["episode_start"] = (RegistrationProblem.START_IN_FUTURE,)
    if problems:
        raise InvalidClient(problems)
    return data


def start_service(
    session: Session,
    *,
    client_id: str,
    service: Service,
    on: date,
    worker_id: str | None,
    today: date,
) -> ServiceEpisode:
    """A new episode of a service, with this laptop's worker as its responsible worker."""
    client = session.get(Client, client_id)
    if client is None or client.is_deleted:
        raise ClientNotFound()
    if on > today:
        raise ProcessStepRefused(RegistrationProblem.START_IN_FUTURE)
    if open_episode(session, client_id, service) is not None:
        raise ProcessStepRefused("episode_already_open")  # one open episode a service
    episode = ServiceEpisode(
        id=new_id(),
        client_id=client_id,
        service=service,
        status=EpisodeStatus.STARTING,
        responsible_worker_id=worker_id,
        start_date=on,
    )
    return save_logged(session, episode, client_id, AccessAction.CREATE, "service_episode")


def update_contact_details(
    session: Session, client_id: str, changes: Mapping[str, object]
) -> Client:
    """Change how the client is reached; only `CONTACT_FIELDS`, each checked, then logged."""
    unknown = set(changes) - set(CONTACT_FIELDS)
    if unknown:
        raise InvalidClient(dict.fromkeys(sorted(unknown), (ClientProblem.UNKNOWN_FIELD,)))
    problems = _email_problems(changes.get("email")) if "email" in changes else {}
    others = {key: value for key, value in changes.items() if key != "email"}
    try:
        client = update_client(session, client_id, others)
    except InvalidClient as refused:
        raise InvalidClient({**refused.problems, **problems}) from None
    if problems:
        raise InvalidClient(problems)
    if "email" in changes:
        email = _email(changes["email"])
        if email != client.email:
            client.email = email
    session.flush()
    record_access(session, action=AccessAction.UPDATE, client_id=client_id, target=TARGET_CLIENT)
    return client


def _email(value: object) -> str | None:
    text = value.strip() if isinstance(value, str) else ""
    return text or None


def _email_problems(value: object) -> FieldProblems:
    if value is not None and not isinstance(value, str):
        return {"email": (ClientProblem.WRONG_TYPE,)}
    text = _email(value)
    if text is None:
        return {}
    if not _EMAIL.match(text):
        return {"email": (RegistrationProblem.EMAIL_FORMAT,)}
    if len(text) > EMAIL_MAX:
        return {"email": (ClientProblem.TOO_LONG,)}
    return {}


def _contact_problems(contacts: Sequence[ContactPersonInput]) -> FieldProblems:
    problems: FieldProblems = {}
    for index, contact in enumerate(contacts):
        for field in ("name", "relation", "phone"):
            code = _contact_problem(field, getattr(contact, field).strip())
            if code is not None:
                problems[f"contacts.{index}.{field}"] = (code,)
    return problems


def _contact_problem(field: str, text: str) -> str | None:
    if not text:
        return None if field == "phone" else ClientProblem.REQUIRED
    if any(ord(char) < 32 for char in text):
        return ClientProblem.INVALID_CHARACTERS
    if field == "phone" and not PHONE_SHAPE.match(text):
        return ClientProblem.PHONE_FORMAT
    if len(text) > _CONTACT_LIMITS[field]:
        return ClientProblem.TOO_LONG
    return None
