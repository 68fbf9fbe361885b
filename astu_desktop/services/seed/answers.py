"""Answers to a form definition that a signing accepts, drawn from a generator."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any, assert_never

from astu_desktop.services.seed.data.answers import ANSWER_TEXTS_FI, ANSWER_TEXTS_GENERIC
from astu_protocol.forms import FieldDef, FieldType, FormDefinition
from astu_protocol.service_day import service_today


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
    return _AnswerFiller(rng, language, around or service_today()).fill(form.all_fields())


class _AnswerFiller:
    def __init__(self, rng: random.Random, language: str, around: date) -> None:
        self.rng = rng
        self.language = language
        self.around = around

    def fill(self, fields: Sequence[FieldDef]) -> dict[str, Any]:
        answers: dict[str, Any] = {}
        for current in _in_dependency_order(fields):
            if _visible(current, answers) and (current.required or self.rng.random() < 0.8):
                value = self.value(current, answers)
                if value is not None:
                    answers[current.key] = value
        return answers

    def value(self, spec: FieldDef, answers: dict[str, Any] | None = None) -> Any:
        rng = self.rng
        match spec.type:  # every type a case: mypy names a missing one (assert_never)
            case FieldType.SHORT_TEXT | FieldType.LONG_TEXT:
                return self._text(spec)
            case FieldType.SINGLE_CHOICE:
                return rng.choice(spec.options).value
            case FieldType.MULTIPLE_CHOICE:
                return self._choices(spec)
            case FieldType.DATE:
                return self._date(spec, answers or {}).isoformat()
            case FieldType.NUMBER:
                return _bounded_int(rng, spec.min, spec.max, default_high=20)
            case FieldType.MONEY:
                return _money(rng, spec)
            case FieldType.SCALE:
                return rng.choices(range(1, 6), weights=(1, 2, 4, 4, 2))[0]
            case FieldType.YES_NO:
                return rng.random() < 0.5
            case FieldType.REPEATING_GROUP:
                return [self.fill(spec.fields) for _ in range(rng.randint(1, 3))]
            case unknown:
                assert_never(unknown)

    def _date(self, spec: FieldDef, answers: dict[str, Any]) -> date:
        """Before the document for "since", after it for due and review dates, else near it.

        A date that follows another (received after requested, a review within six
        months of the start) is drawn after that one, and never in the future where
        only the past makes sense.
        """
        order = spec.follows
        earlier = answers.get(order.field) if order is not None else None
        if order is not None and isinstance(earlier, str) and len(earlier) == 10:
            start = date.fromisoformat(earlier)
            longest = order.within_months * 28 if order.within_months else 60
            day = start + timedelta(days=self.rng.randint(1 if order.strictly else 0, longest))
        else:
            day = self._date_near(spec.key)
        return min(day, self.around) if spec.past_only else day

    def _date_near(self, key: str) -> date:
        if "since" in key:
            return self.around - timedelta(days=self.rng.randint(30, 720))
        if any(word in key for word in ("due", "next", "review")):
            return self.around + timedelta(days=self.rng.randint(30, 180))
        return self.around + timedelta(days=self.rng.randint(-60, 0))

    def _choices(self, spec: FieldDef) -> list[str] | None:
        if not spec.options:
            return None
        count = self.rng.randint(1, min(3, len(spec.options)))
        chosen = self.rng.sample(spec.options, count)
        exclusive = [option.value for option in chosen if option.exclusive]
        return exclusive[:1] or [option.value for option in chosen]

    def _text(self, spec: FieldDef) -> str:
        sentences = _sentences_for(spec.key, self.language)
        count = 1 if spec.type == FieldType.SHORT_TEXT else self.rng.randint(1, 3)
        text = " ".join(self.rng.sample(sentences, min(count, len(sentences))))
        return text[: spec.text_limit()].rstrip()


def _in_dependency_order(fields: Sequence[FieldDef]) -> Iterator[FieldDef]:
    """Each field after the field its condition points at (conditions may point ahead).

    Fields whose controllers never get decided (a cycle) are left out.
    """
    pending = list(fields)
    progressed = True
    while pending and progressed:
        progressed = False
        for current in list(pending):
            if not _waits_for_controller(current, pending):
                pending.remove(current)
                progressed = True
                yield current


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


def _sentences_for(key: str, language: str) -> tuple[str, ...]:
    if language == "fi":
        for topic, sentences in ANSWER_TEXTS_FI.items():
            if topic in key:
                return sentences
    return ANSWER_TEXTS_GENERIC.get(language, ANSWER_TEXTS_GENERIC["fi"])


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
