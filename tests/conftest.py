"""Shared fixtures. Every test runs with its own user directories, never the real ones."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

# Before anything imports platformdirs or Qt: a private home for every user directory.
_SANDBOX = Path(tempfile.mkdtemp(prefix="astu-test-home-"))
atexit.register(shutil.rmtree, _SANDBOX, ignore_errors=True)
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = str(_SANDBOX / _variable.lower())
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("ASTU_PASSPHRASE", None)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from astu_desktop.store.casestore import CaseStore  # noqa: E402
from astu_desktop.ui.collector import collect_on_gui_thread  # noqa: E402
from tests.support import new_store  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

# Store round trips include fsyncs whose time varies with the disk: no per-example deadline.
settings.register_profile("astu", deadline=None, print_blob=True)
settings.load_profile("astu")


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> Iterator[QApplication]:
    """pytest-qt's application, collecting cycles on its GUI thread only, as the app does
    (a cycle holding a Qt object, freed by a collection on the store worker, can crash)."""
    collector = collect_on_gui_thread(qapp)
    yield qapp
    collector.stop()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "cases" / "astu.db"


@pytest.fixture
def store(store_path: Path) -> Iterator[CaseStore]:
    opened = new_store(store_path)
    yield opened
    opened.lock()


@pytest.fixture
def sandbox_home() -> Path:
    """The private folder that stands in for the user's data, config and cache folders."""
    return _SANDBOX
