"""Form documents of a client: signed answer sets, and service plans with their reviews."""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from astu_desktop.models import FormDocument, Placement
from astu_desktop.models.base import new_id
from astu_desktop.services.documents import add_months
from astu_desktop.services.seed.answers import synthetic_answers
from astu_desktop.services.seed.story import VISIT_HISTORY_DAYS, Story
from astu_protocol.codes import DocumentStatus, FormKey
from astu_protocol.forms import FormDefinition, definition
from astu_protocol.service_day import at_helsinki


def available_forms() -> dict[FormKey, FormDefinition]:
    """The shipped definitions; a form without one gets no documents."""
    found: dict[FormKey, FormDefinition] = {}
    for key in FormKey:
        try:
            found[key] = definition(key)
        except LookupError:
            continue
    return found


def add_document(
    story: Story,
    key: FormKey,
    on: date,
    author: str | None,
    *,
    review_due: date | None = None,
    facts: Mapping[str, Any] | None = None,
) -> FormDocument | None:
    """Signed, except that a document of the last month is sometimes still a draft."""
    form = story.ctx.forms.get(key)
    if form is None:
        return None
    answers = _with_facts(form, synthetic_answers(form, story.rng, around=on), facts)
    draft = (story.today - on).days <= 30 and story.rng.random() < 0.4
    if draft:
        answers = _partly_filled(story.rng, answers)
    document = FormDocument(
        id=new_id(),
        client_id=story.client.id,
        form_key=key,
        form_version=form.version,
        answers=answers,
        status=DocumentStatus.DRAFT if draft else DocumentStatus.SIGNED,
        version_no=1,
        author_id=author,
        document_date=on,
        signed_by_id=None if draft else author,
        signed_at=None if draft else _signing_time(story, on),
        review_due=review_due,
    )
    story.batch.add(document)
    return document


def add_service_plans(
    story: Story, placement: Placement, author: str | None, until: date | None
) -> None:
    """A plan for the first six months, then one at every review while support goes on."""
    last = min(until or story.today, story.today)
    on = placement.move_in_on + story.days(3, 21)
    first = True
    while on <= last:
        review_due = add_months(on, 6)
        if first or (story.today - on).days <= VISIT_HISTORY_DAYS:
            facts = {"plan_start": on.isoformat(), "review_date": review_due.isoformat()}
            add_document(
                story, FormKey.SERVICE_PLAN, on, author, review_due=review_due, facts=facts
            )
        first = False
        on = review_due + story.days(-14, 21)


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


def _partly_filled(rng: random.Random, answers: dict[str, Any]) -> dict[str, Any]:
    """A draft still lacks some answers."""
    return {key: value for key, value in answers.items() if rng.random() < 0.6}


def _signing_time(story: Story, on: date) -> datetime:
    """Within two days of the document date (never after today), in office hours."""
    day = min(on + story.days(0, 2), story.today)
    moment = time(story.rng.randint(9, 16), story.rng.randint(0, 59))
    return at_helsinki(day, moment)
