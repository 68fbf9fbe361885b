"""Client search over the encrypted store's FTS5 index: what a worker types finds whom."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import select

from astu_desktop.models import AccessLogEntry, Client
from astu_desktop.models.base import new_id, utcnow
from astu_desktop.models.hetu import Sex, make_hetu
from astu_desktop.services.search import (
    compact_number,
    log_search,
    match_expression,
    rebuild_search_index,
    search_client_ids,
)
from astu_desktop.store import migrate
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync import capture
from astu_desktop.sync.apply import begin_remote_apply, end_remote_apply, purge_client
from astu_protocol.codes import AccessAction


def add_client(
    store: CaseStore,
    first: str,
    last: str,
    *,
    born: date = date(1980, 5, 17),
    number: int = 902,
    phone: str | None = "040 123 4567",
    street: str | None = "Testikatu 5 B 12",
) -> str:
    client = Client(
        id=new_id(),
        first_names=first,
        last_name=last,
        hetu=make_hetu(born, number),
        phone=phone,
        street_address=street,
        postal_code="00530",
        city="Helsinki",
    )
    with store.session() as session, session.begin():
        session.add(client)
    return client.id


def found(store: CaseStore, typed: str) -> set[str]:
    with store.session() as session:
        return set(search_client_ids(session, typed))


def hetu_of(store: CaseStore, client_id: str) -> str:
    with store.session() as session:
        client = session.get(Client, client_id)
        assert client is not None
        return client.hetu


@pytest.fixture
def people(store: CaseStore) -> dict[str, str]:
    """Four clients whose names differ only by a letter with or without dots."""
    return {
        "makinen": add_client(
            store, "Matti", "Makinen", born=date(1975, 8, 9), phone="050 111 2222"
        ),
        "mäkinen": add_client(store, "Maija", "Mäkinen", number=903, phone="040 123 4567"),
        "öhman": add_client(
            store, "Örjan", "Öhman", born=date(2001, 2, 3), number=914, phone="+358 44 987 6543"
        ),
        "virtanen": add_client(
            store,
            "Ville Matias",
            "Virtanen",
            born=date(1990, 11, 30),
            phone=None,
            street="Mannerheimintie 3",
        ),
    }


def test_names_with_a_and_o_with_dots_are_letters_of_their_own(store, people):
    assert found(store, "mäk") == {people["mäkinen"]}
    assert found(store, "MÄKINEN") == {people["mäkinen"]}
    assert found(store, "mak") == {people["makinen"]}
    assert found(store, "öh") == {people["öhman"]}
    assert found(store, "oh") == set()
    assert found(store, "Örj") == {people["öhman"]}


def test_every_word_is_a_prefix_and_all_words_must_match(store, people):
    assert found(store, "ma") == {people["makinen"], people["mäkinen"], people["virtanen"]}
    assert found(store, "virt mat") == {people["virtanen"]}
    assert found(store, "mat virt") == {people["virtanen"]}
    assert found(store, "virt maij") == set()


def test_the_hetu_is_found_with_and_without_its_century_sign(store, people):
    code = hetu_of(store, people["mäkinen"])
    assert code[6] == "-"
    compact = code[:6] + code[7:]
    for typed in (code, code.lower(), compact, code[:8], compact[:8], code[:6]):
        assert found(store, typed) == {people["mäkinen"]}, typed


def test_a_hetu_of_someone_born_in_the_2000s_keeps_its_letter(store, people):
    code = hetu_of(store, people["öhman"])
    assert code[6] == "A"
    assert found(store, code) == {people["öhman"]}
    assert found(store, code[:6] + code[7:]) == {people["öhman"]}


def test_a_phone_number_is_found_however_it_is_written(store, people):
    for typed in ("040 123 4567", "0401234567", "040-1234567", "040 1234", "+358 40 123 4567"):
        assert found(store, typed) == {people["mäkinen"]}, typed
    # Written with the country code in the record, typed the Finnish way, and back.
    for typed in ("044 987 6543", "0449876543", "+358 44 987", "358449876543"):
        assert found(store, typed) == {people["öhman"]}, typed


def test_the_address_is_searched(store, people):
    assert found(store, "mannerh") == {people["virtanen"]}
    assert found(store, "testikatu 5") == {people["makinen"], people["mäkinen"], people["öhman"]}
    assert found(store, "00530 virt") == {people["virtanen"]}


def test_a_tombstoned_client_is_never_found(store, people):
    with store.session() as session, session.begin():
        client = session.get(Client, people["mäkinen"])
        assert client is not None
        client.deleted_at = utcnow()
    assert found(store, "mäkinen") == set()
    assert found(store, "040 123 4567") == set()
    assert found(store, "maija") == set()


def test_a_client_brought_back_from_the_tombstone_is_found_again(store, people):
    for deleted_at in (utcnow(), None):
        with store.session() as session, session.begin():
            client = session.get(Client, people["öhman"])
            assert client is not None
            client.deleted_at = deleted_at
    assert found(store, "öhman") == {people["öhman"]}


def test_the_index_follows_every_update(store, people):
    with store.session() as session, session.begin():
        client = session.get(Client, people["virtanen"])
        assert client is not None
        client.last_name = "Lindqvist"
        client.phone = "09 310 5015"
        client.street_address = "Kallioinkatu 1"
    assert found(store, "virtanen") == set()
    assert found(store, "mannerheim") == set()
    assert found(store, "lindq ville") == {people["virtanen"]}
    assert found(store, "093105015") == {people["virtanen"]}
    assert found(store, "kallioinkatu") == {people["virtanen"]}


def test_an_update_of_an_unsearched_field_leaves_the_index_as_it_was(store, people):
    with store.session() as session, session.begin():
        client = session.get(Client, people["makinen"])
        assert client is not None
        client.background_notes = "Muutti Kallioon."
    assert found(store, "makinen") == {people["makinen"]}
    assert found(store, "kallio") == set()


def test_a_client_purged_from_the_device_leaves_the_index(store, people):
    with store.session() as session, session.begin(), capture.applying_remote(session):
        connection = session.connection()
        begin_remote_apply(connection)
        purge_client(connection, people["makinen"])
        end_remote_apply(connection)
    assert found(store, "makinen") == set()
    assert found(store, "mäkinen") == {people["mäkinen"]}


def test_typing_query_syntax_is_searched_as_text_and_never_fails(store, people):
    for typed in ('"', "*", "ma*", "AND", "virt OR", "NEAR(ma", "^ma", "name:virt", "-", "'"):
        found(store, typed)  # no syntax error
    assert found(store, "virt OR") == set()  # "or" is a word to find, not an operator
    assert found(store, "  -  ") == set()


def test_the_index_can_be_rebuilt_from_the_clients(store, people):
    with store.session() as session, session.begin():
        rebuild_search_index(session)
    assert found(store, "mäk") == {people["mäkinen"]}
    assert found(store, "ma") == {people["makinen"], people["mäkinen"], people["virtanen"]}


def test_clients_written_before_the_index_existed_are_found_after_the_upgrade(store):
    client_id = new_id()
    with store.engine.begin() as connection, capture.schema_migration(connection):
        command.downgrade(migrate.alembic_config(connection), "0002")
        # Only the columns a 0002 store has: the ORM of today knows later ones (e-mail).
        connection.execute(
            Client.__table__.insert().values(
                id=client_id, first_names="Aino", last_name="Äijälä",
                hetu=make_hetu(date(1980, 5, 17), 902), birth_date=date(1980, 5, 17),
                sex=Sex.FEMALE,
            )
        )  # fmt: skip
    assert migrate.upgrade(store.engine, backup=lambda _revision: None)
    assert found(store, "äijä") == {client_id}


def test_a_search_is_logged_without_what_was_typed(store, people):
    typed = "mäkinen"
    with store.session() as session, session.begin():
        search_client_ids(session, typed)
        log_search(session)
    with store.session() as session:
        entries = list(session.scalars(select(AccessLogEntry)))
    assert [(e.action, e.client_id) for e in entries] == [(AccessAction.SEARCH, None)]
    assert typed not in entries[0].canonical().decode()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("virt mat", '"virt"* AND "mat"*'),
        ("Mäkinen", '"mäkinen"*'),
        ("131052-308T", '("131052"* AND "308t"*) OR ("131052308t"*)'),
        ("+358 40 123", '("358"* AND "40"* AND "123"*) OR ("35840123"*) OR ("040123"*)'),
        ("", None),
        ("--", None),
    ],
)
def test_what_is_typed_becomes_a_prefix_query(typed, expected):
    assert match_expression(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("040 123 4567", "0401234567"),
        ("131052-308T", "131052308t"),
        ("Testikatu 12", None),
        ("12", None),
        ("virtanen", None),
    ],
)
def test_only_what_reads_as_a_number_is_compacted(typed, expected):
    assert compact_number(typed) == expected
