"""The words for the codes the client record shows (housing, endings, outcomes, ...).

Like `ui.labels`, codes are translated at the moment of display, so switching the
language re-words an open record at once.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from astu_desktop.models.codes import (
    AccessAction,
    ContactChannel,
    DecisionKind,
    DecisionOutcome,
    DocumentStatus,
    EpisodeEndReason,
    FormKey,
    HousingQueue,
    HousingType,
    OfferOutcome,
    Partner,
    PaymentSource,
    RentDebtOutcome,
    SasOutcome,
    TenancyEndReason,
    VisitRemovalReason,
)
from astu_desktop.services.processes import HousingStage, NextStep, Phase

_CONTEXT = "RecordCodes"

# One table per code list: codes of different lists may share a value ("other").
_LABELS: dict[type[enum.StrEnum], dict[str, object]] = {
    HousingType: {
        HousingType.SMALL_APARTMENT: QT_TRANSLATE_NOOP("RecordCodes", "Small apartment"),
        HousingType.SUPPORT_HOME: QT_TRANSLATE_NOOP("RecordCodes", "Support home"),
        HousingType.CLUSTER_FLAT: QT_TRANSLATE_NOOP("RecordCodes", "Cluster support flat"),
        HousingType.SUPPORT_FLAT: QT_TRANSLATE_NOOP("RecordCodes", "Support flat"),
        HousingType.OWN_UNIT: QT_TRANSLATE_NOOP("RecordCodes", "Own supported-housing unit"),
        HousingType.PURCHASED_UNIT: QT_TRANSLATE_NOOP(
            "RecordCodes", "Purchased supported-housing unit"
        ),
        HousingType.PURCHASED_SCATTERED_FLAT: QT_TRANSLATE_NOOP(
            "RecordCodes", "Purchased scattered flat"
        ),
    },
    HousingQueue: {
        HousingQueue.MENTAL_HEALTH: QT_TRANSLATE_NOOP("RecordCodes", "Mental-health queue"),
        HousingQueue.YOUNG_PEOPLE: QT_TRANSLATE_NOOP("RecordCodes", "Young people's queue"),
        HousingQueue.ADULTS: QT_TRANSLATE_NOOP("RecordCodes", "Adults' queue"),
    },
    VisitRemovalReason: {
        VisitRemovalReason.WRONG_CLIENT: QT_TRANSLATE_NOOP(
            "RecordCodes", "Recorded on the wrong client's record"
        ),
        VisitRemovalReason.DUPLICATE: QT_TRANSLATE_NOOP(
            "RecordCodes", "The same visit was recorded twice"
        ),
        VisitRemovalReason.DID_NOT_HAPPEN: QT_TRANSLATE_NOOP(
            "RecordCodes", "The visit did not take place"
        ),
        VisitRemovalReason.OTHER: QT_TRANSLATE_NOOP("RecordCodes", "Other reason"),
    },
    SasOutcome: {
        SasOutcome.PLACE: QT_TRANSLATE_NOOP("RecordCodes", "Placed"),
        SasOutcome.NOT_PLACED: QT_TRANSLATE_NOOP("RecordCodes", "Not placed"),
        SasOutcome.PENDING_STATEMENTS: QT_TRANSLATE_NOOP("RecordCodes", "Waiting for statements"),
    },
    OfferOutcome: {
        OfferOutcome.PENDING: QT_TRANSLATE_NOOP("RecordCodes", "Open"),
        OfferOutcome.ACCEPTED: QT_TRANSLATE_NOOP("RecordCodes", "Accepted"),
        OfferOutcome.DECLINED: QT_TRANSLATE_NOOP("RecordCodes", "Declined"),
        OfferOutcome.NO_SHOW: QT_TRANSLATE_NOOP("RecordCodes", "Did not come to the viewing"),
        OfferOutcome.WITHDRAWN: QT_TRANSLATE_NOOP("RecordCodes", "Withdrawn"),
    },
    TenancyEndReason: {
        TenancyEndReason.DIRECT_TENANCY: QT_TRANSLATE_NOOP("RecordCodes", "Became a direct tenant"),
        TenancyEndReason.OTHER_HOUSING_SERVICE: QT_TRANSLATE_NOOP(
            "RecordCodes", "Moved to another housing service"
        ),
        TenancyEndReason.EVICTION_RENT_DEBT: QT_TRANSLATE_NOOP(
            "RecordCodes", "Eviction: rent debt"
        ),
        TenancyEndReason.EVICTION_DISTURBANCE: QT_TRANSLATE_NOOP(
            "RecordCodes", "Eviction: disturbances"
        ),
        TenancyEndReason.EVICTION_CONDITION: QT_TRANSLATE_NOOP(
            "RecordCodes", "Eviction: condition of the flat"
        ),
        TenancyEndReason.TERMINATED_BY_CLIENT: QT_TRANSLATE_NOOP(
            "RecordCodes", "Terminated by the client"
        ),
        TenancyEndReason.INSTITUTIONAL_CARE: QT_TRANSLATE_NOOP(
            "RecordCodes", "Moved to institutional care"
        ),
        TenancyEndReason.PRISON: QT_TRANSLATE_NOOP("RecordCodes", "Prison"),
        TenancyEndReason.MOVED_AWAY: QT_TRANSLATE_NOOP("RecordCodes", "Moved away from Helsinki"),
        TenancyEndReason.DIED: QT_TRANSLATE_NOOP("RecordCodes", "Died"),
        TenancyEndReason.ABANDONED: QT_TRANSLATE_NOOP("RecordCodes", "Flat abandoned"),
        TenancyEndReason.OTHER: QT_TRANSLATE_NOOP("RecordCodes", "Other reason"),
    },
    EpisodeEndReason: {
        EpisodeEndReason.GOALS_MET: QT_TRANSLATE_NOOP("RecordCodes", "Goals met"),
        EpisodeEndReason.DIRECT_TENANCY: QT_TRANSLATE_NOOP("RecordCodes", "Direct tenancy"),
        EpisodeEndReason.NEW_SAS: QT_TRANSLATE_NOOP("RecordCodes", "New SAS process"),
        EpisodeEndReason.HANDED_TO_OUTREACH: QT_TRANSLATE_NOOP(
            "RecordCodes", "Handed over to outreach"
        ),
        EpisodeEndReason.HANDED_TO_HOME_REHABILITATION: QT_TRANSLATE_NOOP(
            "RecordCodes", "Handed over to home rehabilitation"
        ),
        EpisodeEndReason.PLACED: QT_TRANSLATE_NOOP("RecordCodes", "Placed in housing"),
        EpisodeEndReason.TENANCY_ENDED: QT_TRANSLATE_NOOP("RecordCodes", "Tenancy ended"),
        EpisodeEndReason.CLIENT_DECLINED: QT_TRANSLATE_NOOP("RecordCodes", "Client declined"),
        EpisodeEndReason.NO_CONTACT: QT_TRANSLATE_NOOP("RecordCodes", "No contact"),
        EpisodeEndReason.MOVED_AWAY: QT_TRANSLATE_NOOP("RecordCodes", "Moved away"),
        EpisodeEndReason.DIED: QT_TRANSLATE_NOOP("RecordCodes", "Deceased"),
        EpisodeEndReason.OTHER: QT_TRANSLATE_NOOP("RecordCodes", "Other"),
    },
    FormKey: {
        FormKey.ASSESSMENT_INTERVIEW: QT_TRANSLATE_NOOP("RecordCodes", "Assessment interview"),
        FormKey.SERVICE_PLAN: QT_TRANSLATE_NOOP("RecordCodes", "Service plan"),
        FormKey.LIVING_SKILLS_CHECK: QT_TRANSLATE_NOOP("RecordCodes", "Living-skills check"),
    },
    DocumentStatus: {
        DocumentStatus.DRAFT: QT_TRANSLATE_NOOP("RecordCodes", "Draft"),
        DocumentStatus.SIGNED: QT_TRANSLATE_NOOP("RecordCodes", "Signed"),
    },
    RentDebtOutcome: {
        RentDebtOutcome.DEBT_PAID: QT_TRANSLATE_NOOP("RecordCodes", "Debt paid"),
        RentDebtOutcome.CONTINUES_WITH_OUTREACH: QT_TRANSLATE_NOOP(
            "RecordCodes", "Continues with outreach"
        ),
        RentDebtOutcome.CONTINUES_WITH_HOME_REHABILITATION: QT_TRANSLATE_NOOP(
            "RecordCodes", "Continues with home rehabilitation"
        ),
        RentDebtOutcome.TENANCY_ENDED_NEW_SAS: QT_TRANSLATE_NOOP(
            "RecordCodes", "Tenancy ended, new SAS"
        ),
    },
    PaymentSource: {
        PaymentSource.CLIENT: QT_TRANSLATE_NOOP("RecordCodes", "Client"),
        PaymentSource.INCOME_SUPPORT: QT_TRANSLATE_NOOP("RecordCodes", "Income support"),
        PaymentSource.GUARDIAN: QT_TRANSLATE_NOOP("RecordCodes", "Guardian"),
        PaymentSource.INTERMEDIARY_ACCOUNT: QT_TRANSLATE_NOOP(
            "RecordCodes", "Intermediary account"
        ),
        PaymentSource.OTHER: QT_TRANSLATE_NOOP("RecordCodes", "Other source"),
    },
    Partner: {
        Partner.LANDLORD: QT_TRANSLATE_NOOP("RecordCodes", "Landlord (Asuntoyksikkö)"),
        Partner.FINANCIAL_ADMINISTRATION: QT_TRANSLATE_NOOP(
            "RecordCodes", "Financial administration"
        ),
        Partner.AREA_SOCIAL_WORK: QT_TRANSLATE_NOOP(
            "RecordCodes", "Area social work (intermediary account)"
        ),
        Partner.GUARDIANSHIP: QT_TRANSLATE_NOOP("RecordCodes", "Guardianship"),
        Partner.KELA: QT_TRANSLATE_NOOP("RecordCodes", "Kela"),
        Partner.ENFORCEMENT: QT_TRANSLATE_NOOP("RecordCodes", "Enforcement authority"),
        Partner.DIACONAL_WORK: QT_TRANSLATE_NOOP("RecordCodes", "Diaconal work"),
        Partner.SUBSTANCE_CLINIC: QT_TRANSLATE_NOOP("RecordCodes", "Substance-abuse clinic"),
        Partner.GAMBLING_CLINIC: QT_TRANSLATE_NOOP("RecordCodes", "Gambling clinic"),
        Partner.DEBT_COUNSELLING: QT_TRANSLATE_NOOP(
            "RecordCodes", "Financial and debt counselling"
        ),
        Partner.SOCIAL_CREDIT: QT_TRANSLATE_NOOP("RecordCodes", "Social credit"),
        Partner.RELATIVE: QT_TRANSLATE_NOOP("RecordCodes", "Relative"),
        Partner.OTHER: QT_TRANSLATE_NOOP("RecordCodes", "Other partner"),
    },
    ContactChannel: {
        ContactChannel.LETTER: QT_TRANSLATE_NOOP("RecordCodes", "Letter"),
        ContactChannel.PHONE: QT_TRANSLATE_NOOP("RecordCodes", "Phone"),
        ContactChannel.HOME_VISIT: QT_TRANSLATE_NOOP("RecordCodes", "Home visit"),
        ContactChannel.MEETING: QT_TRANSLATE_NOOP("RecordCodes", "Meeting"),
        ContactChannel.EMAIL: QT_TRANSLATE_NOOP("RecordCodes", "Email"),
    },
    DecisionKind: {
        DecisionKind.SUPPLEMENTARY_INCOME_SUPPORT: QT_TRANSLATE_NOOP(
            "RecordCodes", "Supplementary income support"
        ),
        DecisionKind.PREVENTIVE_INCOME_SUPPORT: QT_TRANSLATE_NOOP(
            "RecordCodes", "Preventive income support"
        ),
        DecisionKind.ENFORCEMENT_LIMITATION: QT_TRANSLATE_NOOP(
            "RecordCodes", "Limited enforcement"
        ),
        DecisionKind.MORE_TIME: QT_TRANSLATE_NOOP("RecordCodes", "More time to pay"),
    },
    DecisionOutcome: {
        DecisionOutcome.PENDING: QT_TRANSLATE_NOOP("RecordCodes", "Waiting for a decision"),
        DecisionOutcome.GRANTED: QT_TRANSLATE_NOOP("RecordCodes", "Granted"),
        DecisionOutcome.REJECTED: QT_TRANSLATE_NOOP("RecordCodes", "Denied"),
    },
    AccessAction: {
        AccessAction.VIEW: QT_TRANSLATE_NOOP("RecordCodes", "Viewed"),
        AccessAction.SEARCH: QT_TRANSLATE_NOOP("RecordCodes", "Found in a search"),
        AccessAction.CREATE: QT_TRANSLATE_NOOP("RecordCodes", "Created"),
        AccessAction.UPDATE: QT_TRANSLATE_NOOP("RecordCodes", "Changed"),
        AccessAction.SIGN: QT_TRANSLATE_NOOP("RecordCodes", "Signed"),
        AccessAction.EXPORT: QT_TRANSLATE_NOOP("RecordCodes", "Exported"),
        AccessAction.PRINT: QT_TRANSLATE_NOOP("RecordCodes", "Printed"),
        AccessAction.REVEAL: QT_TRANSLATE_NOOP("RecordCodes", "Revealed the identity code"),
        AccessAction.IMPORT: QT_TRANSLATE_NOOP("RecordCodes", "Imported"),
    },
    HousingStage: {
        HousingStage.NOT_STARTED: QT_TRANSLATE_NOOP("RecordCodes", "Not started"),
        HousingStage.INITIAL_ASSESSMENT: QT_TRANSLATE_NOOP("RecordCodes", "Initial assessment"),
        HousingStage.SAS_DECISION: QT_TRANSLATE_NOOP("RecordCodes", "SAS decision"),
        HousingStage.QUEUE: QT_TRANSLATE_NOOP("RecordCodes", "Queue"),
        HousingStage.OFFER: QT_TRANSLATE_NOOP("RecordCodes", "Offer"),
        HousingStage.VIEWING: QT_TRANSLATE_NOOP("RecordCodes", "Viewing"),
        HousingStage.MOVED_IN: QT_TRANSLATE_NOOP("RecordCodes", "Moved in"),
        HousingStage.SERVICE_PLAN: QT_TRANSLATE_NOOP("RecordCodes", "Service plan"),
        HousingStage.ENDED: QT_TRANSLATE_NOOP("RecordCodes", "Ended"),
    },
    Phase: {
        Phase.START: QT_TRANSLATE_NOOP("RecordCodes", "Start"),
        Phase.WORK: QT_TRANSLATE_NOOP("RecordCodes", "Work"),
        Phase.END: QT_TRANSLATE_NOOP("RecordCodes", "End"),
    },
}

_NEXT_STEPS: dict[NextStep, object] = {
    NextStep.START_SAS: QT_TRANSLATE_NOOP(
        "RecordCodes", "Start a SAS process with an initial assessment."
    ),
    NextStep.ASSESSMENT_INTERVIEW: QT_TRANSLATE_NOOP("RecordCodes", "Do the assessment interview."),
    NextStep.SAS_DECISION: QT_TRANSLATE_NOOP("RecordCodes", "Record the SAS decision."),
    NextStep.AWAIT_STATEMENTS: QT_TRANSLATE_NOOP(
        "RecordCodes", "Record the SAS decision when the statements have arrived."
    ),
    NextStep.END_SAS_EPISODE: QT_TRANSLATE_NOOP(
        "RecordCodes", "Not placed: end the SAS episode with a reason."
    ),
    NextStep.HOUSING_OFFER: QT_TRANSLATE_NOOP(
        "RecordCodes", "In the queue: record the next housing offer."
    ),
    NextStep.VIEWING: QT_TRANSLATE_NOOP(
        "RecordCodes", "Agree on the viewing and record the client's answer."
    ),
    NextStep.MOVE_IN: QT_TRANSLATE_NOOP("RecordCodes", "Offer accepted: record the move-in."),
    NextStep.SERVICE_PLAN: QT_TRANSLATE_NOOP(
        "RecordCodes", "Draw up the service plan for the first six months."
    ),
    NextStep.PLAN_REVIEW: QT_TRANSLATE_NOOP("RecordCodes", "Review the service plan."),
    NextStep.START_OUTREACH_WORK: QT_TRANSLATE_NOOP(
        "RecordCodes", "Meet the client in the new home, then start the outreach work."
    ),
    NextStep.HOME_VISIT: QT_TRANSLATE_NOOP("RecordCodes", "Next home visit."),
    NextStep.PAYMENT_PLAN: QT_TRANSLATE_NOOP(
        "RecordCodes", "Contact the tenant and agree on a payment plan or more time."
    ),
    NextStep.FOLLOW_PAYMENT_PLAN: QT_TRANSLATE_NOOP("RecordCodes", "Follow the payment plan."),
    NextStep.OVERDUE_INSTALMENT: QT_TRANSLATE_NOOP(
        "RecordCodes", "An instalment is overdue: contact the tenant and the landlord."
    ),
    NextStep.CHECK_LIVING_SKILLS: QT_TRANSLATE_NOOP(
        "RecordCodes", "Check the living skills on a home visit."
    ),
    NextStep.END_PAID_FOLLOW_UP: QT_TRANSLATE_NOOP(
        "RecordCodes", "The debt is paid: agree on further work and end the follow-up."
    ),
    NextStep.END_FOLLOW_UP: QT_TRANSLATE_NOOP(
        "RecordCodes", "Six months are over: agree on further work and end the follow-up."
    ),
    NextStep.NONE: QT_TRANSLATE_NOOP("RecordCodes", "Nothing to do in this process."),
}


def code_label(code: enum.StrEnum) -> str:
    """The code in the worker's language; an unknown code shows as itself."""
    source = _LABELS.get(type(code), {}).get(code)
    return QCoreApplication.translate(_CONTEXT, str(source)) if source else str(code)


def next_step_text(step: NextStep) -> str:
    return QCoreApplication.translate(_CONTEXT, str(_NEXT_STEPS[step]))


def choices(codes: type[enum.StrEnum]) -> list[tuple[str, enum.StrEnum]]:
    """(label, code) pairs of a code list, for a combo box."""
    return [(code_label(code), code) for code in codes]
