"""Form documents: drafting, signing and amending the three forms of the job.

A draft may be saved half-filled at any point of a home visit; `required` only counts
when the worker signs. A signed document is a record of what was agreed and never
changes: a correction is an amendment, a new draft that supersedes the signed one and
starts from its answers. Every document is validated against the form version it was
written on, so an old document stays valid after the form changes.

Functions take the caller's session and never commit; they flush so that ids exist
and database refusals surface inside the caller's action.
"""

from __future__ import annotations

import copy
from datetime import date, datetime
from typing import Any

from sqlalchemy import Exists, and_, exists, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from astu_desktop.models import FormDocument
from astu_protocol.codes import DocumentStatus, FormKey
from astu_protocol.dates import add_months as add_months
from astu_protocol.forms import (
    AnswerError,
    FieldType,
    FormDefinition,
    definition,
    validate_answers,
    visible_answers,
)
from astu_protocol.service_day import service_day

SERVICE_PLAN_PERIOD_MONTHS = 6
AMENDMENT_REASON_MAX = 400
_SCORE_SUFFIX = "_score"


class DocumentError(Exception):
    """Base of the refusals a user can meet when working on a document."""


class DocumentNotFound(DocumentError, LookupError):
    pass


class DocumentSigned(DocumentError):
    """A signed document cannot change; amend it instead."""


class DocumentNotSigned(DocumentError):
    """Only a signed document is amended; a draft is simply edited."""


class DocumentSuperseded(DocumentError):
    """This version already has an amendment; continue from the newest version."""


class DocumentInvalid(DocumentError):
    """The answers do not fit the form; `errors` says where (path) and what (problem)."""

    def __init__(self, errors: list[AnswerError]) -> None:
        self.errors = errors
        listed = ", ".join(f"{error.path}: {error.problem.value}" for error in errors)
        super().__init__(f"{len(errors)} answer problem(s): {listed}")


class AmendmentReasonInvalid(DocumentError, ValueError):
    """An amendment needs a reason of at most AMENDMENT_REASON_MAX characters."""


# -- writing ------------------------------------------------------------------------


def create_draft(
    session: Session,
    *,
    client_id: str,
    form_key: FormKey,
    author_id: str | None,
    answers: dict[str, Any] | None = None,
    today: date,
) -> FormDocument:
    """Start a document on the newest version of the form."""
    form = definition(form_key)
    answers = copy.deepcopy(answers or {})
    _require_valid(form, answers, for_signing=False)
    document = FormDocument(
        client_id=client_id,
        form_key=form_key,
        form_version=form.version,
        answers=answers,
        status=DocumentStatus.DRAFT,
        version_no=1,
        author_id=author_id,
        document_date=today,
    )
    session.add(document)
    session.flush()
    return document


def save_draft(session: Session, document_id: str, answers: dict[str, Any]) -> FormDocument:
    """Replace the draft's answers; incomplete answers are fine, wrong ones are not."""
    document = _editable(session, document_id)
    answers = copy.deepcopy(answers)
    _require_valid(form_of(document), answers, for_signing=False)
    document.answers = answers
    session.flush()
    return document


def sign(session: Session, document_id: str, *, worker_id: str, now: datetime) -> FormDocument:
    """Freeze the document; from here on only an amendment can correct it."""
    if now.tzinfo is None:
        raise ValueError("signing time must be timezone-aware")
    document = _editable(session, document_id)
    form = form_of(document)
    _require_valid(form, document.answers, for_signing=True, today=service_day(now))
    document.answers = visible_answers(form, document.answers)
    document.status = DocumentStatus.SIGNED
    document.signed_by_id = worker_id
    document.signed_at = now
    if document.form_key == FormKey.SERVICE_PLAN:
        document.review_due = service_plan_review_due(document.answers, document.document_date)
    session.flush()
    return document


