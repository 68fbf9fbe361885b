"""Streets, housing stock, landlords, SAS reasonings and how tenancies end."""

from __future__ import annotations

from dataclasses import dataclass

from astu_protocol.codes import HousingType, TenancyEndReason


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
