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

from astu_desktop.services.clients import ClientNotFound
from astu_desktop.services.documents import DocumentNotFound
from astu_desktop.ui.forms import DocumentEditor, open_document_editor
from astu_desktop.ui.record.loading import failure_text
from astu_protocol.codes import FormKey

if TYPE_CHECKING:
    from astu_desktop.ui.record.window import ClientRecordWindow


def open_editor(
    window: ClientRecordWindow, form_key: FormKey, document_id: str | None
) -> DocumentEditor | None:
    try:
        editor = open_document_editor(
            window,
            window.store,
            client_id=window.client_id,
            form_key=form_key,
            document_id=document_id,
            runner=window.runner,
        )
    except (ClientNotFound, DocumentNotFound) as gone:
        window.say(failure_text(gone))
        return None
    for finished in (editor.signed, editor.amended, editor.destroyed):
        finished.connect(lambda *_args: _after_editing(window))
    return editor


def _after_editing(window: ClientRecordWindow) -> None:
    if not shiboken6.isValid(window):
        return  # the record went first and took its editors with it
    window.changed.emit()
    if window.record is not None:
        window.reload()
