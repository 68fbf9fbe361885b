"""Fixed documents for the PDF tests: every date, name and id is known.

The answers carry ä, ö and å (and Å, Ö) on purpose: a font without them would print
boxes, which text extraction and the approved images would catch.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from astu_desktop.reports.form_pdf import PrintableDocument
from astu_protocol.codes import FormKey
from astu_protocol.forms import definition

CLIENT_NAME = "Åsa Örja Ståhl-Äijälä"
CLIENT_HETU = "170580-923X"
WORKER = "Outi Miettinen"
DOCUMENT_DATE = date(2025, 3, 10)


def assessment_answers() -> dict[str, Any]:
    return {
        "current_housing": "emergency_shelter",
        "homeless_since": "2024-11-01",
        "earlier_eviction": True,
        "earlier_rent_arrears": True,
        "earlier_disturbances": False,
        "housing_history_notes": "Vuokrasuhde päättyi häätöön vuokravelan vuoksi 2023. "
        "Sen jälkeen asunut ystävien luona ja yömajassa.",
        "household": "alone",
        "family_notes": "Yhteys sisareen säännöllinen; äiti asuu Vöyrillä.",
        "income_sources": ["unemployment_benefit", "housing_allowance", "other"],
        "income_other": "Satunnaiset keikkatyöt",
        "has_guardian": False,
        "has_debts": True,
        "debt_amount": 350_000,
        "debt_notes": "Ulosotossa kaksi velkaa, yhteensä noin 3 500 €.",
        "credit_default": True,
        "education": "upper_secondary",
        "work_situation": "unemployed",
        "physical_health": "Selkäkipuja; hammashoito kesken.",
        "mental_health": "Masennusoireita, hoitokontakti psykiatrian poliklinikalla.",
        "regular_medication": True,
        "substances": ["alcohol"],
        "use_frequency": "weekly",
        "substance_treatment": True,
        "substance_treatment_notes": "A-klinikan asiakkuus.",
        "daily_routine": "Päivärytmi epäsäännöllinen; käy päiväkeskuksessa.",
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
        "client_opinion": "Haluaa oman pienasunnon läheltä entistä asuinaluetta Vallilasta.",
        "alternatives_discussed": ["small_apartment", "support_home"],
        "worker_conclusion": "Tuen tarve vuokranmaksussa; pienasunto tuettuna soveltuu.",
        "sas_housing_type": "small_apartment",
        "sas_queue": "adults",
    }


def service_plan_answers() -> dict[str, Any]:
    return {
        "plan_start": "2025-03-10",
        "responsible_worker": WORKER,
        "participants": "Asiakas, vastuutyöntekijä ja päihdetyöntekijä",
        "goals": [
            {
                "goal": "Vuokra maksetaan ajallaan joka kuukausi.",
                "measures": "Suoraveloitus ja kuukausittainen läpikäynti.",
                "who_does_what": "Asiakas tekee valtakirjan, työntekijä tarkistaa maksut.",
                "due_by": "2025-05-01",
            },
            {
                "goal": "Päivärytmi vakiintuu; säännöllinen ateriointi.",
                "measures": "Päiväkeskus kolmesti viikossa, ruokalista yhdessä.",
                "who_does_what": "Asiakas käy päiväkeskuksessa; työntekijä seuraa kotikäynneillä.",
                "due_by": "2025-07-31",
            },
            {
                "goal": "Yhteys sisareen säilyy; yhteinen käynti Vöyrillä kesällä.",
                "measures": "Matkan suunnittelu ja rahoitus yhdessä.",
                "who_does_what": "Asiakas soittaa sisarelle; työntekijä selvittää matkatuen.",
                "due_by": "2025-08-15",
            },
        ],
        "guided_services": ["debt_counselling", "substance"],
        "services_notes": "Talous- ja velkaneuvonnan aika sovittu 24.3.",
        "review_date": "2025-08-29",
        "client_view": "Asiakas pitää tavoitteita sopivina ja haluaa jatkaa ystävänsä tuella.",
        "client_and_worker_agree": True,
    }


AREAS = (
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
)
SCORES = (5, 4, 2, 1, 3, 3, 4, 5, 2, 4)


def living_skills_answers() -> dict[str, Any]:
    answers: dict[str, Any] = {
        f"{area}_score": score for area, score in zip(AREAS, SCORES, strict=True)
    }
    answers["food_note"] = "Jääkaapissa ruokaa; käy kaupassa itse."
    answers["rent_payment_note"] = "Kaksi kuukautta vuokrarästiä."
    answers["safety_note"] = "Palovaroitin ilman paristoa: vaihdettu käynnillä."
    answers["client_own_view"] = "Asuminen sujuu, mutta raha-asiat stressaavat."
    answers["next_steps"] = "Maksusuunnitelma vuokranantajan kanssa, kotikäynti kuukauden päästä."
    answers["next_check_date"] = "2025-06-10"
    return answers


ANSWERS = {
    FormKey.ASSESSMENT_INTERVIEW: assessment_answers,
    FormKey.SERVICE_PLAN: service_plan_answers,
    FormKey.LIVING_SKILLS_CHECK: living_skills_answers,
}


def printable(form_key: FormKey, *, signed: bool) -> PrintableDocument:
    return PrintableDocument(
        form=definition(form_key, 1),
        answers=ANSWERS[form_key](),
        client_name=CLIENT_NAME,
        client_hetu=CLIENT_HETU,
        document_date=DOCUMENT_DATE,
        version_no=1,
        signed_on=date(2025, 3, 11) if signed else None,
        signed_by=WORKER if signed else None,
        author=WORKER,
        review_due=date(2025, 8, 29) if form_key == FormKey.SERVICE_PLAN and signed else None,
        amendment_reason=None,
    )
