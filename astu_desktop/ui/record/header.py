"""The header card of the client record: who the client is and where they live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from astu_desktop.services.bookings import NextVisitState
from astu_desktop.services.client_record import RecordHeader
from astu_desktop.ui.booking_texts import next_visit_text
from astu_desktop.ui.labels import code_label, language_name, services_label, short_date
from astu_desktop.ui.widgets import ERROR_STYLE, bold

_CARD_STYLE = (
    "QFrame#headerCard { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 6px; }"
)


class HeaderCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headerCard")
        self.setStyleSheet(_CARD_STYLE)
        self._header: RecordHeader | None = None
        self.name = QLabel()
        self.name.setFont(bold(self.name.font(), scale=1.5))
        self.services = QLabel()
        self.age, self.hetu, self.phone = QLabel(), QLabel(), QLabel()
        self.email, self.language = QLabel(), QLabel()
        self.address, self.placement, self.worker = QLabel(), QLabel(), QLabel()
        self.contacts = QLabel()
        self.contacts.setWordWrap(True)
        self.next_visit = QLabel()
        self._captions = [QLabel() for _ in range(10)]
        values = (
            self.age, self.hetu, self.phone, self.email, self.language, self.next_visit,
            self.address, self.placement, self.worker, self.contacts,
        )  # fmt: skip
        for value in (self.name, *values):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.placement.setWordWrap(True)
        left, right = QFormLayout(), QFormLayout()
        forms = (left, left, left, left, left, left, right, right, right, right)
        for caption, value, form in zip(self._captions, values, forms, strict=True):
            caption.setBuddy(value)
            form.addRow(caption, value)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addSpacing(24)
        columns.addLayout(right, 3)
        title = QHBoxLayout()
        title.addWidget(self.name)
        title.addStretch(1)
        title.addWidget(self.services)
        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addLayout(columns)

    def show_header(self, header: RecordHeader | None) -> None:
        self._header = header
        self.retranslate()

    def retranslate(self) -> None:
        captions = (
            self.tr("Age"),
            self.tr("Identity code"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Language"),
            self.tr("Next visit"),
            self.tr("Address"),
            self.tr("Housing"),
            self.tr("Responsible worker"),
            self.tr("Contact persons"),
        )
        for caption, text in zip(self._captions, captions, strict=True):
            caption.setText(text)
        header = self._header
        if header is None:
            for label in (self.name, self.services, self.age, self.hetu, self.phone):
                label.setText("")
            for label in (
                self.address, self.placement, self.worker, self.email, self.language,
                self.contacts, self.next_visit,
            ):  # fmt: skip
                label.setText("")
            return
        self.name.setText(header.name)
        self.services.setText(services_label(header.services) or self.tr("No open services"))
        self.age.setText(self.tr("%n year(s)", "", header.age))
        self.hetu.setText(header.hetu_masked)
        self.phone.setText(header.phone or "–")
        self.email.setText(header.email or "–")
        self.language.setText(self._language_text(header))
        self.address.setText(header.address or "–")
        self.placement.setText(self._placement_text(header))
        self.worker.setText(header.responsible_worker or self.tr("No named worker"))
        self.contacts.setText(
            "\n".join(
                ", ".join(part for part in (p.name, p.relation, p.phone) if part)
                for p in header.contact_persons
            )
            or "–"
        )
        self.next_visit.setText(next_visit_text(header.next_visit))
        overdue = header.next_visit.state == NextVisitState.OVERDUE
        self.next_visit.setStyleSheet(ERROR_STYLE if overdue else "")

    def _language_text(self, header: RecordHeader) -> str:
        """The client's language and, plainly, whether an interpreter is needed."""
        code = header.language
        language = language_name(code) if code else self.tr("not recorded")
        if header.needs_interpreter:
            return self.tr("%1 – needs an interpreter").replace("%1", language)
        return language

    def _placement_text(self, header: RecordHeader) -> str:
        placement = header.placement
        if placement is None:
            return self.tr("No current placement")
        since = self.tr("since %1").replace("%1", short_date(placement.move_in_on))
        return f"{code_label(placement.housing_type)}, {placement.street_address} ({since})"
