"""The record's store work as plain functions, run on the background worker.

Each call is one transaction; nothing from the session leaves it except the frozen
record, so the GUI thread never touches an ORM object of a closed session.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from astu_desktop.services.clients import ClientNotFound
from astu_desktop.services.episode_actions import ProcessStepRefused
from astu_desktop.ui.errors import describe

_CONTEXT = "RecordProblems"
_REFUSALS = {
    "sas_already_open": QT_TRANSLATE_NOOP("RecordProblems", "A SAS process is already open."),
    "no_open_sas": QT_TRANSLATE_NOOP("RecordProblems", "Start a SAS process first."),
    "placement_needs_housing_and_queue": QT_TRANSLATE_NOOP(
        "RecordProblems", "A decision to place names the housing and the queue."
    ),
    "no_decision_to_place": QT_TRANSLATE_NOOP(
        "RecordProblems", "An offer needs a SAS decision to place the client."
    ),
    "offer_already_answered": QT_TRANSLATE_NOOP(
        "RecordProblems", "The client has already answered this offer."
    ),
    "offer_not_accepted": QT_TRANSLATE_NOOP(
        "RecordProblems", "The client moves in only after accepting the offer."
    ),
    "tenancy_still_current": QT_TRANSLATE_NOOP(
        "RecordProblems", "End the current tenancy before recording a new move-in."
    ),
    "tenancy_already_ended": QT_TRANSLATE_NOOP("RecordProblems", "This tenancy has already ended."),
    "ends_before_move_in": QT_TRANSLATE_NOOP(
        "RecordProblems", "A tenancy cannot end before the move-in."
    ),
    "episode_already_ended": QT_TRANSLATE_NOOP("RecordProblems", "This service has already ended."),
    "ends_before_start": QT_TRANSLATE_NOOP(
        "RecordProblems", "A service cannot end before it started."
    ),
    "episode_not_starting": QT_TRANSLATE_NOOP("RecordProblems", "The work has already started."),
    "episode_already_open": QT_TRANSLATE_NOOP(
        "RecordProblems", "The client already has an open episode of this service."
    ),
    "start_in_future": QT_TRANSLATE_NOOP("RecordProblems", "A service cannot start in the future."),
    "rent_debt_already_open": QT_TRANSLATE_NOOP(
        "RecordProblems", "A rent-debt follow-up is already open."
    ),
    "notice_after_start": QT_TRANSLATE_NOOP(
        "RecordProblems", "The landlord's notice cannot come after the follow-up started."
    ),
    "plan_needs_instalments": QT_TRANSLATE_NOOP(
        "RecordProblems", "A payment plan needs at least one instalment."
    ),
    "before_follow_up_start": QT_TRANSLATE_NOOP(
        "RecordProblems", "The date cannot be before the follow-up started."
    ),
    "instalment_before_plan": QT_TRANSLATE_NOOP(
        "RecordProblems", "An instalment cannot fall due before the plan was agreed."
    ),
    "plan_exceeds_debt": QT_TRANSLATE_NOOP(
        "RecordProblems", "The instalments add up to more than is still owed."
    ),
    "payment_exceeds_debt": QT_TRANSLATE_NOOP(
        "RecordProblems", "The payment is more than is still owed."
    ),
    "summary_too_long": QT_TRANSLATE_NOOP("RecordProblems", "At most 400 characters."),
    "decision_already_made": QT_TRANSLATE_NOOP(
        "RecordProblems", "This application has already been decided."
    ),
    "decision_needs_outcome": QT_TRANSLATE_NOOP(
        "RecordProblems", "Choose whether the application was granted or denied."
    ),
    "decided_before_applied": QT_TRANSLATE_NOOP(
        "RecordProblems", "A decision cannot come before the application."
    ),
    "amount_only_when_granted": QT_TRANSLATE_NOOP(
        "RecordProblems", "A sum belongs only to a granted application."
    ),
    "debt_not_paid": QT_TRANSLATE_NOOP(
        "RecordProblems", "Part of the debt is still owed; choose another outcome."
    ),
    "follow_up_ended": QT_TRANSLATE_NOOP(
        "RecordProblems", "This follow-up has ended; start a new one if needed."
    ),
    "bad_sum": QT_TRANSLATE_NOOP("RecordProblems", "The sum is too large."),
    "sum_not_positive": QT_TRANSLATE_NOOP("RecordProblems", "The sum must be more than zero."),
    "not_found": QT_TRANSLATE_NOOP(
        "RecordProblems", "This entry is no longer in the store. Reload the record."
    ),
}
_GONE = QT_TRANSLATE_NOOP("RecordProblems", "This client is no longer in the store.")


def failure_text(error: BaseException) -> str:
    """A sentence for the worker; unexpected failures are logged (without personal data)."""
    if isinstance(error, ClientNotFound):
        return QCoreApplication.translate(_CONTEXT, str(_GONE))
    if isinstance(error, ProcessStepRefused) and error.reason in _REFUSALS:
        return QCoreApplication.translate(_CONTEXT, str(_REFUSALS[error.reason]))
    return describe(error)
