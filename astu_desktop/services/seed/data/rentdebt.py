"""Partners, channels and decisions of the rent-debt follow-up."""

from __future__ import annotations

from astu_protocol.codes import ContactChannel, DecisionKind, Partner

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
