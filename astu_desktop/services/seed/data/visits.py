"""Kinds, lengths and note fragments of home visits and other contacts."""

from __future__ import annotations

from astu_protocol.codes import VisitKind

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
