"""The synthetic caseload: deterministic, valid, realistic in proportion, fully captured."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    Client,
    DeviceState,
    FormDocument,
    HomeVisit,
    Instalment,
    OutboxChange,
    PartnerContact,
    Placement,
    RentDebtFollowUp,
    RentPayment,
    ServiceEpisode,
    Team,
    TenancyEnding,
    VisitWorker,
    Worker,
)
from astu_desktop.models.hetu import Sex, parse_hetu
from astu_desktop.services import seed
from astu_desktop.services.documents import add_months
from astu_desktop.services.seed import seed_caseload, synthetic_answers
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import (
    DocumentStatus,
    EpisodeStatus,
    FormKey,
    HousingType,
    Partner,
    RentDebtOutcome,
    RentDebtStage,
    Role,
)
from astu_protocol.forms import FormDefinition, definition, validate_answers
from tests.support import new_store

TODAY = date(2025, 6, 2)
CLIENTS = 150


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseStore]:
    """One caseload shared by the read-only tests of this module (seeding takes seconds)."""
    path = tmp_path_factory.mktemp("seeded") / "astu.db"
    store = new_store(path)
    seed_caseload(store, clients=CLIENTS, random_seed=3, today=TODAY)
    yield store
    store.lock()


@pytest.fixture
def session(seeded: CaseStore) -> Iterator[Session]:
    with seeded.session() as opened:
        yield opened


def fingerprint(store: CaseStore) -> list[tuple[object, ...]]:
    """What a person would compare: who the clients are, where they live, what happened."""
    with store.session() as s:
        visits = Counter(s.scalars(select(HomeVisit.client_id)))
        documents = Counter(s.scalars(select(FormDocument.client_id)))
        return sorted(
            (c.hetu, c.full_name, c.street_address, c.phone, visits[c.id], documents[c.id])
            for c in s.scalars(select(Client))
        )


# -- determinism and progress ------------------------------------------------------


def test_same_seed_and_day_give_the_same_caseload(store: CaseStore, tmp_path: Path) -> None:
    other = new_store(tmp_path / "other" / "astu.db")
    try:
        first = seed_caseload(store, clients=30, random_seed=7, today=TODAY)
        second = seed_caseload(other, clients=30, random_seed=7, today=TODAY)
        assert first == second
        assert fingerprint(store) == fingerprint(other)
    finally:
        other.lock()


def test_content_does_not_depend_on_the_batch_size(
    store: CaseStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = new_store(tmp_path / "other" / "astu.db")
    try:
        seed_caseload(store, clients=25, random_seed=7, today=TODAY)
        monkeypatch.setattr(seed, "CLIENTS_PER_BATCH", 10)
        seed_caseload(other, clients=25, random_seed=7, today=TODAY)
        assert fingerprint(store) == fingerprint(other)
    finally:
        other.lock()


def test_another_seed_gives_other_people(store: CaseStore, tmp_path: Path) -> None:
    other = new_store(tmp_path / "other" / "astu.db")
    try:
        seed_caseload(store, clients=20, random_seed=1, today=TODAY)
        seed_caseload(other, clients=20, random_seed=2, today=TODAY)
        assert fingerprint(store) != fingerprint(other)
    finally:
        other.lock()


def test_seeding_twice_adds_new_people_without_clashes(store: CaseStore) -> None:
    seed_caseload(store, clients=15, random_seed=4, today=TODAY)
    again = seed_caseload(store, clients=15, random_seed=4, today=TODAY)
    assert again.clients == 15
    with store.session() as s:
        assert len(set(s.scalars(select(Client.hetu)))) == 30
        assert len(set(s.scalars(select(Worker.username)))) == 2 * again.workers


def test_progress_follows_every_batch_and_ends_at_the_total(
    store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(seed, "CLIENTS_PER_BATCH", 12)
    reports: list[tuple[int, int]] = []
    seed_caseload(store, clients=30, today=TODAY, progress=lambda *done: reports.append(done))
    assert reports == [(12, 30), (24, 30), (30, 30)]


# -- what the summary promises is in the store ----------------------------------


def test_summary_counts_what_is_in_the_store(store: CaseStore) -> None:
    summary = seed_caseload(store, clients=40, today=TODAY)
    with store.session() as s:

        def count(model: type[object]) -> int:
            return s.scalar(select(func.count()).select_from(model)) or 0

        assert summary.clients == count(Client) == 40
        assert summary.teams == count(Team) >= 2
        assert summary.workers == count(Worker) >= 4
        assert summary.episodes == count(ServiceEpisode)
        assert summary.placements == count(Placement)
        assert summary.visits == count(HomeVisit)
        assert summary.documents == count(FormDocument)
        assert summary.rent_debt_follow_ups == count(RentDebtFollowUp)
        assert summary.tenancy_endings == count(TenancyEnding)


def test_every_write_went_through_change_capture(session: Session) -> None:
    captured = session.scalar(
        select(func.count(func.distinct(OutboxChange.row_id))).where(
            OutboxChange.table_name == "client"
        )
    )
    assert captured == CLIENTS
    visits_captured = session.scalar(
        select(func.count(func.distinct(OutboxChange.row_id))).where(
            OutboxChange.table_name == "home_visit"
        )
    )
    assert visits_captured == session.scalar(select(func.count()).select_from(HomeVisit))


# -- people ------------------------------------------------------------------------


def test_every_hetu_is_a_valid_unique_temporary_code(session: Session) -> None:
    clients = list(session.scalars(select(Client)))
    codes = [client.hetu for client in clients]
    assert len(set(codes)) == CLIENTS
    for client in clients:
        parsed = parse_hetu(client.hetu, today=TODAY)
        assert parsed.temporary
        assert 900 <= int(client.hetu[7:10]) <= 999
        assert (parsed.birth_date, parsed.sex) == (client.birth_date, client.sex)
        assert 18 <= client.age_on(TODAY) <= 80


def test_new_century_signs_are_exercised_for_a_small_share(session: Session) -> None:
    signs = Counter(code[6] for code in session.scalars(select(Client.hetu)))
    assert signs["-"] + signs["A"] > 0.8 * CLIENTS
    assert set(signs) - {"-", "A"}, "no client has a Y/X or B/C century sign"


def test_clients_look_like_the_clients_of_housing_support(session: Session) -> None:
    clients = list(session.scalars(select(Client)))
    men = sum(client.sex == Sex.MALE for client in clients)
    assert 0.55 * CLIENTS <= men <= 0.85 * CLIENTS
    finnish = sum(client.preferred_language == "fi" for client in clients)
    assert finnish >= 0.6 * CLIENTS
    ages = [client.age_on(TODAY) for client in clients]
    assert sum(25 <= age <= 60 for age in ages) >= 0.6 * CLIENTS
    for client in clients:
        if client.postal_code is not None:
            assert client.postal_code.startswith("00")
            assert "00100" <= client.postal_code <= "00990"
        if client.phone is not None:
            assert client.phone[:3] in {"040", "044", "050"}


def test_each_team_has_one_lead_and_usernames_are_unique(session: Session) -> None:
    workers = list(session.scalars(select(Worker)))
    leads = Counter(w.team_id for w in workers if w.role == Role.TEAM_LEAD)
    teams = list(session.scalars(select(Team)))
    assert all(leads[team.id] == 1 for team in teams)
    assert len({w.username for w in workers}) == len(workers)
    names = {team.name for team in teams}
    assert "Lähityö Itä 1" in names
    assert "SAS-arviointi Keskusta" in names


def test_the_demo_user_is_a_field_worker_with_open_cases(session: Session) -> None:
    worker_id = session.scalars(select(DeviceState.current_worker_id)).one()
    worker = session.get(Worker, worker_id)
    assert worker is not None
    assert worker.role == Role.FIELD_WORKER
    open_cases = session.scalar(
        select(func.count())
        .select_from(ServiceEpisode)
        .where(
            ServiceEpisode.responsible_worker_id == worker_id,
            ServiceEpisode.status != EpisodeStatus.ENDED,
        )
    )
    assert open_cases is not None
    assert open_cases >= 3


# -- housing -----------------------------------------------------------------------


def test_most_clients_are_housed_and_small_apartments_dominate(session: Session) -> None:
    placements = list(session.scalars(select(Placement)))
    housed = {placement.client_id for placement in placements}
    assert len(housed) >= 0.6 * CLIENTS
    kinds = Counter(placement.housing_type for placement in placements)
    assert kinds.most_common(1)[0][0] == HousingType.SMALL_APARTMENT
    assert kinds[HousingType.SMALL_APARTMENT] >= 0.45 * len(placements)


def test_tenancy_endings_close_their_placements(session: Session) -> None:
    endings = {e.placement_id: e for e in session.scalars(select(TenancyEnding))}
    for placement in session.scalars(select(Placement)):
        ending = endings.get(placement.id)
        assert placement.ended_on == (ending.ended_on if ending else None)
        if ending is not None:
            assert placement.move_in_on < ending.ended_on <= TODAY


def test_tenancies_end_at_about_the_reported_yearly_rate(session: Session) -> None:
    """185 endings a year per ~3,000 small-apartment tenancies: about 6 %."""
    year_ago = TODAY - timedelta(days=365)
    at_risk = session.scalar(
        select(func.count())
        .select_from(Placement)
        .where(
            Placement.move_in_on <= year_ago,
            (Placement.ended_on.is_(None)) | (Placement.ended_on > year_ago),
        )
    )
    ended = session.scalar(
        select(func.count()).select_from(TenancyEnding).where(TenancyEnding.ended_on > year_ago)
    )
    assert at_risk
    assert ended is not None
    assert 0.02 <= ended / at_risk <= 0.12


def test_episodes_have_a_responsible_worker_and_consistent_dates(session: Session) -> None:
    for episode in session.scalars(select(ServiceEpisode)):
        assert episode.responsible_worker_id is not None
        assert episode.start_date <= TODAY
        if episode.status == EpisodeStatus.ENDED:
            assert episode.end_date is not None
            assert episode.end_reason is not None
            assert episode.start_date <= episode.end_date <= TODAY
        else:
            assert episode.end_date is None


# -- visits ------------------------------------------------------------------------


def test_visits_are_in_the_last_two_years_with_one_or_two_workers(session: Session) -> None:
    workers = Counter(session.scalars(select(VisitWorker.visit_id)))
    visits = list(session.scalars(select(HomeVisit)))
    assert len(visits) >= 3 * CLIENTS
    for visit in visits:
        assert 1 <= workers[visit.id] <= 2
        assert TODAY - timedelta(days=735) <= visit.visited_at.date() <= TODAY
        assert visit.notes
    assert len({visit.notes for visit in visits}) > len(visits) / 3, "notes barely vary"


def test_living_skills_checks_are_linked_from_home_visits(session: Session) -> None:
    linked = [v for v in session.scalars(select(HomeVisit)) if v.living_skills_document_id]
    assert linked
    for visit in linked:
        document = session.get(FormDocument, visit.living_skills_document_id)
        assert document is not None
        assert document.form_key == FormKey.LIVING_SKILLS_CHECK
        assert document.client_id == visit.client_id


# -- documents ---------------------------------------------------------------------


def test_documents_are_valid_against_their_definitions(session: Session) -> None:
    documents = list(session.scalars(select(FormDocument)))
    assert {d.form_key for d in documents} == set(FormKey)
    for document in documents:
        form = definition(document.form_key, document.form_version)
        signed = document.status == DocumentStatus.SIGNED
        assert validate_answers(form, document.answers, for_signing=signed) == []


def test_older_documents_are_signed_and_only_recent_ones_drafts(session: Session) -> None:
    documents = list(session.scalars(select(FormDocument)))
    assert sum(d.status == DocumentStatus.SIGNED for d in documents) >= 0.9 * len(documents)
    for document in documents:
        if document.status == DocumentStatus.SIGNED:
            assert document.signed_by_id is not None
            assert document.signed_at is not None
            assert document.signed_at.date() >= document.document_date
        else:
            assert (TODAY - document.document_date).days <= 30
            assert document.signed_at is None


def test_every_client_has_an_assessment_and_housed_clients_a_service_plan(
    session: Session,
) -> None:
    documents = list(session.scalars(select(FormDocument)))
    assessed = {d.client_id for d in documents if d.form_key == FormKey.ASSESSMENT_INTERVIEW}
    assert len(assessed) == CLIENTS
    planned = {d.client_id for d in documents if d.form_key == FormKey.SERVICE_PLAN}
    housed_a_while = set(
        session.scalars(
            select(Placement.client_id).where(Placement.move_in_on < TODAY - timedelta(days=30))
        )
    )
    assert housed_a_while <= planned


def test_service_plans_are_reviewed_six_months_after_the_plan(session: Session) -> None:
    plans = session.scalars(
        select(FormDocument).where(FormDocument.form_key == FormKey.SERVICE_PLAN)
    )
    for plan in plans:
        assert plan.review_due == add_months(plan.document_date, 6)
        if plan.status == DocumentStatus.SIGNED:
            assert plan.answers["review_date"] == plan.review_due.isoformat()


# -- rent debt ---------------------------------------------------------------------


def test_rent_debt_follow_ups_for_some_housed_clients(session: Session) -> None:
    follow_ups = list(session.scalars(select(RentDebtFollowUp)))
    housed = set(session.scalars(select(Placement.client_id)))
    assert 1 <= len({f.client_id for f in follow_ups}) <= 0.3 * len(housed)
    for follow_up in follow_ups:
        assert 200_00 <= follow_up.debt_at_start_cents <= 6000_00
        assert follow_up.client_id in housed
        contacts = session.scalars(
            select(PartnerContact)
            .where(PartnerContact.follow_up_id == follow_up.id)
            .order_by(PartnerContact.contacted_on)
        ).all()
        assert contacts[0].partner == Partner.LANDLORD
        if follow_up.stage == RentDebtStage.ENDED:
            assert follow_up.outcome is not None
            assert follow_up.ended_on is not None


def test_payment_plans_add_up_and_paid_debts_are_paid(session: Session) -> None:
    follow_ups = list(session.scalars(select(RentDebtFollowUp)))
    assert any(f.outcome == RentDebtOutcome.DEBT_PAID for f in follow_ups)
    for follow_up in follow_ups:
        planned = session.scalar(
            select(func.sum(Instalment.amount_cents)).where(Instalment.follow_up_id == follow_up.id)
        )
        paid = session.scalar(
            select(func.sum(RentPayment.amount_cents)).where(
                RentPayment.follow_up_id == follow_up.id
            )
        )
        if planned is not None:
            assert planned == follow_up.debt_at_start_cents
        if follow_up.outcome == RentDebtOutcome.DEBT_PAID:
            assert paid == follow_up.debt_at_start_cents


# -- synthetic answers -------------------------------------------------------------

INLINE_FORM = FormDefinition.model_validate(
    {
        "key": "living_skills_check",
        "version": 1,
        "title": {"fi": "Testi", "sv": "Test", "en": "Test"},
        "new_document": {"fi": "Uusi testi", "sv": "Nytt test", "en": "New test"},
        "sections": [
            {
                "key": "all",
                "title": {"fi": "Kaikki", "sv": "Allt", "en": "All"},
                "fields": [
                    # The condition points at a field further down the form.
                    {
                        "key": "debt_amount",
                        "type": "money",
                        "label": {"fi": "Velka", "sv": "Skuld", "en": "Debt"},
                        "required": True,
                        "min": 100,
                        "max": 50000,
                        "visible_if": {"field": "has_debts", "equals": [True]},
                    },
                    {
                        "key": "has_debts",
                        "type": "yes_no",
                        "label": {"fi": "Velkoja", "sv": "Skulder", "en": "Debts"},
                        "required": True,
                    },
                    {
                        "key": "hygiene_score",
                        "type": "scale",
                        "label": {"fi": "Hygienia", "sv": "Hygien", "en": "Hygiene"},
                        "required": True,
                    },
                    {
                        "key": "supports",
                        "type": "multiple_choice",
                        "label": {"fi": "Tuki", "sv": "Stöd", "en": "Support"},
                        "required": True,
                        "options": [
                            {"value": v, "label": {"fi": v, "sv": v, "en": v}}
                            for v in ("money", "food", "other")
                        ],
                    },
                    {
                        "key": "support_other",
                        "type": "short_text",
                        "label": {"fi": "Muu", "sv": "Annat", "en": "Other"},
                        "required": True,
                        "max_length": 12,
                        "visible_if": {"field": "supports", "equals": ["other"]},
                    },
                    {
                        "key": "visits",
                        "type": "number",
                        "label": {"fi": "Käynnit", "sv": "Besök", "en": "Visits"},
                        "min": 2,
                        "max": 4,
                    },
                    {
                        "key": "next_check_date",
                        "type": "date",
                        "label": {"fi": "Seuraava", "sv": "Nästa", "en": "Next"},
                        "required": True,
                    },
                    {
                        "key": "goals",
                        "type": "repeating_group",
                        "label": {"fi": "Tavoitteet", "sv": "Mål", "en": "Goals"},
                        "required": True,
                        "fields": [
                            {
                                "key": "goal",
                                "type": "long_text",
                                "label": {"fi": "Tavoite", "sv": "Mål", "en": "Goal"},
                                "required": True,
                            },
                            {
                                "key": "done",
                                "type": "yes_no",
                                "label": {"fi": "Valmis", "sv": "Klar", "en": "Done"},
                            },
                            {
                                "key": "done_on",
                                "type": "date",
                                "label": {"fi": "Pvm", "sv": "Datum", "en": "Date"},
                                "required": True,
                                "visible_if": {"field": "done", "equals": [True]},
                            },
                        ],
                    },
                ],
            }
        ],
    }
)


@pytest.mark.parametrize("seed_value", range(40))
def test_synthetic_answers_are_ready_for_signing(seed_value: int) -> None:
    answers = synthetic_answers(INLINE_FORM, random.Random(seed_value), around=TODAY)
    assert validate_answers(INLINE_FORM, answers, for_signing=True) == []
    assert 1 <= answers["hygiene_score"] <= 5
    assert 1 <= len(answers["goals"]) <= 3
    assert ("debt_amount" in answers) == answers["has_debts"]
    assert ("support_other" in answers) == ("other" in answers["supports"])
    assert len(answers.get("support_other", "")) <= 12
    assert date.fromisoformat(answers["next_check_date"]) > TODAY
    for row in answers["goals"]:
        assert ("done_on" in row) == (row.get("done") is True)


def test_synthetic_answers_cover_the_conditional_branches() -> None:
    drawn = [synthetic_answers(INLINE_FORM, random.Random(n), around=TODAY) for n in range(40)]
    assert any("debt_amount" in answers for answers in drawn)
    assert any("debt_amount" not in answers for answers in drawn)
    assert all(answers.get("debt_amount", 100) % 100 == 0 for answers in drawn)


def test_synthetic_answers_are_deterministic_for_a_seed() -> None:
    def draw() -> dict[str, object]:
        return synthetic_answers(INLINE_FORM, random.Random(5), around=TODAY)

    assert draw() == draw()


@pytest.mark.parametrize("key", list(FormKey))
def test_synthetic_answers_fit_the_shipped_forms(key: FormKey) -> None:
    form = definition(key)
    for seed_value in range(25):
        for language in ("fi", "sv", "en"):
            rng = random.Random(seed_value)
            answers = synthetic_answers(form, rng, language, around=TODAY)
            assert validate_answers(form, answers, for_signing=True) == []
