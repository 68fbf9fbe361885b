"""Drafting, signing and amending documents in a real encrypted store."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy.exc import DBAPIError

from astu_desktop.models import Client, FormDocument, Worker
from astu_desktop.models.hetu import make_hetu
from astu_desktop.services import documents
from astu_desktop.services.case_facts import current_document, open_draft
from astu_desktop.services.documents import (
    AmendmentReasonInvalid,
    DocumentInvalid,
    DocumentNotFound,
    DocumentNotSigned,
    DocumentSigned,
    DocumentSuperseded,
)
from astu_desktop.store.casestore import CaseStore
from astu_protocol import forms as forms_module
from astu_protocol.codes import DocumentStatus, FormKey
from astu_protocol.forms import AnswerProblem, FormDefinition, definition
from tests.outboxkit import WaitingRow, waiting_rows

TODAY = date(2025, 3, 10)
NOW = datetime(2025, 3, 10, 14, 30, tzinfo=UTC)
AREAS = [
    "hygiene",
    "food",
    "money_management",
    "rent_payment",
    "cleanliness",
    "upkeep_repairs",
    "safety",
    "neighbours",
    "agencies_mail",
    "leisure",
]


@pytest.fixture
def people(store: CaseStore) -> tuple[str, str]:
    """A client and the field worker who writes their documents."""
    with store.session() as s, s.begin():
        client = Client(
            first_names="Aino Maria", last_name="Virtanen", hetu=make_hetu(date(1980, 5, 17), 923)
        )
        worker = Worker(username="tvirtala", full_name="Tiina Virtala")
        s.add_all([client, worker])
    return client.id, worker.id


def assessment_answers() -> dict[str, Any]:
    return {
        "current_housing": "emergency_shelter",
        "homeless_since": "2024-11-01",
        "earlier_eviction": True,
        "housing_history_notes": "Vuokrasuhde päättyi häätöön vuokravelan vuoksi 2023.",
        "household": "alone",
        "income_sources": ["unemployment_benefit", "housing_allowance", "other"],
        "income_other": "Satunnaiset keikkatyöt",
        "has_debts": True,
        "debt_amount": 350_000,
        "credit_default": True,
        "work_situation": "unemployed",
        "substances": ["alcohol"],
        "use_frequency": "weekly",
        "substance_treatment": True,
        "substance_treatment_notes": "A-klinikan asiakkuus.",
        "support_needs": ["homelessness", "rent_payment", "self_care_money"],
        "statements_consent": True,
        "statements": [
            {"source": "substance_services", "requested_on": "2025-03-03", "received": False},
            {
                "source": "earlier_housing_service",
                "requested_on": "2025-03-03",
                "received": True,
                "received_on": "2025-03-07",
            },
        ],
        "client_opinion": "Haluaa oman pienasunnon läheltä entistä asuinaluetta.",
        "alternatives_discussed": ["small_apartment", "support_home"],
        "worker_conclusion": "Tuen tarve vuokranmaksussa; pienasunto tuettuna soveltuu.",
        "sas_housing_type": "small_apartment",
        "sas_queue": "adults",
    }


def service_plan_answers(*, agree: bool = True) -> dict[str, Any]:
    answers: dict[str, Any] = {
        "plan_start": "2025-03-10",
        "responsible_worker": "Tiina Virtala",
        "goals": [
            {
                "goal": "Vuokra maksetaan ajallaan joka kuukausi.",
                "measures": "Suoraveloitus ja kuukausittainen läpikäynti.",
                "who_does_what": "Asiakas tekee valtakirjan, työntekijä tarkistaa maksut.",
                "due_by": "2025-05-01",
            }
        ],
        "guided_services": ["debt_counselling", "substance"],
        "review_date": "2025-08-29",
        "client_view": "Asiakas pitää tavoitteita sopivina.",
        "client_and_worker_agree": agree,
    }
    if not agree:
        answers["client_view_with_reasons"] = "Asiakas ei halua päihdepalveluihin."
        answers["worker_view_with_reasons"] = "Päihteiden käyttö uhkaa asumista."
    return answers


def living_skills_answers() -> dict[str, Any]:
    answers: dict[str, Any] = {
        f"{area}_score": score
        for area, score in zip(AREAS, [5, 4, 2, 1, 3, 3, 4, 5, 2, 4], strict=True)
    }
    answers["rent_payment_note"] = "Kaksi kuukautta vuokrarästiä."
    answers["next_steps"] = "Maksusuunnitelma vuokranantajan kanssa, kotikäynti kuukauden päästä."
    return answers


def create(store: CaseStore, people: tuple[str, str], form: FormKey, answers: Any) -> str:
    client_id, worker_id = people
    with store.session() as s, s.begin():
        document = documents.create_draft(
            s, client_id=client_id, form_key=form, author_id=worker_id, answers=answers, today=TODAY
        )
    return document.id


def sign(store: CaseStore, people: tuple[str, str], document_id: str) -> FormDocument:
    with store.session() as s, s.begin():
        return documents.sign(s, document_id, worker_id=people[1], now=NOW)


def amend(store: CaseStore, people: tuple[str, str], document_id: str) -> str:
    with store.session() as s, s.begin():
        amendment = documents.amend(
            s, document_id, author_id=people[1], reason="Korjattu tulotiedot", today=TODAY
        )
    return amendment.id


def load(store: CaseStore, document_id: str) -> FormDocument:
    with store.session() as s:
        return documents.get_document(s, document_id)


def paths_and_problems(error: DocumentInvalid) -> set[tuple[str, AnswerProblem]]:
    return {(e.path, e.problem) for e in error.errors}


# -- filling and signing each form ------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "answers"),
    [
        (FormKey.ASSESSMENT_INTERVIEW, assessment_answers()),
        (FormKey.SERVICE_PLAN, service_plan_answers()),
        (FormKey.LIVING_SKILLS_CHECK, living_skills_answers()),
    ],
)
def test_each_form_is_filled_saved_and_signed(
    store: CaseStore, people: tuple[str, str], form: FormKey, answers: dict[str, Any]
) -> None:
    document_id = create(store, people, form, {})
    with store.session() as s, s.begin():
        documents.save_draft(s, document_id, answers)
    sign(store, people, document_id)

    signed = load(store, document_id)
    assert signed.status == DocumentStatus.SIGNED
    assert signed.signed_by_id == people[1]
    assert signed.signed_at == NOW
    assert signed.answers == answers
    assert signed.form_version == 1
    assert signed.version_no == 1


def test_a_new_draft_is_written_on_the_newest_form_version(
    store: CaseStore, people: tuple[str, str]
) -> None:
    document = load(store, create(store, people, FormKey.ASSESSMENT_INTERVIEW, None))
    assert document.status == DocumentStatus.DRAFT
    assert document.answers == {}
    assert document.form_version == definition(FormKey.ASSESSMENT_INTERVIEW).version
    assert document.document_date == TODAY
    assert document.client_id == people[0]


def test_a_half_filled_draft_saves_and_required_answers_count_only_at_signing(
    store: CaseStore, people: tuple[str, str]
) -> None:
    document_id = create(store, people, FormKey.ASSESSMENT_INTERVIEW, {"has_debts": True})

    with store.session() as s, s.begin(), pytest.raises(DocumentInvalid) as refused:
        documents.sign(s, document_id, worker_id=people[1], now=NOW)

    assert paths_and_problems(refused.value) == {
        ("support_needs", AnswerProblem.REQUIRED),
        ("client_opinion", AnswerProblem.REQUIRED),
        ("worker_conclusion", AnswerProblem.REQUIRED),
    }
    assert load(store, document_id).status == DocumentStatus.DRAFT


def test_invalid_answers_are_refused_with_path_and_problem(
    store: CaseStore, people: tuple[str, str]
) -> None:
    document_id = create(store, people, FormKey.SERVICE_PLAN, {"client_view": "Alustava"})
    wrong = {
        "plan_start": "10.3.2025",
        "guided_services": ["fortune_telling"],
        "goals": [{"goal": "Siisti koti"}, {"goal": 7, "due_by": "2025-02-30"}],
        "favourite_colour": "sininen",
    }

    with store.session() as s, s.begin(), pytest.raises(DocumentInvalid) as refused:
        documents.save_draft(s, document_id, wrong)

    assert paths_and_problems(refused.value) == {
        ("plan_start", AnswerProblem.BAD_DATE),
        ("guided_services", AnswerProblem.UNKNOWN_OPTION),
        ("goals[1].goal", AnswerProblem.WRONG_TYPE),
        ("goals[1].due_by", AnswerProblem.BAD_DATE),
        ("favourite_colour", AnswerProblem.UNKNOWN_FIELD),
    }
    assert "goals[1].due_by: bad_date" in str(refused.value)
    assert "sininen" not in str(refused.value)
    assert load(store, document_id).answers == {"client_view": "Alustava"}


def test_a_draft_cannot_start_with_invalid_answers(
    store: CaseStore, people: tuple[str, str]
) -> None:
    with store.session() as s, s.begin(), pytest.raises(DocumentInvalid) as refused:
        documents.create_draft(
            s,
            client_id=people[0],
            form_key=FormKey.LIVING_SKILLS_CHECK,
            author_id=people[1],
            answers={"hygiene_score": 9},
            today=TODAY,
        )
    assert paths_and_problems(refused.value) == {("hygiene_score", AnswerProblem.OUT_OF_RANGE)}
    with store.session() as s:
        assert open_draft(s, people[0], FormKey.LIVING_SKILLS_CHECK) is None


# -- conditional fields -------------------------------------------------------------------


def test_disagreement_requires_both_views_with_reasons(
    store: CaseStore, people: tuple[str, str]
) -> None:
    answers = service_plan_answers(agree=True)
    answers["client_and_worker_agree"] = False
    document_id = create(store, people, FormKey.SERVICE_PLAN, answers)

    with store.session() as s, s.begin(), pytest.raises(DocumentInvalid) as refused:
        documents.sign(s, document_id, worker_id=people[1], now=NOW)

    assert paths_and_problems(refused.value) == {
        ("client_view_with_reasons", AnswerProblem.REQUIRED),
        ("worker_view_with_reasons", AnswerProblem.REQUIRED),
    }
    with store.session() as s, s.begin():
        documents.save_draft(s, document_id, service_plan_answers(agree=False))
    assert sign(store, people, document_id).is_signed


def test_signing_drops_answers_hidden_by_a_later_choice(
    store: CaseStore, people: tuple[str, str]
) -> None:
    answers = service_plan_answers(agree=False)
    answers["client_and_worker_agree"] = True
    document_id = create(store, people, FormKey.SERVICE_PLAN, answers)

    with store.session() as s:
        assert "client_view_with_reasons" in documents.get_document(s, document_id).answers
    sign(store, people, document_id)

    kept = load(store, document_id).answers
    assert kept == service_plan_answers(agree=True)


# -- the service plan's review ------------------------------------------------------------


def test_signing_a_service_plan_sets_its_review_from_the_agreed_date(
    store: CaseStore, people: tuple[str, str]
) -> None:
    document_id = create(store, people, FormKey.SERVICE_PLAN, service_plan_answers())
    assert sign(store, people, document_id).review_due == date(2025, 8, 29)
    assert load(store, document_id).review_due == date(2025, 8, 29)


def test_other_forms_get_no_review_date(store: CaseStore, people: tuple[str, str]) -> None:
    document_id = create(store, people, FormKey.LIVING_SKILLS_CHECK, living_skills_answers())
    assert sign(store, people, document_id).review_due is None


def test_without_an_agreed_date_a_plan_is_reviewed_six_months_on() -> None:
    assert documents.service_plan_review_due({}, date(2025, 3, 10)) == date(2025, 9, 10)
    assert documents.service_plan_review_due({}, date(2025, 8, 31)) == date(2026, 2, 28)
    assert documents.add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)


# -- signed documents never change ---------------------------------------------------------


def test_the_service_refuses_to_change_a_signed_document(
    store: CaseStore, people: tuple[str, str]
) -> None:
    document_id = create(store, people, FormKey.LIVING_SKILLS_CHECK, living_skills_answers())
    sign(store, people, document_id)

    with store.session() as s, s.begin():
        with pytest.raises(DocumentSigned):
            documents.save_draft(s, document_id, {"hygiene_score": 1})
        with pytest.raises(DocumentSigned):
            documents.sign(s, document_id, worker_id=people[1], now=NOW)
        with pytest.raises(DocumentSigned):
            documents.discard_draft(s, document_id, now=NOW)

    assert load(store, document_id).answers == living_skills_answers()


@pytest.mark.parametrize(
    ("attribute", "value"),
    [
        ("answers", {"hygiene_score": 1}),
        ("status", DocumentStatus.DRAFT),
        ("deleted_at", NOW),
    ],
)
def test_the_database_refuses_an_orm_change_to_a_signed_document(
    store: CaseStore, people: tuple[str, str], attribute: str, value: Any
) -> None:
    document_id = create(store, people, FormKey.LIVING_SKILLS_CHECK, living_skills_answers())
    sign(store, people, document_id)

    with store.session() as s:
        document = s.get(FormDocument, document_id)
        assert document is not None
        setattr(document, attribute, value)
        with pytest.raises(DBAPIError, match="signed documents are immutable"):
            s.flush()
        s.rollback()

    kept = load(store, document_id)
    assert kept.status == DocumentStatus.SIGNED
    assert kept.answers == living_skills_answers()


# -- amendments -------------------------------------------------------------------------


def test_amending_creates_a_new_draft_that_supersedes_the_signed_one(
    store: CaseStore, people: tuple[str, str]
) -> None:
    original_id = create(store, people, FormKey.ASSESSMENT_INTERVIEW, assessment_answers())
    sign(store, people, original_id)

    amendment = load(store, amend(store, people, original_id))

    assert amendment.status == DocumentStatus.DRAFT
    assert amendment.version_no == 2
    assert amendment.supersedes_id == original_id
    assert amendment.answers == assessment_answers()
    assert amendment.amendment_reason == "Korjattu tulotiedot"
    assert amendment.form_version == 1
    original = load(store, original_id)
    assert original.status == DocumentStatus.SIGNED
    assert original.answers == assessment_answers()
    assert original.signed_at == NOW


def test_an_amendment_is_edited_and_signed_without_touching_the_original(
    store: CaseStore, people: tuple[str, str]
) -> None:
    original_id = create(store, people, FormKey.ASSESSMENT_INTERVIEW, assessment_answers())
    sign(store, people, original_id)
    amendment_id = amend(store, people, original_id)
    corrected = assessment_answers() | {"debt_amount": 420_000}

    with store.session() as s, s.begin():
        documents.save_draft(s, amendment_id, corrected)
    sign(store, people, amendment_id)

    assert load(store, amendment_id).answers["debt_amount"] == 420_000
    assert load(store, original_id).answers["debt_amount"] == 350_000


def test_current_version_and_history_follow_the_amendment_chain(
    store: CaseStore, people: tuple[str, str]
) -> None:
    client_id = people[0]
    first = create(store, people, FormKey.SERVICE_PLAN, service_plan_answers())
    sign(store, people, first)
    second = amend(store, people, first)
    sign(store, people, second)
    third = amend(store, people, second)

    with store.session() as s:
        # The third is a draft still: the signed second is the current version.
        assert current_document(s, client_id, FormKey.SERVICE_PLAN).id == second
        assert open_draft(s, client_id, FormKey.SERVICE_PLAN).id == third
        for member in (first, second, third):
            chain = documents.history(s, member)
            assert [(d.id, d.version_no) for d in chain] == [(first, 1), (second, 2), (third, 3)]
        assert current_document(s, client_id, FormKey.ASSESSMENT_INTERVIEW) is None


def test_a_superseded_version_cannot_be_amended_again(
    store: CaseStore, people: tuple[str, str]
) -> None:
    first = create(store, people, FormKey.LIVING_SKILLS_CHECK, living_skills_answers())
    sign(store, people, first)
    amend(store, people, first)

    with store.session() as s, s.begin(), pytest.raises(DocumentSuperseded):
        documents.amend(s, first, author_id=people[1], reason="Toinen korjaus", today=TODAY)


def test_discarding_an_amendment_makes_the_signed_version_current_again(
    store: CaseStore, people: tuple[str, str]
) -> None:
    first = create(store, people, FormKey.LIVING_SKILLS_CHECK, living_skills_answers())
    sign(store, people, first)
    amendment = amend(store, people, first)

    with store.session() as s, s.begin():
        documents.discard_draft(s, amendment, now=NOW)

    with store.session() as s:
        assert current_document(s, people[0], FormKey.LIVING_SKILLS_CHECK).id == first
        assert open_draft(s, people[0], FormKey.LIVING_SKILLS_CHECK) is None
        assert [d.id for d in documents.history(s, first)] == [first]
        with pytest.raises(DocumentNotFound):
            documents.get_document(s, amendment)
    assert load(store, amend(store, people, first)).version_no == 2


def test_a_draft_is_edited_not_amended(store: CaseStore, people: tuple[str, str]) -> None:
    draft = create(store, people, FormKey.SERVICE_PLAN, {})
    with store.session() as s, s.begin(), pytest.raises(DocumentNotSigned):
        documents.amend(s, draft, author_id=people[1], reason="Korjaus", today=TODAY)


@pytest.mark.parametrize("reason", ["", "   ", "x" * 401])
def test_an_amendment_needs_a_short_reason(
    store: CaseStore, people: tuple[str, str], reason: str
) -> None:
    first = create(store, people, FormKey.LIVING_SKILLS_CHECK, living_skills_answers())
    sign(store, people, first)
    with store.session() as s, s.begin(), pytest.raises(AmendmentReasonInvalid):
        documents.amend(s, first, author_id=people[1], reason=reason, today=TODAY)


def test_the_newest_dated_draft_is_the_one_to_continue(
    store: CaseStore, people: tuple[str, str]
) -> None:
    client_id, worker_id = people
    with store.session() as s, s.begin():
        later = documents.create_draft(
            s,
            client_id=client_id,
            form_key=FormKey.LIVING_SKILLS_CHECK,
            author_id=worker_id,
            today=date(2025, 6, 1),
        )
        documents.create_draft(
            s,
            client_id=client_id,
            form_key=FormKey.LIVING_SKILLS_CHECK,
            author_id=worker_id,
            today=date(2025, 1, 1),
        )
    with store.session() as s:
        assert open_draft(s, client_id, FormKey.LIVING_SKILLS_CHECK).id == later.id
        assert current_document(s, client_id, FormKey.LIVING_SKILLS_CHECK) is None


def test_an_unknown_document_is_not_found(store: CaseStore, people: tuple[str, str]) -> None:
    with store.session() as s, s.begin():
        with pytest.raises(DocumentNotFound):
            documents.save_draft(s, "no-such-document", {})
        with pytest.raises(DocumentNotFound):
            documents.history(s, "no-such-document")


# -- form versions ------------------------------------------------------------------------


def test_old_documents_validate_against_their_own_form_version(
    store: CaseStore, people: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    old_id = create(store, people, FormKey.LIVING_SKILLS_CHECK, {"hygiene_score": 4})
    version_one = definition(FormKey.LIVING_SKILLS_CHECK, 1)
    renamed = version_one.model_dump(mode="json")
    renamed["version"] = 2
    renamed["sections"][0]["fields"][0]["key"] = "personal_hygiene_score"
    version_two = FormDefinition.model_validate(renamed)
    shipped = {
        (FormKey.LIVING_SKILLS_CHECK, 1): version_one,
        (FormKey.LIVING_SKILLS_CHECK, 2): version_two,
    }
    monkeypatch.setattr(forms_module, "definitions", lambda: shipped)

    with store.session() as s, s.begin():
        old = documents.save_draft(s, old_id, {"hygiene_score": 2})
        new = documents.create_draft(
            s,
            client_id=people[0],
            form_key=FormKey.LIVING_SKILLS_CHECK,
            author_id=people[1],
            answers={"personal_hygiene_score": 2},
            today=TODAY,
        )
        assert (old.form_version, new.form_version) == (1, 2)
        with pytest.raises(DocumentInvalid) as refused:
            documents.save_draft(s, new.id, {"hygiene_score": 2})
    assert paths_and_problems(refused.value) == {("hygiene_score", AnswerProblem.UNKNOWN_FIELD)}


# -- change capture ------------------------------------------------------------------------


def outbox_for(store: CaseStore, document_id: str) -> list[WaitingRow]:
    with store.session() as s:
        return waiting_rows(s, document_id)


def test_document_edits_and_signing_reach_the_outbox(
    store: CaseStore, people: tuple[str, str]
) -> None:
    document_id = create(store, people, FormKey.LIVING_SKILLS_CHECK, {"food_score": 3})
    (created,) = outbox_for(store, document_id)
    assert created.table_name == "form_document"
    assert created.fields["answers"] == {"food_score": 3}
    assert created.fields["form_key"] == "living_skills_check"
    assert created.fields["status"] == "draft"

    with store.session() as s, s.begin():
        documents.save_draft(s, document_id, living_skills_answers())
    sign(store, people, document_id)

    (waiting,) = outbox_for(store, document_id)  # unsent: the edits joined the one row
    edited = {name for name in waiting.fields if waiting.stamp_of(name) != created.stamp}
    assert edited == {"answers", "status", "signed_by_id", "signed_at"}
    assert {name: waiting.fields[name] for name in edited} == {
        "answers": living_skills_answers(),
        "status": "signed",
        "signed_by_id": people[1],
        "signed_at": NOW.isoformat(),
    }
    assert waiting.order_of("answers") < waiting.order_of("status")  # saved, then signed


def test_saving_unchanged_answers_sends_nothing(store: CaseStore, people: tuple[str, str]) -> None:
    document_id = create(store, people, FormKey.LIVING_SKILLS_CHECK, {"food_score": 3})
    before = outbox_for(store, document_id)
    with store.session() as s, s.begin():
        documents.save_draft(s, document_id, {"food_score": 3})
    assert outbox_for(store, document_id) == before


def test_a_refused_save_leaves_no_outbox_rows(store: CaseStore, people: tuple[str, str]) -> None:
    document_id = create(store, people, FormKey.LIVING_SKILLS_CHECK, {"food_score": 3})
    before = outbox_for(store, document_id)
    with store.session() as s, s.begin(), pytest.raises(DocumentInvalid):
        documents.save_draft(s, document_id, {"food_score": "hyvä"})
    assert outbox_for(store, document_id) == before


# -- living-skills scores -----------------------------------------------------------------


def test_living_skills_scores_are_read_per_area(store: CaseStore, people: tuple[str, str]) -> None:
    document_id = create(store, people, FormKey.LIVING_SKILLS_CHECK, living_skills_answers())
    sign(store, people, document_id)

    scores = documents.living_skills_scores(load(store, document_id).answers)

    assert scores == dict(zip(AREAS, [5, 4, 2, 1, 3, 3, 4, 5, 2, 4], strict=True))
    assert documents.living_skills_areas() == AREAS


def test_living_skills_scores_skip_unrated_areas() -> None:
    answers = {"hygiene_score": 3, "food_note": "Syö kerran päivässä", "safety_score": None}
    assert documents.living_skills_scores(answers) == {"hygiene": 3}


# -- rules between answers, declared in the definitions ---------------------------------


@pytest.mark.parametrize(
    ("review_date", "problem"),
    [
        ("2025-03-01", AnswerProblem.BEFORE_OTHER),  # before the plan starts (and past)
        ("2025-03-10", AnswerProblem.NOT_AFTER_OTHER),  # the day the plan starts
        ("2025-09-11", AnswerProblem.TOO_LONG_AFTER),  # six months and a day
    ],
)
def test_a_plan_whose_review_does_not_follow_its_start_within_six_months_cannot_be_signed(
    store: CaseStore, people: tuple[str, str], review_date: str, problem: AnswerProblem
) -> None:
    answers = service_plan_answers() | {"review_date": review_date}
    document_id = create(store, people, FormKey.SERVICE_PLAN, answers)  # a draft may hold it
    with pytest.raises(DocumentInvalid) as refused:
        sign(store, people, document_id)
    assert paths_and_problems(refused.value) == {("review_date", problem)}
    assert not load(store, document_id).is_signed


def test_a_review_on_the_last_day_of_six_months_is_signed(
    store: CaseStore, people: tuple[str, str]
) -> None:
    answers = service_plan_answers() | {"review_date": "2025-09-10"}
    document_id = create(store, people, FormKey.SERVICE_PLAN, answers)
    assert sign(store, people, document_id).review_due == date(2025, 9, 10)


def test_a_statement_received_before_it_was_requested_or_in_the_future_is_refused(
    store: CaseStore, people: tuple[str, str]
) -> None:
    answers = assessment_answers()
    statement = {"source": "health_care", "requested_on": "2025-02-10", "received": True}
    answers["statements"] = [
        statement | {"received_on": "2025-02-01"},
        statement | {"received_on": "2099-01-01"},
        statement | {"received_on": "2025-02-10"},
    ]
    document_id = create(store, people, FormKey.ASSESSMENT_INTERVIEW, answers)
    with pytest.raises(DocumentInvalid) as refused:
        sign(store, people, document_id)
    assert paths_and_problems(refused.value) == {
        ("statements[0].received_on", AnswerProblem.BEFORE_OTHER),
        ("statements[1].received_on", AnswerProblem.IN_FUTURE),
    }


def test_no_income_together_with_wages_is_pointed_out(
    store: CaseStore, people: tuple[str, str]
) -> None:
    answers = assessment_answers() | {"income_sources": ["wages", "no_income"]}
    document_id = create(store, people, FormKey.ASSESSMENT_INTERVIEW, answers)
    with pytest.raises(DocumentInvalid) as refused:
        sign(store, people, document_id)
    assert [(e.path, e.problem, e.other) for e in refused.value.errors] == [
        ("income_sources", AnswerProblem.CONTRADICTION, "no_income")
    ]


def test_homeless_since_may_be_a_month_or_a_year_but_not_in_the_future(
    store: CaseStore, people: tuple[str, str]
) -> None:
    answers = assessment_answers() | {"current_housing": "emergency_shelter"}
    for estimate in ("2023-11", "2023"):
        document_id = create(store, people, FormKey.ASSESSMENT_INTERVIEW, answers | {
            "homeless_since": estimate
        })  # fmt: skip
        assert sign(store, people, document_id).answers["homeless_since"] == estimate
    document_id = create(store, people, FormKey.ASSESSMENT_INTERVIEW, answers | {
        "homeless_since": "2099-05"
    })  # fmt: skip
    with pytest.raises(DocumentInvalid) as refused:
        sign(store, people, document_id)
    assert paths_and_problems(refused.value) == {("homeless_since", AnswerProblem.IN_FUTURE)}


def test_a_month_alone_is_no_answer_where_the_day_is_needed(
    store: CaseStore, people: tuple[str, str]
) -> None:
    with pytest.raises(DocumentInvalid) as refused:
        create(
            store, people, FormKey.SERVICE_PLAN, service_plan_answers() | {"plan_start": "2025-03"}
        )
    assert paths_and_problems(refused.value) == {("plan_start", AnswerProblem.BAD_DATE)}
