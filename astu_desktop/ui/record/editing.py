"""Opening a form document from the record, in the form renderer's editor.

The editor belongs to the forms package; the record asks it to open a document (or
the client's open draft, or a new one) and reloads itself when the document is
signed or amended, or the editor closes, so the tabs show the new version at once.
It also says `changed` then, as after any other write: the main window's status
counts the document as waiting to be sent, whether or not the window manager
activates the main window again (the count is re-read on activation too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6

from astu_desktop.ui.forms import DocumentEditor, open_document_editor
from astu_desktop.ui.forms.messages import failure_text
from astu_protocol.codes import FormKey

if TYPE_CHECKING:
    from astu_desktop.ui.record.window import ClientRecordWindow


def open_editor(window: ClientRecordWindow, form_key: FormKey, document_id: str | None) -> None:
    """Open the document on the store worker; the editor shows when it is read."""

    def opened(editor: DocumentEditor) -> None:
        for finished in (editor.signed, editor.amended, editor.destroyed):
            finished.connect(lambda *_args: _after_editing(window))

    def failed(error: BaseException) -> None:
        if window.is_open():
            window.say(failure_text(error))

    open_document_editor(
        window, window.store, window.runner,
        client_id=window.client_id, form_key=form_key, document_id=document_id,
        still_wanted=window.is_open, on_opened=opened, on_failed=failed,
    )  # fmt: skip


def _after_editing(window: ClientRecordWindow) -> None:
    if not shiboken6.isValid(window):
        return  # the record went first and took its editors with it
    window.changed.emit()
    if window.record is not None:
        window.reload()
