"""What the document editor says about itself and about refusals, in the UI language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from astu_desktop.services.clients import ClientNotFound
from astu_desktop.services.documents import (
    DocumentInvalid,
    DocumentNotFound,
    DocumentSigned,
    DocumentSuperseded,
)
from astu_desktop.services.drafts import DocumentState, SignerUnknown
from astu_desktop.ui.errors import describe
from astu_desktop.ui.labels import clock_time, moment_text


def failure_text(error: BaseException) -> str:
    """A calm sentence for a refused save, signing or amendment; never a traceback."""
    if isinstance(error, DocumentSigned):
        return QCoreApplication.translate(
            "DocumentEditor", "This document has been signed and can no longer be changed."
        )
    if isinstance(error, DocumentSuperseded):
        return QCoreApplication.translate(
            "DocumentEditor", "A newer version of this document exists; amend that one instead."
        )
    if isinstance(error, SignerUnknown):
        return QCoreApplication.translate(
            "DocumentEditor", "No worker is set up on this device, so nobody can sign."
        )
    if isinstance(error, DocumentNotFound | ClientNotFound):
        return QCoreApplication.translate(
            "DocumentEditor", "This document is no longer in the case store."
        )
    if isinstance(error, DocumentInvalid):
        return problems_text(len(error.errors))
    return describe(error)


def problems_text(count: int) -> str:
    return QCoreApplication.translate(
        "DocumentEditor", "%n answer(s) need attention; see the marked fields.", "", count
    )


def saved_text(at: datetime) -> str:
    time = clock_time(at)
    return QCoreApplication.translate("DocumentEditor", "Saved %1").replace("%1", time)


def saving_text() -> str:
    return QCoreApplication.translate("DocumentEditor", "Saving…")


def not_saved_text(reason: str) -> str:
    return QCoreApplication.translate("DocumentEditor", "Not saved: %1").replace("%1", reason)


def state_text(state: DocumentState) -> str:
    """Where the document stands: draft or signed, and which version."""
    version = QCoreApplication.translate("DocumentEditor", "version %1").replace(
        "%1", str(state.version_no)
    )
    if state.is_signed and state.signed_at is not None:
        signed = QCoreApplication.translate("DocumentEditor", "Signed %1").replace(
            "%1", _moment(state.signed_at)
        )
        return f"{signed} · {version}"
    if state.document_id is None:
        return QCoreApplication.translate("DocumentEditor", "New draft")
    return QCoreApplication.translate("DocumentEditor", "Draft") + f" · {version}"


def amendment_text(reason: str) -> str:
    return QCoreApplication.translate("DocumentEditor", "Amendment: %1").replace("%1", reason)


def superseded_text() -> str:
    return QCoreApplication.translate(
        "DocumentEditor", "A newer version of this document exists; this one is kept as it was."
    )


def _moment(moment: datetime) -> str:
    return moment_text(moment)
