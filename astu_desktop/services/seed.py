"""A deterministic synthetic caseload for demos, benchmarks and manual testing.

Every client is simulated forward through the housing process of DOMAIN.md: intake
and assessment interview, SAS decision, housing offers, placement, outreach or home
rehabilitation with home visits and service plans, sometimes a rent-debt follow-up,
sometimes the end of the tenancy and a new SAS process.

The same `random_seed` and `today` give the same content (ids differ: they are
uuid7s). Each client draws from its own generator, so content does not depend on
the batch size. All writes go through ORM objects, so change capture sees them.
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    Client,
    ContactPerson,
    DeviceState,
    FormDocument,
    HomeVisit,
    HousingOffer,
    Instalment,
    PartnerContact,
    Placement,
    RentDebtDecision,
    RentDebtFollowUp,
    RentPayment,
    SasDecision,
    ServiceEpisode,
    Team,
    TenancyEnding,
    VisitWorker,
    Worker,
)
from astu_desktop.models.base import new_id
from astu_desktop.models.codes import (
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
    Role,
    SasOutcome,
    Service,
    TenancyEndReason,
    VisitKind,
)
from astu_desktop.models.forms import FieldDef, FieldType, FormDefinition, definition
from astu_desktop.models.hetu import SIGNS_BY_CENTURY, make_hetu
from astu_desktop.services import seed_data as data
from astu_desktop.services.documents import add_months
from astu_desktop.store.casestore import CaseStore

CLIENTS_PER_BATCH = 200
CLIENTS_PER_WORKER = 25
MIN_WORKERS = 4
# A team is a lead and about seven field workers (a team per 40 clients, with a worker per
# 25 clients, would leave most teams with a lead and nobody else).
WORKERS_PER_TEAM = 8
MIN_TEAMS = 2
VISIT_HISTORY_DAYS = 730
RENT_DEBT_SHARE = 0.17
HELSINKI = ZoneInfo("Europe/Helsinki")

T = TypeVar("T")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SeedSummary:
    """Counts of what was created, by kind."""

    teams: int
    workers: int
    clients: int
    episodes: int
    placements: int
    visits: int
    documents: int
    rent_debt_follow_ups: int
    tenancy_endings: int


def seed_caseload(
    store: CaseStore,
    *,
    clients: int,
    random_seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> SeedSummary:
    """Fill `store` with teams, workers and `clients` clients, committing every batch.

    Batches keep memory flat for large caseloads; `progress(done, total)` follows each.
    Forms whose definition is missing are skipped (their documents are not made).
    """
    with store.session() as session, session.begin():
        hetus = set(session.scalars(select(Client.hetu)))  # a store may already hold clients
        usernames = set(session.scalars(select(Worker.username)))
        rng = random.Random(f"astu-seed:{random_seed}:staff")
        staff = _create_staff(session, rng, clients, usernames)
    context = _SeedContext(today or date.today(), _available_forms(), staff, hetus)
    for first in range(0, clients, CLIENTS_PER_BATCH):
        done = min(clients, first + CLIENTS_PER_BATCH)
        with store.session() as session, session.begin():
            _seed_batch(session, context, random_seed, range(first, done))
        if progress is not None:
            progress(done, clients)
    if clients == 0 and progress is not None:
        progress(0, 0)
    with store.session() as session, session.begin():
        _make_demo_worker_current(session, context)
    return context.summary()


# -- form answers ------------------------------------------------------------------


def synthetic_answers(
    form: FormDefinition,
    rng: random.Random,
    language: str = "fi",
    *,
    around: date | None = None,
) -> dict[str, Any]:
    """Answers a signing accepts: every visible required field and most optional ones.

    Conditional fields are answered only when their condition holds; dates fall
    within three months of `around` (the document's date).
    """
    return _AnswerFiller(rng, language, around or date.today()).fill(form.all_fields())


class _AnswerFiller:
    def __init__(self, rng: random.Random, language: str, around: date) -> None:
        self.rng = rng
        self.language = language
        self.around = around

    def fill(self, fields: Sequence[FieldDef]) -> dict[str, Any]:
        """Decide fields once their controlling field is decided (conditions may point ahead)."""
        answers: dict[str, Any] = {}
        pending = list(fields)
        progressed = True
        while pending and progressed:
            progressed = False
            for current in list(pending):
                if _waits_for_controller(current, pending):
                    continue
                pending.remove(current)
                progressed = True
                if _visible(current, answers) and (current.required or self.rng.random() < 0.8):
                    value = self.value(current)
                    if value is not None:
                        answers[current.key] = value
        return answers

    def value(self, spec: FieldDef) -> Any:
        rng = self.rng
        kind = spec.type
        if kind in (FieldType.SHORT_TEXT, FieldType.LONG_TEXT):
            return self._text(spec)
        if kind == FieldType.SINGLE_CHOICE:
            return rng.choice(spec.options).value if spec.options else None
        if kind == FieldType.MULTIPLE_CHOICE:
            return self._choices(spec)
        if kind == FieldType.DATE:
            return self._date(spec.key).isoformat()
        if kind == FieldType.NUMBER:
            return _bounded_int(rng, spec.min, spec.max, default_high=20)
        if kind == FieldType.MONEY:
            return _money(rng, spec)
        if kind == FieldType.SCALE:
            return rng.choices(range(1, 6), weights=(1, 2, 4, 4, 2))[0]
        if kind == FieldType.YES_NO:
            return rng.random() < 0.5
        if kind == FieldType.REPEATING_GROUP:
            return [self.fill(spec.fields) for _ in range(rng.randint(1, 3))]
        return None

    def _date(self, key: str) -> date:
        """Before the document for "since", after it for due and review dates, else near it."""
        if "since" in key:
            return self.around - timedelta(days=self.rng.randint(30, 720))
        if any(word in key for word in ("due", "next", "review")):
            return self.around + timedelta(days=self.rng.randint(30, 180))
        return self.around + timedelta(days=self.rng.randint(-60, 0))

    def _choices(self, spec: FieldDef) -> list[str] | None:
        if not spec.options:
            return None
        count = self.rng.randint(1, min(3, len(spec.options)))
        return [option.value for option in self.rng.sample(spec.options, count)]

    def _text(self, spec: FieldDef) -> str:
        sentences = _sentences_for(spec.key, self.language)
        count = 1 if spec.type == FieldType.SHORT_TEXT else self.rng.randint(1, 3)
        text = " ".join(self.rng.sample(sentences, min(count, len(sentences))))
        limit = spec.max_length or (200 if spec.type == FieldType.SHORT_TEXT else 20_000)
        return text[:limit].rstrip()


def _sentences_for(key: str, language: str) -> tuple[str, ...]:
    if language == "fi":
        for topic, sentences in data.ANSWER_TEXTS_FI.items():
            if topic in key:
                return sentences
    return data.ANSWER_TEXTS_GENERIC.get(language, data.ANSWER_TEXTS_GENERIC["fi"])


def _waits_for_controller(spec: FieldDef, pending: list[FieldDef]) -> bool:
    if spec.visible_if is None:
        return False
    controller = spec.visible_if.field
    return any(other.key == controller for other in pending if other is not spec)


def _visible(spec: FieldDef, answers: dict[str, Any]) -> bool:
    """The rule of `forms.validate_answers`; a yes/no answer is never taken for 1 or 0."""
    if spec.visible_if is None:
        return True
    value = answers.get(spec.visible_if.field)
    values = value if isinstance(value, list) else [value]
    return any(_same_answer(item, wanted) for item in values for wanted in spec.visible_if.equals)


def _same_answer(value: Any, wanted: str | bool | int) -> bool:
    return isinstance(value, bool) == isinstance(wanted, bool) and value == wanted


def _bounded_int(
    rng: random.Random, low: float | None, high: float | None, *, default_high: int
) -> int | float:
    bottom = math.ceil(low) if low is not None else 0
    top = math.floor(high) if high is not None else max(bottom, default_high)
    if bottom > top:
        return low if low is not None else bottom
    return rng.randint(bottom, top)


def _money(rng: random.Random, spec: FieldDef) -> int:
    """Whole euros, in cents, within the field's bounds."""
    bottom = math.ceil(spec.min) if spec.min is not None else 0
    top = math.floor(spec.max) if spec.max is not None else 300_000
    euros = rng.randint(math.ceil(bottom / 100), max(math.ceil(bottom / 100), top // 100))
    return min(max(euros * 100, bottom), max(bottom, top))


def _available_forms() -> dict[FormKey, FormDefinition]:
    found: dict[FormKey, FormDefinition] = {}
    for key in FormKey:
        try:
            found[key] = definition(key)
        except LookupError:
            continue
    return found


# -- staff -------------------------------------------------------------------------


@dataclass(frozen=True)
class _TeamPlan:
    name: str
    kind: str  # sas, outreach, rent_debt or home_rehabilitation
    area: str | None


@dataclass(frozen=True)
class _StaffMember:
    id: str
    team_id: str
    kind: str
    area: str | None
    role: Role


class _Staff:
    """Who can be made responsible for what; picks draw from the caller's generator."""

    def __init__(self, members: list[_StaffMember], team_count: int) -> None:
        self.members = members
        self.team_count = team_count
        self.field_workers = [m for m in members if m.role == Role.FIELD_WORKER] or members
        self._candidates: dict[tuple[str, str | None], list[str]] = {}
        self._teammates: dict[str, list[str]] = {}
        for member in members:
            self._teammates.setdefault(member.team_id, []).append(member.id)
        self._team_of = {member.id: member.team_id for member in members}

    def pick(self, rng: random.Random, kind: str, area: str | None = None) -> str:
        key = (kind, area)
        if key not in self._candidates:
            self._candidates[key] = self._find(kind, area)
        return rng.choice(self._candidates[key])

    def colleague(self, rng: random.Random, worker_id: str) -> str:
        """A pair-work partner: someone from the same team, or any field worker."""
        mates = [m for m in self._teammates[self._team_of[worker_id]] if m != worker_id]
        return rng.choice(mates or [m.id for m in self.field_workers])

    def busiest_field_worker(self, caseload: Counter[str]) -> str:
        outreach = [m for m in self.field_workers if m.kind == "outreach"] or self.field_workers
        return max(outreach, key=lambda member: caseload[member.id]).id

    def _find(self, kind: str, area: str | None) -> list[str]:
        same_kind = [m for m in self.field_workers if m.kind == kind]
        same_area = [m.id for m in same_kind if m.area == area]
        return same_area or [m.id for m in same_kind] or [m.id for m in self.field_workers]


def _create_staff(
    session: Session, rng: random.Random, clients: int, usernames: set[str]
) -> _Staff:
    worker_count = max(MIN_WORKERS, round(clients / CLIENTS_PER_WORKER))
    plans = _team_plans(max(MIN_TEAMS, math.ceil(worker_count / WORKERS_PER_TEAM)))
    teams = [Team(id=new_id(), name=plan.name) for plan in plans]
    session.add_all(teams)
    session.flush()
    workers: list[Worker] = []
    members: list[_StaffMember] = []
    for index in range(worker_count):
        plan, team = plans[index % len(plans)], teams[index % len(plans)]
        role = Role.TEAM_LEAD if index < len(plans) else Role.FIELD_WORKER
        worker = _new_worker(rng, role, plan, team.id, usernames)
        workers.append(worker)
        members.append(_StaffMember(worker.id, team.id, plan.kind, plan.area, role))
    session.add_all(workers)
    session.flush()
    return _Staff(members, len(teams))


def _team_plans(count: int) -> list[_TeamPlan]:
    seen: Counter[str] = Counter()
    plans = []
    for index in range(count):
        kind = data.TEAM_KIND_CYCLE[index % len(data.TEAM_KIND_CYCLE)]
        seen[kind] += 1
        plans.append(_team_plan(kind, seen[kind]))
    return plans


def _team_plan(kind: str, nth: int) -> _TeamPlan:
    """E.g. "Lähityö Itä 1", "SAS-arviointi Keskusta", "Vuokravelkatiimi"."""
    areas = len(data.OUTREACH_AREAS)
    if kind == "outreach":
        area = data.OUTREACH_AREAS[(nth - 1) % areas]
        return _TeamPlan(f"Lähityö {area} {(nth - 1) // areas + 1}", kind, area)
    if kind == "sas":
        area = data.SAS_AREAS[(nth - 1) % len(data.SAS_AREAS)]
        return _TeamPlan(_numbered(f"SAS-arviointi {area}", (nth - 1) // 4 + 1), kind, area)
    return _TeamPlan(_numbered(data.TEAM_NAMES[kind], nth), kind, None)


def _numbered(name: str, nth: int) -> str:
    return name if nth == 1 else f"{name} {nth}"


def _new_worker(
    rng: random.Random, role: Role, plan: _TeamPlan, team_id: str, usernames: set[str]
) -> Worker:
    pool = data.NAME_POOLS[_weighted(rng, data.WORKER_LANGUAGE_WEIGHTS)]
    female = rng.random() < 0.75  # social work is a mostly female profession
    first, last = _first_name(rng, pool, female), _last_name(rng, pool, female)
    lead = role == Role.TEAM_LEAD
    return Worker(
        id=new_id(),
        username=_unique_username(first, last, usernames),
        full_name=f"{first} {last}",
        role=role,
        team_id=team_id,
        title=data.TEAM_TITLES["lead"] if lead else rng.choice(data.WORKER_TITLES[plan.kind]),
        phone=f"09 310 {rng.randint(10000, 99999)}",
    )


def _unique_username(first: str, last: str, taken: set[str]) -> str:
    base = f"{_ascii(first)}.{_ascii(last)}"
    name, number = base, 1
    while name in taken:
        number += 1
        name = f"{base}{number}"
    taken.add(name)
    return name


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if (c.isascii() and c.isalnum()) or c == "-")


def _first_name(rng: random.Random, pool: data.NamePool, female: bool) -> str:
    return rng.choice(pool.female if female else pool.male)


def _last_name(rng: random.Random, pool: data.NamePool, female: bool) -> str:
    return rng.choice(pool.last_female if female and pool.last_female else pool.last)


# -- batches -----------------------------------------------------------------------

# Parents before children: foreign keys are checked as each row is inserted.
_WRITE_ORDER: tuple[type[Any], ...] = (
    Client, ContactPerson, ServiceEpisode, SasDecision, HousingOffer, Placement, TenancyEnding,
    FormDocument, HomeVisit, VisitWorker, RentDebtFollowUp, Instalment, RentPayment,
    PartnerContact, RentDebtDecision,
)  # fmt: skip


class _Batch:
    """New rows of a batch of clients, written table by table in one transaction."""

    def __init__(self) -> None:
        self._rows: dict[type[Any], list[Any]] = {kind: [] for kind in _WRITE_ORDER}

    def add(self, row: Any) -> None:
        self._rows[type(row)].append(row)

    def rows(self, kind: type[T]) -> list[T]:
        return self._rows[kind]

    def write(self, session: Session) -> None:
        for kind in _WRITE_ORDER:
            if self._rows[kind]:
                session.add_all(self._rows[kind])
                session.flush()


@dataclass
class _SeedContext:
    today: date
    forms: dict[FormKey, FormDefinition]
    staff: _Staff
    hetus: set[str] = field(default_factory=set)
    counts: Counter[type[Any]] = field(default_factory=Counter)
    caseload: Counter[str] = field(default_factory=Counter)

    def tally(self, batch: _Batch) -> None:
        for kind in _WRITE_ORDER:
            self.counts[kind] += len(batch.rows(kind))
        for episode in batch.rows(ServiceEpisode):
            if episode.status != EpisodeStatus.ENDED and episode.responsible_worker_id:
                self.caseload[episode.responsible_worker_id] += 1

    def summary(self) -> SeedSummary:
        return SeedSummary(
            teams=self.staff.team_count,
            workers=len(self.staff.members),
            clients=self.counts[Client],
            episodes=self.counts[ServiceEpisode],
            placements=self.counts[Placement],
            visits=self.counts[HomeVisit],
            documents=self.counts[FormDocument],
            rent_debt_follow_ups=self.counts[RentDebtFollowUp],
            tenancy_endings=self.counts[TenancyEnding],
        )


def _seed_batch(session: Session, context: _SeedContext, seed: int, indexes: range) -> None:
    batch = _Batch()
    for index in indexes:
        _ClientStory(context, batch, random.Random(f"astu-seed:{seed}:client:{index}")).tell()
    batch.write(session)
    context.tally(batch)


def _make_demo_worker_current(session: Session, context: _SeedContext) -> None:
    """The demo user "is" the outreach worker with the most open cases."""
    state = session.get(DeviceState, 1)
    if state is not None:
        state.current_worker_id = context.staff.busiest_field_worker(context.caseload)


# -- one client's story ------------------------------------------------------------

_OUTREACH_END: dict[TenancyEndReason, EpisodeEndReason] = {
    TenancyEndReason.DIRECT_TENANCY: EpisodeEndReason.DIRECT_TENANCY,
    TenancyEndReason.OTHER_HOUSING_SERVICE: EpisodeEndReason.NEW_SAS,
    TenancyEndReason.EVICTION_RENT_DEBT: EpisodeEndReason.NEW_SAS,
    TenancyEndReason.EVICTION_DISTURBANCE: EpisodeEndReason.NEW_SAS,
    TenancyEndReason.EVICTION_CONDITION: EpisodeEndReason.NEW_SAS,
    TenancyEndReason.MOVED_AWAY: EpisodeEndReason.MOVED_AWAY,
    TenancyEndReason.DIED: EpisodeEndReason.DIED,
    TenancyEndReason.OTHER: EpisodeEndReason.OTHER,
}
# After these the client leaves the service; after the others a new SAS process follows.
_FINAL_ENDINGS = frozenset(
    {
        TenancyEndReason.DIRECT_TENANCY,
        TenancyEndReason.DIED,
        TenancyEndReason.MOVED_AWAY,
        TenancyEndReason.INSTITUTIONAL_CARE,
    }
)
# Tenancies with a rent to pay to a landlord (units bill differently).
_TENANCIES = data.OUTREACH_HOUSING | {HousingType.PURCHASED_SCATTERED_FLAT}
_PAIR_WORK = frozenset({VisitKind.HOME_VISIT, VisitKind.NOT_AT_HOME, VisitKind.JOINT_VISIT})
_INCOME_SUPPORT = frozenset(
    {DecisionKind.SUPPLEMENTARY_INCOME_SUPPORT, DecisionKind.PREVENTIVE_INCOME_SUPPORT}
)
_FOLLOW_UP_END: dict[RentDebtOutcome, EpisodeEndReason] = {
    RentDebtOutcome.DEBT_PAID: EpisodeEndReason.GOALS_MET,
    RentDebtOutcome.CONTINUES_WITH_OUTREACH: EpisodeEndReason.HANDED_TO_OUTREACH,
    RentDebtOutcome.TENANCY_ENDED_NEW_SAS: EpisodeEndReason.TENANCY_ENDED,
}

Ending = tuple[date, TenancyEndReason]


class _ClientStory:
    """One client from intake to today; every draw comes from the client's own generator."""

    def __init__(self, context: _SeedContext, batch: _Batch, rng: random.Random) -> None:
        self.ctx = context
        self.batch = batch
        self.rng = rng
        self.today = context.today
        self.has_guardian = False
        self.home: tuple[str, str] | None = None  # street address, postal code
        self.areas: dict[str, str] = {}  # placement id -> outreach area
        self.client = self._new_client()

    def tell(self) -> None:
        self._contacts()
        self._housing_path(self._intake_date(), depth=0)
        self._settle_address()

    # -- the person --

    def _new_client(self) -> Client:
        rng = self.rng
        language = _weighted(rng, data.CLIENT_LANGUAGE_WEIGHTS)
        pool = data.NAME_POOLS[language]
        male = rng.random() < 0.70  # as among the homeless in Finland
        client = Client(
            id=new_id(),
            first_names=self._first_names(pool, male),
            last_name=_last_name(rng, pool, not male),
            hetu=self._unique_hetu(male),
            phone=_mobile_number(rng) if rng.random() < 0.85 else None,
            city="Helsinki",
            languages=self._languages(language),
            preferred_language=language,
            needs_interpreter=language in ("ru", "so", "ar") and rng.random() < 0.45,
            background_notes=rng.choice(data.BACKGROUND_NOTES) if rng.random() < 0.3 else None,
        )
        self.batch.add(client)
        return client

    def _first_names(self, pool: data.NamePool, male: bool) -> str:
        first = _first_name(self.rng, pool, not male)
        middles = pool.male_middle if male else pool.female_middle
        if middles and self.rng.random() < 0.6:
            return f"{first} {self.rng.choice([m for m in middles if m != first] or middles)}"
        return first

    def _languages(self, mother_tongue: str) -> list[str]:
        spoken = [mother_tongue]
        if mother_tongue != "fi" and self.rng.random() < 0.5:
            spoken.append("fi")
        if mother_tongue not in ("fi", "en") and self.rng.random() < 0.2:
            spoken.append("en")
        return spoken

    def _unique_hetu(self, male: bool) -> str:
        while True:
            code = self._hetu(male)
            if code not in self.ctx.hetus:
                self.ctx.hetus.add(code)
                return code

    def _hetu(self, male: bool) -> str:
        """A temporary code (900-999); a few use the century signs introduced in 2023."""
        rng = self.rng
        born = add_months(self.today, -12 * self._age()) - timedelta(days=rng.randint(0, 364))
        signs = SIGNS_BY_CENTURY[born.year // 100 * 100]
        sign = signs[0] if rng.random() < 0.9 else rng.choice(signs[1:3])
        individual = rng.randrange(901 if male else 900, 1000, 2)  # odd for men
        return make_hetu(born, individual, sign)

    def _age(self) -> int:
        if self.rng.random() < 0.12:
            return self.rng.randint(18, 29)
        return min(80, max(18, round(self.rng.gauss(45, 11))))

    def _contacts(self) -> None:
        roll = self.rng.random()
        if roll < 0.22:
            relation = self.rng.choice(data.CONTACT_RELATIONS)
            self._contact(relation, organisation=None)
        elif roll < 0.30:
            self.has_guardian = True
            self._contact("edunvalvoja", organisation=data.GUARDIAN_ORGANISATION)
        elif roll < 0.34:
            relation, organisation = self.rng.choice(data.PROFESSIONAL_CONTACTS)
            self._contact(relation, organisation=organisation)

    def _contact(self, relation: str, organisation: str | None) -> None:
        pool = data.FINNISH
        female = self.rng.random() < 0.6
        name = f"{_first_name(self.rng, pool, female)} {_last_name(self.rng, pool, female)}"
        phone = _mobile_number(self.rng)
        self.batch.add(
            ContactPerson(
                id=new_id(),
                client_id=self.client.id,
                name=name,
                relation=relation,
                phone=phone,
                organisation=organisation,
            )
        )

    def _settle_address(self) -> None:
        """The current home; without one, half give where they stay for the time being."""
        if self.home is None and self.rng.random() < 0.5:
            street, address = self._address()
            self.home = (address, street.postal_code)
        if self.home is not None:
            self.client.street_address, self.client.postal_code = self.home

    def _intake_date(self) -> date:
        """Recent intakes for some; the rest spread over nine years, more of them recent."""
        rng = self.rng
        if rng.random() < 0.15:
            intake = self.today - timedelta(days=rng.randint(3, 200))
        else:
            intake = self.today - timedelta(days=200 + int(3085 * rng.random() ** 1.6))
        adult_on = add_months(self.client.birth_date, 12 * 18)
        return min(max(intake, adult_on), self.today - timedelta(days=3))

    # -- SAS: assessment, decision, offers, placement --

    def _housing_path(self, start: date, depth: int) -> None:
        sas = self._episode(Service.SAS_ASSESSMENT, start, self._pick("sas"))
        self._assessment(sas)
        decision = self._sas_decision(sas)
        if decision is None or decision.outcome != SasOutcome.PLACE:
            return
        placement = self._find_housing(decision)
        if placement is None:
            return
        _end(sas, placement.move_in_on, EpisodeEndReason.PLACED)
        self._live_in(placement, decision, depth)

    def _assessment(self, sas: ServiceEpisode) -> None:
        on = min(self.today, sas.start_date + self._days(0, 10))
        facts = {"has_guardian": self.has_guardian}
        self._document(FormKey.ASSESSMENT_INTERVIEW, on, sas.responsible_worker_id, facts=facts)
        if self._in_visit_history(on) and sas.responsible_worker_id is not None:
            self._visit(on, sas.responsible_worker_id, VisitKind.OFFICE)

    def _sas_decision(self, sas: ServiceEpisode) -> SasDecision | None:
        decided = sas.start_date + self._days(14, 60)
        if decided > self.today:
            return None
        outcome = self._sas_outcome(decided)
        placing = outcome == SasOutcome.PLACE
        decision = SasDecision(
            id=new_id(),
            client_id=self.client.id,
            episode_id=sas.id,
            decided_on=decided,
            outcome=outcome,
            housing_type=_weighted(self.rng, data.HOUSING_TYPE_WEIGHTS) if placing else None,
            queue=self._queue(decided) if placing else None,
            decided_by_id=self._pick("sas"),
            reasoning=self.rng.choice(data.SAS_REASONINGS),
        )
        self.batch.add(decision)
        if outcome == SasOutcome.NOT_PLACED:
            reason = self.rng.choice(
                (EpisodeEndReason.CLIENT_DECLINED, EpisodeEndReason.NO_CONTACT)
            )
            _end(sas, decided, reason)
        return decision

    def _sas_outcome(self, decided: date) -> SasOutcome:
        if (self.today - decided).days < 45 and self.rng.random() < 0.25:
            return SasOutcome.PENDING_STATEMENTS
        return SasOutcome.PLACE if self.rng.random() < 0.94 else SasOutcome.NOT_PLACED

    def _queue(self, on: date) -> HousingQueue:
        if self.client.age_on(on) < 30 and self.rng.random() < 0.7:
            return HousingQueue.YOUNG_PEOPLE
        return HousingQueue.MENTAL_HEALTH if self.rng.random() < 0.3 else HousingQueue.ADULTS

    def _find_housing(self, decision: SasDecision) -> Placement | None:
        """Queue, maybe decline an offer or two, view the flat and move in (if by today)."""
        housing = decision.housing_type or HousingType.SMALL_APARTMENT
        wait = (
            self._days(30, 240) if housing == HousingType.SMALL_APARTMENT else self._days(14, 120)
        )
        offered = decision.decided_on + wait
        self._declined_offers(decision, offered)
        if offered > self.today:
            return None
        street, address = self._address()
        viewing = offered + self._days(2, 7)
        move_in = viewing + self._days(3, 14)
        offer = HousingOffer(
            id=new_id(),
            client_id=self.client.id,
            sas_decision_id=decision.id,
            offered_on=offered,
            housing_type=housing,
            street_address=address,
            postal_code=street.postal_code,
            viewing_on=viewing,
            outcome=OfferOutcome.ACCEPTED if viewing <= self.today else OfferOutcome.PENDING,
        )
        self.batch.add(offer)
        if move_in > self.today:
            return None
        return self._placement(decision, offer, street, move_in)

    def _declined_offers(self, decision: SasDecision, accepted_offer_on: date) -> None:
        count = self.rng.choices((0, 1, 2), weights=(65, 25, 10))[0]
        for nth in range(count, 0, -1):
            offered = accepted_offer_on - timedelta(days=nth * self.rng.randint(20, 45))
            if offered <= decision.decided_on or offered > self.today:
                continue
            street, address = self._address()
            outcome = self.rng.choice(
                (OfferOutcome.DECLINED, OfferOutcome.DECLINED, OfferOutcome.NO_SHOW)
            )
            self.batch.add(
                HousingOffer(
                    id=new_id(),
                    client_id=self.client.id,
                    sas_decision_id=decision.id,
                    offered_on=offered,
                    housing_type=decision.housing_type or HousingType.SMALL_APARTMENT,
                    street_address=address,
                    postal_code=street.postal_code,
                    viewing_on=offered + self._days(2, 7),
                    outcome=outcome,
                    notes=self.rng.choice(data.OFFER_DECLINE_NOTES),
                )
            )

    def _placement(
        self, decision: SasDecision, offer: HousingOffer, street: data.Street, move_in: date
    ) -> Placement:
        placement = Placement(
            id=new_id(),
            client_id=self.client.id,
            sas_decision_id=decision.id,
            offer_id=offer.id,
            housing_type=offer.housing_type,
            street_address=offer.street_address,
            postal_code=offer.postal_code,
            city="Helsinki",
            landlord=self.rng.choice(data.LANDLORDS[offer.housing_type]),
            move_in_on=move_in,
        )
        self.batch.add(placement)
        self.areas[placement.id] = street.area
        self.home = (offer.street_address, street.postal_code)
        return placement

    def _address(self) -> tuple[data.Street, str]:
        street = self.rng.choice(data.STREETS)
        number = self.rng.randint(1, 60)
        if self.rng.random() < 0.25:
            return street, f"{street.name} {number}"
        stair, flat = self.rng.choice("ABCD"), self.rng.randint(1, 60)
        return street, f"{street.name} {number} {stair} {flat}"

    # -- living in the placement --

    def _live_in(self, placement: Placement, decision: SasDecision, depth: int) -> None:
        ending = self._tenancy_end(placement)
        if placement.housing_type in data.OUTREACH_HOUSING:
            outreach = self._outreach(placement, ending)
            self._home_rehabilitation(placement, decision, outreach)
            self._service_plans(placement, outreach.responsible_worker_id, outreach.end_date)
        else:
            self._service_plans(placement, decision.decided_by_id, ending and ending[0])
        if placement.housing_type in _TENANCIES:
            self._maybe_rent_debt(placement, ending)
        if ending is not None:
            self._end_tenancy(placement, ending)
            self._after_ending(ending, depth)

    def _tenancy_end(self, placement: Placement) -> Ending | None:
        """Endings at the yearly rate reported for small apartments (185 of ~3,000)."""
        years = self.rng.expovariate(data.YEARLY_TENANCY_END_RATE)
        ends = placement.move_in_on + timedelta(days=max(30, round(years * 365.25)))
        if ends >= self.today:
            return None
        reasons = data.TENANCY_END_REASON_WEIGHTS
        if (ends - placement.move_in_on).days < 365:  # nobody becomes a direct tenant that soon
            reasons = {r: w for r, w in reasons.items() if r != TenancyEndReason.DIRECT_TENANCY}
        return ends, _weighted(self.rng, reasons)

    def _end_tenancy(self, placement: Placement, ending: Ending) -> None:
        ends, reason = ending
        placement.ended_on = ends
        self.batch.add(
            TenancyEnding(
                id=new_id(),
                placement_id=placement.id,
                client_id=self.client.id,
                ended_on=ends,
                reason=reason,
                notes=data.ENDING_NOTES[reason],
            )
        )
        if reason not in (TenancyEndReason.DIRECT_TENANCY, TenancyEndReason.DIED):
            self.home = None

    def _after_ending(self, ending: Ending, depth: int) -> None:
        ends, reason = ending
        if reason in _FINAL_ENDINGS or depth >= 2:
            return
        if reason == TenancyEndReason.PRISON:
            gap = self._days(180, 720)
        elif reason == TenancyEndReason.OTHER_HOUSING_SERVICE:
            gap = self._days(0, 14)
        else:
            gap = self._days(7, 120)
        if ends + gap < self.today:
            self._housing_path(ends + gap, depth + 1)

    def _outreach(self, placement: Placement, ending: Ending | None) -> ServiceEpisode:
        """Lähityö from moving in until living goes well, or until the tenancy ends."""
        start = placement.move_in_on - self._days(0, 7)
        area = self.areas[placement.id]
        episode = self._episode(Service.OUTREACH, start, self._pick("outreach", area))
        goals_met = placement.move_in_on + self._days(270, 1460)
        if ending is not None and ending[0] <= goals_met:
            _end(episode, ending[0], _OUTREACH_END.get(ending[1], EpisodeEndReason.TENANCY_ENDED))
        elif goals_met < self.today:
            _end(episode, goals_met, EpisodeEndReason.GOALS_MET)
        self._support_visits(episode, interval=self.rng.choice((7, 14, 14, 21, 28)))
        return episode

    def _home_rehabilitation(
        self, placement: Placement, decision: SasDecision, outreach: ServiceEpisode
    ) -> None:
        chance = 0.45 if decision.queue == HousingQueue.MENTAL_HEALTH else 0.08
        if self.rng.random() >= chance:
            return
        start = placement.move_in_on + self._days(30, 365)
        if start >= (outreach.end_date or self.today):
            return
        episode = self._episode(
            Service.HOME_REHABILITATION, start, self._pick("home_rehabilitation")
        )
        planned_end = start + self._days(180, 540)
        if outreach.end_date is not None and outreach.end_date <= planned_end:
            _end(episode, outreach.end_date, outreach.end_reason or EpisodeEndReason.OTHER)
        elif planned_end < self.today:
            _end(episode, planned_end, EpisodeEndReason.HANDED_TO_OUTREACH)
        self._support_visits(episode, interval=self.rng.choice((7, 7, 10, 14)))

    def _service_plans(self, placement: Placement, author: str | None, until: date | None) -> None:
        """A plan for the first six months, then one at every review while support goes on."""
        last = min(until or self.today, self.today)
        on = placement.move_in_on + self._days(3, 21)
        first = True
        while on <= last:
            review_due = add_months(on, 6)
            if first or (self.today - on).days <= VISIT_HISTORY_DAYS:
                facts = {"plan_start": on.isoformat(), "review_date": review_due.isoformat()}
                self._document(FormKey.SERVICE_PLAN, on, author, review_due=review_due, facts=facts)
            first = False
            on = review_due + self._days(-14, 21)

    # -- home visits --

    def _support_visits(self, episode: ServiceEpisode, interval: int) -> None:
        """Visits every `interval` days or so; a living-skills check about twice a year."""
        worker = episode.responsible_worker_id
        first = max(episode.start_date, self.today - timedelta(days=VISIT_HISTORY_DAYS))
        last = min(episode.end_date or self.today, self.today - timedelta(days=1))
        if worker is None or first > last:
            return
        check_due = episode.start_date + self._days(30, 60)
        while check_due + timedelta(days=180) < first:
            check_due += timedelta(days=180)
        day = first + self._days(0, interval)
        while day <= last:
            kind = _weighted(self.rng, data.VISIT_KIND_WEIGHTS)
            check = kind == VisitKind.HOME_VISIT and day >= check_due
            self._visit(day, worker, kind, living_skills=check)
            if check:
                check_due = day + self._days(150, 210)
            day += timedelta(days=max(3, interval + self.rng.randint(-3, 5)))

    def _visit(
        self, day: date, worker_id: str, kind: VisitKind, *, living_skills: bool = False
    ) -> None:
        workers = [worker_id]
        if kind in _PAIR_WORK and self.rng.random() < 0.35:
            workers.append(self.ctx.staff.colleague(self.rng, worker_id))
        document = self._living_skills_check(day, worker_id) if living_skills else None
        low, high = data.VISIT_DURATIONS.get(kind, (30, 120))
        visit = HomeVisit(
            id=new_id(),
            client_id=self.client.id,
            visited_at=self._working_hours(day),
            duration_minutes=5 * self.rng.randint(low // 5, high // 5),
            kind=kind,
            others_present=data.OTHERS_PRESENT.get(kind),
            notes=self._visit_note(kind, living_skills),
            living_skills_document_id=document.id if document is not None else None,
            recorded_by_id=worker_id,
        )
        self.batch.add(visit)
        for worker in dict.fromkeys(workers):
            self.batch.add(VisitWorker(id=new_id(), visit_id=visit.id, worker_id=worker))

    def _living_skills_check(self, day: date, worker_id: str) -> FormDocument | None:
        facts = {"next_check_date": add_months(day, 6).isoformat()}
        return self._document(FormKey.LIVING_SKILLS_CHECK, day, worker_id, facts=facts)

    def _visit_note(self, kind: VisitKind, living_skills: bool) -> str:
        """A few sentences from fragments: opening, what was seen, what was done, next step."""
        rng = self.rng
        parts = [rng.choice(data.VISIT_OPENINGS[kind])]
        if kind == VisitKind.NOT_AT_HOME:
            return parts[0]
        if kind in (VisitKind.HOME_VISIT, VisitKind.JOINT_VISIT):
            parts.append(rng.choice(data.VISIT_OBSERVATIONS))
        parts += rng.sample(data.VISIT_TOPICS, rng.randint(1, 2))
        if living_skills:
            parts.append("Tehtiin asumistaitojen kartoitus yhdessä asiakkaan kanssa.")
        parts.append(rng.choice(data.VISIT_NEXT_STEPS))
        return " ".join(parts)

    def _working_hours(self, day: date) -> datetime:
        """A weekday (weekends move to Friday), 8-15 o'clock Helsinki time, stored in UTC."""
        weekday = day.weekday()
        if weekday >= 5:
            day -= timedelta(days=weekday - 4)
        moment = time(self.rng.randint(8, 15), self.rng.choice((0, 15, 30, 45)))
        return datetime.combine(day, moment, tzinfo=HELSINKI).astimezone(UTC)

    def _in_visit_history(self, day: date) -> bool:
        return 0 < (self.today - day).days <= VISIT_HISTORY_DAYS

    # -- rent-debt follow-up --

    def _maybe_rent_debt(self, placement: Placement, ending: Ending | None) -> None:
        """Every eviction for rent debt had a follow-up before it; other tenants sometimes."""
        if ending is not None and ending[1] == TenancyEndReason.EVICTION_RENT_DEBT:
            ends = ending[0]
            start = max(placement.move_in_on + timedelta(days=30), ends - self._days(120, 240))
            if start >= ends:
                start = placement.move_in_on + timedelta(
                    days=(ends - placement.move_in_on).days // 2
                )
            self._rent_debt(placement, start, forced_end=ends)
            return
        if self.rng.random() >= RENT_DEBT_SHARE:
            return
        first = max(
            placement.move_in_on + timedelta(days=60),
            self.today - timedelta(days=VISIT_HISTORY_DAYS),
        )
        last = min(ending[0] if ending else self.today, self.today) - timedelta(days=14)
        if first <= last:
            self._rent_debt(placement, first + self._days(0, (last - first).days), None)

    def _rent_debt(self, placement: Placement, start: date, forced_end: date | None) -> None:
        episode = self._episode(Service.RENT_DEBT, start, self._pick("rent_debt"))
        follow_up = RentDebtFollowUp(
            id=new_id(),
            client_id=self.client.id,
            episode_id=episode.id,
            placement_id=placement.id,
            started_on=start,
            debt_at_start_cents=self._debt_cents(),
            stage=RentDebtStage.START,
        )
        self.batch.add(follow_up)
        planned_end = start + self._days(150, 210)  # usually six months
        ends = forced_end or (planned_end if planned_end < self.today else None)
        last = min(ends or self.today, self.today)
        self._partner_contacts(follow_up, last)
        paid = self._payment_plan(follow_up, last)
        self._rent_debt_decisions(follow_up, last)
        self._rent_debt_visits(episode, last)
        if ends is not None:
            self._close_follow_up(follow_up, episode, ends, paid, forced=forced_end is not None)

    def _debt_cents(self) -> int:
        """200-6,000 euros, most debts one to three months' rent."""
        euros = 200 + 5800 * math.pow(self.rng.random(), 2.2)
        return round(euros * 100)

    def _partner_contacts(self, follow_up: RentDebtFollowUp, last: date) -> None:
        start = follow_up.started_on
        self._partner_contact(follow_up, Partner.LANDLORD, start)
        weights = dict(data.PARTNER_WEIGHTS)
        if self.has_guardian:
            weights[Partner.GUARDIANSHIP] = 25
        for _ in range(self.rng.randint(1, 4)):
            on = start + self._days(3, max(3, (last - start).days))
            if on <= last:
                self._partner_contact(follow_up, _weighted(self.rng, weights), on)

    def _partner_contact(self, follow_up: RentDebtFollowUp, partner: Partner, on: date) -> None:
        self.batch.add(
            PartnerContact(
                id=new_id(),
                follow_up_id=follow_up.id,
                partner=partner,
                contacted_on=on,
                channel=self.rng.choice(data.PARTNER_CHANNELS[partner]),
                summary=data.PARTNER_SUMMARIES[partner],
            )
        )

    def _payment_plan(self, follow_up: RentDebtFollowUp, last: date) -> int:
        """Monthly instalments; most of those due by `last` paid. Returns the cents paid."""
        agreed = follow_up.started_on + self._days(7, 30)
        if agreed > last:
            return 0
        follow_up.plan_agreed_on = agreed
        follow_up.stage = RentDebtStage.WORK
        debt = follow_up.debt_at_start_cents
        count = self.rng.randint(3, 10)
        share = debt // count
        paid = 0
        for nth in range(count):
            due = add_months(agreed + timedelta(days=14), nth)
            amount = share + (debt - share * count if nth == 0 else 0)
            self.batch.add(
                Instalment(id=new_id(), follow_up_id=follow_up.id, due_on=due, amount_cents=amount)
            )
            if due <= last and self.rng.random() < 0.82:
                paid_on = min(last, due + self._days(-3, 10))
                self._payment(follow_up, paid_on, amount)
                paid += amount
        return paid

    def _payment(self, follow_up: RentDebtFollowUp, on: date, cents: int) -> None:
        sources = {
            PaymentSource.CLIENT: 60,
            PaymentSource.INCOME_SUPPORT: 20,
            PaymentSource.INTERMEDIARY_ACCOUNT: 12,
            PaymentSource.GUARDIAN: 30 if self.has_guardian else 0,
            PaymentSource.OTHER: 3,
        }
        self.batch.add(
            RentPayment(
                id=new_id(),
                follow_up_id=follow_up.id,
                paid_on=on,
                amount_cents=cents,
                source=_weighted(self.rng, sources),
            )
        )

    def _rent_debt_decisions(self, follow_up: RentDebtFollowUp, last: date) -> None:
        for _ in range(self.rng.choices((0, 1, 2), weights=(45, 40, 15))[0]):
            applied = follow_up.started_on + self._days(5, 45)
            if applied > last:
                continue
            kind = _weighted(self.rng, data.DECISION_WEIGHTS)
            decided: date | None = applied + self._days(7, 30)
            outcome = (
                DecisionOutcome.GRANTED if self.rng.random() < 0.7 else DecisionOutcome.REJECTED
            )
            if decided is not None and decided > self.today:
                decided, outcome = None, DecisionOutcome.PENDING
            amount = None
            if kind in _INCOME_SUPPORT and outcome == DecisionOutcome.GRANTED:
                amount = min(follow_up.debt_at_start_cents, 100 * self.rng.randint(200, 1500))
            self.batch.add(
                RentDebtDecision(
                    id=new_id(),
                    follow_up_id=follow_up.id,
                    kind=kind,
                    applied_on=applied,
                    decided_on=decided,
                    outcome=outcome,
                    amount_cents=amount,
                )
            )

    def _rent_debt_visits(self, episode: ServiceEpisode, last: date) -> None:
        """A home visit to check living skills early on, then a contact every month or two."""
        worker = episode.responsible_worker_id
        if worker is None:
            return
        check_day = episode.start_date + self._days(14, 45)
        if check_day <= last and self._in_visit_history(check_day):
            self._visit(check_day, worker, VisitKind.HOME_VISIT, living_skills=True)
        day = check_day + self._days(28, 56)
        while day <= last:
            if self._in_visit_history(day):
                kind = self.rng.choice((VisitKind.PHONE, VisitKind.OFFICE, VisitKind.HOME_VISIT))
                self._visit(day, worker, kind)
            day += self._days(28, 56)

    def _close_follow_up(
        self,
        follow_up: RentDebtFollowUp,
        episode: ServiceEpisode,
        ends: date,
        paid: int,
        *,
        forced: bool,
    ) -> None:
        if forced:
            outcome = RentDebtOutcome.TENANCY_ENDED_NEW_SAS
        elif self.rng.random() < 0.65:
            outcome = RentDebtOutcome.DEBT_PAID
        else:
            outcome = RentDebtOutcome.CONTINUES_WITH_OUTREACH
        if outcome == RentDebtOutcome.DEBT_PAID and paid < follow_up.debt_at_start_cents:
            self._payment(follow_up, ends, follow_up.debt_at_start_cents - paid)
        follow_up.stage = RentDebtStage.ENDED
        follow_up.ended_on = ends
        follow_up.outcome = outcome
        _end(episode, ends, _FOLLOW_UP_END[outcome])

    # -- shared pieces --

    def _episode(self, service: Service, start: date, worker_id: str) -> ServiceEpisode:
        recent = (self.today - start).days < 14
        episode = ServiceEpisode(
            id=new_id(),
            client_id=self.client.id,
            service=service,
            status=EpisodeStatus.STARTING if recent else EpisodeStatus.ACTIVE,
            responsible_worker_id=worker_id,
            start_date=start,
        )
        self.batch.add(episode)
        return episode

    def _document(
        self,
        key: FormKey,
        on: date,
        author: str | None,
        *,
        review_due: date | None = None,
        facts: Mapping[str, Any] | None = None,
    ) -> FormDocument | None:
        """Signed, except that a document of the last month is sometimes still a draft."""
        form = self.ctx.forms.get(key)
        if form is None:
            return None
        answers = _with_facts(form, synthetic_answers(form, self.rng, around=on), facts)
        draft = (self.today - on).days <= 30 and self.rng.random() < 0.4
        if draft:
            answers = {k: v for k, v in answers.items() if self.rng.random() < 0.6}
        document = FormDocument(
            id=new_id(),
            client_id=self.client.id,
            form_key=key,
            form_version=form.version,
            answers=answers,
            status=DocumentStatus.DRAFT if draft else DocumentStatus.SIGNED,
            version_no=1,
            author_id=author,
            document_date=on,
            signed_by_id=None if draft else author,
            signed_at=None if draft else self._signing_time(on),
            review_due=review_due,
        )
        self.batch.add(document)
        return document

    def _signing_time(self, on: date) -> datetime:
        day = min(on + self._days(0, 2), self.today)
        moment = time(self.rng.randint(9, 16), self.rng.randint(0, 59))
        return datetime.combine(day, moment, tzinfo=HELSINKI).astimezone(UTC)

    def _pick(self, kind: str, area: str | None = None) -> str:
        return self.ctx.staff.pick(self.rng, kind, area)

    def _days(self, low: int, high: int) -> timedelta:
        return timedelta(days=self.rng.randint(low, high))


def _with_facts(
    form: FormDefinition, answers: dict[str, Any], facts: Mapping[str, Any] | None
) -> dict[str, Any]:
    """Make answers agree with the record (plan dates, guardian) where the form asks.

    Only plain top-level fields that no condition depends on are overwritten, so the
    visibility of the other answers stays as it was drawn.
    """
    if not facts:
        return answers
    fields = form.all_fields()
    controllers = {spec.visible_if.field for spec in fields if spec.visible_if is not None}
    plain = {spec.key for spec in fields if spec.visible_if is None} - controllers
    return answers | {key: value for key, value in facts.items() if key in plain}


def _end(episode: ServiceEpisode, on: date, reason: EpisodeEndReason) -> None:
    episode.status = EpisodeStatus.ENDED
    episode.end_date = on
    episode.end_reason = reason


def _mobile_number(rng: random.Random) -> str:
    return f"{rng.choice(('040', '044', '050'))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def _weighted(rng: random.Random, weights: Mapping[T, int]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]
