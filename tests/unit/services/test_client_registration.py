"""Registering a client, starting a service and editing contact details, on a real store."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from astu_desktop.models import AccessLogEntry, Client, ContactPerson, ServiceEpisode
from astu_desktop.models.hetu import make_hetu
from astu_desktop.services.client_registration import (
    ContactPersonInput,
    EpisodeStart,
    NewClient,
    register_client,
    start_service,
    update_contact_details,
)
from astu_desktop.services.clients import DuplicateHetu, InvalidClient
from astu_desktop.services.episode_actions import ProcessStepRefused
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import AccessAction, EpisodeStatus, Service
from tests.unit.services.recordkit import People, add_people

TODAY = date(2025, 3, 10)
HETU = make_hetu(date(1978, 11, 2), 908)  # 021178-908K


@pytest.fixture
def people(store: CaseStore) -> People:
    return add_people(store)


def _new(**details: object) -> NewClient:
    base: dict[str, object] = {
        "first_names": "Pekka Juhani",
        "last_name": "Koekäyttäjä",
        "hetu": HETU,
        "phone": "050 765 4321",
        "email": "pekka@example.fi",
        "street_address": "Kokeilutie 2 B 12",
        "postal_code": "00510",
        "city": "Helsinki",
        "preferred_language": "sv",
        "needs_interpreter": False,
    }
    return NewClient(
        details={**base, **details},
        contacts=(ContactPersonInput("Liisa Koekäyttäjä", "sisar", "040 111 2222"),),
        episode=EpisodeStart(Service.OUTREACH, date(2025, 3, 3)),
    )


def _count(store: CaseStore, model: type) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_registered_client_has_contacts_and_an_episode_of_this_worker(store, people):
    with store.session() as s, s.begin():
        client_id = register_client(s, _new(), worker_id=people.me, today=TODAY).id
    with store.session() as s:
        client = s.get(Client, client_id)
        assert client is not None
        assert (client.full_name, client.hetu) == ("Pekka Juhani Koekäyttäjä", "021178-908K")
        assert (client.email, client.preferred_language) == ("pekka@example.fi", "sv")
        contacts = s.scalars(select(ContactPerson).where(ContactPerson.client_id == client_id))
        assert [(c.name, c.relation, c.phone) for c in contacts] == [
            ("Liisa Koekäyttäjä", "sisar", "040 111 2222")
        ]
        episode = s.scalars(select(ServiceEpisode).where(ServiceEpisode.client_id == client_id))
        assert [(e.service, e.status, e.responsible_worker_id, e.start_date) for e in episode] == [
            (Service.OUTREACH, EpisodeStatus.STARTING, people.me, date(2025, 3, 3))
        ]
        logged = s.scalars(
            select(AccessLogEntry.action).where(AccessLogEntry.client_id == client_id)
        )
        assert list(logged) == [AccessAction.CREATE, AccessAction.CREATE]


def test_every_bad_field_is_named_and_nothing_is_saved(store, people):
    bad = NewClient(
        details={
            "first_names": "",
            "last_name": "Koekäyttäjä",
            "hetu": "021178-908X",  # the check character of 021178-908 is K
            "postal_code": "510",
            "email": "pekka.example.fi",
        },
        contacts=(ContactPersonInput("", "sisar", "soita iltaisin"),),
        episode=EpisodeStart(Service.OUTREACH, date(2025, 3, 11)),
    )
    with store.session() as s, s.begin(), pytest.raises(InvalidClient) as refused:
        register_client(s, bad, worker_id=people.me, today=TODAY)
    assert refused.value.problems == {
        "first_names": ("required",),
        "hetu": ("checksum",),
        "postal_code": ("postal_code_format",),
        "email": ("email_format",),
        "contacts.0.name": ("required",),
        "contacts.0.phone": ("phone_format",),
        "episode_start": ("start_in_future",),
    }
    assert (_count(store, Client), _count(store, ContactPerson)) == (1, 0)  # add_people's one


def test_a_client_already_on_this_laptop_is_offered_not_made_twice(store, people):
    with store.session() as s, s.begin():
        first = register_client(s, _new(), worker_id=people.me, today=TODAY).id
    with store.session() as s, s.begin(), pytest.raises(DuplicateHetu) as refused:
        register_client(s, _new(first_names="Toinen"), worker_id=people.me, today=TODAY)
    assert refused.value.existing_client_id == first
    assert (_count(store, Client), _count(store, ContactPerson)) == (2, 1)


def test_a_second_open_episode_of_a_service_is_refused(store, people):
    with store.session() as s, s.begin():
        client_id = register_client(s, _new(), worker_id=people.me, today=TODAY).id
    with store.session() as s, s.begin(), pytest.raises(ProcessStepRefused) as refused:
        start_service(
            s, client_id=client_id, service=Service.OUTREACH, on=TODAY,
            worker_id=people.colleague, today=TODAY,
        )  # fmt: skip
    assert refused.value.reason == "episode_already_open"
    with store.session() as s, s.begin():
        start_service(
            s, client_id=client_id, service=Service.RENT_DEBT, on=TODAY,
            worker_id=people.colleague, today=TODAY,
        )  # fmt: skip
    assert _count(store, ServiceEpisode) == 2


def test_contact_details_change_field_by_field_and_bad_ones_change_nothing(store, people):
    with store.session() as s, s.begin():
        update_contact_details(
            s, people.client_id, {"phone": "09 310 12345", "email": "aino@example.fi"}
        )
    with store.session() as s, s.begin(), pytest.raises(InvalidClient) as refused:
        update_contact_details(s, people.client_id, {"postal_code": "5100", "city": "Espoo"})
    assert refused.value.problems == {"postal_code": ("postal_code_format",)}
    with store.session() as s:
        client = s.get(Client, people.client_id)
        assert client is not None
        assert (client.phone, client.email, client.postal_code, client.city) == (
            "09 310 12345", "aino@example.fi", "00510", "Helsinki",
        )  # fmt: skip
