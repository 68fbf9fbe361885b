"""Every target the laptop may log is one the server accepts and the Access log tab words."""

from __future__ import annotations

import pytest

from astu_desktop.ui.record.access_tab import target_text
from astu_protocol.accesschain import TARGETS


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_every_known_target_has_words_on_the_access_log_tab(translations, target):
    worded = target_text(target)
    assert worded
    assert worded != target  # a bare code would show the worker "rent_debt_follow_up"


# Constants that are written with a form key after them ("document_review:service_plan").
PREFIXES = frozenset({"document_review", "form_document"})


def _declared_targets() -> dict[str, str]:
    """Every module-level `*TARGET*` text of the laptop's code: what it writes to the log."""
    import importlib
    import pkgutil

    import astu_desktop

    found: dict[str, str] = {}
    for module_info in pkgutil.walk_packages(astu_desktop.__path__, "astu_desktop."):
        if ".migrations" in module_info.name or module_info.name.endswith("__main__"):
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if "TARGET" in name and isinstance(value, str) and name != "TARGETS":
                found[f"{module_info.name}.{name}"] = value
    return found


def test_every_target_the_laptop_writes_is_one_the_server_accepts():
    declared = _declared_targets()
    assert len(declared) > 5
    unknown = {
        where: target
        for where, target in declared.items()
        if target not in TARGETS and target not in PREFIXES
    }
    assert unknown == {}
