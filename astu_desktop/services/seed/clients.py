"""The client: who they are, who is around them, and their story from intake to today."""

from __future__ import annotations

import random
from datetime import date, timedelta

from astu_desktop.models import Client, ContactPerson
from astu_desktop.models.base import new_id
from astu_desktop.models.hetu import SIGNS_BY_CENTURY, make_hetu
from astu_desktop.services.documents import add_months
from astu_desktop.services.seed.context import Batch, SeedContext
from astu_desktop.services.seed.data.people import (
    BACKGROUND_NOTES,
    CLIENT_LANGUAGE_WEIGHTS,
    CONTACT_RELATIONS,
    FINNISH,
    GUARDIAN_ORGANISATION,
    NAME_POOLS,
    PROFESSIONAL_CONTACTS,
    NamePool,
)
from astu_desktop.services.seed.draws import (
    first_name,
    last_name,
    mobile_number,
    street_address,
    weighted,
)
from astu_desktop.services.seed.housing import housing_path
from astu_desktop.services.seed.story import Story


def tell_story(context: SeedContext, batch: Batch, rng: random.Random) -> None:
    """One client into `batch`; every draw comes from the client's own `rng`."""
    story = Story(context, batch, rng, _new_client(context, batch, rng))
    _add_contacts(story)
    housing_path(story, _intake_date(story))
    _settle_address(story)


def _new_client(context: SeedContext, batch: Batch, rng: random.Random) -> Client:
    language = weighted(rng, CLIENT_LANGUAGE_WEIGHTS)
    pool = NAME_POOLS[language]
    male = rng.random() < 0.70  # as among the homeless in Finland
    client = Client(
        id=new_id(),
        first_names=_first_names(rng, pool, male),
        last_name=last_name(rng, pool, not male),
        hetu=_unique_hetu(context, rng, male),
        phone=mobile_number(rng) if rng.random() < 0.85 else None,
        city="Helsinki",
        languages=_languages(rng, language),
        preferred_language=language,
        needs_interpreter=language in ("ru", "so", "ar") and rng.random() < 0.45,
        background_notes=rng.choice(BACKGROUND_NOTES) if rng.random() < 0.3 else None,
    )
    batch.add(client)
    return client


def _first_names(rng: random.Random, pool: NamePool, male: bool) -> str:
    """Often a middle name, never the same as the first."""
    first = first_name(rng, pool, not male)
    middles = pool.male_middle if male else pool.female_middle
    if middles and rng.random() < 0.6:
        return f"{first} {rng.choice([m for m in middles if m != first] or middles)}"
    return first


def _languages(rng: random.Random, mother_tongue: str) -> list[str]:
    spoken = [mother_tongue]
    if mother_tongue != "fi" and rng.random() < 0.5:
        spoken.append("fi")
    if mother_tongue not in ("fi", "en") and rng.random() < 0.2:
        spoken.append("en")
    return spoken


def _unique_hetu(context: SeedContext, rng: random.Random, male: bool) -> str:
    while True:
        code = _hetu(context.today, rng, male)
        if code not in context.hetus:
            context.hetus.add(code)
            return code


def _hetu(today: date, rng: random.Random, male: bool) -> str:
    """A temporary code (900-999); a few use the century signs introduced in 2023."""
    born = add_months(today, -12 * _age(rng)) - timedelta(days=rng.randint(0, 364))
    signs = SIGNS_BY_CENTURY[born.year // 100 * 100]
    sign = signs[0] if rng.random() < 0.9 else rng.choice(signs[1:3])
    individual = rng.randrange(901 if male else 900, 1000, 2)  # odd for men
    return make_hetu(born, individual, sign)


def _age(rng: random.Random) -> int:
    """One in eight a young adult; the rest mostly 34-56 years old."""
    if rng.random() < 0.12:
        return rng.randint(18, 29)
    return min(80, max(18, round(rng.gauss(45, 11))))


def _add_contacts(story: Story) -> None:
    """A relative for some, a guardian (edunvalvoja) or a professional for a few."""
    roll = story.rng.random()
    if roll < 0.22:
        relation = story.rng.choice(CONTACT_RELATIONS)
        _add_contact(story, relation, organisation=None)
    elif roll < 0.30:
        story.has_guardian = True
        _add_contact(story, "edunvalvoja", organisation=GUARDIAN_ORGANISATION)
    elif roll < 0.34:
        relation, organisation = story.rng.choice(PROFESSIONAL_CONTACTS)
        _add_contact(story, relation, organisation=organisation)


def _add_contact(story: Story, relation: str, organisation: str | None) -> None:
    rng = story.rng
    female = rng.random() < 0.6
    name = f"{first_name(rng, FINNISH, female)} {last_name(rng, FINNISH, female)}"
    story.batch.add(
        ContactPerson(
            id=new_id(),
            client_id=story.client.id,
            name=name,
            relation=relation,
            phone=mobile_number(rng),
            organisation=organisation,
        )
    )


def _intake_date(story: Story) -> date:
    """Recent intakes for some; the rest spread over nine years, more of them recent."""
    rng = story.rng
    if rng.random() < 0.15:
        intake = story.today - timedelta(days=rng.randint(3, 200))
    else:
        intake = story.today - timedelta(days=200 + int(3085 * rng.random() ** 1.6))
    adult_on = add_months(story.client.birth_date, 12 * 18)
    return min(max(intake, adult_on), story.today - timedelta(days=3))


def _settle_address(story: Story) -> None:
    """The current home; without one, half give where they stay for the time being."""
    if story.home is None and story.rng.random() < 0.5:
        street, address = street_address(story.rng)
        story.home = (address, street.postal_code)
    if story.home is not None:
        story.client.street_address, story.client.postal_code = story.home
