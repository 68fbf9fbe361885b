"""Fixtures of the form tests: a client on a real store, and editors closed after each test."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from sqlalchemy import select

from astu_desktop.models import Client
from astu_desktop.services.seed import synthetic_answers
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.forms import DocumentEditor, open_document_editor
from astu_desktop.ui.tasks import TaskRunner
from astu_protocol.codes import FormKey
from astu_protocol.forms import definition
from tests.gui.conftest import _OFFSCREEN_ONLY
from tests.gui.windowkit import LOAD_TIMEOUT_MS

FORM_KEYS = list(FormKey)
# Bringing an editor forward calls raise(), which the offscreen test platform cannot do
# and says so; like the size-hint message in tests/gui/conftest.py it is not a failure.
_OFFSCREEN_RAISE = r"^This plugin does not support raise\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            ignored = pytest.mark.qt_log_ignore(_OFFSCREEN_ONLY, _OFFSCREEN_RAISE, extend=True)
            item.add_marker(ignored, append=False)  # pytest-qt reads the first marker only


LANGUAGES = ["fi", "sv", "en"]
QUICK_AUTOSAVE_MS = 30


@pytest.fixture
def client_id(caseload_store: CaseStore) -> str:
    with caseload_store.session() as session:
        query = select(Client.id).where(Client.last_name == "Aalto")
        return session.scalars(query).one()


OpenEditor = Callable[..., DocumentEditor]


def opened_editor(
    qtbot,
    runner: TaskRunner,
    store: CaseStore,
    client_id: str,
    form_key: FormKey,
    document_id: str | None = None,
) -> DocumentEditor:
    """The editor `open_document_editor` shows once the worker has read the document."""
    shown: list[DocumentEditor] = []
    failures: list[BaseException] = []
    open_document_editor(
        None, store, runner, client_id=client_id, form_key=form_key, document_id=document_id,
        on_opened=shown.append, on_failed=failures.append,
    )  # fmt: skip
    qtbot.waitUntil(lambda: bool(shown or failures), timeout=LOAD_TIMEOUT_MS)
    assert failures == []
    return shown[0]


@pytest.fixture
def open_editor(
    qtbot, translations, runner: TaskRunner, caseload_store: CaseStore, client_id: str
) -> Iterator[OpenEditor]:
    """Opens editors on the client's record; closes (and so saves) those left open."""
    opened: list[DocumentEditor] = []

    def opener(
        form_key: FormKey, *, store: CaseStore | None = None, document_id: str | None = None
    ) -> DocumentEditor:
        editor = opened_editor(
            qtbot, runner, store or caseload_store, client_id, form_key, document_id
        )
        editor.autosaver.timer.setInterval(QUICK_AUTOSAVE_MS)
        qtbot.waitUntil(editor.isActiveWindow)  # keyboard focus goes where a worker sees it
        opened.append(editor)
        return editor

    yield opener
    for editor in opened:
        if shiboken6.isValid(editor) and editor.isVisible():
            editor.close()  # saves, as when a worker closes the window
        if shiboken6.isValid(editor) and editor.isVisible():
            editor.discard_and_close()  # a test left a save failing on purpose
    runner.wait_until_idle()


def filled_answers(form_key: FormKey, language: str = "fi", seed: int = 3) -> dict[str, Any]:
    """Answers a signing accepts, as the seeder writes them for the demo store."""
    form = definition(form_key)
    return synthetic_answers(form, random.Random(seed), language, around=date(2025, 3, 3))
