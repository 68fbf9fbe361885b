"""Forms as data: the generic renderer and the document editor built on it."""

from astu_desktop.ui.forms.editor import DocumentEditor
from astu_desktop.ui.forms.opening import (
    open_document_editor,
    open_editors,
    save_and_close_editors,
)
from astu_desktop.ui.forms.view import FormView

__all__ = [
    "DocumentEditor",
    "FormView",
    "open_document_editor",
    "open_editors",
    "save_and_close_editors",
]
