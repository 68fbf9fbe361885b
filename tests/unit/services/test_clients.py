"""The client service: validation per field with stable codes, create, update, find."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from astu_desktop.models import Client
from astu_desktop.models.base import utcnow
from astu_desktop.models.hetu import Sex, make_hetu
from astu_desktop.services.clients import (
    ClientInput,
    ClientNotFound,
    DuplicateHetu,
    InvalidClient,
    create_client,
    create_clients,
    find_by_hetu,
    parse_client_input,
    update_client,
)
from astu_desktop.store.casestore import CaseStore
from tests.outboxkit import WaitingRow, waiting_fields, waiting_rows

BORN = date(1978, 11, 2)
HETU = make_hetu(BORN, 908)  # 021178-908K, a test code (individual number 900-999)
HETU_Y = make_hetu(BORN, 908, sign="Y")  # same digits, another person
OTHER_HETU = make_hetu(date(1985, 7, 23), 915)


def details(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "first_names": "Pekka Juhani",
        "last_name": "Koekäyttäjä",
        "hetu": HETU,
        "phone": "+358 50 765 4321",
        "street_address": "Kokeilutie 2 B 12",
        "postal_code": "00510",
        "city": "Helsinki",
        "languages": ["fi", "en"],
        "preferred_language": "fi",
        "needs_interpreter": False,
    }
    return {**base, **overrides}


def add_client(store: CaseStore, **overrides: Any) -> str:
    with store.session() as s, s.begin():
        return create_client(s, parse_client_input(details(**overrides))).id


def outbox_fields(store: CaseStore, client_id: str) -> dict[str, Any]:
    with store.session() as s:
        return waiting_fields(s, client_id)


def outbox_rows(store: CaseStore, client_id: str) -> list[WaitingRow]:
    with store.session() as s:
        return waiting_rows(s, client_id)


def client_count(store: CaseStore) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Client)) or 0


# -- validation -------------------------------------------------------------------


def test_valid_details_are_cleaned() -> None:
    data = parse_client_input(
        details(
            first_names="  Pekka  ",
            hetu=HETU.lower(),
            languages="FI|sv en",
            phone=" ",
            needs_interpreter="Kyllä",
        )
    )

    assert data.first_names == "Pekka"
    assert data.hetu == HETU.upper()
    assert data.languages == ["fi", "sv", "en"]
    assert data.phone is None
    assert data.needs_interpreter is True


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("first_names", "", "required"),
        ("first_names", "   ", "required"),
        ("last_name", None, "required"),
        ("last_name", "x" * 121, "too_long"),
        ("first_names", 42, "wrong_type"),
        ("first_names", "Pek\x00ka", "invalid_characters"),
        ("street_address", "Katu 1\nA 5", "invalid_characters"),
        ("city", "Hel\u2028sinki", "invalid_characters"),
        ("last_name", "\u202enenatriV", "invalid_characters"),  # would show as "Virtanen"
        ("hetu", "", "empty"),
        ("hetu", "021178-908X", "checksum"),
        ("hetu", "311378-908K", "date"),
        ("hetu", "02117-908K", "shape"),
        ("hetu", "021178Q908K", "century_sign"),
        ("hetu", "021178-908K\u202e", "hidden_characters"),  # full-width is NFKC-read
        ("postal_code", "0051", "postal_code_format"),
        ("postal_code", "00510 Helsinki", "postal_code_format"),
        ("phone", "040 abc 123", "phone_format"),
        ("phone", "040+123", "phone_format"),
        ("phone", "1" * 41, "too_long"),
        ("languages", ["fi", "xx"], "language_code"),
        ("languages", "finnish", "language_code"),
        ("languages", {"fi": True}, "wrong_type"),
        ("preferred_language", "FIN", "language_code"),
        ("needs_interpreter", "ehkä", "not_yes_no"),
        ("nickname", "Pekka", "unknown_field"),
    ],
)
def test_each_problem_has_a_stable_code_on_its_field(field: str, value: object, code: str) -> None:
    with pytest.raises(InvalidClient) as refused:
        parse_client_input(details(**{field: value}))

    assert refused.value.problems == {field: (code,)}


def test_missing_required_fields_are_all_reported_at_once() -> None:
    with pytest.raises(InvalidClient) as refused:
        parse_client_input({"phone": "040 1"})

    assert refused.value.problems == {
        "first_names": ("required",),
        "last_name": ("required",),
        "hetu": ("empty",),
    }


def test_something_other_than_an_object_is_refused_as_a_whole() -> None:
    with pytest.raises(InvalidClient) as refused:
        parse_client_input(["Pekka", HETU])

    assert refused.value.problems == {"row": ("not_an_object",)}


def test_refusals_never_repeat_the_personal_data() -> None:
    with pytest.raises(InvalidClient) as refused:
        parse_client_input(details(hetu="021178-908X", phone="Koekäyttäjä", Salainen="x"))

    message = str(refused.value)
    assert "021178" not in message
    assert "Koekäyttäjä" not in message
    assert "Salainen" not in message
    assert "hetu: checksum" in message


# -- create -----------------------------------------------------------------------


def test_created_client_is_stored_with_birth_date_and_sex_from_the_code(
    store: CaseStore,
) -> None:
    client_id = add_client(store, hetu=HETU.lower())

    with store.session() as s:
        client = s.get_one(Client, client_id)
        assert client.hetu == HETU.upper()
        assert client.birth_date == BORN
        assert client.sex is Sex.FEMALE
        assert client.languages == ["fi", "en"]
        assert client.full_name == "Pekka Juhani Koekäyttäjä"


def test_creating_a_client_records_its_fields_for_sync(store: CaseStore) -> None:
    client_id = add_client(store, street_address=None)

    fields = outbox_fields(store, client_id)
    assert {"first_names", "last_name", "hetu", "birth_date", "languages"} <= set(fields)
    assert "street_address" not in fields


def test_the_id_is_known_before_anything_is_written(store: CaseStore) -> None:
    with store.session() as s, s.begin():
        client = create_client(s, parse_client_input(details()))
        assert client.id
        s.flush()
        assert s.get_one(Client, client.id) is client


def test_a_duplicate_hetu_is_refused_with_the_existing_id(store: CaseStore) -> None:
    existing = add_client(store)

    with store.session() as s, s.begin(), pytest.raises(DuplicateHetu) as refused:
        create_client(s, parse_client_input(details(first_names="Toinen", hetu=HETU.lower())))

    assert refused.value.existing_client_id == existing
    assert refused.value.code == "duplicate_hetu"
    assert HETU not in str(refused.value)
    assert client_count(store) == 1


def test_dash_and_y_codes_with_the_same_digits_are_two_people(store: CaseStore) -> None:
    first = add_client(store, hetu=HETU)
    second = add_client(store, hetu=HETU_Y, first_names="Vilja")

    assert first != second
    assert client_count(store) == 2


def test_a_tombstoned_client_still_holds_its_hetu(store: CaseStore) -> None:
    client_id = add_client(store)
    with store.session() as s, s.begin():
        s.get_one(Client, client_id).deleted_at = utcnow()

    with store.session() as s, s.begin(), pytest.raises(DuplicateHetu):
        create_client(s, parse_client_input(details()))


def test_a_batch_with_the_same_hetu_twice_is_refused_whole(store: CaseStore) -> None:
    batch = [parse_client_input(details()), parse_client_input(details(first_names="Toinen"))]

    with store.session() as s, s.begin(), pytest.raises(DuplicateHetu) as refused:
        create_clients(s, batch)

    assert refused.value.existing_client_id is None
    assert client_count(store) == 0


# -- update -----------------------------------------------------------------------


def test_update_records_only_the_fields_that_changed(store: CaseStore) -> None:
    client_id = add_client(store)
    (created,) = outbox_rows(store, client_id)

    with store.session() as s, s.begin():
        update_client(s, client_id, {"city": "Espoo", "last_name": "Koekäyttäjä", "phone": None})

    (waiting,) = outbox_rows(store, client_id)  # still unsent: the edit joined its row
    edited = {name for name in waiting.fields if waiting.stamp_of(name) != created.stamp}
    assert edited == {"city", "phone"}
    assert (waiting.fields["city"], waiting.fields["phone"]) == ("Espoo", None)
    assert waiting.fields["last_name"] == created.fields["last_name"]
    with store.session() as s:
        client = s.get_one(Client, client_id)
        assert (client.city, client.phone, client.last_name) == ("Espoo", None, "Koekäyttäjä")


def test_update_cleans_values_like_create(store: CaseStore) -> None:
    client_id = add_client(store)

    with store.session() as s, s.begin():
        update_client(s, client_id, {"languages": "SV|fi", "first_names": "  Pekka "})

    with store.session() as s:
        client = s.get_one(Client, client_id)
        assert (client.languages, client.first_names) == (["sv", "fi"], "Pekka")


def test_an_unchanged_update_records_nothing(store: CaseStore) -> None:
    client_id = add_client(store)
    before = outbox_rows(store, client_id)

    with store.session() as s, s.begin():
        update_client(s, client_id, {"hetu": HETU.lower(), "languages": ["fi", "en"]})

    assert outbox_rows(store, client_id) == before  # the same values and the same stamps


def test_changing_the_hetu_rederives_birth_date_and_sex(store: CaseStore) -> None:
    client_id = add_client(store)

    with store.session() as s, s.begin():
        update_client(s, client_id, {"hetu": OTHER_HETU})

    with store.session() as s:
        client = s.get_one(Client, client_id)
        assert (client.hetu, client.birth_date, client.sex) == (
            OTHER_HETU,
            date(1985, 7, 23),
            Sex.MALE,
        )


def test_invalid_changes_are_refused_and_nothing_changes(store: CaseStore) -> None:
    client_id = add_client(store)

    with store.session() as s, s.begin(), pytest.raises(InvalidClient) as refused:
        update_client(s, client_id, {"postal_code": "1", "nickname": "P", "city": "Vantaa"})

    assert refused.value.problems == {
        "postal_code": ("postal_code_format",),
        "nickname": ("unknown_field",),
    }
    with store.session() as s:
        assert s.get_one(Client, client_id).city == "Helsinki"


def test_taking_another_clients_hetu_is_refused(store: CaseStore) -> None:
    other = add_client(store, hetu=OTHER_HETU)
    client_id = add_client(store)

    with store.session() as s, s.begin(), pytest.raises(DuplicateHetu) as refused:
        update_client(s, client_id, {"hetu": OTHER_HETU})

    assert refused.value.existing_client_id == other


def test_updating_a_missing_or_tombstoned_client_is_refused(store: CaseStore) -> None:
    client_id = add_client(store)
    with store.session() as s, s.begin():
        s.get_one(Client, client_id).deleted_at = utcnow()

    with store.session() as s, s.begin():
        with pytest.raises(ClientNotFound):
            update_client(s, client_id, {"city": "Espoo"})
        with pytest.raises(ClientNotFound):
            update_client(s, "no-such-id", {"city": "Espoo"})


# -- find -------------------------------------------------------------------------


def test_find_by_hetu_is_case_blind_but_tells_dash_and_y_apart(store: CaseStore) -> None:
    dash = add_client(store, hetu=HETU)
    y = add_client(store, hetu=HETU_Y, first_names="Vilja")

    with store.session() as s:
        assert _id(find_by_hetu(s, f" {HETU.lower()} ")) == dash
        assert _id(find_by_hetu(s, HETU_Y.lower())) == y
        assert find_by_hetu(s, OTHER_HETU) is None


def test_find_by_hetu_skips_tombstoned_clients_unless_asked(store: CaseStore) -> None:
    client_id = add_client(store)
    with store.session() as s, s.begin():
        s.get_one(Client, client_id).deleted_at = utcnow()

    with store.session() as s:
        assert find_by_hetu(s, HETU) is None
        assert _id(find_by_hetu(s, HETU, include_deleted=True)) == client_id


def _id(client: Client | None) -> str | None:
    return None if client is None else client.id


def test_client_input_is_the_shape_the_ui_builds() -> None:
    data = ClientInput(first_names="Aino", last_name="Testinen", hetu=OTHER_HETU)

    assert data.languages == []
    assert data.needs_interpreter is False
