"""The unlock dialog is painted before the store, the main window and the documents load.

Process start to a painted unlock dialog is the first wait of a worker's day; the bench
measures it (`make bench`, goal <= 3x a bare PySide6 window). What keeps it small is
what the dialog's modules import, so this counts modules, not milliseconds: a new
top-level import of the database or document code in the start path fails here.
"""

from __future__ import annotations

import json
import subprocess
import sys

LOADED_LATER = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "argon2",
    "httpx",
    "astu_desktop.models",
    "astu_desktop.store.casestore",
    "astu_desktop.sync",
    "astu_desktop.reports",
    "astu_desktop.ui.main_window",
)

_PROBE = """
import json, sys
import astu_desktop.app
from astu_desktop.ui.start import StartFlow
from astu_desktop.ui.unlock_dialog import UnlockDialog
print(json.dumps(sorted(sys.modules)))
"""


def test_the_unlock_dialogs_modules_load_no_database_window_or_document_code() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    )
    loaded = json.loads(result.stdout)
    early = [
        name
        for name in loaded
        if any(name == later or name.startswith(later + ".") for later in LOADED_LATER)
    ]
    assert early == []


_SOURCES_PROBE = """
import json, linecache
import astu_desktop.ui.main_window
print(json.dumps([name for name in linecache.cache if name.endswith(".py")]))
"""


def test_importing_the_main_window_keeps_no_module_source_in_memory() -> None:
    """PySide6's import hook would read and keep every module's source (45 MB here)."""
    result = subprocess.run(
        [sys.executable, "-c", _SOURCES_PROBE], capture_output=True, text=True, check=True
    )
    kept = json.loads(result.stdout)
    assert [name for name in kept if "sqlalchemy" in name or "reportlab" in name] == []
    assert len(kept) <= 5