def amend(
    session: Session, document_id: str, *, author_id: str | None, reason: str, today: date
) -> FormDocument:
    """A new draft that supersedes a signed document, starting from its answers.

    The amendment keeps the form version of the document it corrects, so the copied
    answers mean what they meant when they were signed.
    """
    reason = reason.strip()
    if not reason or len(reason) > AMENDMENT_REASON_MAX:
        raise AmendmentReasonInvalid()
    old = _get(session, document_id)
    if not old.is_signed:
        raise DocumentNotSigned()
    if is_superseded(session, old.id):
        raise DocumentSuperseded()
    amendment = FormDocument(
        client_id=old.client_id,
        form_key=old.form_key,
        form_version=old.form_version,
        answers=copy.deepcopy(old.answers),
        status=DocumentStatus.DRAFT,
        version_no=old.version_no + 1,
        supersedes_id=old.id,
        author_id=author_id,
        document_date=today,
        amendment_reason=reason,
    )
    session.add(amendment)
    session.flush()
    return amendment


def discard_draft(session: Session, document_id: str, *, now: datetime) -> None:
    """Tombstone an unsigned draft (e.g. an amendment that turned out unnecessary)."""
    document = _editable(session, document_id)
    document.deleted_at = now
    session.flush()


# -- reading ------------------------------------------------------------------------


def get_document(session: Session, document_id: str) -> FormDocument:
    return _get(session, document_id)


def history(session: Session, document_id: str) -> list[FormDocument]:
    """Every live version of the document, first version first.

    Two laptops may amend the same signed version while offline; both amendments are
    then listed, ordered by version number and creation.
    """
    first = _get(session, document_id)
    while first.supersedes_id is not None:
        first = _get(session, first.supersedes_id)
    chain = [first]
    frontier = [first.id]
    while frontier:
        found = list(_amendments_of(session, frontier))
        chain += found
        frontier = [document.id for document in found]
    return sorted(chain, key=lambda document: (document.version_no, document.id))


def form_of(document: FormDocument) -> FormDefinition:
    """The definition the document was written on (not necessarily the newest)."""
    return definition(document.form_key, document.form_version)


# -- form-specific helpers ------------------------------------------------------------


def living_skills_scores(answers: dict[str, Any]) -> dict[str, int]:
    """The 1-5 rating of each living-skills area that has one, keyed by area.

    Read from the `<area>_score` keys of the answers rather than from one version of
    the form, so documents written on any version give their scores.
    """
    return {
        key.removesuffix(_SCORE_SUFFIX): value
        for key, value in answers.items()
        if key.endswith(_SCORE_SUFFIX) and isinstance(value, int) and not isinstance(value, bool)
    }


def living_skills_areas(form: FormDefinition | None = None) -> list[str]:
    """The areas of the living-skills check in the order of the form."""
    form = form or definition(FormKey.LIVING_SKILLS_CHECK)
    return [
        field.key.removesuffix(_SCORE_SUFFIX)
        for field in form.all_fields()
        if field.type == FieldType.SCALE and field.key.endswith(_SCORE_SUFFIX)
    ]


def service_plan_review_due(answers: dict[str, Any], document_date: date) -> date:
    """The agreed review date, or six months from the plan when none was agreed."""
    agreed = answers.get("review_date")
    if isinstance(agreed, str):
        return date.fromisoformat(agreed)
    return add_months(document_date, SERVICE_PLAN_PERIOD_MONTHS)


# -- internals -------------------------------------------------------------------------


def _get(session: Session, document_id: str) -> FormDocument:
    document = session.get(FormDocument, document_id)
    if document is None or document.is_deleted:
        raise DocumentNotFound()
    return document


def _editable(session: Session, document_id: str) -> FormDocument:
    document = _get(session, document_id)
    if document.is_signed:
        raise DocumentSigned()
    return document


def _require_valid(
    form: FormDefinition, answers: dict[str, Any], *, for_signing: bool, today: date | None = None
) -> None:
    errors = validate_answers(form, answers, for_signing=for_signing, today=today)
    if errors:
        raise DocumentInvalid(errors)


def _superseding_exists(document_id: InstrumentedAttribute[str] | str) -> Exists:
    newer = aliased(FormDocument)
    return exists().where(and_(newer.supersedes_id == document_id, newer.deleted_at.is_(None)))


def is_superseded(session: Session, document_id: str) -> bool:
    """A newer live version exists: amending this one again would fork the history."""
    return bool(session.scalar(select(_superseding_exists(document_id))))


def _amendments_of(session: Session, document_ids: list[str]) -> list[FormDocument]:
    query = select(FormDocument).where(
        FormDocument.supersedes_id.in_(document_ids), FormDocument.deleted_at.is_(None)
    )
    return list(session.scalars(query))
