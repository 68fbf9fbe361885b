"""What syncs, as plain data both sides share: tables, fields, scope, merge groups.

The server never imports the desktop's ORM, yet it must refuse a value that would
break every device's store (a date that is not a date, a code that is not in the list),
know which client a row belongs to (its scope), and merge dependent fields as one.
This module says all of that without SQLAlchemy; a unit test keeps it equal to the
ORM metadata, so a model change without a schema change fails the suite.

Every field carries its value type with limits (`astu_protocol.values`): declared
here once, checked by the laptop before a change is queued and by the server before
it is stored (`astu_protocol.validation`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from astu_protocol.codes import (
    BookingChangeReason,
    BookingStatus,
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
    ReviewDecision,
    Role,
    SasOutcome,
    Service,
    TenancyEndReason,
    VisitKind,
    VisitRemovalReason,
)
from astu_protocol.hetu import Sex
from astu_protocol.values import (
    ISO_639_1,
    Code,
    CodeList,
    Day,
    Document,
    Flag,
    Hetu,
    Integer,
    Moment,
    RowRef,
    Text,
    ValueProblem,
    ValueType,
)

ANY_TEXT: Final[ValueType] = Text(multiline=True)
MAX_MONEY_CENTS = 100_000_000  # one million euros: no rent debt or payment comes near
MAX_VISIT_MINUTES = 24 * 60
MAX_FORM_VERSION = 1000
MAX_VERSION_NO = 100_000
LANGUAGE_CODE_LENGTH = 8  # the column; the codes themselves are ISO 639-1


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    FLAG = "flag"
    DAY = "day"  # ISO date
    MOMENT = "moment"  # ISO datetime with an offset (UTC)
    CHOICE = "choice"  # one code of a fixed list
    JSON = "json"  # a list or an object (answers, languages)
    REFERENCE = "reference"  # the id of a row of another table


class Scope(StrEnum):
    DIRECTORY = "directory"  # staff data every enrolled device receives; server-owned
    CLIENT = "client"  # the client row itself
    CLIENT_FIELD = "client_field"  # rows with a `client_id`
    PARENT = "parent"  # rows that belong to a client through a parent row


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: Kind
    required: bool = False
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    references: str | None = None
    value: ValueType = ANY_TEXT
    # The protocol version that added the field (`astu_protocol.versions`): a side that
    # speaks an older one neither sends nor receives it.
    since: int = 1

    def __post_init__(self) -> None:
        if self.since > 1 and self.required:
            raise ValueError(
                f"{self.name}: a field added in version {self.since} cannot be required, "
                "since a laptop of an older version never sends it"
            )


@dataclass(frozen=True)
class TableSpec:
    name: str
    fields: tuple[FieldSpec, ...]
    scope: Scope
    parent_field: str | None = None  # for Scope.PARENT: the field naming the parent row
    unique: tuple[tuple[str, ...], ...] = ()
    # Dependent fields merge as one: a conflict on one of them keeps the whole group.
    groups: tuple[tuple[str, ...], ...] = ()
    since: int = 1  # the protocol version that added the table
    by_name: Mapping[str, FieldSpec] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {spec.name: spec for spec in self.fields})

    def group_of(self, name: str) -> tuple[str, ...]:
        return next((group for group in self.groups if name in group), (name,))

    @property
    def device_writable(self) -> bool:
        return self.scope is not Scope.DIRECTORY

    @property
    def references(self) -> dict[str, str]:
        return {spec.name: spec.references for spec in self.fields if spec.references}


def text(
    name: str, max_length: int | None, *, required: bool = False, multiline: bool = False
) -> FieldSpec:
    """A text column; one without a length limit is a long, multi-line text."""
    value = Text(max_length, multiline) if max_length else Text(multiline=True)
    return FieldSpec(name, Kind.TEXT, required, max_length, value=value)


def hetu(name: str, *, required: bool = False) -> FieldSpec:
    return FieldSpec(name, Kind.TEXT, required, 11, value=Hetu())


def language(name: str, *, required: bool = False) -> FieldSpec:
    return FieldSpec(name, Kind.TEXT, required, LANGUAGE_CODE_LENGTH, value=Code(ISO_639_1))


def ref(name: str, table: str, *, required: bool = False) -> FieldSpec:
    return FieldSpec(name, Kind.REFERENCE, required, 36, references=table, value=RowRef())


def choice(name: str, codes: type[StrEnum], *, required: bool = False) -> FieldSpec:
    """One code of a list declared in `astu_protocol.codes`: the list is not repeated here."""
    choices = tuple(code.value for code in codes)
    return FieldSpec(name, Kind.CHOICE, required, choices=choices, value=Code(frozenset(choices)))


def day(name: str, *, required: bool = False) -> FieldSpec:
    return FieldSpec(name, Kind.DAY, required, value=Day())


def moment(name: str, *, required: bool = False) -> FieldSpec:
    return FieldSpec(name, Kind.MOMENT, required, value=Moment())


def number(name: str, low: int, high: int, *, required: bool = False) -> FieldSpec:
    return FieldSpec(name, Kind.NUMBER, required, value=Integer(low, high))


def money(name: str, *, required: bool = False) -> FieldSpec:
    """Whole cents, never negative."""
    return number(name, 0, MAX_MONEY_CENTS, required=required)


def flag(name: str, *, required: bool = False) -> FieldSpec:
    return FieldSpec(name, Kind.FLAG, required, value=Flag())


def answers(name: str, *, required: bool = False) -> FieldSpec:
    """A form's answers; checked against the form's definition as a rule of the row."""
    return FieldSpec(name, Kind.JSON, required, value=Document())


def languages(name: str, *, required: bool = False) -> FieldSpec:
    return FieldSpec(name, Kind.JSON, required, value=CodeList(ISO_639_1))


DELETED_AT = "deleted_at"
TOMBSTONE = moment(DELETED_AT)

REVIEW_NOTE_MAX = 2000


def _tables(specs: Iterable[TableSpec]) -> dict[str, TableSpec]:
    return {spec.name: spec for spec in specs}


# In an order where every referenced table comes before the tables referring to it.
TABLES: Final[Mapping[str, TableSpec]] = _tables([
    TableSpec("team", (text("name", 120, required=True), TOMBSTONE), Scope.DIRECTORY),
    TableSpec(
        "worker",
        (
            text("username", 64, required=True),
            text("full_name", 160, required=True),
            choice("role", Role, required=True),
            ref("team_id", "team"),
            text("title", 120),
            text("phone", 40),
            flag("active", required=True),
            TOMBSTONE,
        ),
        Scope.DIRECTORY,
        unique=(("username",),),
    ),
    TableSpec(
        "client",
        (
            text("first_names", 120, required=True),
            text("last_name", 120, required=True),
            hetu("hetu", required=True),
            day("birth_date", required=True),
            choice("sex", Sex, required=True),
            text("phone", 40),
            text("street_address", 160),
            text("postal_code", 10),
            text("city", 80),
            text("email", 254),
            languages("languages", required=True),
            language("preferred_language"),
            flag("needs_interpreter", required=True),
            text("background_notes", None),
            TOMBSTONE,
        ),
        Scope.CLIENT,
        unique=(("hetu",),),
        groups=(("hetu", "birth_date", "sex"), ("street_address", "postal_code", "city")),
    ),
    TableSpec(
        "contact_person",
        (
            ref("client_id", "client", required=True),
            text("name", 160, required=True),
            text("relation", 80, required=True),
            text("phone", 40),
            text("organisation", 160),
            text("notes", None),
            TOMBSTONE,
        ),
        Scope.CLIENT_FIELD,
    ),
    TableSpec(
        "form_document",
        (
            ref("client_id", "client", required=True),
            choice("form_key", FormKey, required=True),
            number("form_version", 1, MAX_FORM_VERSION, required=True),
            answers("answers", required=True),
            choice("status", DocumentStatus, required=True),
            number("version_no", 1, MAX_VERSION_NO, required=True),
            ref("supersedes_id", "form_document"),
            ref("author_id", "worker"),
            day("document_date", required=True),
            ref("signed_by_id", "worker"),
            moment("signed_at"),
            day("review_due"),
            text("amendment_reason", 400, multiline=True),
            TOMBSTONE,
        ),
        Scope.CLIENT_FIELD,
        groups=(("status", "signed_by_id", "signed_at"),),
    ),
    TableSpec(
        "document_review",
        (
            ref("client_id", "client", required=True),
            ref("document_id", "form_document", required=True),
            choice("decision", ReviewDecision, required=True),
            text("note", REVIEW_NOTE_MAX, multiline=True),
            ref("reviewer_id", "worker", required=True),
            moment("reviewed_at", required=True),
            TOMBSTONE,
        ),
        Scope.CLIENT_FIELD,
    ),
    TableSpec(
        "service_episode",
        (
            ref("client_id", "client", required=True),
            choice("service", Service, required=True),
            choice("status", EpisodeStatus, required=True),
            ref("responsible_worker_id", "worker"),
            day("start_date", required=True),
            day("end_date"),
            choice("end_reason", EpisodeEndReason),
            text("notes", None),
            TOMBSTONE,
        ),
        Scope.CLIENT_FIELD,
        groups=(("status", "end_date", "end_reason"),),
    ),
    TableSpec(
        "home_visit",
        (
            ref("client_id", "client", required=True),
            moment("visited_at", required=True),
            number("duration_minutes", 0, MAX_VISIT_MINUTES),
            choice("kind", VisitKind, required=True),
            text("others_present", 400),
            text("notes", None),
            ref("living_skills_document_id", "form_document"),
            ref("recorded_by_id", "worker"),
            choice("removal_reason", VisitRemovalReason),
            TOMBSTONE,
        ),
        Scope.CLIENT_FIELD,
        groups=(("visited_at", "duration_minutes"),),
    ),
    TableSpec(
        "sas_decision",
        (
            ref("client_id", "client", required=True),
            ref("episode_id", "service_episode"),
            day("decided_on", required=True),
            choice("outcome", SasOutcome, required=True),
            choice("housing_type", HousingType),
            choice("queue", HousingQueue),
            ref("decided_by_id", "worker"),
            text("reasoning", None),
            TOMBSTONE,
        ),
        Scope.CLIENT_FIELD,
        groups=(("outcome", "housing_type", "queue"),),
    ),
    TableSpec(
        "housing_offer",
        (
            ref("client_id", "client", required=True),
            ref("sas_decision_id", "sas_decision"),
            day("offered_on", required=True),
            choice("housing_type", HousingType, required=True),
            text("street_address", 160, required=True),
            text("postal_code", 10),
            day("viewing_on"),
            choice("outcome", OfferOutcome, required=True),
            text("notes", None),
            TOMBSTONE,
        ),
        Scope.CLIENT_FIELD,
        groups=(("street_address", "postal_code"),),
    ),
    TableSpec(
        "visit_worker",
        (
            ref("visit_id", "home_visit", required=True),
            ref("worker_id", "worker", required=True),
            TOMBSTONE,
        ),
        Scope.PARENT,
        parent_field="visit_id",
        unique=(("visit_id", "worker_id"),),
    ),
    TableSpec(
        "booked_visit",
        (
            ref("client_id", "client", required=True),
            moment("starts_at", required=True),
            number("duration_minutes", 1, MAX_VISIT_MINUTES, required=True),
            text("place", 200),
            choice("status", BookingStatus, required=True),
            choice("change_reason", BookingChangeReason),
            ref("visit_id", "home_visit"),
            ref("booked_by_id", "worker"),
            TOMBSTONE,
        ),
        Scope.CLIENT_FIELD,
        groups=(("starts_at", "duration_minutes"), ("status", "change_reason", "visit_id")),
    ),
    TableSpec(
        "booked_visit_worker",
        (
            ref("booking_id", "booked_visit", required=True),
            ref("worker_id", "worker", required=True),
            TOMBSTONE,
        ),
        Scope.PARENT,
        parent_field="booking_id",
        unique=(("booking_id", "worker_id"),),
    ),
    TableSpec(
        "placement",
        (
            ref("client_id", "client", required=True),
            ref("sas_decision_id", "sas_decision"),
            ref("offer_id", "housing_offer"),
            choice("housing_type", HousingType, required=True),
            text("street_address", 160, required=True),
            text("postal_code", 10),
            text("city", 80, required=True),
            text("landlord", 160),
            day("move_in_on", required=True),
            day("ended_on"),
            TOMBSTONE,
        ),
        Scope.CLIENT_FIELD,
        groups=(("street_address", "postal_code", "city"),),
    ),
    TableSpec(
        "rent_debt_follow_up",
        (
            ref("client_id", "client", required=True),
            ref("episode_id", "service_episode"),
            ref("placement_id", "placement"),
            day("started_on", required=True),
            money("debt_at_start_cents", required=True),
            text("landlord", 160),
            day("notice_on"),
            choice("stage", RentDebtStage, required=True),
            day("plan_agreed_on"),
            day("ended_on"),
            choice("outcome", RentDebtOutcome),
            text("notes", None),
            TOMBSTONE,
        ),
        Scope.CLIENT_FIELD,
        groups=(("stage", "ended_on", "outcome"),),
    ),
    TableSpec(
        "tenancy_ending",
        (
            ref("placement_id", "placement", required=True),
            ref("client_id", "client", required=True),
            day("ended_on", required=True),
            choice("reason", TenancyEndReason, required=True),
            text("notes", None),
            TOMBSTONE,
        ),
        Scope.CLIENT_FIELD,
    ),
    TableSpec(
        "instalment",
        (
            ref("follow_up_id", "rent_debt_follow_up", required=True),
            day("due_on", required=True),
            money("amount_cents", required=True),
            TOMBSTONE,
        ),
        Scope.PARENT,
        parent_field="follow_up_id",
        groups=(("due_on", "amount_cents"),),
    ),
    TableSpec(
        "partner_contact",
        (
            ref("follow_up_id", "rent_debt_follow_up", required=True),
            choice("partner", Partner, required=True),
            day("contacted_on", required=True),
            choice("channel", ContactChannel, required=True),
            text("summary", 400, multiline=True),
            TOMBSTONE,
        ),
        Scope.PARENT,
        parent_field="follow_up_id",
    ),
    TableSpec(
        "rent_debt_decision",
        (
            ref("follow_up_id", "rent_debt_follow_up", required=True),
            choice("kind", DecisionKind, required=True),
            day("applied_on", required=True),
            day("decided_on"),
            choice("outcome", DecisionOutcome, required=True),
            money("amount_cents"),
            TOMBSTONE,
        ),
        Scope.PARENT,
        parent_field="follow_up_id",
        groups=(("decided_on", "outcome", "amount_cents"),),
    ),
    TableSpec(
        "rent_payment",
        (
            ref("follow_up_id", "rent_debt_follow_up", required=True),
            day("paid_on", required=True),
            money("amount_cents", required=True),
            choice("source", PaymentSource, required=True),
            TOMBSTONE,
        ),
        Scope.PARENT,
        parent_field="follow_up_id",
        groups=(("paid_on", "amount_cents"),),
    ),
])  # fmt: skip

TABLE_ORDER: Final[dict[str, int]] = {name: index for index, name in enumerate(TABLES)}


def field_problem(spec: FieldSpec, value: object) -> ValueProblem | None:
    """Why `value` (as JSON) cannot be stored in this field on every device, if it cannot."""
    if value is None:
        return ValueProblem.MISSING if spec.required else None
    return spec.value.problem(value)


def valid_value(spec: FieldSpec, value: object) -> bool:
    return field_problem(spec, value) is None
