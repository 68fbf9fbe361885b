"""The record's timeline: one row per event, newest first, in the worker's language."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHeaderView, QVBoxLayout, QWidget

from astu_desktop.services.record_timeline import TimelineEntry, TimelineKind
from astu_desktop.ui.labels import code_label, euros, short_date
from astu_desktop.ui.record.tables import fill, read_only_table
from astu_desktop.ui.sync.marks import mark_item, state_text
from astu_desktop.ui.widgets import text_label
from astu_protocol.codes import FormKey, Service, VisitKind


class TimelinePanel(QWidget):
    document_activated = Signal(object, object)  # (form key, document id)
    visit_activated = Signal(str)  # a saved visit or contact, to correct or remove

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[TimelineEntry, ...] = ()
        self.table = read_only_table(3, "timeline")
        self.table.activated.connect(lambda index: self._activate(index.row()))  # Enter too
        self.table.currentCellChanged.connect(lambda row, *_rest: self._preview(row))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 230)
        self.preview = text_label()
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMinimumHeight(4 * self.fontMetrics().lineSpacing())
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setMargin(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview)

    def show_entries(self, entries: tuple[TimelineEntry, ...]) -> None:
        self._entries = entries
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Timeline"))
        headers = [self.tr("Date"), self.tr("Event"), self.tr("Details")]
        rows = [[short_date(e.on), self.title(e), self._details(e)] for e in self._entries]
        fill(self.table, headers, rows, ids=[e.record_id for e in self._entries])
        for row, entry in enumerate(self._entries):
            item = self.table.item(row, 2)
            if item is not None and entry.detail:
                item.setToolTip(entry.detail)
            mark_item(self.table.item(row, 1), entry.sync)
        self._preview(self.table.currentRow())

    def _preview(self, row: int) -> None:
        """The whole entry under the list: the notes of a visit are read here."""
        if not 0 <= row < len(self._entries):
            self.preview.setText(self.tr("Choose an event to read it in full."))
            return
        entry = self._entries[row]
        lines = [f"<b>{short_date(entry.on)} – {html.escape(self.title(entry))}</b>"]
        lines.extend(html.escape(part) for part in self._parts(entry))
        if entry.sync is not None:
            lines.append(f"<i>{html.escape(state_text(entry.sync))}</i>")
        if entry.kind == TimelineKind.VISIT:
            hint = self.tr("Double-click or press Enter to correct or remove the entry.")
            lines.append(f"<i>{html.escape(hint)}</i>")
        self.preview.setText("<br>".join(lines))

    def title(self, entry: TimelineEntry) -> str:
        kind, subject, qualifier = entry.kind, entry.subject, entry.qualifier
        if kind == TimelineKind.VISIT:
            return code_label(VisitKind(subject))
        if kind == TimelineKind.DOCUMENT:
            text = self.tr("%1, version %2").replace("%1", code_label(subject))
            text = text.replace("%2", str(entry.version_no))
            text = f"{text} ({code_label(qualifier).lower()})" if qualifier else text
            if entry.superseded:
                text += " – " + self.tr("replaced by a newer version")
            return text
        if kind == TimelineKind.EPISODE_STARTED:
            return self.tr("%1 started").replace("%1", code_label(Service(subject)))
        if kind == TimelineKind.EPISODE_ENDED:
            text = self.tr("%1 ended").replace("%1", code_label(Service(subject)))
            return f"{text}: {code_label(qualifier)}" if qualifier else text
        if kind == TimelineKind.SAS_DECISION:
            text = self.tr("SAS decision: %1").replace("%1", code_label(subject))
            return f"{text}, {code_label(qualifier)}" if qualifier else text
        if kind == TimelineKind.MOVED_IN:
            return self.tr("Moved in: %1").replace("%1", code_label(subject))
        if kind == TimelineKind.TENANCY_ENDED:
            return self.tr("Tenancy ended: %1").replace("%1", code_label(subject))
        return self._rent_debt_title(entry)

    def _rent_debt_title(self, entry: TimelineEntry) -> str:
        """A step of the rent-debt follow-up, with its sum where money moved."""
        kind, subject, qualifier = entry.kind, entry.subject, entry.qualifier
        money = euros(entry.cents) if entry.cents is not None else ""
        if kind == TimelineKind.RENT_DEBT_STARTED:
            return self.tr("Rent debt %1 at the start of the follow-up").replace("%1", money)
        if kind == TimelineKind.PAYMENT_PLAN:
            text = self.tr("Payment plan: %n instalment(s), together %1", "", entry.count)
            return text.replace("%1", money)
        if kind == TimelineKind.RENT_PAYMENT:
            text = self.tr("Rent debt paid %1 (%2)").replace("%1", money)
            return text.replace("%2", code_label(subject))
        if kind == TimelineKind.PARTNER_CONTACT:
            text = self.tr("Contact: %1").replace("%1", code_label(subject))
            return f"{text} ({code_label(qualifier).lower()})" if qualifier else text
        if kind == TimelineKind.DECISION_APPLIED:
            return self.tr("Applied for: %1").replace("%1", code_label(subject))
        if kind == TimelineKind.DECISION_MADE:
            text = self.tr("Decision: %1, %2").replace("%1", code_label(subject))
            text = text.replace("%2", code_label(qualifier).lower() if qualifier else "")
            return f"{text} {money}".rstrip()
        return self.tr("Rent-debt follow-up ended: %1").replace("%1", code_label(subject))

    def _details(self, entry: TimelineEntry) -> str:
        return " – ".join(" ".join(part.split()) for part in self._parts(entry))

    def _parts(self, entry: TimelineEntry) -> list[str]:
        """Who took part or signed, then the notes."""
        parts = [", ".join(entry.people)] if entry.people else []
        if entry.signed_by:
            parts.append(self.tr("Signed by %1").replace("%1", entry.signed_by))
        if entry.detail:
            parts.append(entry.detail)
        return parts

    def _activate(self, row: int) -> None:
        if 0 <= row < len(self._entries):
            entry = self._entries[row]
            if entry.kind == TimelineKind.DOCUMENT:
                self.document_activated.emit(FormKey(entry.subject), entry.record_id)
            elif entry.kind == TimelineKind.VISIT:
                self.visit_activated.emit(entry.record_id)
