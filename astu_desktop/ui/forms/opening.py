"""Opening a document editor from elsewhere in the app, and closing them all on lock.

One document is edited in one window: asking to open a document that already has
an editor brings that editor forward, so two windows never autosave over each other.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from astu_desktop.services.document_work import open_document
from astu_desktop.services.drafts import DocumentState
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.forms.editor import DocumentEditor
from astu_desktop.ui.tasks import OnFailure, TaskRunner
from astu_protocol.codes import FormKey


def open_document_editor(
    parent: QWidget | None,
    store: CaseStore,
    runner: TaskRunner,
    *,
    client_id: str,
    form_key: FormKey,
    document_id: str | None = None,
    still_wanted: Callable[[], bool] = lambda: True,
    on_opened: Callable[[DocumentEditor], None] | None = None,
    on_failed: OnFailure,
) -> None:
    """Show the document (or the client's open draft of the form, or a new one).

    Opening is a logged VIEW, a read and a write, so it runs on the store worker like
    every other transaction: on the GUI thread it could meet the worker's commit
    between its read and its write and fail at once with "database is locked". The
    editor shows when the read is back, unless the store locked, `parent` went or
    `still_wanted` says no meanwhile. `on_failed` gets `ClientNotFound` or
    `DocumentNotFound` when the client or document is gone (or the document belongs
    to another client or form).
    """

    def opened(state: DocumentState) -> None:
        parent_gone = parent is not None and not shiboken6.isValid(parent)
        if store.is_locked or parent_gone or not still_wanted():
            return
        editor = show_document_editor(parent, store, state, runner)
        if on_opened is not None:
            on_opened(editor)

    def read() -> DocumentState:
        return open_document(store, client_id=client_id, form_key=form_key, document_id=document_id)

    runner.run(read, opened, on_failed)


def show_document_editor(
    parent: QWidget | None, store: CaseStore, state: DocumentState, runner: TaskRunner | None
) -> DocumentEditor:
    """The editor of an opened document: the one already open on it, or a new one."""
    for editor in open_editors(store):
        same_document = state.document_id is not None and editor.state.document_id == (
            state.document_id
        )
        same_new_draft = state.document_id is None and (
            (editor.state.client_id, editor.state.form_key, editor.state.document_id)
            == (state.client_id, state.form_key, None)
        )
        if same_document or same_new_draft:
            _bring_forward(editor)
            return editor
    editor = DocumentEditor(store, state, runner=runner, parent=parent)
    _bring_forward(editor)
    return editor


def open_editors(store: CaseStore | None = None) -> list[DocumentEditor]:
    """Every document editor window, optionally only those working on `store`."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, DocumentEditor)
        and (store is None or widget.store is store)
        and not widget.isHidden()
    ]


def save_and_close_editors(store: CaseStore) -> bool:
    """Before the store locks: save every draft, then close every editor on it.

    Returns False when some draft could not be saved (its editor is closed anyway:
    nothing may stay on screen once the store is locked).
    """
    all_saved = True
    for editor in open_editors(store):
        all_saved = editor.flush() and all_saved
        editor.discard_and_close()
    return all_saved


def _bring_forward(editor: DocumentEditor) -> None:
    editor.show()
    editor.raise_()
    editor.activateWindow()
