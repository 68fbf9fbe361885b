"""Importing clients from CSV and JSON: all rows or none, every problem with its line."""

from __future__ import annotations

import codecs
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from astu_desktop.models import Client, OutboxChange
from astu_desktop.models.base import utcnow
from astu_desktop.models.hetu import make_hetu
from astu_desktop.services.clients import create_client, parse_client_input
from astu_desktop.services.importer import (
    MAX_FILE_BYTES,
    BadRow,
    ImportFailed,
    ImportFileUnreadable,
    ImportRejected,
    ImportResult,
    Unreadable,
    import_clients,
)
from astu_desktop.store.casestore import CaseStore
from tests.outboxkit import waiting_rows

SAMPLES = Path(__file__).parents[2] / "data" / "import"
FI_HEADER = "etunimet;sukunimi;henkilötunnus"


def run_import(store: CaseStore, path: Path) -> ImportResult:
    with store.session() as s, s.begin():
        return import_clients(s, path)


def stored_counts(store: CaseStore) -> tuple[int, int]:
    """Clients and outbox rows: an import that fails must leave both as they were."""
    with store.session() as s:
        clients = s.scalar(select(func.count()).select_from(Client)) or 0
        changes = s.scalar(select(func.count()).select_from(OutboxChange)) or 0
        return clients, changes


def clients_by_hetu(store: CaseStore) -> dict[str, Client]:
    with store.session() as s:
        return {client.hetu: client for client in s.scalars(select(Client))}


def add_existing(store: CaseStore, hetu: str) -> str:
    raw = {"first_names": "Olemassa", "last_name": "Oleva", "hetu": hetu}
    with store.session() as s, s.begin():
        return create_client(s, parse_client_input(raw)).id


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


# -- good files -------------------------------------------------------------------


def test_finnish_semicolon_csv_with_bom_imports_every_client(store: CaseStore) -> None:
    result = run_import(store, SAMPLES / "clients_fi_semicolon_bom.csv")

    assert (result.file_format, result.created) == ("csv", 3)
    clients = clients_by_hetu(store)
    assert set(clients) == {"140361-9018", "021178-908K", "230785-915X"}
    aino = clients["140361-9018"]
    assert (aino.first_names, aino.last_name) == ("Aino Maria", "Testinen")
    assert (aino.phone, aino.postal_code, aino.city) == ("040 123 4567", "00100", "Helsinki")
    assert (aino.languages, aino.preferred_language) == (["fi", "sv"], "fi")
    assert clients["021178-908K"].street_address == "Kokeilutie 2; B 12"
    assert clients["021178-908K"].languages == ["fi", "en"]
    ulle = clients["230785-915X"]
    assert (ulle.first_names, ulle.phone, ulle.city) == ("Ülle", None, None)
    assert ulle.preferred_language == "et"


def test_english_comma_csv_imports(store: CaseStore) -> None:
    result = run_import(store, SAMPLES / "clients_en_comma.csv")

    assert result.created == 2
    sami = clients_by_hetu(store)["300190-9224"]
    assert sami.street_address == "Harjoituskuja 3, as 7"
    assert (sami.languages, sami.preferred_language) == (["ar", "fi"], "ar")
    assert sami.needs_interpreter is True
    assert clients_by_hetu(store)["010594-929W"].needs_interpreter is False


@pytest.mark.parametrize("name", ["clients.json", "clients_wrapped.json"])
def test_json_list_and_wrapped_list_import(store: CaseStore, name: str) -> None:
    result = run_import(store, SAMPLES / name)

    assert (result.file_format, result.created) == ("json", 2)
    assert len(clients_by_hetu(store)) == 2


def test_json_keeps_every_detail(store: CaseStore) -> None:
    run_import(store, SAMPLES / "clients.json")

    juho = clients_by_hetu(store)["311299-936D"]
    assert (juho.languages, juho.preferred_language, juho.needs_interpreter) == (
        ["fi", "ru"],
        "ru",
        True,
    )
    assert juho.birth_date == date(1999, 12, 31)


def test_the_result_names_the_new_clients_and_sync_knows_them(store: CaseStore) -> None:
    result = run_import(store, SAMPLES / "clients.json")

    with store.session() as s:
        assert set(s.scalars(select(Client.id))) == set(result.client_ids)
        captured = {row.row_id for row in waiting_rows(s) if "hetu" in row.fields}
        assert captured == set(result.client_ids)


