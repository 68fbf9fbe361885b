"""The henkilötunnus: what is accepted, what is refused, and what is derived from it.

Check characters are computed here from the published rule, independently of the
module under test, so a wrong table or a wrong modulus in the module fails these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from astu_desktop.models import Client
from astu_desktop.models.hetu import (
    HetuProblem,
    InvalidHetu,
    Sex,
    is_valid_hetu,
    make_hetu,
    masked_for_display,
    parse_hetu,
)
from astu_desktop.store.casestore import CaseStore

TODAY = date(2026, 6, 1)
CHECK_TABLE = "0123456789ABCDEFHJKLMNPRSTUVWXY"
SIGNS = {1800: "+", 1900: "-YXWVU", 2000: "ABCDEF"}


def check_char(ddmmyy: str, individual: str) -> str:
    return CHECK_TABLE[int(ddmmyy + individual) % 31]


def code(ddmmyy: str, sign: str, individual: str) -> str:
    return f"{ddmmyy}{sign}{individual}{check_char(ddmmyy, individual)}"


def problem_of(text: str, today: date = TODAY) -> HetuProblem:
    with pytest.raises(InvalidHetu) as refused:
        parse_hetu(text, today=today)
    return refused.value.problem


@pytest.mark.parametrize(
    ("text", "born", "sex"),
    [
        ("131052-308T", date(1952, 10, 13), Sex.FEMALE),  # the example in the official guide
        (code("010594", "-", "437"), date(1994, 5, 1), Sex.MALE),
        (code("311299", "-", "124"), date(1999, 12, 31), Sex.FEMALE),
        (code("010100", "A", "017"), date(2000, 1, 1), Sex.MALE),
        (code("290200", "A", "246"), date(2000, 2, 29), Sex.FEMALE),  # 2000 was a leap year
        (code("150385", "+", "335"), date(1885, 3, 15), Sex.MALE),
    ],
)
def test_valid_codes_give_birth_date_and_sex(text: str, born: date, sex: Sex) -> None:
    parsed = parse_hetu(text, today=TODAY)
    assert parsed.code == text
    assert parsed.birth_date == born
    assert parsed.sex == sex
    assert parsed.temporary is False


@pytest.mark.parametrize(
    ("sign", "ddmmyy", "year"),
    [("+", "150385", 1885)]
    + [(sign, "150385", 1985) for sign in "-YXWVU"]
    + [(sign, "150310", 2010) for sign in "ABCDEF"],
)
def test_every_century_sign_is_accepted_and_kept(sign: str, ddmmyy: str, year: int) -> None:
    text = code(ddmmyy, sign, "436")
    parsed = parse_hetu(text, today=TODAY)
    assert parsed.code == text
    assert parsed.code[6] == sign
    assert parsed.birth_date == date(year, 3, 15)


@pytest.mark.parametrize("sign", ["G", "Z", "*", "/", " "])
def test_unknown_century_sign_is_refused(sign: str) -> None:
    assert problem_of(code("150385", sign, "436")) == HetuProblem.CENTURY_SIGN


@pytest.mark.parametrize(("individual", "temporary"), [("899", False), ("900", True),
                                                       ("950", True), ("999", True)])  # fmt: skip
def test_individual_numbers_900_to_999_are_valid_and_temporary(
    individual: str, temporary: bool
) -> None:
    parsed = parse_hetu(code("010594", "-", individual), today=TODAY)
    assert parsed.temporary is temporary


@pytest.mark.parametrize("individual", ["000", "001"])
def test_unused_individual_numbers_are_refused(individual: str) -> None:
    assert problem_of(code("010594", "-", individual)) == HetuProblem.INDIVIDUAL_NUMBER


def test_every_wrong_check_character_is_refused() -> None:
    valid = code("010594", "-", "903")
    for wrong in CHECK_TABLE.replace(valid[-1], ""):
        assert problem_of(valid[:-1] + wrong) == HetuProblem.CHECKSUM


@pytest.mark.parametrize(
    ("ddmmyy", "sign"),
    [
        ("310290", "-"),  # 31 February
        ("290201", "A"),  # 2001 was not a leap year
        ("290201", "-"),  # neither was 1901
        ("290200", "-"),  # 1900 was not a leap year (divisible by 100)
        ("001094", "-"),  # day zero
        ("011394", "-"),  # month 13
        ("320194", "-"),
    ],
)
def test_impossible_dates_are_refused(ddmmyy: str, sign: str) -> None:
    assert problem_of(code(ddmmyy, sign, "436")) == HetuProblem.DATE


def test_future_birth_dates_are_refused_but_today_is_not() -> None:
    assert problem_of(code("020626", "A", "436"), today=TODAY) == HetuProblem.FUTURE_DATE
    assert problem_of(code("311299", "F", "436"), today=TODAY) == HetuProblem.FUTURE_DATE
    assert parse_hetu(code("010626", "A", "436"), today=TODAY).birth_date == TODAY


def test_lower_case_input_is_accepted_and_stored_in_capitals() -> None:
    individual = next(f"{n:03d}" for n in range(2, 900) if check_char("010594", f"{n:03d}") > "9")
    upper = code("010594", "Y", individual)
    parsed = parse_hetu(f"  {upper.lower()} ", today=TODAY)
    assert parsed.code == upper
    assert is_valid_hetu(upper.lower(), today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "010594-903",  # one short
        "010594-90322",  # one long
        "01059-49032",
        "0105944-9032",
        "٠١٠٥٩٤-٩٠٣٢",  # Arabic-Indic digits: int() would accept them
    ],
)
def test_malformed_codes_are_refused(text: str) -> None:
    assert problem_of(text) in {HetuProblem.EMPTY, HetuProblem.SHAPE, HetuProblem.CENTURY_SIGN}
    assert not is_valid_hetu(text, today=TODAY)


@pytest.mark.parametrize(
    "variant",
    [
        "０１０５９４Ｙ９０３２",  # full-width digits and letter (NFKC)
        "010594\u04239032",  # Cyrillic capital U, which looks like Y
        "010594\u04439032",  # Cyrillic small u
        "010594\u03a59032",  # Greek capital upsilon
    ],
)
def test_look_alike_codes_are_read_as_the_one_code_they_look_like(variant: str) -> None:
    assert parse_hetu(variant, today=TODAY).code == "010594Y9032"


@pytest.mark.parametrize(
    "hidden",
    ["\u202e010594Y9032", "010594\u200bY9032", "010594Y9032\u2066", "0105\u00ad94Y9032"],
)
def test_codes_with_invisible_characters_are_refused(hidden: str) -> None:
    assert problem_of(hidden) is HetuProblem.HIDDEN_CHARACTERS


def test_refusal_message_does_not_repeat_the_code() -> None:
    text = code("010594", "-", "903")[:-1] + "Y"
    with pytest.raises(InvalidHetu) as refused:
        parse_hetu(text, today=TODAY)
    assert "010594" not in str(refused.value)


def test_masked_form_hides_the_individual_part() -> None:
    assert parse_hetu("131052-308T", today=TODAY).masked() == "131052-****"


def test_dash_and_y_codes_are_two_different_clients(store: CaseStore) -> None:
    individual = "903"
    dash = code("010594", "-", individual)
    y_code = code("010594", "Y", individual)
    assert dash[-1] == y_code[-1]  # the sign is not part of the checksum
    with store.session() as session, session.begin():
        session.add(Client(first_names="Aino", last_name="Virtanen", hetu=dash))
        session.add(Client(first_names="Eino", last_name="Virtanen", hetu=y_code.lower()))
    with store.session() as session:
        stored = dict(session.execute(select(Client.hetu, Client.first_names)).all())
    assert stored == {dash: "Aino", y_code: "Eino"}


def test_client_birth_date_and_sex_follow_the_code(store: CaseStore) -> None:
    with store.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu="131052-308T")
        session.add(client)
        assert (client.birth_date, client.sex) == (date(1952, 10, 13), Sex.FEMALE)
        client.hetu = code("010594", "-", "903")
        assert (client.birth_date, client.sex) == (date(1994, 5, 1), Sex.MALE)
    with store.session() as session:
        stored = session.scalars(select(Client)).one()
        assert (stored.birth_date, stored.sex) == (date(1994, 5, 1), Sex.MALE)


def test_client_with_invalid_code_is_refused_before_saving(store: CaseStore) -> None:
    with pytest.raises(InvalidHetu):
        Client(first_names="Aino", last_name="Virtanen", hetu="131052-308U")


@st.composite
def birth_dates_with_signs(draw: st.DrawFn) -> tuple[date, str]:
    born = draw(st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)))
    sign = draw(st.sampled_from(SIGNS[born.year // 100 * 100]))
    return born, sign


@settings(max_examples=200, deadline=None)
@given(birth_dates_with_signs(), st.integers(min_value=2, max_value=999))
def test_made_codes_parse_back_to_the_same_person(born_sign: tuple[date, str], n: int) -> None:
    born, sign = born_sign
    text = make_hetu(born, n, sign)
    assert text[-1] == check_char(born.strftime("%d%m%y"), f"{n:03d}")
    parsed = parse_hetu(text, today=date(2099, 12, 31))
    assert parsed.birth_date == born
    assert parsed.code[6] == sign
    assert parsed.sex == (Sex.MALE if n % 2 else Sex.FEMALE)
    assert parsed.temporary == (n >= 900)


def test_make_hetu_refuses_a_sign_of_another_century() -> None:
    with pytest.raises(ValueError, match="century"):
        make_hetu(date(1994, 5, 1), 903, "A")


def test_a_list_shows_a_dash_for_a_key_that_is_no_henkilotunnus():
    assert masked_for_display("131052-308T") == "131052-****"
    assert masked_for_display("~0123456789") == "–"
