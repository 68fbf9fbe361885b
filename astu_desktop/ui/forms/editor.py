"""The document editor: one form document of one client, in its own window.

A draft saves itself as the worker types, so a crash or a flat battery costs at
most the last seconds. Required answers only count at signing, and then every
missing or wrong answer is written under its field. A signed document is shown
read-only; amending it opens a new draft version that starts from its answers.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from astu_desktop.models.base import utcnow
from astu_desktop.services.document_work import Clock, DocumentActions
from astu_desktop.services.documents import DocumentInvalid
from astu_desktop.services.drafts import DocumentState
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.errors import describe_unsaved, is_disk_failure
from astu_desktop.ui.forms import messages
from astu_desktop.ui.forms.amend_dialog import AmendDialog
from astu_desktop.ui.forms.autosave import AUTOSAVE_DELAY_MS, Autosaver
from astu_desktop.ui.forms.editor_parts import EditorButtons, EditorHeader, SigningQuestion
from astu_desktop.ui.forms.view import FormView
from astu_desktop.ui.i18n import ui_language
from astu_desktop.ui.tasks import TaskRunner, WindowWork
from astu_protocol.forms import AnswerError, definition, rule_problems, validate_answers
from astu_protocol.service_day import service_day


class DocumentEditor(QWidget):
    saved = Signal()
    signed = Signal()
    amended = Signal()

    def __init__(
        self,
        store: CaseStore,
        state: DocumentState,
        *,
        runner: TaskRunner | None = None,
        autosave_ms: int = AUTOSAVE_DELAY_MS,
        now: Clock = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.store = store
        self.state = state
        self.runner = runner if runner is not None else TaskRunner(self)
        # Signing and amending; the drafts' own saves are the autosaver's.
        self._work = WindowWork(
            self.runner, show_busy=self._set_busy, show_failure=self._action_failed
        )
        self.form = definition(state.form_key, state.form_version)
        self.view = FormView(self.form, ui_language())
        self.view.set_answers(state.answers)
        self.view.changed.connect(self._edited)
        self.header = EditorHeader()
        self.buttons = EditorButtons(self)
        self._now = now
        actions = DocumentActions(store, state, now)
        self.autosaver = Autosaver(actions, self.view.answers, self.runner, autosave_ms, self)
        self.autosaver.started.connect(lambda: self._say_status(messages.saving_text()))
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.buttons.save_action.triggered.connect(self.autosaver.save_now)
        self.buttons.sign_action.triggered.connect(self.sign)
        self.buttons.close_action.triggered.connect(self.close)
        self.buttons.amend_button.clicked.connect(self.amend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for part in (self.header, self.view, self.buttons):
            layout.addWidget(part)
        layout.setStretchFactor(self.view, 1)
        self.confirm_box: SigningQuestion | None = None
        self.amend_dialog: AmendDialog | None = None
        self._discard_on_close = False
        self._hint_shown = not state.is_signed  # until the first save has something to say
        if parent is not None:
            parent.installEventFilter(self)  # closing the client record saves this first
        self.retranslate()
        self.resize(920, 820)

    # -- saving ----------------------------------------------------------------------

    def save_draft_now(self) -> None:
        """Save what is on screen and wait (auto-lock's `DraftSaver`); raises what failed."""
        if self.view.read_only and not self.autosaver.pending:
            self.runner.wait_until_idle()  # a signing or amendment on its way finishes first
            return
        error = self.autosaver.flush()
        if error is not None:
            self._save_failed(error)
            raise error

    def flush(self) -> bool:
        """`save_draft_now`, answering whether everything typed is on disk."""
        try:
            self.save_draft_now()
        except Exception:  # already said in the status line
            return False
        return True

    def _edited(self) -> None:
        self.header.say(None)
        self.autosaver.edited()

    def _say_status(self, text: str) -> None:
        self._hint_shown = False
        self.buttons.status.setText(text)

    def _show_hint(self) -> None:
        self._hint_shown = True
        self.buttons.status.setText(self.tr("The draft saves itself as you type."))

    def _saved(self, state: DocumentState) -> None:
        if self.state.document_id is None:
            self.state = state
            self._show_state()
        self.view.show_rule_problems(rule_problems(self.form, self.view.answers(), self._today()))
        self._say_status(messages.saved_text(self._now()))
        self.saved.emit()

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, DocumentInvalid):
            self._show_problems(error.errors)
        if is_disk_failure(error):  # the autosaver tries again by itself (autosave.py)
            self._say_status(messages.not_saved_text(describe_unsaved(error, saves_itself=True)))
            return
        self._say_status(messages.not_saved_text(messages.failure_text(error)))

    # -- signing and amending ----------------------------------------------------------

    def sign(self) -> None:
        """Check every answer first; only a complete document is offered for signing."""
        if self.view.read_only:
            return
        answers = self.view.answers()
        typed = self.view.input_errors()
        typed_paths = {error.path for error in typed}
        checked = validate_answers(self.form, answers, for_signing=True, today=self._today())
        problems = typed + [error for error in checked if error.path not in typed_paths]
        if problems:
            self._show_problems(problems)
            return
        self.view.clear_errors()
        self._confirm_signing(answers)

    def _today(self) -> date:
        return service_day(self._now())

    def _confirm_signing(self, answers: dict[str, Any]) -> None:
        box = SigningQuestion(self.windowTitle(), self)
        box.finished.connect(
            lambda _result: self._start_signing(answers) if box.confirmed else None
        )
        self.confirm_box = box
        box.open()

    def _start_signing(self, answers: dict[str, Any]) -> None:
        self.autosaver.forget_edits()
        actions = self.autosaver.actions
        self._work.run(lambda: actions.sign(answers), self._signed)

    def _signed(self, state: DocumentState) -> None:
        self._replace_state(state)
        self._say_status(self.tr("Signed"))
        self.signed.emit()

    def amend(self) -> None:
        dialog = AmendDialog(self)
        dialog.accepted.connect(lambda: self._start_amending(dialog.reason()))
        self.amend_dialog = dialog
        dialog.open()

    def _start_amending(self, reason: str) -> None:
        actions = self.autosaver.actions
        self._work.run(lambda: actions.amend(reason), self._amended)

    def _amended(self, state: DocumentState) -> None:
        self._replace_state(state)
        self._show_hint()
        self.view.focus_first_field()
        self.amended.emit()

    def _action_failed(self, error: BaseException) -> None:
        if isinstance(error, DocumentInvalid):
            self._show_problems(error.errors)
        else:
            self.header.say(messages.failure_text(error))
        if not self.view.read_only:
            self.autosaver.edited()  # what is on screen still has to reach the disk

    def _replace_state(self, state: DocumentState) -> None:
        self.autosaver.forget_edits()
        self.state = state
        self.view.set_answers(state.answers)
        self._show_state()

    def _show_problems(self, problems: list[AnswerError]) -> None:
        self.view.show_errors(problems)
        self.header.say(messages.problems_text(len(problems)))
        self.view.focus_first_error()

    # -- appearance ------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self._show_state(force_read_only=busy)

    def _show_state(self, force_read_only: bool = False) -> None:
        self.view.set_read_only(self.state.is_signed or force_read_only)
        self.header.show_state(self.state)
        self.buttons.show_state(self.state)

    def retranslate(self) -> None:
        language = ui_language()
        self.setWindowTitle(self.form.title.get(language))
        self.header.title.setText(self.form.title.get(language))
        self.header.client.setText(self.state.client_name)
        self.buttons.retranslate()
        if self._hint_shown:
            self._show_hint()
        if language != self.view.language:
            self.view.set_language(language)
        self._show_state()

    # -- window events ---------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosaver.save_now()  # the worker turned to another window
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.flush() or self._discard_on_close or self.store.is_locked:
            self._work.stop()  # the record window reads again when this one is gone
            event.accept()
            return
        self.header.say(self.tr("The draft could not be saved. Close again to discard it."))
        self._discard_on_close = True
        event.ignore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.close()
        return False

    def discard_and_close(self) -> None:
        """Close without another save attempt (after `flush`, when the store locks)."""
        self._discard_on_close = True
        self.close()