def test_dash_and_y_codes_import_as_two_clients(store: CaseStore) -> None:
    result = run_import(store, SAMPLES / "dash_and_y_pair.csv")

    assert result.created == 2
    assert {"091082-9644", "091082Y9644"} == set(clients_by_hetu(store))


def test_import_happens_in_the_callers_transaction(store: CaseStore) -> None:
    with store.session() as s:
        s.begin()
        assert import_clients(s, SAMPLES / "clients.json").created == 2
        s.rollback()

    assert stored_counts(store) == (0, 0)


def test_a_mother_tongue_beside_a_service_language_is_kept_as_a_language(
    store: CaseStore, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "kielet.csv",
        f"{FI_HEADER};kielet;äidinkieli;asiointikieli\nAino;Testinen;140361-9018;fi;so;fi\n",
    )

    run_import(store, path)

    aino = clients_by_hetu(store)["140361-9018"]
    assert (aino.languages, aino.preferred_language) == (["fi", "so"], "fi")


def test_blank_lines_and_an_empty_trailing_column_are_accepted(
    store: CaseStore, tmp_path: Path
) -> None:
    path = write(tmp_path, "excel.csv", f"\n{FI_HEADER};\n\nAino;Testinen;140361-9018;\n;;;\n")

    assert run_import(store, path).created == 1


# -- bad rows ---------------------------------------------------------------------


def test_three_bad_rows_import_nothing_and_each_is_reported(store: CaseStore) -> None:
    add_existing(store, make_hetu(date(1969, 4, 17), 957))
    before = stored_counts(store)

    with pytest.raises(ImportRejected) as rejected:
        run_import(store, SAMPLES / "three_bad_rows.csv")

    assert stored_counts(store) == before
    assert rejected.value.total_rows == 6
    assert rejected.value.bad_rows == [
        BadRow(index=2, line=3, problems={"hetu": ("checksum",)}),
        # a quoted address over lines 4-5: reported where the row starts
        BadRow(index=3, line=4, problems={"street_address": ("invalid_characters",)}),
        # line 7 is blank and still counted
        BadRow(
            index=5,
            line=8,
            problems={
                "last_name": ("required",),
                "phone": ("phone_format",),
                "postal_code": ("postal_code_format",),
            },
        ),
    ]


def test_bad_json_rows_are_reported_by_index_and_line(store: CaseStore) -> None:
    with pytest.raises(ImportRejected) as rejected:
        run_import(store, SAMPLES / "bad_rows.json")

    assert stored_counts(store) == (0, 0)
    assert rejected.value.bad_rows == [
        BadRow(index=1, line=2, problems={"hetu": ("duplicate_in_file",)}),
        BadRow(index=2, line=3, problems={"row": ("not_an_object",)}),
        BadRow(index=3, line=4, problems={"hetu": ("checksum",), "postal_code": ("wrong_type",)}),
        BadRow(
            index=4,
            line=10,
            problems={"nickname": ("unknown_field",), "hetu": ("duplicate_in_file",)},
        ),
    ]


def test_a_client_already_in_the_store_is_a_bad_row(store: CaseStore) -> None:
    add_existing(store, "021178-908K")
    before = stored_counts(store)

    with pytest.raises(ImportRejected) as rejected:
        run_import(store, SAMPLES / "clients_fi_semicolon_bom.csv")

    assert stored_counts(store) == before
    assert rejected.value.bad_rows == [
        BadRow(index=2, line=3, problems={"hetu": ("already_in_store",)})
    ]


def test_a_tombstoned_client_still_counts_as_already_in_the_store(store: CaseStore) -> None:
    client_id = add_existing(store, "311299-936D")
    with store.session() as s, s.begin():
        s.get_one(Client, client_id).deleted_at = utcnow()

    with pytest.raises(ImportRejected) as rejected:
        run_import(store, SAMPLES / "clients.json")

    assert rejected.value.bad_rows[0].problems == {"hetu": ("already_in_store",)}


def test_a_duplicate_is_found_even_when_the_row_has_other_problems(
    store: CaseStore, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "dup.csv",
        f"{FI_HEADER};postinumero\nAino;Testinen;140361-9018;00100\nAino;T;140361-9018;1\n",
    )

    with pytest.raises(ImportRejected) as rejected:
        run_import(store, path)

    assert [row.problems for row in rejected.value.bad_rows] == [
        {"hetu": ("duplicate_in_file",)},
        {"postal_code": ("postal_code_format",), "hetu": ("duplicate_in_file",)},
    ]


