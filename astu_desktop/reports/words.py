"""The words of printed documents in Finnish, Swedish and English.

A document's language is chosen at export and is independent of the UI language (a
Swedish-speaking client gets a Swedish plan from a Finnish-speaking worker), so these
texts cannot go through Qt's translator, which follows the UI. Form labels come from
the form definitions; this catalogue holds the rest.
"""

from __future__ import annotations

from datetime import date, datetime

from astu_desktop.messages import in_language
from astu_protocol.service_day import service_day

_WORDS: dict[str, tuple[str, str, str]] = {
    # code: (fi, sv, en)
    "city": ("Helsingin kaupunki", "Helsingfors stad", "City of Helsinki"),
    "division": (
        "Sosiaali-, terveys- ja pelastustoimiala",
        "Social-, hälsovårds- och räddningssektorn",
        "Social Services, Health Care and Rescue Services",
    ),
    "unit": ("Asumisen tuki", "Boendestöd", "Housing Support"),
    "page": ("sivu {page}/{pages}", "sida {page}/{pages}", "page {page}/{pages}"),
    "confidential": (
        "Salassa pidettävä (JulkL 621/1999 24 § 1 mom. 25 k.)",
        "Sekretessbelagd (OffL 621/1999 24 § 1 mom. 25 p.)",
        "Confidential (Act 621/1999, section 24(1)(25))",
    ),
    "draft": ("LUONNOS", "UTKAST", "DRAFT"),
    "form_version": (
        "Lomakeversio {version}",
        "Blankettversion {version}",
        "Form version {version}",
    ),
    "document_version": ("Asiakirjan versio", "Dokumentversion", "Document version"),
    "client": ("Asiakas", "Klient", "Client"),
    "name": ("Nimi", "Namn", "Name"),
    "hetu": ("Henkilötunnus", "Personbeteckning", "Personal identity code"),
    "document_date": ("Päivämäärä", "Datum", "Date"),
    "author": ("Laatija", "Upprättad av", "Prepared by"),
    "status": ("Tila", "Status", "Status"),
    "status_draft": (
        "Luonnos – ei allekirjoitettu",
        "Utkast – inte undertecknat",
        "Draft – not signed",
    ),
    "status_signed": (
        "Allekirjoitettu {day} ({worker})",
        "Undertecknat {day} ({worker})",
        "Signed {day} ({worker})",
    ),
    "review_due": ("Tarkistetaan viimeistään", "Granskas senast", "Review due"),
    "amends": (
        "Korjaa asiakirjan version {version}",
        "Rättar dokumentversion {version}",
        "Amends document version {version}",
    ),
    "amendment_reason": ("Korjauksen syy", "Orsak till rättelsen", "Reason for the amendment"),
    "not_answered": ("–", "–", "–"),
    "no_rows": ("Ei rivejä", "Inga rader", "No rows"),
    "yes": ("Kyllä", "Ja", "Yes"),
    "no": ("Ei", "Nej", "No"),
    "scores": ("Arviot osa-alueittain", "Bedömningar per delområde", "Ratings by area"),
    "area": ("Osa-alue", "Delområde", "Area"),
    "rating": ("Arvio", "Bedömning", "Rating"),
    "rating_meaning": ("Arvion kuvaus", "Bedömningens beskrivning", "What the rating means"),
    "signatures": ("Allekirjoitukset", "Underskrifter", "Signatures"),
    "worker": ("Työntekijä", "Arbetstagare", "Worker"),
    "place_and_date": ("Paikka ja päivämäärä", "Ort och datum", "Place and date"),
    "signature": (
        "Allekirjoitus ja nimenselvennys",
        "Underskrift och namnförtydligande",
        "Signature and printed name",
    ),
    "signed_electronically": (
        "Allekirjoitettu sähköisesti {day}",
        "Undertecknat elektroniskt {day}",
        "Signed electronically {day}",
    ),
    # -- the statistics report ---------------------------------------------------------
    "stats_title": (
        "Asumisen tuen tilastot {year}",
        "Boendestödets statistik {year}",
        "Housing Support statistics {year}",
    ),
    "stats_as_of": ("Tilanne {day}", "Läget {day}", "As of {day}"),
    "stats_endings": (
        "Pienasuntojen asumisen päättymiset syyn mukaan",
        "Upphörda boenden i småbostäder efter orsak",
        "Tenancy endings in small apartments by reason",
    ),
    "stats_reason": ("Päättymisen syy", "Orsak", "Reason"),
    "stats_count": ("Lukumäärä", "Antal", "Number"),
    "stats_total": ("Yhteensä", "Totalt", "Total"),
    "stats_rent_debt": (
        "Vuokravelan seuranta: velalliset ja velat",
        "Hyresskuldsuppföljning: gäldenärer och skulder",
        "Rent-debt follow-up: debtors and debts",
    ),
    "stats_month": ("Kuukausi", "Månad", "Month"),
    "stats_debtors": ("Velallisia", "Gäldenärer", "Debtors"),
    "stats_debt": ("Velkaa yhteensä", "Skulder totalt", "Total debt"),
    "stats_month_end_note": (
        "Kuukauden lopun tilanne: avoimet seurannat ja niiden jäljellä oleva velka.",
        "Läget i slutet av månaden: öppna uppföljningar och deras återstående skuld.",
        "At the end of each month: open follow-ups and the debt still owed.",
    ),
    "stats_year_debtors": (
        "Seurannassa vuoden aikana",
        "I uppföljning under året",
        "Followed up during the year",
    ),
    "stats_year_debt_at_start": (
        "Velka seurannan alkaessa",
        "Skuld när uppföljningen inleddes",
        "Debt when the follow-up started",
    ),
    "stats_year_paid": ("Maksettu vuoden aikana", "Betalt under året", "Paid during the year"),
    "stats_year_remaining": (
        "Jäljellä tarkastelupäivänä",
        "Återstår på granskningsdagen",
        "Still owed on the as-of day",
    ),
    "stats_visits": (
        "Kotikäynnit kuukausittain",
        "Hembesök per månad",
        "Home visits per month",
    ),
    "stats_visits_count": ("Kotikäyntejä", "Hembesök", "Home visits"),
    "stats_caseload": (
        "Asiakasmäärä työntekijöittäin",
        "Antal klienter per arbetstagare",
        "Caseload per worker",
    ),
    "stats_clients": ("Asiakkaita", "Klienter", "Clients"),
    "stats_plans_overdue": (
        "Palvelusuunnitelman tarkistus myöhässä",
        "Serviceplanens översyn försenad",
        "Service-plan review overdue",
    ),
    "stats_plans_overdue_note": (
        "Asiakkaat, joiden viimeisimmän allekirjoitetun palvelusuunnitelman "
        "tarkistuspäivä (enintään kuusi kuukautta) on ohitettu: {count}.",
        "Klienter vars senaste undertecknade serviceplan skulle ha setts över "
        "(inom högst sex månader): {count}.",
        "Clients whose newest signed service plan is past its review date "
        "(at most six months): {count}.",
    ),
    "stats_none": ("Ei tapahtumia.", "Inga händelser.", "Nothing recorded."),
    # -- kept work of a client who left the worker's caseload ----------------------------
    "kept_title": ("Säilytetyt muutokset", "Sparade ändringar", "Kept changes"),
    "kept_made": ("Viety tiedostoon {day}", "Exporterat {day}", "Exported on {day}"),
    "kept_intro": (
        "Asiakas siirtyi toiselle työntekijälle ennen kuin nämä muutokset ehtivät "
        "palvelimelle. Niitä ei ole tallennettu asiakkaan tietoihin: tiiminvetäjä "
        "päättää, kirjataanko ne.",
        "Klienten flyttades till en annan arbetstagare innan dessa ändringar nådde "
        "servern. De har inte sparats i klientens uppgifter: teamledaren beslutar om "
        "de ska föras in.",
        "The client moved to another worker before these changes reached the server. "
        "They are not in the client's record: the team lead decides whether to enter them.",
    ),
    "kept_record": ("Tietue", "Post", "Record"),
    "kept_field": ("Tieto", "Uppgift", "Field"),
    "kept_value": ("Arvo", "Värde", "Value"),
    "kept_on": ("Säilötty", "Sparad", "Kept on"),
    # -- the case summary -------------------------------------------------------------
    "summary_title": ("Asiakkuuden yhteenveto", "Sammandrag av klientskapet", "Case summary"),
    "summary_made": ("Laadittu {day}", "Upprättat {day}", "Made on {day}"),
    "address": ("Osoite", "Adress", "Address"),
    "phone": ("Puhelin", "Telefon", "Phone"),
    "responsible_worker": ("Vastuutyöntekijä", "Ansvarig arbetstagare", "Responsible worker"),
    "episodes": ("Voimassa olevat asiakkuudet", "Pågående klientskap", "Current episodes"),
    "no_episodes": (
        "Ei voimassa olevia asiakkuuksia.",
        "Inga pågående klientskap.",
        "No current episodes.",
    ),
    "service": ("Palvelu", "Tjänst", "Service"),
    "started": ("Alkanut", "Inlett", "Started"),
    "housing": (
        "Asuminen ja SAS-prosessi",
        "Boende och SAS-process",
        "Housing and the SAS process",
    ),
    "placement": ("Asunto", "Bostad", "Home"),
    "no_placement": (
        "Ei voimassa olevaa asuntoa",
        "Ingen bostad för närvarande",
        "No current home",
    ),
    "moved_in": ("Muuttanut {day}", "Inflyttad {day}", "Moved in {day}"),
    "landlord": ("Vuokranantaja", "Hyresvärd", "Landlord"),
    "sas_stage": (
        "SAS- ja asuttamisprosessin vaihe",
        "Skede i SAS- och boendeprocessen",
        "Stage of the SAS and housing process",
    ),
    "due": ("Määräaika", "Tidsfrist", "Due"),
    "plan_goals": ("Palvelusuunnitelman tavoitteet", "Serviceplanens mål", "Service-plan goals"),
    "no_plan": (
        "Palvelusuunnitelmaa ei ole laadittu.",
        "Ingen serviceplan har gjorts upp.",
        "No service plan has been made.",
    ),
    "plan_of": ("Suunnitelma {day}, {status}", "Plan {day}, {status}", "Plan of {day}, {status}"),
    "signed_word": ("allekirjoitettu", "undertecknad", "signed"),
    "draft_word": ("luonnos", "utkast", "draft"),
    "last_visits": ("Viimeisimmät käynnit", "Senaste besöken", "Last visits"),
    "no_visits": ("Ei kirjattuja käyntejä.", "Inga registrerade besök.", "No visits recorded."),
    "visit_kind": ("Käynti", "Besök", "Visit"),
    "present": ("Paikalla", "Närvarande", "Present"),
    "notes": ("Muistiinpanot", "Anteckningar", "Notes"),
    "skills_trend": (
        "Asumistaitojen kehitys (1–5)",
        "Boendefärdigheternas utveckling (1–5)",
        "Living-skills trend (1–5)",
    ),
    "no_checks": (
        "Asumistaitoja ei ole kartoitettu.",
        "Boendefärdigheterna har inte kartlagts.",
        "No living-skills checks yet.",
    ),
    "latest_check": (
        "Viimeisin kartoitus {day}",
        "Senaste kartläggning {day}",
        "Latest check {day}",
    ),
    "rent_debt": (
        "Vuokravelka ja maksusuunnitelma",
        "Hyresskuld och betalningsplan",
        "Rent debt and payment plan",
    ),
    "no_rent_debt": (
        "Ei vuokravelan seurantaa.",
        "Ingen hyresskuldsuppföljning.",
        "No rent-debt follow-up.",
    ),
    "debt_started": ("Seuranta alkanut", "Uppföljningen inleddes", "Follow-up started"),
    "debt_at_start": ("Velka alussa", "Skuld i början", "Debt at the start"),
    "debt_paid": ("Maksettu", "Betalt", "Paid"),
    "debt_remaining": ("Jäljellä", "Återstår", "Remaining"),
    "debt_stage": ("Vaihe", "Skede", "Stage"),
    "debt_months": ("{months}/{total} kk", "{months}/{total} mån", "{months}/{total} months"),
    "debt_ended": ("Päättynyt {day}", "Avslutad {day}", "Ended {day}"),
    "instalment_due": ("Eräpäivä", "Förfallodag", "Due on"),
    "amount": ("Määrä", "Belopp", "Amount"),
    "instalment_state": ("Tilanne", "Läge", "State"),
    "instalment_paid": ("Maksettu", "Betald", "Paid"),
    "instalment_overdue": ("Myöhässä", "Försenad", "Overdue"),
    "instalment_open": ("Avoin", "Öppen", "Open"),
    "no_plan_agreed": (
        "Maksusuunnitelmaa ei ole sovittu.",
        "Ingen betalningsplan har avtalats.",
        "No payment plan agreed.",
    ),
}


def word(code: str, language: str, **values: object) -> str:
    """The text for `code` in `language` (Finnish for an unknown language)."""
    text = in_language(_WORDS[code], language)
    return text.format(**values) if values else text


_MONTHS: tuple[tuple[str, str, str], ...] = (
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


def month_word(month: int, language: str) -> str:
    """A month's short name for a chart's axis ("tammi", "jan", "Jan")."""
    return in_language(_MONTHS[month - 1], language)


def day_text(day: date | datetime | None) -> str:
    """`17.5.2025`: the way dates are written in Finland, in all three languages."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = service_day(day)
    return f"{day.day}.{day.month}.{day.year}"


def euro_text(cents: int, language: str) -> str:
    """`1 234,56 €` in Finnish and Swedish, `€1,234.56` in English."""
    whole, part = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    if language == "en":
        return f"{sign}€{whole:,}.{part:02d}"
    grouped = f"{whole:,}".replace(",", "\u00a0")
    return f"{sign}{grouped},{part:02d}\u00a0€"
