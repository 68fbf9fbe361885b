"""A client's language reads as a name in the worker's language, never as a code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from astu_desktop.ui.labels import language_name


@pytest.mark.parametrize(
    ("code", "ui", "shown"),
    [
        ("so", "fi_FI", "somali"),
        ("so", "sv_FI", "somaliska"),
        ("ar", "fi_FI", "arabia"),
        ("ru", "sv_FI", "ryska"),
        ("sv", "fi_FI", "ruotsi"),
        ("SO ", "en_GB", "Somali"),  # as typed in the new-client dialog
        ("xq", "fi_FI", "XQ"),  # no such language: shown as typed
    ],
)
def test_a_language_code_is_shown_by_its_name(code: str, ui: str, shown: str) -> None:
    assert language_name(code, QLocale(ui)) == shown
