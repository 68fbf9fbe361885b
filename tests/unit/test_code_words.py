"""The one catalogue of words for stored codes, read by the screen, the paper and the CLI."""

from __future__ import annotations

import enum

import pytest

from astu_desktop.code_words import code_lists, code_word
from astu_desktop.messages import LANGUAGES
from astu_desktop.models.codes import HousingStage, NextStep, Phase
from astu_protocol.codes import (
    AccessAction,
    BookingChangeReason,
    ContactChannel,
    DecisionKind,
    DecisionOutcome,
    DocumentStatus,
    EpisodeEndReason,
    EpisodeStatus,
    FormKey,
    HousingQueue,
    HousingType,
    OfferOutcome,
    Partner,
    PaymentSource,
    RentDebtOutcome,
    RentDebtStage,
    SasOutcome,
    Service,
    TenancyEndReason,
    VisitKind,
    VisitRemovalReason,
)

SHOWN_CODE_LISTS = {
    AccessAction,
    BookingChangeReason,
    ContactChannel,
    DecisionKind,
    DecisionOutcome,
    DocumentStatus,
    EpisodeEndReason,
    EpisodeStatus,
    FormKey,
    HousingQueue,
    HousingStage,
    HousingType,
    NextStep,
    OfferOutcome,
    Partner,
    PaymentSource,
    Phase,
    RentDebtOutcome,
    RentDebtStage,
    SasOutcome,
    Service,
    TenancyEndReason,
    VisitKind,
    VisitRemovalReason,
}


def test_every_code_list_a_person_reads_is_in_the_catalogue():
    assert set(code_lists()) == SHOWN_CODE_LISTS


@pytest.mark.parametrize("codes", sorted(SHOWN_CODE_LISTS, key=lambda codes: codes.__name__))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_has_its_words_in_every_language(codes: type[enum.StrEnum], language: str):
    for code in codes:
        said = code_word(code, language)
        assert said.strip() == said != "", (code, language)
        assert said != code.value, (code, language)  # never the storage code


@pytest.mark.parametrize(
    ("code", "language", "expected"),
    [
        # The words that differed between screen and paper before there was one table.
        (VisitKind.OFFICE, "fi", "Toimistokäynti"),
        (VisitKind.OFFICE, "sv", "Besök på byrån"),
        (VisitKind.NOT_AT_HOME, "fi", "Ei tavattu kotoa"),
        (VisitKind.ACCOMPANYING, "sv", "Ledsagning till en tjänst"),
        (Service.RENT_DEBT, "sv", "Hyresskuldsuppföljning"),
        (HousingStage.OFFER, "fi", "Asuntotarjous"),
        (HousingStage.OFFER, "sv", "Bostadserbjudande"),
        (HousingStage.OFFER, "en", "Housing offer"),
        (HousingStage.VIEWING, "fi", "Asunnon näyttö"),
        # Codes that share a value in different lists keep their own words.
        (TenancyEndReason.OTHER, "fi", "Muu syy"),
        (PaymentSource.OTHER, "fi", "Muu maksaja"),
        (RentDebtStage.ENDED, "sv", "Avslutad"),
    ],
)
def test_a_code_reads_the_same_wherever_it_is_shown(code, language, expected):
    assert code_word(code, language) == expected


def test_a_language_the_catalogue_lacks_reads_finnish():
    assert code_word(VisitKind.HOME_VISIT, "de") == "Kotikäynti"


@pytest.mark.parametrize(
    ("form", "language", "expected"),
    [
        (FormKey.ASSESSMENT_INTERVIEW, "sv", "Bedömningsintervju"),
        (FormKey.SERVICE_PLAN, "fi", "Palvelusuunnitelma"),
        (FormKey.LIVING_SKILLS_CHECK, "en", "Living-skills check"),
    ],
)
def test_a_form_is_named_by_its_definition(form, language, expected):
    """The definition's (short) title, the one the paper's heading shortens."""
    assert code_word(form, language) == expected
