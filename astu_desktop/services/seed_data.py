"""Word lists and weights behind the synthetic caseload (`seed.py`).

Everything here is made up or public (common names, real Helsinki streets and their
postal codes); no real person's data. Weights follow DOMAIN.md where it gives numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from astu_desktop.models.codes import (
    ContactChannel,
    DecisionKind,
    HousingType,
    Partner,
    TenancyEndReason,
    VisitKind,
)


@dataclass(frozen=True)
class NamePool:
    """Names of one language background; `last_female` where surnames inflect by sex."""

    male: tuple[str, ...]
    female: tuple[str, ...]
    last: tuple[str, ...]
    male_middle: tuple[str, ...] = ()
    female_middle: tuple[str, ...] = ()
    last_female: tuple[str, ...] = ()


FINNISH = NamePool(
    male=(
        "Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku",
        "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Petri", "Ville", "Marko",
        "Tuomas", "Jussi", "Lauri", "Teemu", "Jani", "Tommi", "Pasi", "Esa", "Harri", "Vesa",
        "Kimmo", "Jyrki", "Risto", "Raimo", "Tapio", "Olli", "Joni", "Aleksi", "Niko", "Jesse",
        "Joonas", "Eero", "Arto", "Jarmo", "Reijo", "Pertti", "Erkki", "Veikko", "Toni", "Santeri",
    ),
    female=(
        "Tuula", "Ritva", "Anne", "Päivi", "Sari", "Tiina", "Minna", "Marja", "Pirjo", "Leena",
        "Johanna", "Satu", "Kirsi", "Anu", "Merja", "Sanna", "Eija", "Heidi", "Jenni", "Katja",
        "Laura", "Riikka", "Hanna", "Paula", "Elina", "Maria", "Liisa", "Sirpa", "Maarit", "Outi",
        "Emmi", "Noora", "Jonna", "Susanna", "Mervi", "Terhi", "Niina", "Piia", "Raija", "Aino",
    ),
    last=(
        "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
        "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen",
        "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen",
        "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen",
        "Ahonen", "Leinonen", "Hiltunen", "Miettinen", "Pitkänen", "Aaltonen", "Manninen",
        "Hakala", "Kettunen", "Rautio", "Huttunen", "Väisänen", "Ojala", "Kallio", "Laaksonen",
        "Peltonen", "Lappalainen", "Seppälä", "Kärkkäinen", "Anttila", "Ketola", "Toivonen",
        "Räsänen", "Hyvönen", "Pesonen", "Oksanen", "Mustonen", "Honkanen", "Vainio",
    ),
    male_middle=(
        "Juhani", "Johannes", "Antero", "Tapani", "Olavi", "Kalevi", "Ilmari", "Mikael",
        "Kristian", "Henrik", "Petteri", "Aleksanteri", "Matias", "Kullervo",
    ),
    female_middle=(
        "Maria", "Johanna", "Kristiina", "Anneli", "Helena", "Marjatta", "Susanna", "Elisabet",
        "Orvokki", "Inkeri", "Annikki", "Katariina", "Sofia", "Tuulikki",
    ),
)  # fmt: skip

SWEDISH = NamePool(
    male=("Mikael", "Johan", "Erik", "Anders", "Henrik", "Fredrik", "Kristian", "Jonas",
          "Stefan", "Patrik", "Mats", "Niklas", "Björn", "Rasmus"),
    female=("Anna", "Karin", "Kristina", "Ulrika", "Camilla", "Sofia", "Emma", "Malin",
            "Linnea", "Ingrid", "Maria", "Jessica"),
    last=("Lindqvist", "Lindström", "Holmström", "Nyström", "Sjöberg", "Grönroos", "Wikström",
          "Lindberg", "Åberg", "Forsman", "Blomqvist", "Nyberg", "Ekholm", "Söderholm",
          "Backman", "Sundqvist"),
    male_middle=("Johan", "Erik", "Gustav", "Anders"),
    female_middle=("Maria", "Kristina", "Elisabeth", "Margareta"),
)  # fmt: skip

RUSSIAN = NamePool(
    male=("Aleksandr", "Aleksei", "Dmitri", "Sergei", "Igor", "Andrei", "Vladimir", "Nikolai",
          "Juri", "Maksim", "Pavel", "Oleg"),
    female=("Olga", "Natalia", "Svetlana", "Irina", "Jelena", "Tatjana", "Marina", "Anna",
            "Julia", "Ljudmila"),
    last=("Ivanov", "Smirnov", "Petrov", "Kuznetsov", "Popov", "Volkov", "Sokolov", "Morozov",
          "Novikov", "Fjodorov"),
    last_female=("Ivanova", "Smirnova", "Petrova", "Kuznetsova", "Popova", "Volkova",
                 "Sokolova", "Morozova", "Novikova", "Fjodorova"),
)  # fmt: skip

SOMALI = NamePool(
    male=("Abdi", "Mohamed", "Ahmed", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Ibrahim",
          "Abdirahman"),
    female=("Fadumo", "Hodan", "Amina", "Sahra", "Hawa", "Asha", "Ifrah", "Khadra", "Nimco"),
    last=("Hassan", "Mohamed", "Ali", "Warsame", "Farah", "Osman", "Ahmed", "Abdullahi", "Jama",
          "Hussein", "Abdi", "Nur"),
)  # fmt: skip

ARABIC = NamePool(
    male=("Ahmad", "Mohammad", "Ali", "Hussein", "Omar", "Karim", "Mustafa", "Hassan", "Zaid",
          "Ammar", "Yasin"),
    female=("Fatima", "Zainab", "Maryam", "Noor", "Aisha", "Huda", "Rania", "Layla", "Samira"),
    last=("Al-Hassan", "Hussein", "Abbas", "Jaber", "Kareem", "Saleh", "Al-Khafaji", "Haddad",
          "Mansour", "Al-Obaidi", "Nasser"),
)  # fmt: skip

ENGLISH = NamePool(
    male=("John", "Michael", "David", "Daniel", "Samuel", "Emmanuel", "James", "Kwame",
          "Chinedu", "Peter"),
    female=("Grace", "Mary", "Sarah", "Esther", "Joy", "Blessing", "Rebecca", "Ama"),
    last=("Okafor", "Mensah", "Adeyemi", "Smith", "Williams", "Murphy", "Boateng", "Okoro",
          "Owusu", "Brown"),
)  # fmt: skip

NAME_POOLS: dict[str, NamePool] = {
    "fi": FINNISH,
    "sv": SWEDISH,
    "ru": RUSSIAN,
    "so": SOMALI,
    "ar": ARABIC,
    "en": ENGLISH,
}

# Mother tongue of clients: Finnish mostly; the rest as in Helsinki's homeless services.
CLIENT_LANGUAGE_WEIGHTS: dict[str, int] = {
    "fi": 78,
    "sv": 5,
    "ru": 6,
    "so": 4,
    "ar": 4,
    "en": 3,
}
# Workers of the city's social services: Finnish mostly, some Swedish and other backgrounds.
WORKER_LANGUAGE_WEIGHTS: dict[str, int] = {"fi": 84, "sv": 8, "ru": 3, "so": 2, "ar": 2, "en": 1}


@dataclass(frozen=True)
class Street:
    name: str
    postal_code: str
    area: str  # the outreach area whose team works there


STREETS: tuple[Street, ...] = (
    Street("Mannerheimintie", "00100", "Keskusta"),
    Street("Fredrikinkatu", "00120", "Keskusta"),
    Street("Bulevardi", "00120", "Keskusta"),
    Street("Albertinkatu", "00180", "Keskusta"),
    Street("Ruoholahdenkatu", "00180", "Keskusta"),
    Street("Välimerenkatu", "00220", "Keskusta"),
    Street("Lauttasaarentie", "00200", "Länsi"),
    Street("Topeliuksenkatu", "00250", "Keskusta"),
    Street("Hämeentie", "00530", "Keskusta"),
    Street("Fleminginkatu", "00530", "Keskusta"),
    Street("Agricolankatu", "00530", "Keskusta"),
    Street("Kolmas linja", "00530", "Keskusta"),
    Street("Helsinginkatu", "00510", "Keskusta"),
    Street("Porvoonkatu", "00510", "Keskusta"),
    Street("Vaasankatu", "00500", "Keskusta"),
    Street("Sturenkatu", "00550", "Keskusta"),
    Street("Mäkelänkatu", "00550", "Pohjoinen"),
    Street("Raumantie", "00350", "Länsi"),
    Street("Pajamäentie", "00360", "Länsi"),
    Street("Pitäjänmäentie", "00370", "Länsi"),
    Street("Ristipellontie", "00390", "Länsi"),
    Street("Malminkartanontie", "00410", "Länsi"),
    Street("Puustellintie", "00410", "Länsi"),
    Street("Klaneettitie", "00420", "Länsi"),
    Street("Kantelettarentie", "00420", "Länsi"),
    Street("Kaupintie", "00440", "Länsi"),
    Street("Pirjontie", "00630", "Pohjoinen"),
    Street("Suursuontie", "00630", "Pohjoinen"),
    Street("Kylänvanhimmantie", "00640", "Pohjoinen"),
    Street("Kirkonkyläntie", "00700", "Pohjoinen"),
    Street("Malminkaari", "00700", "Pohjoinen"),
    Street("Pekanraitti", "00700", "Pohjoinen"),
    Street("Liusketie", "00710", "Pohjoinen"),
    Street("Pihlajamäentie", "00710", "Pohjoinen"),
    Street("Eskolantie", "00720", "Pohjoinen"),
    Street("Puistolan raitti", "00760", "Pohjoinen"),
    Street("Jakomäentie", "00770", "Pohjoinen"),
    Street("Siilitie", "00800", "Itä"),
    Street("Hiihtäjäntie", "00810", "Itä"),
    Street("Tuhkimontie", "00820", "Itä"),
    Street("Punahilkantie", "00820", "Itä"),
    Street("Yliskyläntie", "00840", "Itä"),
    Street("Reposalmentie", "00840", "Itä"),
    Street("Klaavuntie", "00910", "Itä"),
    Street("Myllypurontie", "00920", "Itä"),
    Street("Itäkatu", "00930", "Itä"),
    Street("Kauppakartanonkatu", "00930", "Itä"),
    Street("Turunlinnantie", "00930", "Itä"),
    Street("Kontulantie", "00940", "Itä"),
    Street("Kontulankaari", "00940", "Itä"),
    Street("Ostostie", "00940", "Itä"),
    Street("Kivikonkaari", "00940", "Itä"),
    Street("Keinutie", "00940", "Itä"),
    Street("Kurkimäentie", "00940", "Itä"),
    Street("Mustalahdentie", "00960", "Itä"),
    Street("Mellunmäentie", "00970", "Itä"),
    Street("Vuotie", "00980", "Itä"),
    Street("Kallvikintie", "00980", "Itä"),
    Street("Meri-Rastilan tie", "00980", "Itä"),
)
OUTREACH_AREAS: tuple[str, ...] = ("Itä", "Keskusta", "Pohjoinen", "Länsi")

# Housing stock in DOMAIN.md: small apartments 2,300+, cluster/support homes/flats ~100,
# own units 192 places, purchased units 767 places, purchased scattered flats 188 places.
HOUSING_TYPE_WEIGHTS: dict[HousingType, int] = {
    HousingType.SMALL_APARTMENT: 2300,
    HousingType.SUPPORT_HOME: 40,
    HousingType.CLUSTER_FLAT: 30,
    HousingType.SUPPORT_FLAT: 30,
    HousingType.OWN_UNIT: 192,
    HousingType.PURCHASED_UNIT: 767,
    HousingType.PURCHASED_SCATTERED_FLAT: 188,
}
# Housing types where ASTU's own outreach workers visit (the rest have staff on site).
OUTREACH_HOUSING: frozenset[HousingType] = frozenset(
    {HousingType.SMALL_APARTMENT, HousingType.SUPPORT_FLAT, HousingType.CLUSTER_FLAT}
)
LANDLORDS: dict[HousingType, tuple[str, ...]] = {
    HousingType.SMALL_APARTMENT: ("Helsingin kaupunki, Asuntoyksikkö",),
    HousingType.SUPPORT_HOME: ("Helsingin kaupunki, Asumisen tuki",),
    HousingType.CLUSTER_FLAT: ("Helsingin kaupunki, Asumisen tuki",),
    HousingType.SUPPORT_FLAT: ("Helsingin kaupunki, Asumisen tuki",),
    HousingType.OWN_UNIT: ("Helsingin kaupunki, Asumisen tuki",),
    HousingType.PURCHASED_UNIT: (
        "Helsingin Diakonissalaitos", "Sininauhasäätiö", "Suoja-Pirtti ry",
        "Vailla vakinaista asuntoa ry",
    ),
    HousingType.PURCHASED_SCATTERED_FLAT: (
        "Y-Säätiö", "Sininauhasäätiö", "Helsingin Diakonissalaitos",
    ),
}  # fmt: skip

# 185 endings a year of about 3,000 small-apartment tenancies; reasons roughly as reported.
YEARLY_TENANCY_END_RATE = 185 / 3000
TENANCY_END_REASON_WEIGHTS: dict[TenancyEndReason, int] = {
    TenancyEndReason.DIRECT_TENANCY: 30,
    TenancyEndReason.OTHER_HOUSING_SERVICE: 14,
    TenancyEndReason.EVICTION_RENT_DEBT: 12,
    TenancyEndReason.EVICTION_DISTURBANCE: 6,
    TenancyEndReason.EVICTION_CONDITION: 2,
    TenancyEndReason.TERMINATED_BY_CLIENT: 10,
    TenancyEndReason.INSTITUTIONAL_CARE: 5,
    TenancyEndReason.PRISON: 3,
    TenancyEndReason.MOVED_AWAY: 5,
    TenancyEndReason.DIED: 7,
    TenancyEndReason.ABANDONED: 4,
    TenancyEndReason.OTHER: 2,
}
ENDING_NOTES: dict[TenancyEndReason, str] = {
    TenancyEndReason.DIRECT_TENANCY: "Asuminen sujunut hyvin, suositus Hekan asuntoon.",
    TenancyEndReason.OTHER_HOUSING_SERVICE: (
        "Siirtyi tuetumpaan asumisyksikköön uudella SAS-päätöksellä."
    ),
    TenancyEndReason.EVICTION_RENT_DEBT: "Häätö vuokravelan vuoksi, ohjattu uuteen SAS-prosessiin.",
    TenancyEndReason.EVICTION_DISTURBANCE: "Häätö toistuvien häiriöiden vuoksi.",
    TenancyEndReason.EVICTION_CONDITION: "Asunnon kunto heikentynyt, vuokrasopimus purettu.",
    TenancyEndReason.TERMINATED_BY_CLIENT: "Asiakas irtisanoi vuokrasopimuksen itse.",
    TenancyEndReason.INSTITUTIONAL_CARE: "Siirtyi pitkäaikaiseen laitoshoitoon.",
    TenancyEndReason.PRISON: "Vankeusrangaistus, asunto luovutettu.",
    TenancyEndReason.MOVED_AWAY: "Muutti pois Helsingistä.",
    TenancyEndReason.DIED: "Asiakas menehtyi.",
    TenancyEndReason.ABANDONED: "Asunto todettu hylätyksi, asiakkaaseen ei saatu yhteyttä.",
    TenancyEndReason.OTHER: "Muu syy, ks. asiakaskertomus.",
}  # fmt: skip

VISIT_KIND_WEIGHTS: dict[VisitKind, int] = {
    VisitKind.HOME_VISIT: 62,
    VisitKind.NOT_AT_HOME: 7,
    VisitKind.PHONE: 10,
    VisitKind.JOINT_VISIT: 5,
    VisitKind.THREE_PARTY_MEETING: 5,
    VisitKind.ACCOMPANYING: 6,
    VisitKind.OFFICE: 5,
}
VISIT_OPENINGS: dict[VisitKind, tuple[str, ...]] = {
    VisitKind.HOME_VISIT: (
        "Kotikäynti sovitusti.", "Asiakas oli kotona ja avasi oven heti.",
        "Kotikäynti, asiakas odotti tuloamme.", "Asiakas avasi oven toisella soitolla.",
    ),
    VisitKind.NOT_AT_HOME: (
        "Asiakas ei ollut kotona sovittuna aikana. Jätettiin lappu oveen.",
        "Ei vastannut ovikelloon eikä puhelimeen. Yritetään uudelleen ensi viikolla.",
    ),
    VisitKind.PHONE: (
        "Puhelinkontakti asiakkaan kanssa.", "Asiakas soitti itse.",
        "Soitettiin asiakkaalle sovitusti.",
    ),
    VisitKind.JOINT_VISIT: (
        "Yhteiskäynti psykiatrisen sairaanhoitajan kanssa.",
        "Yhteiskäynti kotihoidon kanssa.", "Yhteiskäynti päihdepalveluiden työntekijän kanssa.",
    ),
    VisitKind.THREE_PARTY_MEETING: (
        "Kolmikantapalaveri aluesosiaalityön kanssa.",
        "Verkostopalaveri A-klinikalla asiakkaan kanssa.",
    ),
    VisitKind.ACCOMPANYING: (
        "Saatettiin asiakas Kelan toimistoon.", "Saatettiin asiakas terveysasemalle.",
        "Lähdettiin yhdessä hammaslääkäriin.", "Saatettiin asiakas ulosoton asiakaspalveluun.",
    ),
    VisitKind.OFFICE: (
        "Asiakas tuli toimistolle sovitusti.", "Tapaaminen toimistolla.",
    ),
}  # fmt: skip
VISIT_OBSERVATIONS: tuple[str, ...] = (
    "Asunto siisti ja tuuletettu.", "Tiskejä kertynyt, sovittiin siivouksesta.",
    "Jääkaapissa ruokaa, asiakas kertoi käyneensä kaupassa.", "Roskat viety.",
    "Pyykkiä kertynyt, sovittiin pesutupavuorosta.",
    "Asunnossa tupakan hajua, puhuttiin paloturvallisuudesta.",
    "Palovaroitin testattu, toimii.", "Postia avaamatta pöydällä, käytiin yhdessä läpi.",
    "Asiakas vaikutti väsyneeltä.", "Asiakas hyvällä tuulella.", "Asiakas oli selvin päin.",
    "Asiakas kertoi nukkuneensa huonosti.", "Naapuri valittanut äänistä, keskusteltiin asiasta.",
    "Vesihana vuotaa, tehtiin vikailmoitus isännöitsijälle.",
)  # fmt: skip
VISIT_TOPICS: tuple[str, ...] = (
    "Vuokra maksettu ajallaan.", "Käytiin läpi Kelan päätös.", "Tehtiin toimeentulotukihakemus.",
    "Puhuttiin päihteiden käytön vähentämisestä.", "Asiakas käy A-klinikalla säännöllisesti.",
    "Lääkkeet otettu, dosetti täytetty.", "Sovittiin lääkäriajan varaamisesta.",
    "Keskusteltiin päivätoiminnasta ja vapaa-ajasta.", "Laadittiin kuukauden budjetti.",
    "Asiakas toivoo apua huonekalujen hankintaan.", "Käytiin läpi sähkölasku.",
    "Puhuttiin välitystilin käytöstä.", "Asiakas harkitsee työkokeilua.",
)  # fmt: skip
VISIT_NEXT_STEPS: tuple[str, ...] = (
    "Seuraava käynti kahden viikon päästä.", "Seuraava käynti ensi viikolla.",
    "Soitetaan asiakkaalle perjantaina.", "Seuraava käynti sovitaan puhelimitse.",
    "Jatketaan suunnitelman mukaan.",
)  # fmt: skip

PARTNER_CHANNELS: dict[Partner, tuple[ContactChannel, ...]] = {
    Partner.LANDLORD: (ContactChannel.LETTER, ContactChannel.EMAIL, ContactChannel.PHONE),
    Partner.FINANCIAL_ADMINISTRATION: (ContactChannel.EMAIL, ContactChannel.PHONE),
    Partner.AREA_SOCIAL_WORK: (ContactChannel.MEETING, ContactChannel.PHONE),
    Partner.GUARDIANSHIP: (ContactChannel.PHONE, ContactChannel.EMAIL),
    Partner.KELA: (ContactChannel.PHONE, ContactChannel.LETTER),
    Partner.ENFORCEMENT: (ContactChannel.LETTER, ContactChannel.PHONE),
    Partner.DIACONAL_WORK: (ContactChannel.PHONE, ContactChannel.MEETING),
    Partner.SUBSTANCE_CLINIC: (ContactChannel.MEETING, ContactChannel.PHONE),
    Partner.GAMBLING_CLINIC: (ContactChannel.MEETING,),
    Partner.DEBT_COUNSELLING: (ContactChannel.MEETING, ContactChannel.PHONE),
    Partner.SOCIAL_CREDIT: (ContactChannel.MEETING, ContactChannel.LETTER),
    Partner.RELATIVE: (ContactChannel.PHONE,),
    Partner.OTHER: (ContactChannel.PHONE, ContactChannel.EMAIL),
}
PARTNER_SUMMARIES: dict[Partner, str] = {
    Partner.LANDLORD: "Asuntoyksikön ilmoitus vuokrarästistä; sovittu lisäajasta ennen perintää.",
    Partner.FINANCIAL_ADMINISTRATION: "Tarkistettu maksutilanne SAP:sta.",
    Partner.AREA_SOCIAL_WORK: "Ohjattu aluesosiaalityöhön, välitystilin avaaminen.",
    Partner.GUARDIANSHIP: "Sovittu edunvalvojan kanssa vuokranmaksusta suoraan tililtä.",
    Partner.KELA: "Selvitetty asumistuen tarkistus Kelmun kautta.",
    Partner.ENFORCEMENT: "Pyydetty ulosoton rajoitusta vuokravelan hoidon ajaksi.",
    Partner.DIACONAL_WORK: "Diakoniatyöstä ruoka-apua kuun loppuun.",
    Partner.SUBSTANCE_CLINIC: "Yhteistyöpalaveri A-klinikan kanssa.",
    Partner.GAMBLING_CLINIC: "Ohjattu peliklinikalle.",
    Partner.DEBT_COUNSELLING: "Aika talous- ja velkaneuvontaan varattu.",
    Partner.SOCIAL_CREDIT: "Sosiaalisen luoton hakemus vireillä.",
    Partner.RELATIVE: "Omainen lupasi auttaa ensimmäisen erän maksussa.",
    Partner.OTHER: "Muu yhteydenotto.",
}
SAS_REASONINGS: tuple[str, ...] = (
    "Asunnottomana yli vuoden, tuetun asumisen tarve arvioitu. Sijoitus jonoon.",
    "Aiemmat vuokravelat ja häiriöt; tarvitsee tukea asumiseen.",
    "Mielenterveyden tuki tarpeen, ohjattu MT-jonoon.",
    "Nuori, ensimmäinen oma asunto; tarvitsee lähityön tukea.",
    "Päihteiden käyttö runsasta, tuettu yksikkö arvioitu sopivaksi.",
    "Lausunnot pyydetty päihdepalveluista ja terveydenhuollosta.",
)  # fmt: skip
OFFER_DECLINE_NOTES: tuple[str, ...] = (
    "Asiakas ei halunnut asuntoa alueelta.", "Ei saapunut näyttöön.",
    "Asunto liian kaukana hoitopaikasta.",
)  # fmt: skip
CONTACT_RELATIONS: tuple[str, ...] = (
    "äiti", "isä", "sisar", "veli", "tytär", "poika", "entinen puoliso", "ystävä",
)  # fmt: skip
GUARDIAN_ORGANISATION = "Helsingin yleinen edunvalvonta"
PROFESSIONAL_CONTACTS: tuple[tuple[str, str], ...] = (
    ("sosiaaliohjaaja", "A-klinikka"),
    ("psykiatrinen sairaanhoitaja", "Psykiatrian poliklinikka"),
    ("aluesosiaalityöntekijä", "Aikuissosiaalityö"),
)
BACKGROUND_NOTES: tuple[str, ...] = (
    "Luottohäiriömerkintä.", "Aiempi häätö vuokravelan vuoksi.",
    "Koira, huomioitava asuntotarjouksissa.", "Ei halua asuntoa Itä-Helsingistä.",
    "Liikuntarajoite, esteetön asunto tarpeen.", "Toivoo yhteydenottoa tekstiviestillä.",
)  # fmt: skip

# Free-text answers of the form documents, picked by the first topic found in the field
# key (so the order matters: "money_management_note" is about money, not management).
ANSWER_TEXTS_FI: dict[str, tuple[str, ...]] = {
    "hygiene": ("Peseytyy säännöllisesti.", "Hygienia heikentynyt, suihkussa harvoin.",
                "Vaatteet puhtaat, pyykinpesu onnistuu itsenäisesti."),
    "food": ("Syö säännöllisesti, käy kaupassa itse.", "Ruokaa ei aina ole, ohjattu ruoka-apuun.",
             "Valmistaa yksinkertaisia aterioita."),
    "money": ("Tarvitsee tukea laskujen maksamiseen.", "Rahat loppuvat usein kesken kuun.",
              "Budjetti laadittu yhdessä, toimii hyvin."),
    "rent": ("Vuokra maksettu ajallaan.", "Vuokrarästiä kahdelta kuukaudelta.",
             "Vuokra maksetaan välitystililtä.", "Maksusuunnitelma tehty vuokrarästistä."),
    "clean": ("Asunto siisti.", "Tiskejä ja roskia kertynyt, siivottu yhdessä.",
              "Siivous onnistuu muistutuksella."),
    "upkeep": ("Ei korjaustarpeita.", "Vuotava hana, vikailmoitus tehty.",
               "Ikkunan tiiviste rikki, ilmoitettu isännöitsijälle."),
    "safety": ("Palovaroitin toimii.", "Tupakointi sängyssä, puhuttu paloturvallisuudesta.",
               "Liesi jäänyt päälle kerran, hankittu liesivahti."),
    "neighbour": ("Ei häiriöilmoituksia.", "Yksi häiriöilmoitus, keskusteltu asiasta.",
                  "Tulee toimeen naapureiden kanssa."),
    "agencies": ("Posti avataan ja käydään läpi käynneillä.", "Kelan asiointi onnistuu tuettuna.",
                 "Tarvitsee apua viranomaispostin kanssa."),
    "hous": ("Asunnottomana vajaan vuoden, yöpynyt tuttavien luona ja ensisuojassa.",
             "Aiempi vuokrasuhde päättyi häätöön vuokravelan vuoksi.",
             "Asunut tukiasunnossa kaksi vuotta, asuminen sujui pääosin hyvin."),
    "children": ("Kaksi aikuista lasta, yhteydenpito satunnaista.",
                 "Alaikäinen lapsi asuu äitinsä luona, tapaamiset sovittu."),
    "family": ("Yhteydessä äitiin ja sisareen.", "Eronnut, välit entiseen puolisoon etäiset.",
               "Ei yhteyttä sukulaisiin."),
    "debt": ("Ulosotossa vanhoja velkoja.", "Pikavippejä useita, velkaneuvontaan ohjattu."),
    "financ": ("Tulot työmarkkinatuki ja asumistuki.",
               "Luottohäiriömerkintä. Toimeentulotuki täydentää tuloja."),
    "income": ("Satunnaisia keikkatöitä.",),
    "educ": ("Peruskoulu ja keskeytynyt ammatillinen koulutus.",
             "Ammattikoulu, työskennellyt rakennusalalla.", "Ei tällä hetkellä töissä."),
    "mental": ("Masennus, asiakkuus psykiatrian poliklinikalla.",
               "Ahdistuneisuutta, ei hoitokontaktia.", "Ei tiedossa olevia mielenterveysongelmia."),
    "health": ("Diabetes, lääkitys käytössä.", "Selkävaivoja, liikkuminen hidasta.",
               "Terveydentila pääosin hyvä."),
    "care": ("Terveysasema ja A-klinikka.", "Psykiatrian poliklinikka, käynnit kuukausittain."),
    "functional": ("Selviytyy arjesta pääosin itsenäisesti.",
                   "Tarvitsee tukea asioiden hoitamiseen."),
    "substance": ("Alkoholin käyttö runsasta viikonloppuisin.",
                  "Korvaushoidossa, käyttö vähentynyt.",
                  "Ei päihteiden käyttöä viimeisen vuoden aikana."),
    "daily": ("Päivät kuluvat kotona ja kirjastossa.", "Käy päivätoiminnassa kolmesti viikossa.",
              "Päivärytmi epäsäännöllinen."),
    "leisure": ("Harrastaa kalastusta ja lukemista.", "Käy kuntosalilla.",
                "Vapaa-aika kuluu television ääressä."),
    "support": ("Tarvitsee tukea raha-asioissa ja asunnon siisteydessä.",),
    "goal": ("Vuokranmaksu sujuu ajallaan puolen vuoden ajan.",
             "Päivärytmi säännöllistyy, käy päivätoiminnassa.",
             "Asunto pysyy siistinä, roskat viedään viikoittain."),
    "measure": ("Kotikäynnit kahden viikon välein.", "Budjetin laatiminen yhdessä.",
                "Ohjaus päihdepalveluihin."),
    "who_does": ("Asiakas maksaa vuokran, työntekijä seuraa.",
                 "Työntekijä varaa ajan, asiakas menee vastaanotolle."),
    "participant": ("Asiakas ja vastuutyöntekijä.",
                    "Asiakas, vastuutyöntekijä ja aluesosiaalityöntekijä."),
    "responsible": ("Lähityön vastuutyöntekijä.",),
    "service": ("Ohjattu A-klinikalle.", "Kotihoidon arviointi pyydetty."),
    "opinion": ("Asiakas toivoo omaa asuntoa ja lähityön tukea.",
                "Asiakas haluaa asua yksin, ei halua yksikköön."),
    "view": ("Asiakas kokee asumisen sujuvan hyvin.", "Asiakas toivoo harvempia kotikäyntejä.",
             "Asiakas on tyytyväinen tukeen."),
    "alternative": ("Keskusteltu pienasunnosta ja tuetun asumisen yksiköstä.",),
    "conclusion": ("Tuetun asumisen tarve arvioitu, esitetään SAS-sijoitusta.",
                   "Pienasunto lähityön tuella arvioitu sopivaksi."),
    "next": ("Seuraava kartoitus puolen vuoden kuluttua.", "Jatketaan kotikäyntejä."),
    "statement": ("Lausunto pyydetty päihdepalveluista.",),
}  # fmt: skip
ANSWER_TEXTS_GENERIC: dict[str, tuple[str, ...]] = {
    "fi": (
        "Käyty läpi asiakkaan kanssa.", "Ei erityistä huomioitavaa.",
        "Tilanne ennallaan, seurataan.", "Sovittu jatkosta seuraavalla käynnillä.",
        "Asiakas tarvitsee tukea tässä asiassa.",
    ),
    "sv": (
        "Genomgått med klienten.", "Inget särskilt att notera.", "Situationen oförändrad.",
    ),
    "en": ("Discussed with the client.", "Nothing in particular to note.", "No change."),
}  # fmt: skip

TEAM_TITLES = {"lead": "Tiiminvetäjä"}
WORKER_TITLES: dict[str, tuple[str, ...]] = {
    "sas": ("Sosiaalityöntekijä", "SAS-sijoittaja", "Sosiaaliohjaaja"),
    "outreach": ("Sosiaaliohjaaja", "Ohjaaja", "Sosiaaliohjaaja"),
    "rent_debt": ("Sosiaaliohjaaja", "Sosiaalityöntekijä"),
    "home_rehabilitation": ("Sairaanhoitaja", "Lähihoitaja", "Sosiaaliohjaaja"),
}

# Teams are created in this order of kinds, so even two teams cover outreach and SAS.
TEAM_KIND_CYCLE = (
    "outreach", "sas", "outreach", "rent_debt",
    "home_rehabilitation", "outreach", "sas", "outreach",
)  # fmt: skip
SAS_AREAS = ("Keskusta", "Itä", "Pohjoinen", "Länsi")
TEAM_NAMES = {"rent_debt": "Vuokravelkatiimi", "home_rehabilitation": "Kotikuntoutustiimi"}

VISIT_DURATIONS: dict[VisitKind, tuple[int, int]] = {
    VisitKind.NOT_AT_HOME: (10, 20),
    VisitKind.PHONE: (5, 30),
    VisitKind.OFFICE: (30, 90),
    VisitKind.ACCOMPANYING: (60, 180),
}  # minutes; other kinds take 30-120
OTHERS_PRESENT: dict[VisitKind, str] = {
    VisitKind.JOINT_VISIT: "psykiatrinen sairaanhoitaja",
    VisitKind.THREE_PARTY_MEETING: "aluesosiaalityöntekijä, päihdetyöntekijä",
}
PARTNER_WEIGHTS: dict[Partner, int] = {
    Partner.KELA: 20, Partner.AREA_SOCIAL_WORK: 18, Partner.ENFORCEMENT: 10,
    Partner.DEBT_COUNSELLING: 10, Partner.FINANCIAL_ADMINISTRATION: 10, Partner.DIACONAL_WORK: 6,
    Partner.SUBSTANCE_CLINIC: 8, Partner.GAMBLING_CLINIC: 2, Partner.SOCIAL_CREDIT: 4,
    Partner.RELATIVE: 5, Partner.OTHER: 2,
}  # fmt: skip
DECISION_WEIGHTS: dict[DecisionKind, int] = {
    DecisionKind.SUPPLEMENTARY_INCOME_SUPPORT: 45,
    DecisionKind.PREVENTIVE_INCOME_SUPPORT: 30,
    DecisionKind.ENFORCEMENT_LIMITATION: 10,
    DecisionKind.MORE_TIME: 15,
}
