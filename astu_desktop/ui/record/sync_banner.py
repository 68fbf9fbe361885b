"""The record says on itself what of it has not reached the server, and why.

Under the header card: how many of the client's records wait for the next sync, and
each refusal with the server's reason in full and what to do, in the worker's
language. Hidden when everything of the client is on the server.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from astu_desktop.services.sync_marks import ClientSync, SyncMark
from astu_desktop.ui.sync.marks import ICON_SIZE, mark_icon
from astu_desktop.ui.sync.texts import fields_label, refusal_text, table_label
from astu_desktop.ui.widgets import ERROR_STYLE, text_label


class SyncBanner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = ClientSync()
        self.icon = QLabel()
        self.text = text_label()
        self.text.setObjectName("record_sync_state")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_sync(self, sync: ClientSync) -> None:
        self._sync = sync
        self.retranslate()

    def retranslate(self) -> None:
        sync = self._sync
        if not sync.waiting and not sync.refused:
            self.hide()
            return
        mark = SyncMark.REFUSED if sync.refused else SyncMark.WAITING
        self.icon.setPixmap(mark_icon(mark).pixmap(ICON_SIZE, ICON_SIZE))
        self.text.setStyleSheet(ERROR_STYLE if sync.refused else "")
        lines = []
        if sync.refused:
            lines.append(
                "<b>"
                + html.escape(
                    self.tr(
                        "The server refused %n record(s) of this client:", "", len(sync.refused)
                    )
                )
                + "</b>"
            )
            for refusal in sync.refused:
                reason = refusal_text(refusal.reason)
                if refusal.fields:
                    reason += " (" + fields_label(list(refusal.fields)) + ")"
                lines.append(html.escape(f"{table_label(refusal.table)}: {reason}"))
        if sync.waiting:
            lines.append(
                html.escape(
                    self.tr(
                        "%n record(s) of this client saved on this computer, not yet on the "
                        "server; sent at the next sync.",
                        "",
                        sync.waiting,
                    )
                )
            )
        self.text.setText("<br>".join(lines))
        self.show()
