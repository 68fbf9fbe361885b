"""Concurrent edits through the real server: nothing silently dropped, people decide."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import select

from astu_desktop.models import Client, ContactPerson, FormDocument
from astu_desktop.sync import conflicts
from astu_protocol.codes import DocumentStatus, FormKey
from tests.integration.serverkit import Laptop, LiveServer

HETU = "131052-308T"


def team_with_shared_client(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> tuple[Laptop, Laptop, str]:
    server.add_team("Itä")
    server.add_user("aino", team="Itä")
    server.add_user("bertta", team="Itä")
    aino, bertta = laptops("aino"), laptops("bertta")
    with aino.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu=HETU, phone="040 1")
        session.add(client)
        session.flush()
        client_id = client.id
    aino.sync()
    server.assign(client_id, "aino", "bertta")
    bertta.sync()
    return aino, bertta, client_id


def edit_client(laptop: Laptop, client_id: str, **values: object) -> None:
    with laptop.session() as session, session.begin():
        client = session.get_one(Client, client_id)
        for name, value in values.items():
            setattr(client, name, value)


def client_values(laptop: Laptop, client_id: str, *names: str) -> tuple[object, ...]:
    with laptop.session() as session:
        client = session.get_one(Client, client_id)
        return tuple(getattr(client, name) for name in names)


def open_conflicts(laptop: Laptop) -> list[conflicts.ConflictView]:
    with laptop.session() as session:
        return conflicts.open_conflicts(session)


def test_the_same_field_changed_on_two_laptops_becomes_a_conflict_both_see(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta, client_id = team_with_shared_client(server, laptops)
    edit_client(aino, client_id, phone="040 2")
    edit_client(bertta, client_id, phone="050 3")
    aino.sync()
    pushed = bertta.sync()
    aino.sync()

    assert pushed.conflicts_on_push == 1
    for laptop in (aino, bertta):
        [conflict] = open_conflicts(laptop)
        assert conflict.fields == ["phone"]
        assert {conflict.values_a["phone"], conflict.values_b["phone"]} == {"040 2", "050 3"}
        assert conflict.side_of(bertta.device_id) == "b"
    # Meanwhile both laptops hold the same value (the later edit), neither one lost.
    assert client_values(aino, client_id, "phone") == client_values(bertta, client_id, "phone")


def test_a_resolution_made_on_one_laptop_reaches_the_other(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta, client_id = team_with_shared_client(server, laptops)
    edit_client(aino, client_id, phone="040 2")
    edit_client(bertta, client_id, phone="050 3")
    aino.sync()
    bertta.sync()
    aino.sync()
    [conflict] = open_conflicts(aino)

    with aino.session() as session, session.begin():
        conflicts.resolve(session, conflict.id, {"phone": "040 2 (työ)"})
    assert open_conflicts(aino) == []
    aino.sync()
    bertta.sync()

    assert open_conflicts(bertta) == []
    for laptop in (aino, bertta):
        assert client_values(laptop, client_id, "phone") == ("040 2 (työ)",)
    assert server.record("client", client_id)["phone"] == "040 2 (työ)"


def test_dependent_fields_merge_as_one(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta, client_id = team_with_shared_client(server, laptops)
    edit_client(aino, client_id, street_address="Kaarlenkatu 3", postal_code="00530")
    edit_client(bertta, client_id, city="Vantaa")
    aino.sync()
    bertta.sync()
    aino.sync()

    [conflict] = open_conflicts(aino)
    assert conflict.fields == ["street_address", "postal_code", "city"]
    assert conflict.values_a == {
        "street_address": "Kaarlenkatu 3",
        "postal_code": "00530",
        "city": None,
    }
    assert conflict.values_b == {"street_address": None, "postal_code": None, "city": "Vantaa"}
    address = ("street_address", "postal_code", "city")
    assert client_values(aino, client_id, *address) == client_values(bertta, client_id, *address)
    assert client_values(aino, client_id, *address) in {
        ("Kaarlenkatu 3", "00530", None), (None, None, "Vantaa"),
    }  # never a mix of the two addresses  # fmt: skip


def add_contact(laptop: Laptop, client_id: str) -> str:
    with laptop.session() as session, session.begin():
        contact = ContactPerson(client_id=client_id, name="Matti Virtanen", relation="veli")
        session.add(contact)
        session.flush()
        return contact.id


def test_an_edit_wins_over_a_concurrent_deletion_and_the_deletion_is_shown(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta, client_id = team_with_shared_client(server, laptops)
    contact_id = add_contact(aino, client_id)
    aino.sync()
    bertta.sync()
    with aino.session() as session, session.begin():
        session.get_one(ContactPerson, contact_id).deleted_at = datetime(2026, 11, 5, tzinfo=UTC)
    with bertta.session() as session, session.begin():
        session.get_one(ContactPerson, contact_id).phone = "044 555"
    aino.sync()  # the deletion arrives first
    bertta.sync()
    aino.sync()

    for laptop in (aino, bertta):
        with laptop.session() as session:
            contact = session.get_one(ContactPerson, contact_id)
            assert (contact.deleted_at, contact.phone) == (None, "044 555")
        [conflict] = open_conflicts(laptop)
        assert (conflict.kind, conflict.fields) == ("delete_edit", ["deleted_at"])


def test_a_deletion_arriving_after_an_edit_it_had_not_seen_is_not_applied(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta, client_id = team_with_shared_client(server, laptops)
    contact_id = add_contact(aino, client_id)
    aino.sync()
    bertta.sync()
    with bertta.session() as session, session.begin():
        session.get_one(ContactPerson, contact_id).phone = "044 555"
    with aino.session() as session, session.begin():
        session.get_one(ContactPerson, contact_id).deleted_at = datetime(2026, 11, 5, tzinfo=UTC)
    bertta.sync()  # the edit arrives first
    aino.sync()
    bertta.sync()

    for laptop in (aino, bertta):
        with laptop.session() as session:
            assert session.get_one(ContactPerson, contact_id).deleted_at is None
        assert [c.kind for c in open_conflicts(laptop)] == ["delete_edit"]


def new_draft(laptop: Laptop, client_id: str) -> str:
    with laptop.session() as session, session.begin():
        document = FormDocument(
            client_id=client_id, form_key=FormKey.SERVICE_PLAN, form_version=1,
            answers={"services_notes": "Asunto pysyy"}, document_date=date(2026, 11, 5),
        )  # fmt: skip
        session.add(document)
        session.flush()
        return document.id


def sign(laptop: Laptop, document_id: str) -> None:
    with laptop.session() as session, session.begin():
        document = session.get_one(FormDocument, document_id)
        document.status = DocumentStatus.SIGNED
        document.signed_by_id = laptop.store.device_state()["current_worker_id"]
        document.signed_at = datetime.now(UTC)  # the server takes no signature before the draft


def edit_answers(laptop: Laptop, document_id: str, answers: dict[str, str]) -> None:
    with laptop.session() as session, session.begin():
        session.get_one(FormDocument, document_id).answers = answers


def documents(laptop: Laptop, client_id: str) -> list[FormDocument]:
    with laptop.session() as session:
        query = select(FormDocument).where(FormDocument.client_id == client_id)
        return list(session.scalars(query.order_by(FormDocument.version_no)))


def test_an_edit_from_a_stale_laptop_never_changes_a_signed_document(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta, client_id = team_with_shared_client(server, laptops)
    document_id = new_draft(aino, client_id)
    aino.sync()
    bertta.sync()
    sign(aino, document_id)
    edit_answers(bertta, document_id, {"services_notes": "Asunto pysyy ja velka maksetaan"})
    aino.sync()
    report = bertta.sync()
    aino.sync()

    assert report.new_versions == 1
    for laptop in (aino, bertta):
        signed, amended = documents(laptop, client_id)
        assert (signed.id, signed.status, signed.answers) == (
            document_id, DocumentStatus.SIGNED, {"services_notes": "Asunto pysyy"},
        )  # fmt: skip
        assert (amended.status, amended.supersedes_id, amended.version_no) == (
            DocumentStatus.DRAFT, document_id, 2,
        )  # fmt: skip
        assert amended.answers == {"services_notes": "Asunto pysyy ja velka maksetaan"}


def test_signing_covers_what_the_signer_saw_and_a_concurrent_edit_becomes_a_new_draft(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta, client_id = team_with_shared_client(server, laptops)
    document_id = new_draft(aino, client_id)
    aino.sync()
    bertta.sync()
    edit_answers(aino, document_id, {"services_notes": "Muutettu tavoite"})
    sign(bertta, document_id)
    aino.sync()  # the edit arrives first
    bertta.sync()
    aino.sync()

    for laptop in (aino, bertta):
        signed, amended = documents(laptop, client_id)
        assert (signed.status, signed.answers) == (
            DocumentStatus.SIGNED,
            {"services_notes": "Asunto pysyy"},
        )
        assert (amended.status, amended.answers) == (
            DocumentStatus.DRAFT,
            {"services_notes": "Muutettu tavoite"},
        )
        assert amended.supersedes_id == signed.id
