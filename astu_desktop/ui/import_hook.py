"""Keep PySide6's import hook from reading the source of every module imported after it.

Importing PySide6 replaces `builtins.__import__` with a hook that, for each module
imported from then on, reads its whole source (`inspect.getsource`) to see whether
it mentions "PySide6", the test for opting into `from __feature__ import ...`. The
source lines stay in `linecache` for the life of the process: for this application's
imports (SQLAlchemy, Alembic, ReportLab, pydantic, ...) 45 MB of resident memory
and half a second of the main window's import (measured here; napari#8584 saw the
same). ASTU uses no `__feature__` option, so every module is answered "does not opt
in" without reading it; PySide6 then keeps the default selection, which is what it
gives a module that does mention it.

The hook's helper is private to shiboken. If a PySide6 release renames it, nothing
is replaced and only the cost comes back; tests/gui/test_start_imports.py notices.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401 - installs the hook (shibokensupport.feature)

_FEATURE_MODULE = "shibokensupport.feature"
_SOURCE_SCAN = "_mod_uses_pyside"


def stop_source_scans() -> bool:
    """Answer the hook's per-import question without reading source; True when done."""
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _SOURCE_SCAN, None)):
        return False
    setattr(feature, _SOURCE_SCAN, _opts_into_no_feature)
    return True


def _opts_into_no_feature(_module: ModuleType) -> bool:
    return False
