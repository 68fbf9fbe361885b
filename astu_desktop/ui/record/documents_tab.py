"""A tab of one form's documents (the assessment, the service plan, any form without a tab
of its own): the current version and every earlier one, with buttons to open a version or
start a new document. Everything it says about the form comes from the form's definition."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from astu_desktop.services.record_documents import DocumentLine, FormDocuments
from astu_desktop.ui.labels import code_label, new_document_label, short_date
from astu_desktop.ui.record.tables import fill, read_only_table, selected_id
from astu_desktop.ui.sync.marks import mark_item, state_text
from astu_desktop.ui.widgets import bold, text_label
from astu_protocol.codes import DocumentStatus, FormKey, ReviewDecision


class DocumentsTab(QWidget):
    # (form key, document id or None for a new document)
    open_requested = Signal(object, object)
    export_requested = Signal(object, object)  # (form key, document id): save or print
    # (document id, ReviewDecision): a lead approves or returns the current version
    review_requested = Signal(str, object)

    def __init__(self, form_key: FormKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_key = form_key
        self._documents = FormDocuments(None, ())
        self.current_title = QLabel()
        self.current_title.setFont(bold(self.font()))
        self.current = text_label()
        self.draft = text_label(shown=False)
        self.history_title = QLabel()
        self.history_title.setFont(bold(self.font()))
        self.versions = read_only_table(6, f"{form_key.value}_versions")
        self.versions.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.open_requested.emit(self.form_key, None))
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_selected)
        self.reviews_title = QLabel()
        self.reviews_title.setFont(bold(self.font()))
        self.reviews = read_only_table(5, f"{form_key.value}_reviews")
        self.approve_button, self.return_button = QPushButton(), QPushButton()
        self.approve_button.clicked.connect(lambda: self._review(ReviewDecision.APPROVED))
        self.return_button.clicked.connect(lambda: self._review(ReviewDecision.RETURNED))
        self._can_review = False
        for button in (
            self.open_button, self.new_button, self.export_button, self.approve_button,
            self.return_button,
        ):  # fmt: skip
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current_title)
        layout.addWidget(self.current)
        layout.addWidget(self.draft)
        layout.addWidget(self.history_title)
        layout.addWidget(self.versions, 1)
        layout.addWidget(self.reviews_title)
        layout.addWidget(self.reviews)
        layout.addLayout(buttons)

    def show_documents(self, documents: FormDocuments) -> None:
        self._documents = documents
        self.retranslate()

    def set_can_review(self, can_review: bool) -> None:
        """A team lead's laptop shows Approve and Return for the signed current version."""
        self._can_review = can_review
        self.retranslate()

    def _reviewable(self) -> DocumentLine | None:
        current = self._documents.current
        signed = current is not None and current.status == DocumentStatus.SIGNED
        return current if signed and self._can_review else None

    def _review(self, decision: ReviewDecision) -> None:
        current = self._reviewable()
        if current is not None:
            self.review_requested.emit(current.document_id, decision)

    def open_selected(self) -> None:
        """The selected version, else the current one (Enter on the tab opens the plan)."""
        chosen = self._chosen()
        if chosen is not None:
            self.open_requested.emit(self.form_key, chosen)

    def export_selected(self) -> None:
        """Save or print the selected version as PDF, else the current one."""
        chosen = self._chosen()
        if chosen is not None:
            self.export_requested.emit(self.form_key, chosen)

    def _chosen(self) -> str | None:
        chosen = selected_id(self.versions)
        if chosen is None and self._documents.current is not None:
            chosen = self._documents.current.document_id
        return str(chosen) if chosen is not None else None

    def retranslate(self) -> None:
        self.current_title.setText(self.tr("Current version"))
        self.history_title.setText(self.tr("All versions"))
        self.open_button.setText(self.tr("&Open"))
        self.new_button.setText(new_document_label(self.form_key))
        current = self._documents.current
        self.current.setText(self._describe(current) if current else self._no_current())
        self._show_draft()
        self.open_button.setEnabled(bool(self._documents.versions))
        self.export_button.setText(self.tr("Save or &print as PDF…"))
        self.export_button.setEnabled(bool(self._documents.versions))
        headers = [
            self.tr("Date"),
            self.tr("Version"),
            self.tr("Status"),
            self.tr("Author"),
            self.tr("Review due"),
            self.tr("Approval"),
        ]
        rows = [
            [
                short_date(d.document_date),
                str(d.version_no),
                code_label(d.status),
                d.author or "",
                short_date(d.review_due),
                self._approval(d),
            ]
            for d in self._documents.versions
        ]
        fill(self.versions, headers, rows, ids=[d.document_id for d in self._documents.versions])
        for row, document in enumerate(self._documents.versions):
            mark_item(self.versions.item(row, 2), document.sync)
        self._show_reviews()

    def _no_current(self) -> str:
        if self._documents.versions:
            return self.tr("No signed version yet.")
        return self.tr("No document yet.")

    def _show_draft(self) -> None:
        """A draft being written is shown as a draft, with its date, never as current."""
        draft = self._documents.draft
        self.draft.setVisible(draft is not None)
        if draft is None:
            self.draft.setText("")
            return
        text = (
            self.tr("Draft %1, version %2")
            .replace("%1", short_date(draft.document_date))
            .replace("%2", str(draft.version_no))
        )
        self.draft.setText(text + (" – " + draft.author if draft.author else ""))

    def _show_reviews(self) -> None:
        self.reviews_title.setText(self.tr("Approvals"))
        self.approve_button.setText(self.tr("A&pprove"))
        self.return_button.setText(self.tr("&Return…"))
        reviewable = self._reviewable() is not None
        for button in (self.approve_button, self.return_button):
            button.setVisible(self._can_review)
            button.setEnabled(reviewable)
        headers = [
            self.tr("Date"), self.tr("Version"), self.tr("Decision"), self.tr("Team lead"),
            self.tr("Note"),
        ]  # fmt: skip
        rows = [
            [short_date(line.reviewed_at), str(line.version_no), self._decision(line.decision),
             line.reviewer, line.note or ""]
            for line in reversed(self._documents.reviews)
        ]  # fmt: skip
        fill(self.reviews, headers, rows)

    def _approval(self, document: DocumentLine) -> str:
        if document.review is not None:
            return self._decision(document.review)
        if document.status == DocumentStatus.SIGNED:
            return self.tr("Awaiting review")
        return ""

    def _decision(self, decision: ReviewDecision) -> str:
        if decision is ReviewDecision.APPROVED:
            return self.tr("Approved")
        return self.tr("Returned")

    def _describe(self, document: DocumentLine) -> str:
        text = (
            self.tr("%1, version %2, %3")
            .replace("%1", short_date(document.document_date))
            .replace("%2", str(document.version_no))
            .replace("%3", code_label(document.status).lower())
        )
        if document.author:
            text += " – " + document.author
        if document.review_due is not None:
            text += ". " + self.tr("Review due %1.").replace("%1", short_date(document.review_due))
        if document.sync is not None:
            text += "\n" + state_text(document.sync)
        return text
