"""The code lists of the synced data, declared once for the laptop and the server.

Values are stable storage codes: the desktop's ORM stores them, the table specs
(`astu_protocol.tables`) accept exactly these, the server checks them at its boundary,
and `astu_desktop.code_words` words them. The UI never shows a code itself.
"""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    FIELD_WORKER = "field_worker"
    TEAM_LEAD = "team_lead"


class Service(enum.StrEnum):
    """The services a client can have an episode (asiakkuus) in."""

    SAS_ASSESSMENT = "sas_assessment"
    OUTREACH = "outreach"  # lähityö
    RENT_DEBT = "rent_debt"  # vuokravelan seuranta
    HOME_REHABILITATION = "home_rehabilitation"  # kotikuntoutus


class EpisodeStatus(enum.StrEnum):
    """Start -> work -> end, as the seed draws every process."""

    STARTING = "starting"
    ACTIVE = "active"
    ENDED = "ended"


class EpisodeEndReason(enum.StrEnum):
    GOALS_MET = "goals_met"
    DIRECT_TENANCY = "direct_tenancy"  # suoravuokralaiseksi
    NEW_SAS = "new_sas"
    HANDED_TO_OUTREACH = "handed_to_outreach"
    HANDED_TO_HOME_REHABILITATION = "handed_to_home_rehabilitation"
    PLACED = "placed"
    TENANCY_ENDED = "tenancy_ended"
    CLIENT_DECLINED = "client_declined"
    NO_CONTACT = "no_contact"
    MOVED_AWAY = "moved_away"
    DIED = "died"
    OTHER = "other"


class HousingType(enum.StrEnum):
    SMALL_APARTMENT = "small_apartment"  # pienasunto
    SUPPORT_HOME = "support_home"  # tukikoti
    CLUSTER_FLAT = "cluster_flat"  # solutukiasunto
    SUPPORT_FLAT = "support_flat"  # tukiasunto
    OWN_UNIT = "own_unit"  # oma tuetun asumisen yksikkö
    PURCHASED_UNIT = "purchased_unit"  # ostopalveluyksikkö
    PURCHASED_SCATTERED_FLAT = "purchased_scattered_flat"  # hajasijoitettu tuettu asunto


class HousingQueue(enum.StrEnum):
    MENTAL_HEALTH = "mental_health"  # MT
    YOUNG_PEOPLE = "young_people"  # nuoret
    ADULTS = "adults"  # aikuiset


class SasOutcome(enum.StrEnum):
    PLACE = "place"
    NOT_PLACED = "not_placed"
    PENDING_STATEMENTS = "pending_statements"


