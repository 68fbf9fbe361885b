"""A record's sync state as the worker sees it on the record: an icon and a sentence.

"Not yet on the server" (saved here, sent at the next sync) and "refused by the
server" (with the server's reason in full and what to do) look the same in the
caseload, the timeline and the document tabs.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QTableWidgetItem

from astu_desktop.services.sync_marks import RowSync, SyncMark
from astu_desktop.ui.sync.texts import fields_label, refusal_text

_CONTEXT = "SyncMarks"
_SHORT = {
    SyncMark.WAITING: QT_TRANSLATE_NOOP("SyncMarks", "Not yet on the server"),
    SyncMark.REFUSED: QT_TRANSLATE_NOOP("SyncMarks", "Refused by the server"),
}
_WAITING_LONG = QT_TRANSLATE_NOOP(
    "SyncMarks",
    "Saved on this computer, not yet on the server. It is sent at the next sync.",
)
_REFUSED_LONG = QT_TRANSLATE_NOOP("SyncMarks", "The server refused this record: %1")
_CLIENT_WAITING = QT_TRANSLATE_NOOP(
    "SyncMarks", "Something of this client is not yet on the server; it is sent at the next sync."
)
_CLIENT_REFUSED = QT_TRANSLATE_NOOP(
    "SyncMarks",
    "The server refused something of this client. Open the record to read why.",
)
_COLOURS = {SyncMark.WAITING: "#8a5a00", SyncMark.REFUSED: "#a4000f"}
_GLYPHS = {SyncMark.WAITING: "↑", SyncMark.REFUSED: "!"}
ICON_SIZE = 16


def _tr(source: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(source))


def mark_label(mark: SyncMark) -> str:
    return _tr(_SHORT[mark])


def state_text(state: RowSync) -> str:
    """The whole sentence for one record: what happened and what to do."""
    if state.mark is SyncMark.WAITING:
        return _tr(_WAITING_LONG)
    reason = refusal_text(state.reason or "")
    if state.fields:
        reason += " (" + fields_label(list(state.fields)) + ")"
    return _tr(_REFUSED_LONG).replace("%1", reason)


def client_mark_text(mark: SyncMark) -> str:
    return _tr(_CLIENT_WAITING if mark is SyncMark.WAITING else _CLIENT_REFUSED)


@cache
@cache
def mark_icon(mark: SyncMark) -> QIcon:
    """A small round badge: an arrow up for waiting, an exclamation mark for refused.

    Drawn once per mark: the caseload asks for it for every painted row, and
    drawing it each time cost a few milliseconds of every search's paint."""
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(_COLOURS[mark]))
    painter.drawEllipse(QPointF(ICON_SIZE / 2, ICON_SIZE / 2), ICON_SIZE / 2 - 1, ICON_SIZE / 2 - 1)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(ICON_SIZE - 5)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(
        QRectF(0, 0, ICON_SIZE, ICON_SIZE), Qt.AlignmentFlag.AlignCenter, _GLYPHS[mark]
    )
    painter.end()
    return QIcon(pixmap)


def mark_item(item: QTableWidgetItem | None, state: RowSync | None) -> None:
    """Put the badge and the sentence on a list's cell (nothing when on the server)."""
    if item is None or state is None:
        return
    item.setIcon(mark_icon(state.mark))
    item.setToolTip(state_text(state))
    item.setData(SYNC_MARK_ROLE, state.mark.value)


SYNC_MARK_ROLE = Qt.ItemDataRole.UserRole + 7
