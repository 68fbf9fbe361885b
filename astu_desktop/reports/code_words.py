"""The words for stored codes on paper, in the document's language (not the UI's).

The same wording as the app's labels (ui/record/codes.py and ui/labels.py, through Qt's
translations), kept here as plain data because printing runs without Qt.
"""

from __future__ import annotations

import enum

from astu_desktop.models.codes import (
    EpisodeStatus,
    HousingType,
    RentDebtStage,
    Service,
    TenancyEndReason,
    VisitKind,
)
from astu_desktop.reports.words import LANGUAGES
from astu_desktop.services.process_stages import HousingStage

Texts = tuple[str, str, str]

_CODES: dict[type[enum.StrEnum], dict[str, Texts]] = {
    Service: {
        Service.SAS_ASSESSMENT: ("SAS-arviointi", "SAS-bedömning", "SAS assessment"),
        Service.OUTREACH: ("Lähityö", "Närarbete", "Outreach"),
        Service.RENT_DEBT: (
            "Vuokravelan seuranta",
            "Hyresskuldsuppföljning",
            "Rent-debt follow-up",
        ),
        Service.HOME_REHABILITATION: ("Kotikuntoutus", "Hemrehabilitering", "Home rehabilitation"),
    },
    EpisodeStatus: {
        EpisodeStatus.STARTING: ("Alkamassa", "Inleds", "Starting"),
        EpisodeStatus.ACTIVE: ("Aktiivinen", "Aktiv", "Active"),
        EpisodeStatus.ENDED: ("Päättynyt", "Avslutad", "Ended"),
    },
    HousingType: {
        HousingType.SMALL_APARTMENT: ("Pienasunto", "Småbostad", "Small apartment"),
        HousingType.SUPPORT_HOME: ("Tukikoti", "Stödhem", "Support home"),
        HousingType.CLUSTER_FLAT: (
            "Solutukiasunto",
            "Stödbostad i kluster",
            "Cluster support flat",
        ),
        HousingType.SUPPORT_FLAT: ("Tukiasunto", "Stödbostad", "Support flat"),
        HousingType.OWN_UNIT: (
            "Oma tuetun asumisen yksikkö",
            "Egen enhet för stödboende",
            "Own supported-housing unit",
        ),
        HousingType.PURCHASED_UNIT: (
            "Ostopalveluyksikkö",
            "Köpt enhet för stödboende",
            "Purchased supported-housing unit",
        ),
        HousingType.PURCHASED_SCATTERED_FLAT: (
            "Hajasijoitettu tuettu asunto",
            "Köpt spridd stödbostad",
            "Purchased scattered flat",
        ),
    },
    HousingStage: {
        HousingStage.NOT_STARTED: ("Ei aloitettu", "Inte inlett", "Not started"),
        HousingStage.INITIAL_ASSESSMENT: ("Alkuarvio", "Inledande bedömning", "Initial assessment"),
        HousingStage.SAS_DECISION: ("SAS-päätös", "SAS-beslut", "SAS decision"),
        HousingStage.QUEUE: ("Jono", "Kö", "Queue"),
        HousingStage.OFFER: ("Asuntotarjous", "Bostadserbjudande", "Housing offer"),
        HousingStage.VIEWING: ("Asunnon näyttö", "Visning", "Viewing"),
        HousingStage.MOVED_IN: ("Muuttanut", "Inflyttad", "Moved in"),
        HousingStage.SERVICE_PLAN: ("Palvelusuunnitelma", "Serviceplan", "Service plan"),
        HousingStage.ENDED: ("Päättynyt", "Avslutad", "Ended"),
    },
    TenancyEndReason: {
        TenancyEndReason.DIRECT_TENANCY: (
            "Suoravuokralaiseksi",
            "Blev direkt hyresgäst",
            "Became a direct tenant",
        ),
        TenancyEndReason.OTHER_HOUSING_SERVICE: (
            "Toiseen asumispalveluun",
            "Till en annan boendetjänst",
            "Moved to another housing service",
        ),
        TenancyEndReason.EVICTION_RENT_DEBT: (
            "Häätö: vuokravelka",
            "Vräkning: hyresskuld",
            "Eviction: rent debt",
        ),
        TenancyEndReason.EVICTION_DISTURBANCE: (
            "Häätö: häiriöt",
            "Vräkning: störningar",
            "Eviction: disturbances",
        ),
        TenancyEndReason.EVICTION_CONDITION: (
            "Häätö: asunnon kunto",
            "Vräkning: bostadens skick",
            "Eviction: condition of the flat",
        ),
        TenancyEndReason.TERMINATED_BY_CLIENT: (
            "Asiakas irtisanoi",
            "Klienten sade upp",
            "Terminated by the client",
        ),
        TenancyEndReason.INSTITUTIONAL_CARE: (
            "Laitoshoitoon",
            "Till anstaltsvård",
            "Moved to institutional care",
        ),
        TenancyEndReason.PRISON: ("Vankilaan", "Fängelse", "Prison"),
        TenancyEndReason.MOVED_AWAY: (
            "Muutti pois Helsingistä",
            "Flyttade bort från Helsingfors",
            "Moved away from Helsinki",
        ),
        TenancyEndReason.DIED: ("Kuoli", "Avled", "Died"),
        TenancyEndReason.ABANDONED: ("Asunto hylätty", "Bostaden övergiven", "Flat abandoned"),
        TenancyEndReason.OTHER: ("Muu syy", "Annan orsak", "Other reason"),
    },
    RentDebtStage: {
        RentDebtStage.START: ("Alku", "Början", "Start"),
        RentDebtStage.WORK: ("Työ", "Arbete", "Work"),
        RentDebtStage.ENDED: ("Päättynyt", "Avslutad", "Ended"),
    },
    VisitKind: {
        VisitKind.HOME_VISIT: ("Kotikäynti", "Hembesök", "Home visit"),
        VisitKind.JOINT_VISIT: ("Yhteiskäynti", "Gemensamt besök", "Joint visit"),
        VisitKind.THREE_PARTY_MEETING: (
            "Kolmikantapalaveri",
            "Trepartsmöte",
            "Three-party meeting",
        ),
        VisitKind.ACCOMPANYING: (
            "Saattaminen palveluun",
            "Följeslagning till en tjänst",
            "Accompanying to a service",
        ),
        VisitKind.NOT_AT_HOME: ("Ei tavoitettu kotoa", "Inte hemma", "Not at home"),
        VisitKind.OFFICE: ("Toimistokäynti", "Besök på byrån", "Office visit"),
        VisitKind.PHONE: ("Puhelu", "Telefonsamtal", "Phone call"),
        VisitKind.MESSAGE: ("Viesti", "Meddelande", "Message"),
        VisitKind.PARTNER_MEETING: (
            "Tapaaminen yhteistyötahon kanssa",
            "Möte med en samarbetspart",
            "Meeting with a partner",
        ),
    },
}

_MONTHS: tuple[Texts, ...] = (
    ("tammi", "jan", "Jan"),
    ("helmi", "feb", "Feb"),
    ("maalis", "mars", "Mar"),
    ("huhti", "apr", "Apr"),
    ("touko", "maj", "May"),
    ("kesä", "juni", "Jun"),
    ("heinä", "juli", "Jul"),
    ("elo", "aug", "Aug"),
    ("syys", "sep", "Sep"),
    ("loka", "okt", "Oct"),
    ("marras", "nov", "Nov"),
    ("joulu", "dec", "Dec"),
)


def code_word(code: enum.StrEnum, language: str) -> str:
    return _pick(_CODES[type(code)][code.value], language)


def month_word(month: int, language: str) -> str:
    return _pick(_MONTHS[month - 1], language)


def _pick(texts: Texts, language: str) -> str:
    return texts[LANGUAGES.index(language) if language in LANGUAGES else 0]
