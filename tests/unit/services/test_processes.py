"""The SAS/housing, outreach and rent-debt processes: stages, next steps and actions."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from astu_desktop.models import (
    Client,
    HomeVisit,
    Placement,
    RentDebtFollowUp,
    ServiceEpisode,
    TenancyEnding,
)
from astu_desktop.services import process_actions as act
from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.services.bookings import book_visit
from astu_desktop.services.episode_actions import (
    ProcessStepRefused,
    end_episode,
    start_episode_work,
)
from astu_desktop.services.processes import (
    HOUSING_STEPS,
    HousingStage,
    NextStep,
    Phase,
    client_processes,
    housing_process,
    outreach_process,
    rent_debt_process,
)
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import (
    AccessAction,
    EpisodeEndReason,
    EpisodeStatus,
    FormKey,
    HousingQueue,
    HousingType,
    OfferOutcome,
    RentDebtOutcome,
    RentDebtStage,
    SasOutcome,
    Service,
    TenancyEndReason,
)
from tests.unit.services.recordkit import TODAY, People, add_document, add_episode, add_people


@pytest.fixture
def people(store: CaseStore) -> People:
    return add_people(store)


def _stage(store: CaseStore, client_id: str) -> tuple[HousingStage, NextStep]:
    with store.session() as s:
        process = housing_process(s, client_id)
    return process.stage, process.next_step


def _placed_in_queue(store: CaseStore, people: People) -> None:
    with store.session() as s, s.begin():
        act.start_sas(s, client_id=people.client_id, worker_id=people.me, on=date(2025, 1, 2))
        act.record_sas_decision(
            s,
            client_id=people.client_id,
            decided_on=date(2025, 1, 20),
            outcome=SasOutcome.PLACE,
            housing_type=HousingType.SMALL_APARTMENT,
            queue=HousingQueue.ADULTS,
        )


def _offer(store: CaseStore, people: People, viewing_on: date | None = None) -> str:
    with store.session() as s, s.begin():
        offer = act.record_offer(
            s,
            client_id=people.client_id,
            offered_on=date(2025, 2, 3),
            housing_type=HousingType.SMALL_APARTMENT,
            street_address="Vaasankatu 7 A 3",
            postal_code="00500",
            viewing_on=viewing_on,
        )
        return offer.id


def _moved_in(store: CaseStore, people: People) -> str:
    _placed_in_queue(store, people)
    offer_id = _offer(store, people, viewing_on=date(2025, 2, 7))
    with store.session() as s, s.begin():
        act.record_offer_outcome(s, offer_id, outcome=OfferOutcome.ACCEPTED)
        placement = act.record_move_in(
            s, offer_id, move_in_on=date(2025, 2, 15), outreach_worker_id=people.me
        )
        return placement.id


def test_the_stepper_lists_the_seven_housing_steps_in_order():
    assert [stage.value for stage in HOUSING_STEPS] == [
        "initial_assessment",
        "sas_decision",
        "queue",
        "offer",
        "viewing",
        "moved_in",
        "service_plan",
    ]


def test_a_new_client_starts_with_a_sas_process(store, people):
    assert _stage(store, people.client_id) == (HousingStage.NOT_STARTED, NextStep.START_SAS)


def test_the_initial_assessment_asks_for_the_interview_then_the_decision(store, people):
    with store.session() as s, s.begin():
        act.start_sas(s, client_id=people.client_id, worker_id=people.me, on=date(2025, 1, 2))
    assert _stage(store, people.client_id) == (
        HousingStage.INITIAL_ASSESSMENT,
        NextStep.ASSESSMENT_INTERVIEW,
    )
    with store.session() as s, s.begin():
        add_document(s, people.client_id, FormKey.ASSESSMENT_INTERVIEW, date(2025, 1, 8))
    assert _stage(store, people.client_id) == (
        HousingStage.INITIAL_ASSESSMENT,
        NextStep.SAS_DECISION,
    )


def test_a_second_open_sas_process_is_refused(store, people):
    with store.session() as s, s.begin():
        act.start_sas(s, client_id=people.client_id, worker_id=people.me, on=date(2025, 1, 2))
    with store.session() as s, s.begin(), pytest.raises(ProcessStepRefused) as refused:
        act.start_sas(s, client_id=people.client_id, worker_id=people.me, on=date(2025, 1, 3))
    assert refused.value.reason == "sas_already_open"


def test_waiting_for_statements_keeps_the_client_at_the_decision(store, people):
    with store.session() as s, s.begin():
        act.start_sas(s, client_id=people.client_id, worker_id=people.me, on=date(2025, 1, 2))
        act.record_sas_decision(
            s,
            client_id=people.client_id,
            decided_on=date(2025, 1, 20),
            outcome=SasOutcome.PENDING_STATEMENTS,
        )
    assert _stage(store, people.client_id) == (HousingStage.SAS_DECISION, NextStep.AWAIT_STATEMENTS)


def test_a_decision_to_place_needs_the_housing_and_the_queue(store, people):
    with store.session() as s, s.begin():
        act.start_sas(s, client_id=people.client_id, worker_id=people.me, on=date(2025, 1, 2))
    with store.session() as s, s.begin(), pytest.raises(ProcessStepRefused) as refused:
        act.record_sas_decision(
            s, client_id=people.client_id, decided_on=TODAY, outcome=SasOutcome.PLACE
        )
    assert refused.value.reason == "placement_needs_housing_and_queue"


def test_not_placed_asks_to_end_the_sas_episode_and_then_offers_a_new_one(store, people):
    with store.session() as s, s.begin():
        episode = act.start_sas(
            s, client_id=people.client_id, worker_id=people.me, on=date(2025, 1, 2)
        )
        act.record_sas_decision(
            s, client_id=people.client_id, decided_on=TODAY, outcome=SasOutcome.NOT_PLACED
        )
    assert _stage(store, people.client_id) == (HousingStage.SAS_DECISION, NextStep.END_SAS_EPISODE)
    with store.session() as s, s.begin():
        end_episode(s, episode.id, on=TODAY, reason=EpisodeEndReason.CLIENT_DECLINED)
    assert _stage(store, people.client_id) == (HousingStage.ENDED, NextStep.START_SAS)


def test_the_queue_offer_and_viewing_follow_each_other(store, people):
    _placed_in_queue(store, people)
    assert _stage(store, people.client_id) == (HousingStage.QUEUE, NextStep.HOUSING_OFFER)
    offer_id = _offer(store, people)
    assert _stage(store, people.client_id) == (HousingStage.OFFER, NextStep.VIEWING)
    with store.session() as s, s.begin():
        act.record_offer_outcome(
            s, offer_id, outcome=OfferOutcome.PENDING, viewing_on=date(2025, 2, 7)
        )
    with store.session() as s:
        process = housing_process(s, people.client_id)
    assert (process.stage, process.next_step, process.due) == (
        HousingStage.VIEWING,
        NextStep.VIEWING,
        date(2025, 2, 7),
    )
    with store.session() as s, s.begin():
        act.record_offer_outcome(s, offer_id, outcome=OfferOutcome.ACCEPTED)
    assert _stage(store, people.client_id) == (HousingStage.VIEWING, NextStep.MOVE_IN)


def test_a_declined_offer_puts_the_client_back_in_the_queue(store, people):
    _placed_in_queue(store, people)
    offer_id = _offer(store, people, viewing_on=date(2025, 2, 7))
    with store.session() as s, s.begin():
        act.record_offer_outcome(s, offer_id, outcome=OfferOutcome.DECLINED)
    assert _stage(store, people.client_id) == (HousingStage.QUEUE, NextStep.HOUSING_OFFER)
    with store.session() as s, s.begin(), pytest.raises(ProcessStepRefused) as refused:
        act.record_move_in(s, offer_id, move_in_on=TODAY)
    assert refused.value.reason == "offer_not_accepted"


def test_an_offer_needs_a_decision_to_place(store, people):
    with store.session() as s, s.begin(), pytest.raises(ProcessStepRefused) as refused:
        act.record_offer(
            s,
            client_id=people.client_id,
            offered_on=TODAY,
            housing_type=HousingType.SMALL_APARTMENT,
            street_address="Vaasankatu 7",
        )
    assert refused.value.reason == "no_decision_to_place"


def test_moving_in_creates_the_placement_and_ends_the_sas_episode(store, people):
    placement_id = _moved_in(store, people)
    assert _stage(store, people.client_id) == (HousingStage.MOVED_IN, NextStep.SERVICE_PLAN)
    with store.session() as s:
        placement = s.get(Placement, placement_id)
        assert placement is not None
        assert (placement.street_address, placement.move_in_on) == (
            "Vaasankatu 7 A 3",
            date(2025, 2, 15),
        )
        client = s.get(Client, people.client_id)
        assert client is not None
        assert client.street_address == "Vaasankatu 7 A 3"
        episodes = {e.service: e for e in s.scalars(select(ServiceEpisode))}
    sas = episodes[Service.SAS_ASSESSMENT]
    assert (sas.status, sas.end_reason) == (EpisodeStatus.ENDED, EpisodeEndReason.PLACED)
    outreach = episodes[Service.OUTREACH]
    assert (outreach.status, outreach.responsible_worker_id) == (EpisodeStatus.STARTING, people.me)


def test_a_signed_service_plan_completes_the_housing_process(store, people):
    _moved_in(store, people)
    with store.session() as s, s.begin():
        add_document(s, people.client_id, FormKey.SERVICE_PLAN, date(2025, 2, 20), signed=False)
    assert _stage(store, people.client_id) == (HousingStage.MOVED_IN, NextStep.SERVICE_PLAN)
    with store.session() as s, s.begin():
        add_document(
            s,
            people.client_id,
            FormKey.SERVICE_PLAN,
            date(2025, 2, 21),
            review_due=date(2025, 8, 21),
        )
    with store.session() as s:
        process = housing_process(s, people.client_id)
    assert (process.stage, process.next_step, process.due) == (
        HousingStage.SERVICE_PLAN,
        NextStep.PLAN_REVIEW,
        date(2025, 8, 21),
    )


def test_ending_a_tenancy_records_the_reason_and_ends_the_support(store, people):
    placement_id = _moved_in(store, people)
    with store.session() as s, s.begin():
        s.add(
            RentDebtFollowUp(
                client_id=people.client_id,
                placement_id=placement_id,
                started_on=date(2025, 2, 20),
                debt_at_start_cents=90000,
                stage=RentDebtStage.WORK,
            )
        )
    with store.session() as s, s.begin():
        act.end_tenancy(
            s,
            placement_id,
            ended_on=TODAY,
            reason=TenancyEndReason.EVICTION_RENT_DEBT,
            notes="Häätö",
        )
    with store.session() as s:
        ending = s.scalars(select(TenancyEnding)).one()
        placement = s.get(Placement, placement_id)
        outreach = s.scalars(
            select(ServiceEpisode).where(ServiceEpisode.service == Service.OUTREACH)
        ).one()
        follow_up = s.scalars(select(RentDebtFollowUp)).one()
        actions = [e.target for e in entries_for_client(s, people.client_id)]
    assert (ending.reason, ending.ended_on, ending.notes) == (
        TenancyEndReason.EVICTION_RENT_DEBT,
        TODAY,
        "Häätö",
    )
    assert placement is not None
    assert placement.ended_on == TODAY
    assert (outreach.status, outreach.end_reason) == (
        EpisodeStatus.ENDED,
        EpisodeEndReason.TENANCY_ENDED,
    )
    assert (follow_up.stage, follow_up.outcome) == (
        RentDebtStage.ENDED,
        RentDebtOutcome.TENANCY_ENDED_NEW_SAS,
    )
    assert actions[0] == "tenancy_ending"
    assert _stage(store, people.client_id) == (HousingStage.ENDED, NextStep.START_SAS)


def test_a_direct_tenancy_ends_the_process_for_good(store, people):
    placement_id = _moved_in(store, people)
    with store.session() as s, s.begin():
        act.end_tenancy(s, placement_id, ended_on=TODAY, reason=TenancyEndReason.DIRECT_TENANCY)
    assert _stage(store, people.client_id) == (HousingStage.ENDED, NextStep.NONE)
    with store.session() as s:
        outreach = outreach_process(s, people.client_id)
    assert outreach is not None
    assert (outreach.phase, outreach.ended_because) == (Phase.END, EpisodeEndReason.DIRECT_TENANCY)
    with store.session() as s, s.begin(), pytest.raises(ProcessStepRefused) as refused:
        act.end_tenancy(s, placement_id, ended_on=TODAY, reason=TenancyEndReason.OTHER)
    assert refused.value.reason == "tenancy_already_ended"


def test_a_tenancy_cannot_end_before_it_began(store, people):
    placement_id = _moved_in(store, people)
    with store.session() as s, s.begin(), pytest.raises(ProcessStepRefused) as refused:
        act.end_tenancy(
            s, placement_id, ended_on=date(2025, 1, 1), reason=TenancyEndReason.MOVED_AWAY
        )
    assert refused.value.reason == "ends_before_move_in"


def test_outreach_goes_from_start_to_work_with_the_next_booked_visit_due(store, people):
    with store.session() as s, s.begin():
        episode = add_episode(
            s,
            people.client_id,
            Service.OUTREACH,
            date(2025, 1, 2),
            people.me,
            EpisodeStatus.STARTING,
        )
    with store.session() as s:
        process = outreach_process(s, people.client_id)
    assert process is not None
    assert (process.phase, process.next_step) == (Phase.START, NextStep.START_OUTREACH_WORK)
    with store.session() as s, s.begin():
        start_episode_work(s, episode.id)
    with store.session() as s:
        process = outreach_process(s, people.client_id)
    assert process is not None
    assert (process.phase, process.next_step, process.due) == (
        Phase.WORK,
        NextStep.HOME_VISIT,
        None,  # nothing booked: no date is guessed
    )
    with store.session() as s, s.begin():
        s.add(HomeVisit(client_id=people.client_id, visited_at=datetime(2025, 3, 3, 9, tzinfo=UTC)))
        # 00:30 on 31 March in Helsinki is still 30 March in UTC.
        book_visit(
            s,
            client_id=people.client_id,
            starts_at=datetime(2025, 3, 30, 21, 30, tzinfo=UTC),
            duration_minutes=60,
            place=None,
            worker_ids=[people.me],
            booked_by_id=people.me,
        )
    with store.session() as s:
        process = outreach_process(s, people.client_id)
    assert process is not None
    assert process.due == date(2025, 3, 31)


def test_outreach_ended_for_a_new_sas_asks_for_one_until_it_starts(store, people):
    with store.session() as s, s.begin():
        episode = add_episode(s, people.client_id, Service.OUTREACH, date(2024, 1, 2), people.me)
        end_episode(s, episode.id, on=date(2025, 1, 31), reason=EpisodeEndReason.NEW_SAS)
    with store.session() as s:
        process = outreach_process(s, people.client_id)
    assert process is not None
    assert (process.phase, process.next_step) == (Phase.END, NextStep.START_SAS)
    with store.session() as s, s.begin():
        act.start_sas(s, client_id=people.client_id, worker_id=people.me, on=date(2025, 2, 3))
    with store.session() as s:
        process = outreach_process(s, people.client_id)
    assert process is not None
    assert process.next_step == NextStep.NONE


def test_an_episode_cannot_end_twice_or_before_it_started(store, people):
    with store.session() as s, s.begin():
        episode = add_episode(s, people.client_id, Service.OUTREACH, date(2025, 1, 2), people.me)
    with store.session() as s, s.begin(), pytest.raises(ProcessStepRefused):
        end_episode(s, episode.id, on=date(2024, 12, 1), reason=EpisodeEndReason.OTHER)
    with store.session() as s, s.begin():
        end_episode(s, episode.id, on=TODAY, reason=EpisodeEndReason.GOALS_MET)
    with store.session() as s, s.begin(), pytest.raises(ProcessStepRefused):
        end_episode(s, episode.id, on=TODAY, reason=EpisodeEndReason.OTHER)


@pytest.mark.parametrize(
    ("stage", "today", "step"),
    [
        (RentDebtStage.START, date(2025, 1, 20), NextStep.PAYMENT_PLAN),
        (RentDebtStage.WORK, date(2025, 7, 14), NextStep.CHECK_LIVING_SKILLS),
        (RentDebtStage.WORK, date(2025, 7, 15), NextStep.END_FOLLOW_UP),
        (RentDebtStage.ENDED, date(2025, 9, 1), NextStep.NONE),
    ],
)
def test_rent_debt_follow_up_runs_for_six_months(store, people, stage, today, step):
    with store.session() as s, s.begin():
        s.add(
            RentDebtFollowUp(
                client_id=people.client_id,
                started_on=date(2025, 1, 15),
                debt_at_start_cents=120000,
                stage=stage,
            )
        )
    with store.session() as s:
        process = rent_debt_process(s, people.client_id, today)
    assert process is not None
    assert process.next_step == step
    if stage != RentDebtStage.ENDED:
        assert process.due == date(2025, 7, 15)


def test_every_action_is_in_the_access_log(store, people):
    _moved_in(store, people)
    with store.session() as s:
        entries = entries_for_client(s, people.client_id)
    assert [(e.action, e.target) for e in reversed(entries)] == [
        (AccessAction.CREATE, "service_episode"),
        (AccessAction.CREATE, "sas_decision"),
        (AccessAction.CREATE, "housing_offer"),
        (AccessAction.UPDATE, "housing_offer"),
        (AccessAction.CREATE, "placement"),
    ]
    assert {e.worker_id for e in entries} == {people.me}


def test_a_client_without_outreach_or_debt_has_only_the_housing_process(store, people):
    with store.session() as s:
        processes = client_processes(s, people.client_id, TODAY)
    assert processes.outreach is None
    assert processes.rent_debt is None
    assert processes.housing.stage == HousingStage.NOT_STARTED