class OfferOutcome(enum.StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NO_SHOW = "no_show"
    WITHDRAWN = "withdrawn"


class TenancyEndReason(enum.StrEnum):
    """Why a tenancy in a small apartment ended (reported yearly as statistics)."""

    DIRECT_TENANCY = "direct_tenancy"
    OTHER_HOUSING_SERVICE = "other_housing_service"
    EVICTION_RENT_DEBT = "eviction_rent_debt"
    EVICTION_DISTURBANCE = "eviction_disturbance"
    EVICTION_CONDITION = "eviction_condition"
    TERMINATED_BY_CLIENT = "terminated_by_client"
    INSTITUTIONAL_CARE = "institutional_care"
    PRISON = "prison"
    MOVED_AWAY = "moved_away"
    DIED = "died"
    ABANDONED = "abandoned"
    OTHER = "other"


class VisitKind(enum.StrEnum):
    HOME_VISIT = "home_visit"  # kotikäynti
    JOINT_VISIT = "joint_visit"  # with another service
    THREE_PARTY_MEETING = "three_party_meeting"
    ACCOMPANYING = "accompanying"  # accompanying the client to a service
    NOT_AT_HOME = "not_at_home"
    OFFICE = "office"
    PHONE = "phone"  # contacts that are not visits, from here on
    MESSAGE = "message"  # a text message, e-mail or letter
    PARTNER_MEETING = "partner_meeting"  # a meeting with a partner about the client


class VisitRemovalReason(enum.StrEnum):
    """Why a saved visit was removed (a short list: the notes themselves go with it)."""

    WRONG_CLIENT = "wrong_client"  # recorded on the wrong client's record
    DUPLICATE = "duplicate"  # the same visit recorded twice
    DID_NOT_HAPPEN = "did_not_happen"  # recorded ahead, and it never took place
    OTHER = "other"


# Contacts that are not visits: recorded from the record's "New contact" in two clicks.
CONTACT_KINDS = (VisitKind.PHONE, VisitKind.MESSAGE, VisitKind.PARTNER_MEETING)


class BookingStatus(enum.StrEnum):
    """A booked visit (varattu käynti): booked until it is done, cancelled or moved."""

    BOOKED = "booked"
    DONE = "done"  # a visit was recorded for it
    CANCELLED = "cancelled"
    RESCHEDULED = "rescheduled"  # moved: a new booking replaces it


class BookingChangeReason(enum.StrEnum):
    """Why a booked visit was cancelled or moved (a short list, for the figures)."""

    CLIENT_ASKED = "client_asked"
    CLIENT_UNREACHABLE = "client_unreachable"
    CLIENT_IN_CARE = "client_in_care"  # hospital, institution
    WORKER_UNAVAILABLE = "worker_unavailable"
    OTHER = "other"


# What counts as a home visit in the figures: at the client's home, alone or with another
# service, also when nobody opened (the visit was made). Meetings elsewhere do not.
HOME_VISIT_KINDS = (VisitKind.HOME_VISIT, VisitKind.JOINT_VISIT, VisitKind.NOT_AT_HOME)


class FormKey(enum.StrEnum):
    ASSESSMENT_INTERVIEW = "assessment_interview"  # arviohaastattelu
    SERVICE_PLAN = "service_plan"  # tuetun asumisen palvelusuunnitelma
    LIVING_SKILLS_CHECK = "living_skills_check"  # asumistaitojen kartoitus


class DocumentStatus(enum.StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class RentDebtStage(enum.StrEnum):
    START = "start"
    WORK = "work"
    ENDED = "ended"


class RentDebtOutcome(enum.StrEnum):
    DEBT_PAID = "debt_paid"
    CONTINUES_WITH_OUTREACH = "continues_with_outreach"
    CONTINUES_WITH_HOME_REHABILITATION = "continues_with_home_rehabilitation"
    TENANCY_ENDED_NEW_SAS = "tenancy_ended_new_sas"


class Partner(enum.StrEnum):
    LANDLORD = "landlord"  # Asuntoyksikkö
    FINANCIAL_ADMINISTRATION = "financial_administration"
    AREA_SOCIAL_WORK = "area_social_work"
    GUARDIANSHIP = "guardianship"  # edunvalvonta
    KELA = "kela"
    ENFORCEMENT = "enforcement"  # ulosotto
    DIACONAL_WORK = "diaconal_work"
    SUBSTANCE_CLINIC = "substance_clinic"
    GAMBLING_CLINIC = "gambling_clinic"
    DEBT_COUNSELLING = "debt_counselling"
    SOCIAL_CREDIT = "social_credit"
    RELATIVE = "relative"
    OTHER = "other"


class ContactChannel(enum.StrEnum):
    LETTER = "letter"
    PHONE = "phone"
    HOME_VISIT = "home_visit"
    MEETING = "meeting"
    EMAIL = "email"


class DecisionKind(enum.StrEnum):
    SUPPLEMENTARY_INCOME_SUPPORT = "supplementary_income_support"
    PREVENTIVE_INCOME_SUPPORT = "preventive_income_support"
    ENFORCEMENT_LIMITATION = "enforcement_limitation"
    MORE_TIME = "more_time"


class DecisionOutcome(enum.StrEnum):
    PENDING = "pending"
    GRANTED = "granted"
    REJECTED = "rejected"


class PaymentSource(enum.StrEnum):
    CLIENT = "client"
    INCOME_SUPPORT = "income_support"
    GUARDIAN = "guardian"
    INTERMEDIARY_ACCOUNT = "intermediary_account"  # välitystili
    OTHER = "other"


class AccessAction(enum.StrEnum):
    VIEW = "view"
    SEARCH = "search"
    CREATE = "create"
    UPDATE = "update"
    SIGN = "sign"
    EXPORT = "export"
    PRINT = "print"
    REVEAL = "reveal"
    IMPORT = "import"


class AccessOutcome(enum.StrEnum):
    OK = "ok"
    DENIED = "denied"
    FAILED = "failed"


class ReviewDecision(enum.StrEnum):
    """A team lead's decision on a signed document."""

    APPROVED = "approved"
    RETURNED = "returned"
