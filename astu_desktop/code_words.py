"""The one catalogue of words for stored codes: the screen, the printed documents and the
commands all read a code's words here, in the language asked for on each call.

Why one table: the screen's words used to come from Qt's translations and the paper's
from a copy of them, and the copies drifted ("Toimistotapaaminen" on screen,
"Toimistokäynti" on paper). Plain data without Qt, so printing and the CLI read it too;
the screen asks in its own language through `ui.labels.code_label`, a document in the
language chosen at export. Every code of every list has all three languages: the type
says so, and a test fails on a list with a code missing.
"""

from __future__ import annotations

import enum

from astu_desktop.messages import in_language
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
from astu_protocol.forms import definition

Texts = tuple[str, str, str]  # (fi, sv, en)

# One table per code list: codes of different lists may share a value ("other").
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
            "Ledsagning till en tjänst",
            "Accompanying to a service",
        ),
        VisitKind.NOT_AT_HOME: ("Ei tavattu kotoa", "Inte hemma", "Not at home"),
        VisitKind.OFFICE: ("Toimistokäynti", "Besök på byrån", "Office visit"),
        VisitKind.PHONE: ("Puhelu", "Telefonsamtal", "Phone call"),
        VisitKind.MESSAGE: ("Viesti", "Meddelande", "Message"),
        VisitKind.PARTNER_MEETING: (
            "Tapaaminen yhteistyötahon kanssa",
            "Möte med en samarbetspart",
            "Meeting with a partner",
        ),
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
    HousingQueue: {
        HousingQueue.MENTAL_HEALTH: (
            "Mielenterveysjono",
            "Kön för mental hälsa",
            "Mental-health queue",
        ),
        HousingQueue.YOUNG_PEOPLE: ("Nuorten jono", "Ungdomskön", "Young people's queue"),
        HousingQueue.ADULTS: ("Aikuisten jono", "Vuxenkön", "Adults' queue"),
    },
    BookingChangeReason: {
        BookingChangeReason.CLIENT_ASKED: (
            "Asiakas pyysi",
            "Klienten bad om det",
            "The client asked",
        ),
        BookingChangeReason.CLIENT_UNREACHABLE: (
            "Asiakasta ei tavoitettu",
            "Klienten nåddes inte",
            "The client could not be reached",
        ),
        BookingChangeReason.CLIENT_IN_CARE: (
            "Asiakas on sairaalassa tai hoidossa",
            "Klienten är på sjukhus eller i vård",
            "The client is in hospital or care",
        ),
        BookingChangeReason.WORKER_UNAVAILABLE: (
            "Työntekijä ei pääse",
            "Arbetstagaren kan inte komma",
            "The worker cannot make it",
        ),
        BookingChangeReason.OTHER: ("Muu syy", "Annan orsak", "Other reason"),
    },
    VisitRemovalReason: {
        VisitRemovalReason.WRONG_CLIENT: (
            "Kirjattu väärän asiakkaan tietoihin",
            "Registrerat på fel klients journal",
            "Recorded on the wrong client's record",
        ),
        VisitRemovalReason.DUPLICATE: (
            "Sama käynti kirjattiin kahdesti",
            "Samma besök registrerades två gånger",
            "The same visit was recorded twice",
        ),
        VisitRemovalReason.DID_NOT_HAPPEN: (
            "Käyntiä ei tehty",
            "Besöket blev inte av",
            "The visit did not take place",
        ),
        VisitRemovalReason.OTHER: ("Muu syy", "Annan orsak", "Other reason"),
    },
    SasOutcome: {
        SasOutcome.PLACE: ("Sijoitetaan", "Placeras", "Placed"),
        SasOutcome.NOT_PLACED: ("Ei sijoiteta", "Placeras inte", "Not placed"),
        SasOutcome.PENDING_STATEMENTS: (
            "Odottaa lausuntoja",
            "Väntar på utlåtanden",
            "Waiting for statements",
        ),
    },
    OfferOutcome: {
        OfferOutcome.PENDING: ("Avoin", "Öppet", "Open"),
        OfferOutcome.ACCEPTED: ("Hyväksytty", "Godkänt", "Accepted"),
        OfferOutcome.DECLINED: ("Hylätty", "Avböjt", "Declined"),
        OfferOutcome.NO_SHOW: (
            "Ei saapunut näyttöön",
            "Kom inte till visningen",
            "Did not come to the viewing",
        ),
        OfferOutcome.WITHDRAWN: ("Peruttu", "Återtaget", "Withdrawn"),
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
    EpisodeEndReason: {
        EpisodeEndReason.GOALS_MET: ("Tavoitteet saavutettu", "Målen nådda", "Goals met"),
        EpisodeEndReason.DIRECT_TENANCY: (
            "Suoravuokralaiseksi",
            "Direkt hyresgäst",
            "Direct tenancy",
        ),
        EpisodeEndReason.NEW_SAS: ("Uusi SAS-prosessi", "Ny SAS-process", "New SAS process"),
        EpisodeEndReason.HANDED_TO_OUTREACH: (
            "Siirtyi lähityöhön",
            "Överfördes till närarbete",
            "Handed over to outreach",
        ),
        EpisodeEndReason.HANDED_TO_HOME_REHABILITATION: (
            "Siirtyi kotikuntoutukseen",
            "Överfördes till hemrehabilitering",
            "Handed over to home rehabilitation",
        ),
        EpisodeEndReason.PLACED: ("Sijoitettu asuntoon", "Placerad i bostad", "Placed in housing"),
        EpisodeEndReason.TENANCY_ENDED: ("Asuminen päättyi", "Boendet upphörde", "Tenancy ended"),
        EpisodeEndReason.CLIENT_DECLINED: (
            "Asiakas kieltäytyi",
            "Klienten avböjde",
            "Client declined",
        ),
        EpisodeEndReason.NO_CONTACT: ("Ei yhteyttä", "Ingen kontakt", "No contact"),
        EpisodeEndReason.MOVED_AWAY: ("Muutti pois", "Flyttade bort", "Moved away"),
        EpisodeEndReason.DIED: ("Kuollut", "Avliden", "Deceased"),
        EpisodeEndReason.OTHER: ("Muu", "Annat", "Other"),
    },
    DocumentStatus: {
        DocumentStatus.DRAFT: ("Luonnos", "Utkast", "Draft"),
        DocumentStatus.SIGNED: ("Allekirjoitettu", "Undertecknat", "Signed"),
    },
    RentDebtOutcome: {
        RentDebtOutcome.DEBT_PAID: ("Velka maksettu", "Skulden betald", "Debt paid"),
        RentDebtOutcome.CONTINUES_WITH_OUTREACH: (
            "Jatkuu lähityönä",
            "Fortsätter som närarbete",
            "Continues with outreach",
        ),
        RentDebtOutcome.CONTINUES_WITH_HOME_REHABILITATION: (
            "Jatkuu kotikuntoutuksessa",
            "Fortsätter med hemrehabilitering",
            "Continues with home rehabilitation",
        ),
        RentDebtOutcome.TENANCY_ENDED_NEW_SAS: (
            "Asuminen päättyi, uusi SAS",
            "Boendet upphörde, ny SAS",
            "Tenancy ended, new SAS",
        ),
    },
    PaymentSource: {
        PaymentSource.CLIENT: ("Asiakas", "Klienten", "Client"),
        PaymentSource.INCOME_SUPPORT: ("Toimeentulotuki", "Utkomststöd", "Income support"),
        PaymentSource.GUARDIAN: ("Edunvalvoja", "Intressebevakare", "Guardian"),
        PaymentSource.INTERMEDIARY_ACCOUNT: (
            "Välitystili",
            "Förmedlingskonto",
            "Intermediary account",
        ),
        PaymentSource.OTHER: ("Muu maksaja", "Annan betalare", "Other source"),
    },
    Partner: {
        Partner.LANDLORD: (
            "Vuokranantaja (Asuntoyksikkö)",
            "Hyresvärd (Bostadsenheten)",
            "Landlord (Asuntoyksikkö)",
        ),
        Partner.FINANCIAL_ADMINISTRATION: (
            "Talouspalvelut",
            "Ekonomiförvaltning",
            "Financial administration",
        ),
        Partner.AREA_SOCIAL_WORK: (
            "Aluesosiaalityö (välitystili)",
            "Områdets socialarbete (förmedlingskonto)",
            "Area social work (intermediary account)",
        ),
        Partner.GUARDIANSHIP: ("Edunvalvonta", "Intressebevakning", "Guardianship"),
        Partner.KELA: ("Kela", "FPA", "Kela"),
        Partner.ENFORCEMENT: ("Ulosotto", "Utsökning", "Enforcement authority"),
        Partner.DIACONAL_WORK: ("Diakoniatyö", "Diakoni", "Diaconal work"),
        Partner.SUBSTANCE_CLINIC: ("Päihdeklinikka", "Missbruksklinik", "Substance-abuse clinic"),
        Partner.GAMBLING_CLINIC: ("Peliklinikka", "Spelklinik", "Gambling clinic"),
        Partner.DEBT_COUNSELLING: (
            "Talous- ja velkaneuvonta",
            "Ekonomi- och skuldrådgivning",
            "Financial and debt counselling",
        ),
        Partner.SOCIAL_CREDIT: ("Sosiaalinen luototus", "Social kreditgivning", "Social credit"),
        Partner.RELATIVE: ("Omainen", "Anhörig", "Relative"),
        Partner.OTHER: ("Muu yhteistyötaho", "Annan samarbetspart", "Other partner"),
    },
    ContactChannel: {
        ContactChannel.LETTER: ("Kirje", "Brev", "Letter"),
        ContactChannel.PHONE: ("Puhelin", "Telefon", "Phone"),
        ContactChannel.HOME_VISIT: ("Kotikäynti", "Hembesök", "Home visit"),
        ContactChannel.MEETING: ("Tapaaminen", "Möte", "Meeting"),
        ContactChannel.EMAIL: ("Sähköposti", "E-post", "Email"),
    },
    DecisionKind: {
        DecisionKind.SUPPLEMENTARY_INCOME_SUPPORT: (
            "Täydentävä toimeentulotuki",
            "Kompletterande utkomststöd",
            "Supplementary income support",
        ),
        DecisionKind.PREVENTIVE_INCOME_SUPPORT: (
            "Ehkäisevä toimeentulotuki",
            "Förebyggande utkomststöd",
            "Preventive income support",
        ),
        DecisionKind.ENFORCEMENT_LIMITATION: (
            "Ulosoton rajoittaminen",
            "Begränsad utsökning",
            "Limited enforcement",
        ),
        DecisionKind.MORE_TIME: ("Lisäaika maksulle", "Mer tid att betala", "More time to pay"),
    },
    DecisionOutcome: {
        DecisionOutcome.PENDING: ("Odottaa päätöstä", "Väntar på beslut", "Waiting for a decision"),
        DecisionOutcome.GRANTED: ("Myönnetty", "Beviljat", "Granted"),
        DecisionOutcome.REJECTED: ("Hylätty", "Avslaget", "Denied"),
    },
    AccessAction: {
        AccessAction.VIEW: ("Katsoi", "Visade", "Viewed"),
        AccessAction.SEARCH: ("Löytyi haulla", "Hittades i en sökning", "Found in a search"),
        AccessAction.CREATE: ("Loi", "Skapade", "Created"),
        AccessAction.UPDATE: ("Muutti", "Ändrade", "Changed"),
        AccessAction.SIGN: ("Allekirjoitettu", "Undertecknat", "Signed"),
        AccessAction.EXPORT: ("Vei ulos", "Exporterade", "Exported"),
        AccessAction.PRINT: ("Tulosti", "Skrev ut", "Printed"),
        AccessAction.REVEAL: (
            "Näytti henkilötunnuksen",
            "Visade personbeteckningen",
            "Revealed the identity code",
        ),
        AccessAction.IMPORT: ("Toi", "Importerade", "Imported"),
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
    Phase: {
        Phase.START: ("Alku", "Början", "Start"),
        Phase.WORK: ("Työ", "Arbete", "Work"),
        Phase.END: ("Loppu", "Slut", "End"),
    },
    RentDebtStage: {
        RentDebtStage.START: ("Alku", "Början", "Start"),
        RentDebtStage.WORK: ("Työ", "Arbete", "Work"),
        RentDebtStage.ENDED: ("Päättynyt", "Avslutad", "Ended"),
    },
    NextStep: {
        NextStep.START_SAS: (
            "Aloita SAS-prosessi alkuarviolla.",
            "Inled en SAS-process med en inledande bedömning.",
            "Start a SAS process with an initial assessment.",
        ),
        NextStep.ASSESSMENT_INTERVIEW: (
            "Tee arviohaastattelu.",
            "Gör bedömningsintervjun.",
            "Do the assessment interview.",
        ),
        NextStep.SAS_DECISION: (
            "Kirjaa SAS-päätös.",
            "Registrera SAS-beslutet.",
            "Record the SAS decision.",
        ),
        NextStep.AWAIT_STATEMENTS: (
            "Kirjaa SAS-päätös, kun lausunnot ovat tulleet.",
            "Registrera SAS-beslutet när utlåtandena har kommit.",
            "Record the SAS decision when the statements have arrived.",
        ),
        NextStep.END_SAS_EPISODE: (
            "Ei sijoiteta: päätä SAS-asiakkuus ja kirjaa syy.",
            "Placeras inte: avsluta SAS-klientskapet med en orsak.",
            "Not placed: end the SAS episode with a reason.",
        ),
        NextStep.HOUSING_OFFER: (
            "Jonossa: kirjaa seuraava asuntotarjous.",
            "I kön: registrera nästa bostadserbjudande.",
            "In the queue: record the next housing offer.",
        ),
        NextStep.VIEWING: (
            "Sovi asunnon näytöstä ja kirjaa asiakkaan vastaus.",
            "Kom överens om visningen och registrera klientens svar.",
            "Agree on the viewing and record the client's answer.",
        ),
        NextStep.MOVE_IN: (
            "Tarjous hyväksytty: kirjaa muutto.",
            "Erbjudandet godkänt: registrera inflyttningen.",
            "Offer accepted: record the move-in.",
        ),
        NextStep.SERVICE_PLAN: (
            "Laadi palvelusuunnitelma ensimmäiselle kuudelle kuukaudelle.",
            "Gör upp serviceplanen för de första sex månaderna.",
            "Draw up the service plan for the first six months.",
        ),
        NextStep.PLAN_REVIEW: (
            "Tarkista palvelusuunnitelma.",
            "Se över serviceplanen.",
            "Review the service plan.",
        ),
        NextStep.START_OUTREACH_WORK: (
            "Tapaa asiakas uudessa kodissa ja aloita sitten lähityö.",
            "Träffa klienten i det nya hemmet och inled sedan närarbetet.",
            "Meet the client in the new home, then start the outreach work.",
        ),
        NextStep.HOME_VISIT: ("Seuraava kotikäynti.", "Nästa hembesök.", "Next home visit."),
        NextStep.PAYMENT_PLAN: (
            "Ota yhteyttä vuokralaiseen ja sovi maksusuunnitelmasta tai lisäajasta.",
            "Kontakta hyresgästen och kom överens om en betalningsplan eller mer tid.",
            "Contact the tenant and agree on a payment plan or more time.",
        ),
        NextStep.FOLLOW_PAYMENT_PLAN: (
            "Seuraa maksusuunnitelmaa.",
            "Följ betalningsplanen.",
            "Follow the payment plan.",
        ),
        NextStep.OVERDUE_INSTALMENT: (
            "Erä on myöhässä: ota yhteyttä vuokralaiseen ja vuokranantajaan.",
            "En rat är försenad: kontakta hyresgästen och hyresvärden.",
            "An instalment is overdue: contact the tenant and the landlord.",
        ),
        NextStep.CHECK_LIVING_SKILLS: (
            "Tarkista asumistaidot kotikäynnillä.",
            "Kontrollera boendefärdigheterna vid ett hembesök.",
            "Check the living skills on a home visit.",
        ),
        NextStep.END_FOLLOW_UP: (
            "Kuusi kuukautta on kulunut: sovi jatkotyöstä ja päätä seuranta.",
            "Sex månader har gått: kom överens om fortsatt arbete och avsluta uppföljningen.",
            "Six months are over: agree on further work and end the follow-up.",
        ),
        NextStep.END_PAID_FOLLOW_UP: (
            "Velka on maksettu: sovi jatkotyöstä ja päätä seuranta.",
            "Skulden är betald: kom överens om fortsatt arbete och avsluta uppföljningen.",
            "The debt is paid: agree on further work and end the follow-up.",
        ),
        NextStep.NONE: (
            "Tässä prosessissa ei ole tehtävää.",
            "Inget att göra i den här processen.",
            "Nothing to do in this process.",
        ),
    },
}


def code_word(code: enum.StrEnum, language: str) -> str:
    """The code's words in `language` (Finnish for a language the catalogue lacks).

    A code outside the catalogue is a programming error and raises KeyError: a worker
    must never read a storage code such as "not_at_home" on a screen or on paper."""
    if isinstance(code, FormKey):
        return definition(code).name(language)  # a form is named by its definition only
    return in_language(_CODES[type(code)][code.value], language)


def code_lists() -> tuple[type[enum.StrEnum], ...]:
    """The code lists the catalogue words, for the test that each is complete."""
    return (*_CODES, FormKey)
