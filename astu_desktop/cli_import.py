"""`astu-desktop import FILE`: report every bad row by line, or import all and log it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from astu_desktop.messages import message
from astu_desktop.problem_texts import field_text, problem_text
from astu_desktop.services.accesslog import record_access
from astu_desktop.services.clients import ROW
from astu_desktop.services.importer import (
    BadRow,
    ImportFileUnreadable,
    ImportRejected,
    import_clients,
)
from astu_desktop.store import space
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import AccessAction

EXIT_OK = 0
EXIT_FAILED = 1
MAX_ROWS_LISTED = 200


def import_file(store: CaseStore, path: Path, say: Callable[[str], None]) -> int:
    space.ensure_room(store.paths.database.parent, space.room_for_import(store.paths, path))
    try:
        with store.session() as session, session.begin():
            result = import_clients(session, path)
            for client_id in result.client_ids:
                record_access(session, action=AccessAction.IMPORT, client_id=client_id)
    except ImportRejected as rejected:
        say(message("import_rejected", count=len(rejected.bad_rows)))
        for row in rejected.bad_rows[:MAX_ROWS_LISTED]:
            say(message("import_row", line=_where(row), problems=_describe(row)))
        if len(rejected.bad_rows) > MAX_ROWS_LISTED:
            say(f"  … (+{len(rejected.bad_rows) - MAX_ROWS_LISTED})")
        return EXIT_FAILED
    except ImportFileUnreadable as unreadable:
        reason = problem_text(unreadable.reason.value)
        if unreadable.line is not None:
            reason = f"{reason}, {message('import_row', line=unreadable.line, problems='')}"
            reason = reason.rstrip(": ").replace("  ", " ")
        say(message("import_unreadable", reason=reason))
        return EXIT_FAILED
    say(message("import_done", count=result.created))
    return EXIT_OK


def _where(row: BadRow) -> str:
    return str(row.line) if row.line is not None else f"#{row.index}"


def _describe(row: BadRow) -> str:
    parts = []
    for field, codes in row.problems.items():
        texts = ", ".join(problem_text(code) for code in codes)
        parts.append(texts if field == ROW else f"{field_text(field)}: {texts}")
    return "; ".join(parts)