def test_rows_that_do_not_fit_the_header_are_bad_rows(store: CaseStore, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "columns.csv",
        f"{FI_HEADER};\nAino;Testinen;140361-9018;;extra\nPekka;K;021178-908K;stray\n",
    )

    with pytest.raises(ImportRejected) as rejected:
        run_import(store, path)

    assert rejected.value.bad_rows == [
        BadRow(index=1, line=2, problems={"row": ("column_count",)}),
        BadRow(index=2, line=3, problems={"row": ("value_without_column",)}),
    ]


def test_rejections_carry_no_personal_data(store: CaseStore) -> None:
    with pytest.raises(ImportRejected) as rejected:
        run_import(store, SAMPLES / "three_bad_rows.csv")

    told = f"{rejected.value} {rejected.value.bad_rows!r}"
    for personal in ("Pekka", "Koekäyttäjä", "021178", "Harjoituskuja", "040 abc", "0098"):
        assert personal not in told


# -- broken files -----------------------------------------------------------------

GOOD_ROW = "Aino;Testinen;140361-9018\n"
BROKEN_FILES = [
    ("empty.csv", b"", Unreadable.EMPTY_FILE, None),
    ("bom_only.csv", codecs.BOM_UTF8 + b" \r\n\n", Unreadable.EMPTY_FILE, None),
    ("blank_records.csv", b";;;\n;;\n", Unreadable.EMPTY_FILE, None),
    ("latin1.csv", f"{FI_HEADER}\n{GOOD_ROW}".encode("latin-1"), Unreadable.NOT_UTF8, 1),
    ("utf16.csv", f"{FI_HEADER}\n{GOOD_ROW}".encode("utf-16"), Unreadable.NOT_UTF8, 1),
    ("junk.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Unreadable.NOT_UTF8, 1),
    ("nul.csv", f"{FI_HEADER}\n{GOOD_ROW}Aino\x00".encode(), Unreadable.BINARY_CONTENT, 3),
    ("header_only.csv", f"{FI_HEADER}\n".encode(), Unreadable.NO_ROWS, None),
    ("long.csv", f"{FI_HEADER}\nAino;{'x' * 20_000};1\n".encode(), Unreadable.LINE_TOO_LONG, 2),
    (
        "quote.csv",
        f'{FI_HEADER}\n{GOOD_ROW}Aino;"Testinen;1\nPekka;K;021178-908K\n'.encode(),
        Unreadable.MALFORMED_CSV,
        3,  # where the unclosed quote is, not where the file ends
    ),
    ("after_quote.csv", f'{FI_HEADER}\nAino;"Test"inen;1\n'.encode(), Unreadable.MALFORMED_CSV, 2),
    ("comma.json", b'[\n  {"hetu": "x"},\n  {"hetu": "y",}\n]', Unreadable.MALFORMED_JSON, 3),
    ("trailing.json", b'[{"hetu": "x"},]', Unreadable.MALFORMED_JSON, 1),
    ("unclosed.json", b'[{"hetu": "x"}', Unreadable.MALFORMED_JSON, 1),
    ("after.json", b'[{"hetu": "x"}]\n[]', Unreadable.MALFORMED_JSON, 2),
    ("deep.json", b"[" * 100_000, Unreadable.MALFORMED_JSON, 1),
    ("digits.json", b"[" + b"9" * 5000 + b"]", Unreadable.MALFORMED_JSON, 1),
    ("text.json", b'"clients"', Unreadable.WRONG_STRUCTURE, 1),
    ("other_key.json", b'{"asiakkaat": []}', Unreadable.WRONG_STRUCTURE, 1),
    ("twice.json", b'{"clients": [], "clients": []}', Unreadable.WRONG_STRUCTURE, 1),
    ("not_list.json", b'{"clients": {"hetu": "x"}}', Unreadable.WRONG_STRUCTURE, 1),
    ("no_items.json", b"[]", Unreadable.NO_ROWS, None),
    ("no_clients.json", b'{"clients": []}', Unreadable.NO_ROWS, None),
]


@pytest.mark.parametrize(
    ("name", "content", "reason", "line"),
    BROKEN_FILES,
    ids=[case[0] for case in BROKEN_FILES],
)
def test_broken_files_are_refused_with_a_reason_and_change_nothing(
    store: CaseStore,
    tmp_path: Path,
    name: str,
    content: bytes,
    reason: Unreadable,
    line: int | None,
) -> None:
    add_existing(store, "021178-908K")
    before = stored_counts(store)

    with pytest.raises(ImportFileUnreadable) as refused:
        run_import(store, write(tmp_path, name, content))

    assert (refused.value.reason, refused.value.line) == (reason, line)
    assert stored_counts(store) == before


@pytest.mark.parametrize(
    ("header", "reason", "fields", "column_numbers"),
    [
        ("etunimet;sukunimi", Unreadable.MISSING_COLUMNS, ("hetu",), ()),
        ("nimi;osoite", Unreadable.MISSING_COLUMNS, ("first_names", "last_name", "hetu"), ()),
        (f"{FI_HEADER};first_names", Unreadable.DUPLICATE_COLUMNS, ("first_names",), ()),
        (f"{FI_HEADER};lempinimi;puhelin;x", Unreadable.UNKNOWN_COLUMNS, (), (4, 6)),
    ],
)
def test_a_header_that_does_not_fit_is_refused_with_the_columns_named(
    store: CaseStore,
    tmp_path: Path,
    header: str,
    reason: Unreadable,
    fields: tuple[str, ...],
    column_numbers: tuple[int, ...],
) -> None:
    path = write(tmp_path, "header.csv", f"\n{header}\n{GOOD_ROW}")

    with pytest.raises(ImportFileUnreadable) as refused:
        run_import(store, path)

    failure = refused.value
    assert (failure.reason, failure.line, failure.fields) == (reason, 2, fields)
    assert failure.column_numbers == column_numbers
    assert stored_counts(store) == (0, 0)


def test_a_file_that_cannot_be_opened_is_refused(store: CaseStore, tmp_path: Path) -> None:
    for path in (tmp_path / "missing.csv", tmp_path):
        with pytest.raises(ImportFileUnreadable) as refused:
            run_import(store, path)
        assert refused.value.reason is Unreadable.CANNOT_OPEN


def test_a_file_over_the_size_limit_is_refused_unread(store: CaseStore, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)

    with pytest.raises(ImportFileUnreadable) as refused:
        run_import(store, path)

    assert refused.value.reason is Unreadable.TOO_LARGE


def test_the_format_follows_the_content_when_the_name_says_nothing(
    store: CaseStore, tmp_path: Path
) -> None:
    json_text = (SAMPLES / "clients.json").read_bytes()
    csv_text = (SAMPLES / "dash_and_y_pair.csv").read_bytes()

    assert run_import(store, write(tmp_path, "export1", json_text)).file_format == "json"
    assert run_import(store, write(tmp_path, "export2", csv_text)).file_format == "csv"


# -- robustness -------------------------------------------------------------------

_CSV_PIECES = st.sampled_from(
    [FI_HEADER, "first_names,last_name,hetu", ";", ",", "\t", '"', "\n", "\r\n", "\r", "",
     "Aino", "140361-9018", "021178Y908K", "00100", "fi|sv", "[", "]", "{", "}", ":",
     '"clients"', '"hetu"', "null", "true", "1e999", "\\u0000", "\ufeff", "ä"]
)  # fmt: skip
_IMPORT_BYTES = st.one_of(
    st.binary(max_size=2000),
    st.lists(_CSV_PIECES, max_size=60).map(lambda pieces: "".join(pieces).encode()),
    st.lists(st.one_of(_CSV_PIECES.map(str.encode), st.binary(max_size=8)), max_size=60).map(
        b"".join
    ),
)


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(content=_IMPORT_BYTES, suffix=st.sampled_from([".csv", ".json", ""]))
def test_any_bytes_either_import_or_fail_with_the_importers_own_error(
    store: CaseStore, tmp_path: Path, content: bytes, suffix: str
) -> None:
    path = write(tmp_path, f"fuzz{suffix}", content)

    with store.session() as s:
        s.begin()
        try:
            result = import_clients(s, path)
        except ImportFailed:
            pass
        else:
            assert result.created == len(set(result.client_ids))
        finally:
            s.rollback()


@pytest.mark.slow
def test_ten_thousand_rows_import(store: CaseStore, tmp_path: Path) -> None:
    lines = [f"{FI_HEADER};kielet"]
    day = date(1950, 1, 1)
    while len(lines) <= 10_000:
        lines += [f"Testi;Henkilö;{make_hetu(day, number)};fi|sv" for number in range(900, 1000)]
        day += timedelta(days=1)
    path = write(tmp_path, "big.csv", "\n".join(lines[:10_001]) + "\n")

    assert run_import(store, path).created == 10_000
    assert stored_counts(store)[0] == 10_000
