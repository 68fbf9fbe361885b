"""The editor's tests here meet what the offscreen platform cannot do, as in forms/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import _OFFSCREEN_ONLY
from tests.gui.forms.conftest import _OFFSCREEN_RAISE


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            ignored = pytest.mark.qt_log_ignore(_OFFSCREEN_ONLY, _OFFSCREEN_RAISE, extend=True)
            item.add_marker(ignored, append=False)  # pytest-qt reads the first marker only
