"""The words of the sync as a worker reads them: failures, refusals, records and fields.

Protocol codes (`server_unreachable`, `not_permitted`, `street_address`) are never
shown; each is translated here at the moment of display, like `ui.labels`, so a
language switch re-words the status bar and the conflict list at once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from astu_desktop.reports.kept_work_pdf import RecordNames
from astu_desktop.store import space
from astu_desktop.ui.i18n import compiled_translation

_CONTEXT = "SyncTexts"

_INSECURE = QT_TRANSLATE_NOOP(
    "SyncTexts",
    "The server address must start with https://. Only a server on this computer may use http://.",
)

_FAILURES = {
    "server_unreachable": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The server cannot be reached. Your changes are kept on this computer and are sent "
        "when the connection works again.",
    ),
    "sync_unauthorised": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The server no longer accepts this computer's sign-in. Ask the administrator to "
        "check your account.",
    ),
    "insecure_server": _INSECURE,
    "server_refused": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The server refused the sync. Your changes are kept on this computer; "
        "it is tried again later.",
    ),
    "update_required": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The server has been updated and no longer speaks this version of ASTU Desktop. Your "
        "changes are kept on this computer; update ASTU Desktop, and they are sent at the "
        "next sync.",
    ),
    "device_revoked": QT_TRANSLATE_NOOP(
        "SyncTexts", "This computer has been taken out of use by the administrator."
    ),
    "not_enrolled": QT_TRANSLATE_NOOP("SyncTexts", "This computer is not connected to a server."),
    "sync_failed": QT_TRANSLATE_NOOP(
        "SyncTexts", "The sync did not finish. Your changes are kept on this computer."
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "This computer's disk is full, so the sync stopped. Everything saved before, and "
        "what the sync received before it stopped, is safe. Free disk space until at least "
        "%1 MB is free; the sync then goes on from where it stopped.",
    ),
    "not_enough_room": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "There is not enough free disk space on this computer for the sync, so it did not "
        "start. Everything saved is safe. Free disk space until at least %1 MB is free; the "
        "sync then goes on by itself.",
    ),
    "storage_failed": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The sync stopped: this computer's disk could not be written to (a disk error, or it "
        "is read-only). Everything saved before is safe. If it happens again, contact support.",
    ),
}

# The status bar has room for a few words; the sentences above are its tooltip.
_SHORT_FAILURES = {
    "server_unreachable": QT_TRANSLATE_NOOP("SyncTexts", "The server does not answer."),
    "sync_unauthorised": QT_TRANSLATE_NOOP("SyncTexts", "The server refuses this computer."),
    "insecure_server": QT_TRANSLATE_NOOP("SyncTexts", "The server's address is not secure."),
    "server_refused": QT_TRANSLATE_NOOP("SyncTexts", "The server refused the sync."),
    "update_required": QT_TRANSLATE_NOOP("SyncTexts", "Update ASTU Desktop to sync."),
    "device_revoked": QT_TRANSLATE_NOOP("SyncTexts", "This computer was taken out of use."),
    "not_enrolled": QT_TRANSLATE_NOOP("SyncTexts", "Not connected to a server."),
    "sync_failed": QT_TRANSLATE_NOOP("SyncTexts", "The sync did not finish."),
    "disk_full": QT_TRANSLATE_NOOP("SyncTexts", "The disk is full: the sync stopped."),
    "not_enough_room": QT_TRANSLATE_NOOP("SyncTexts", "Too little disk space to sync."),
    "storage_failed": QT_TRANSLATE_NOOP("SyncTexts", "The disk cannot be written to."),
}

_ENROL_FAILURES = {
    "unauthorized": QT_TRANSLATE_NOOP(
        "SyncTexts", "Wrong username, password or enrolment code (a code is used only once)."
    ),
    "user_disabled": QT_TRANSLATE_NOOP(
        "SyncTexts", "This account has been disabled. Ask the administrator."
    ),
    "role_cannot_sync": QT_TRANSLATE_NOOP(
        "SyncTexts", "This account cannot use a laptop: it is not a worker's or a team lead's."
    ),
    "rate_limited": QT_TRANSLATE_NOOP(
        "SyncTexts", "Too many failed sign-ins from this computer. Try again in a few minutes."
    ),
    "already_enrolled": QT_TRANSLATE_NOOP(
        "SyncTexts", "This computer is already connected to the server."
    ),
    "server_unreachable": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The server cannot be reached. Check the address and the network connection.",
    ),
    "insecure_server": _INSECURE,
    "update_required": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "This version of ASTU Desktop is too old for the server. Update ASTU Desktop, then "
        "connect again.",
    ),
}

_REFUSALS = {
    "not_permitted": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "You may not change this record: the client is not on your caseload. If the client "
        "should be yours, ask your team lead to assign the client to you; the change stays "
        "on this computer.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Staff details are kept on the server and cannot be changed here. Ask the "
        "administrator to correct them.",
    ),
    "unknown_table": QT_TRANSLATE_NOOP(
        "SyncTexts", "The server does not know this kind of record: update ASTU Desktop."
    ),
    "unknown_field": QT_TRANSLATE_NOOP(
        "SyncTexts", "The server does not know a field of this record: update ASTU Desktop."
    ),
    "invalid_value": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The server did not accept a value of this record. Correct the value named here in "
        "the record and save it again.",
    ),
    "missing_fields": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Required information is missing. Fill in what is named here in the record and save "
        "it again.",
    ),
    "duplicate": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The same record already exists on the server (e.g. the same client twice). Check "
        "the client's record after the next sync, and tell support if something is missing.",
    ),
    "left_scope": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The client left your caseload before this change reached the server. It is kept "
        "here until someone decides (tell your team lead).",
    ),
    "lead_only": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Only a team lead of the client's team may do this (approve or return a document, "
        "hand a client over to another worker). Ask your team lead.",
    ),
    "missing_reference": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "This record refers to another record that is not on the server (it was refused "
        "too, or never sent). Find that record in this list and correct it first; then "
        "record this change again.",
    ),
    "missing_parent": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The client or visit this record belongs to is not on the server (it was refused or "
        "removed). Find it in this list and correct it first; tell support if the client "
        "was removed.",
    ),
    "other_person": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The record names another worker as the one who wrote, signed, recorded or decided "
        "it; the server accepts only your own name.",
    ),
    "signing_time": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The signing time is in the future or before the document was made. Check the "
        "computer's clock.",
    ),
    "not_team_worker": QT_TRANSLATE_NOOP(
        "SyncTexts", "A worker named on the visit does not work in the client's team."
    ),
    "locked": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The visit was changed after its living-skills check was signed: a signed check "
        "locks its visit. Write what needs correcting in a new version of the check.",
    ),
}

# The limit a value broke (astu_protocol.values.ValueProblem): why the server refused a
# record, or why the record could not be saved here in the first place.
_VALUE_PROBLEMS = {
    "not_unicode": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "A text holds characters that cannot be stored (control characters or broken text).",
    ),
    "line_break": QT_TRANSLATE_NOOP(
        "SyncTexts", "A name or another one-line text holds a line break."
    ),
    "too_long": QT_TRANSLATE_NOOP("SyncTexts", "A text is longer than the field allows."),
    "out_of_range": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "A number, date or time is outside its allowed range (dates from 1900 to 2100).",
    ),
    "not_a_date": QT_TRANSLATE_NOOP(
        "SyncTexts", "A date or time is not in a valid form, or its time zone is missing."
    ),
    "unknown_code": QT_TRANSLATE_NOOP("SyncTexts", "A choice is not one of the allowed options."),
    "invalid_hetu": QT_TRANSLATE_NOOP("SyncTexts", "The identity code is not valid."),
    "too_large": QT_TRANSLATE_NOOP("SyncTexts", "The document is too large (at most 256 KiB)."),
    "invalid_answers": QT_TRANSLATE_NOOP(
        "SyncTexts", "The answers do not fit the form or its version."
    ),
    "wrong_type": QT_TRANSLATE_NOOP("SyncTexts", "A value is missing or not of the right kind."),
}
_VALUE_PROBLEMS["control_characters"] = _VALUE_PROBLEMS["not_unicode"]
_VALUE_PROBLEMS["no_time_zone"] = _VALUE_PROBLEMS["not_a_date"]
_VALUE_PROBLEMS["missing"] = _VALUE_PROBLEMS["not_an_id"] = _VALUE_PROBLEMS["wrong_type"]
_VALUE_REASON = "value_"  # a refusal's reason for a bad value: value_<problem>

_RECEIVED = {
    "received_invalid": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "This record came from the server with a value this computer cannot store. "
        "It was set aside; everything else was received.",
    ),
    "withheld": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The server could not send this record (a value stored there is damaged). "
        "Please tell support; everything else was received.",
    ),
}
_NOT_SAVED = QT_TRANSLATE_NOOP("SyncTexts", "This could not be saved (%1). %2 Nothing was changed.")

_TABLES = {
    "client": QT_TRANSLATE_NOOP("SyncTexts", "Client details"),
    "contact_person": QT_TRANSLATE_NOOP("SyncTexts", "Contact person"),
    "form_document": QT_TRANSLATE_NOOP("SyncTexts", "Document"),
    "service_episode": QT_TRANSLATE_NOOP("SyncTexts", "Service"),
    "document_review": QT_TRANSLATE_NOOP("SyncTexts", "Approval of a document"),
    "home_visit": QT_TRANSLATE_NOOP("SyncTexts", "Visit"),
    "visit_worker": QT_TRANSLATE_NOOP("SyncTexts", "Worker on a visit"),
    "booked_visit": QT_TRANSLATE_NOOP("SyncTexts", "Booked visit"),
    "booked_visit_worker": QT_TRANSLATE_NOOP("SyncTexts", "Worker on a booked visit"),
    "sas_decision": QT_TRANSLATE_NOOP("SyncTexts", "SAS decision"),
    "housing_offer": QT_TRANSLATE_NOOP("SyncTexts", "Housing offer"),
    "placement": QT_TRANSLATE_NOOP("SyncTexts", "Housing placement"),
    "rent_debt_follow_up": QT_TRANSLATE_NOOP("SyncTexts", "Rent-debt follow-up"),
    "tenancy_ending": QT_TRANSLATE_NOOP("SyncTexts", "End of tenancy"),
    "instalment": QT_TRANSLATE_NOOP("SyncTexts", "Instalment"),
    "partner_contact": QT_TRANSLATE_NOOP("SyncTexts", "Contact with a partner"),
    "rent_debt_decision": QT_TRANSLATE_NOOP("SyncTexts", "Rent-debt decision"),
    "rent_payment": QT_TRANSLATE_NOOP("SyncTexts", "Rent payment"),
    "team": QT_TRANSLATE_NOOP("SyncTexts", "Team"),
    "worker": QT_TRANSLATE_NOOP("SyncTexts", "Worker"),
}

# Field names shared by several records mean the same everywhere (phone, notes, ...).
_FIELDS = {
    "first_names": QT_TRANSLATE_NOOP("SyncTexts", "First names"),
    "last_name": QT_TRANSLATE_NOOP("SyncTexts", "Last name"),
    "hetu": QT_TRANSLATE_NOOP("SyncTexts", "Identity code"),
    "birth_date": QT_TRANSLATE_NOOP("SyncTexts", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("SyncTexts", "Sex"),
    "phone": QT_TRANSLATE_NOOP("SyncTexts", "Phone"),
    "street_address": QT_TRANSLATE_NOOP("SyncTexts", "Street address"),
    "postal_code": QT_TRANSLATE_NOOP("SyncTexts", "Postal code"),
    "city": QT_TRANSLATE_NOOP("SyncTexts", "City"),
    "languages": QT_TRANSLATE_NOOP("SyncTexts", "Languages"),
    "preferred_language": QT_TRANSLATE_NOOP("SyncTexts", "Preferred language"),
    "needs_interpreter": QT_TRANSLATE_NOOP("SyncTexts", "Needs an interpreter"),
    "background_notes": QT_TRANSLATE_NOOP("SyncTexts", "Background"),
    "name": QT_TRANSLATE_NOOP("SyncTexts", "Name"),
    "relation": QT_TRANSLATE_NOOP("SyncTexts", "Relation"),
    "organisation": QT_TRANSLATE_NOOP("SyncTexts", "Organisation"),
    "notes": QT_TRANSLATE_NOOP("SyncTexts", "Notes"),
    "answers": QT_TRANSLATE_NOOP("SyncTexts", "Answers"),
    "status": QT_TRANSLATE_NOOP("SyncTexts", "Status"),
    "document_date": QT_TRANSLATE_NOOP("SyncTexts", "Date"),
    "review_due": QT_TRANSLATE_NOOP("SyncTexts", "Review due"),
    "start_date": QT_TRANSLATE_NOOP("SyncTexts", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("SyncTexts", "End date"),
    "end_reason": QT_TRANSLATE_NOOP("SyncTexts", "Reason for ending"),
    "responsible_worker_id": QT_TRANSLATE_NOOP("SyncTexts", "Responsible worker"),
    "visited_at": QT_TRANSLATE_NOOP("SyncTexts", "Time of the visit"),
    "duration_minutes": QT_TRANSLATE_NOOP("SyncTexts", "Duration (minutes)"),
    "starts_at": QT_TRANSLATE_NOOP("SyncTexts", "Time of the booked visit"),
    "place": QT_TRANSLATE_NOOP("SyncTexts", "Place"),
    "change_reason": QT_TRANSLATE_NOOP("SyncTexts", "Reason for the change"),
    "kind": QT_TRANSLATE_NOOP("SyncTexts", "Kind"),
    "others_present": QT_TRANSLATE_NOOP("SyncTexts", "Others present"),
    "outcome": QT_TRANSLATE_NOOP("SyncTexts", "Outcome"),
    "housing_type": QT_TRANSLATE_NOOP("SyncTexts", "Housing type"),
    "landlord": QT_TRANSLATE_NOOP("SyncTexts", "Landlord"),
    "move_in_on": QT_TRANSLATE_NOOP("SyncTexts", "Moved in"),
    "ended_on": QT_TRANSLATE_NOOP("SyncTexts", "Ended"),
    "amount_cents": QT_TRANSLATE_NOOP("SyncTexts", "Amount"),
    "due_on": QT_TRANSLATE_NOOP("SyncTexts", "Due date"),
    "paid_on": QT_TRANSLATE_NOOP("SyncTexts", "Paid on"),
    "summary": QT_TRANSLATE_NOOP("SyncTexts", "Summary"),
    "reasoning": QT_TRANSLATE_NOOP("SyncTexts", "Reasoning"),
    "deleted_at": QT_TRANSLATE_NOOP("SyncTexts", "Deleted"),
    "client_id": QT_TRANSLATE_NOOP("SyncTexts", "Client"),
    "visit_id": QT_TRANSLATE_NOOP("SyncTexts", "Visit"),
    "living_skills_document_id": QT_TRANSLATE_NOOP("SyncTexts", "Living-skills check"),
}
_OTHER_FIELD = QT_TRANSLATE_NOOP("SyncTexts", "Other information")


def _tr(source: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(source))


def failure_text(code: str | None) -> str:
    """The sentence for a sync failure code (SyncError.code, sync_state.last_error)."""
    text = _tr(_FAILURES.get(code or "", _FAILURES["sync_failed"]))
    return text.replace("%1", str(space.MIN_FREE_BYTES // space.MB))


def short_failure_text(code: str | None) -> str:
    return _tr(_SHORT_FAILURES.get(code or "", _SHORT_FAILURES["sync_failed"]))


def enrol_failure_text(code: str) -> str:
    if code in _ENROL_FAILURES:
        return _tr(_ENROL_FAILURES[code])
    return failure_text(code)


def refusal_text(reason: str) -> str:
    problem = reason.removeprefix(_VALUE_REASON) if reason.startswith(_VALUE_REASON) else None
    source = _REFUSALS.get(reason) or _RECEIVED.get(reason)
    if problem is not None:
        source = _VALUE_PROBLEMS.get(problem)
    return _tr(source) if source is not None else _tr(_REFUSALS["invalid_value"])


def value_problem_text(problem: str) -> str:
    source = _VALUE_PROBLEMS.get(problem)
    return _tr(source) if source is not None else _tr(_REFUSALS["invalid_value"])


def not_saved_text(problems: dict[str, str]) -> str:
    """Why a save was refused before anything was queued: the fields, and the first limit."""
    first = problems[min(problems)]
    return (
        _tr(_NOT_SAVED)
        .replace("%1", fields_label(sorted(problems)))
        .replace("%2", value_problem_text(first))
    )


def record_names(language: str) -> RecordNames:
    """The record and field names in a document's language, which need not be the UI's."""
    translator = QTranslator()
    path = compiled_translation(language)
    if path is None or not translator.load(str(path)):
        return RecordNames()

    def named(catalogue: dict[str, object], code: str) -> str:
        source = catalogue.get(code)
        if source is None:
            return code
        return translator.translate(_CONTEXT, str(source)) or str(source)

    return RecordNames(lambda table: named(_TABLES, table), lambda field: named(_FIELDS, field))


def table_label(table: str) -> str:
    source = _TABLES.get(table)
    return _tr(source) if source is not None else _tr(_OTHER_FIELD)


def field_label(field: str) -> str:
    source = _FIELDS.get(field)
    return _tr(source) if source is not None else _tr(_OTHER_FIELD)


def fields_label(fields: list[str]) -> str:
    return ", ".join(dict.fromkeys(field_label(name) for name in fields))
