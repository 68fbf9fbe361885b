"""The Access log tab: who has processed this client's data, when and how (Act 703/2023)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QVBoxLayout, QWidget

from astu_desktop.services.client_record import AccessLine
from astu_desktop.ui.labels import code_label, helsinki_qdatetime
from astu_desktop.ui.record.tables import WARNING, fill, read_only_table
from astu_desktop.ui.widgets import text_label
from astu_protocol.codes import AccessOutcome, FormKey

_FORM_PREFIX = "form_document:"
_TARGETS = {
    "client:details": QT_TRANSLATE_NOOP("AccessTab", "Client details"),
    "client:record": QT_TRANSLATE_NOOP("AccessTab", "Client record"),
    "client:summary": QT_TRANSLATE_NOOP("AccessTab", "Client summary"),
    "client:hetu": QT_TRANSLATE_NOOP("AccessTab", "Personal identity code"),
    "home_visit": QT_TRANSLATE_NOOP("AccessTab", "Home visit"),
    "home_visit:removal": QT_TRANSLATE_NOOP("AccessTab", "Home visit removed"),
    "booked_visit": QT_TRANSLATE_NOOP("AccessTab", "Booked visit"),
    "booked_visit:calendar": QT_TRANSLATE_NOOP("AccessTab", "Calendar file of booked visits"),
    "service_episode": QT_TRANSLATE_NOOP("AccessTab", "Service episode"),
    "sas_decision": QT_TRANSLATE_NOOP("AccessTab", "SAS decision"),
    "housing_offer": QT_TRANSLATE_NOOP("AccessTab", "Housing offer"),
    "placement": QT_TRANSLATE_NOOP("AccessTab", "Placement"),
    "tenancy_ending": QT_TRANSLATE_NOOP("AccessTab", "End of tenancy"),
    "client:hetu_copy": QT_TRANSLATE_NOOP("AccessTab", "Personal identity code copied"),
    "service_episode:reassign": QT_TRANSLATE_NOOP("AccessTab", "Handover to another worker"),
    "rent_debt_follow_up": QT_TRANSLATE_NOOP("AccessTab", "Rent-debt follow-up"),
    "caseload:search": QT_TRANSLATE_NOOP("AccessTab", "Caseload search"),
    "statistics:report": QT_TRANSLATE_NOOP("AccessTab", "Statistics report"),
    "kept_work": QT_TRANSLATE_NOOP("AccessTab", "Changes kept after a handover"),
    "kept_work:discard": QT_TRANSLATE_NOOP("AccessTab", "Changes kept after a handover discarded"),
}
_REVIEW_PREFIX = "document_review:"


def target_text(target: str | None) -> str:
    """The logged target in words; codes this version does not know show as they are."""
    if target is None:
        return ""
    if target.startswith(_FORM_PREFIX):
        key = target.removeprefix(_FORM_PREFIX)
        if key in set(FormKey):
            return code_label(FormKey(key))
    if target.startswith(_REVIEW_PREFIX):
        key = target.removeprefix(_REVIEW_PREFIX)
        if key in set(FormKey):
            review = QCoreApplication.translate("AccessTab", "Review: %1")
            return review.replace("%1", code_label(FormKey(key)))
    source = _TARGETS.get(target)
    return QCoreApplication.translate("AccessTab", str(source)) if source else target


class AccessTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[AccessLine, ...] = ()
        self.intro = text_label()
        self.table = read_only_table(4, "access_log")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)

    def show_lines(self, lines: tuple[AccessLine, ...]) -> None:
        self._lines = lines
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr("Everyone who has opened, searched, changed or printed this client's data.")
        )
        self.table.setAccessibleName(self.tr("Access log"))
        headers = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Concerning")]
        locale = QLocale()
        rows, colours = [], []
        for line in self._lines:
            when = locale.toString(helsinki_qdatetime(line.at), QLocale.FormatType.ShortFormat)
            what = code_label(line.action)
            if line.outcome != AccessOutcome.OK:
                what += " – " + self.tr("refused")
            rows.append([when, line.worker or self.tr("(unknown)"), what, target_text(line.target)])
            colours.append(WARNING if line.outcome != AccessOutcome.OK else None)
        fill(self.table, headers, rows, colours=colours)
