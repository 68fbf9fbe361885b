"""First run: create the encrypted case store under a passphrase typed twice.

The strength meter and the list of problems update as the worker types, so a
refusal is never a surprise: the Create button stays disabled until the passphrase
is long enough, not obvious, not repetitive, and typed the same way twice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.keyfile import KdfParams
from astu_desktop.store.passphrase import (
    MIN_LENGTH,
    PassphraseProblem,
    passphrase_problems,
    strength,
)
from astu_desktop.ui.errors import describe
from astu_desktop.ui.passphrase_field import PassphraseField
from astu_desktop.ui.tasks import TaskRunner, WindowWork
from astu_desktop.ui.widgets import ERROR_STYLE, bold, busy_bar, text_label

_STRENGTH_NAMES = (
    QT_TRANSLATE_NOOP("CreateStoreDialog", "Very weak"),
    QT_TRANSLATE_NOOP("CreateStoreDialog", "Weak"),
    QT_TRANSLATE_NOOP("CreateStoreDialog", "Fair"),
    QT_TRANSLATE_NOOP("CreateStoreDialog", "Good"),
    QT_TRANSLATE_NOOP("CreateStoreDialog", "Strong"),
)
_STRENGTH_COLOURS = ("#a4000f", "#c45500", "#b08800", "#3c7d22", "#1f6f1f")


class CreateStoreDialog(QDialog):
    """Emits `created` with the new, unlocked store; rejected means quit."""

    created = Signal(object)

    def __init__(
        self,
        store_path: Path,
        runner: TaskRunner,
        *,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = store_path
        self._kdf = kdf
        self._busy = False
        self._work = WindowWork(runner, show_busy=self._set_busy, show_failure=self._on_failed)
        self.finished.connect(self._work.stop)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.intro = text_label()
        self.warning = text_label()
        self.warning.setFont(bold(self.font()))
        self.first = PassphraseField()
        self.second = PassphraseField()
        self.caps_warning = text_label(shown=False)
        for field in (self.first, self.second):
            field.textChanged.connect(self.update_feedback)
            field.caps_lock_changed.connect(self.caps_warning.setVisible)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.strength_label = QLabel()
        self.problems = text_label(style=ERROR_STYLE)
        self.tip = text_label()
        self.message = text_label(shown=False, style=ERROR_STYLE)
        self.busy = busy_bar()
        self.connect_server = QCheckBox()
        self.connect_server.setChecked(True)
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setAutoDefault(False)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.create_store)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.first_label, self.second_label, self.meter_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.first_label, self.first)
        self.form.addRow(self.second_label, self.second)
        self.form.addRow(self.meter_label, self.meter)
        self.form.addRow("", self.strength_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.warning)
        layout.addLayout(self.form)
        for widget in (self.caps_warning, self.problems, self.tip, self.message, self.busy):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.connect_server)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.first.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create the case store – ASTU Desktop"))
        self.intro.setText(
            self.tr(
                "This computer has no case store yet. Choose the passphrase that will protect "
                "the clients' data on this computer."
            )
        )
        self.warning.setText(
            self.tr(
                "Nobody can recover a forgotten passphrase, not even support: without it the "
                "data on this computer cannot be opened."
            )
        )
        self.tip.setText(
            self.tr("Tip: a sentence of four or more words is easy to remember and hard to guess.")
        )
        self._label_row(self.first_label, self.first, self.tr("Passphrase"))
        self._label_row(self.second_label, self.second, self.tr("Passphrase again"))
        self._label_row(self.meter_label, self.meter, self.tr("Strength"))
        self.caps_warning.setText(self.tr("Caps Lock seems to be on."))
        self.connect_server.setText(self.tr("Next, connect to the server (can also be done later)"))
        self.create_button.setText(self.tr("Create"))
        self.quit_button.setText(self.tr("Quit"))
        self.update_feedback()

    @staticmethod
    def _label_row(label: QLabel, field: QWidget, text: str) -> None:
        label.setText(text)
        label.setBuddy(field)
        field.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- feedback ------------------------------------------------------------------

    def update_feedback(self) -> None:
        passphrase = self.first.text()
        score = strength(passphrase) if passphrase else 0
        self.meter.setValue(score if passphrase else 0)
        self.meter.setStyleSheet(
            f"QProgressBar::chunk {{ background: {_STRENGTH_COLOURS[score]}; }}"
        )
        name = self.tr(str(_STRENGTH_NAMES[score])) if passphrase else ""
        self.strength_label.setText(name)
        sentences = self.problem_sentences()
        self.problems.setText("\n".join(f"• {sentence}" for sentence in sentences))
        self.problems.setVisible(bool(sentences))
        self.create_button.setEnabled(self.acceptable() and not self._busy)

    def problem_sentences(self) -> list[str]:
        passphrase, again = self.first.text(), self.second.text()
        if not passphrase:
            return []
        sentences = [self._problem_sentence(p, passphrase) for p in passphrase_problems(passphrase)]
        if again and again != passphrase:
            sentences.append(self.tr("The two passphrases differ."))
        return sentences

    def _problem_sentence(self, problem: PassphraseProblem, passphrase: str) -> str:
        if problem == PassphraseProblem.TOO_SHORT:
            return self.tr("At least {minimum} characters, now %n.", "", len(passphrase)).format(
                minimum=MIN_LENGTH
            )
        if problem == PassphraseProblem.OBVIOUS:
            return self.tr("Avoid obvious words and sequences such as “salasana” or “123456”.")
        return self.tr("Too repetitive: use more different characters.")

    @property
    def wants_server(self) -> bool:
        """Whether the optional next step, connecting to the server, was chosen."""
        return self.connect_server.isChecked()

    def acceptable(self) -> bool:
        passphrase = self.first.text()
        return (
            bool(passphrase)
            and not passphrase_problems(passphrase)
            and (self.second.text() == passphrase)
        )

    # -- creating ------------------------------------------------------------------

    def create_store(self) -> None:
        if self._busy or not self.acceptable():
            return
        path, passphrase, kdf = self._path, self.first.text(), self._kdf
        self._work.run(
            lambda: CaseStore.create(path, passphrase, kdf=kdf),
            self._on_created,
            after_close=_lock_again,  # created, but the worker quit meanwhile: opens next time
        )

    def _on_created(self, store: CaseStore) -> None:
        self.first.clear()
        self.second.clear()
        self.created.emit(store)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.first.setReadOnly(busy)
        self.second.setReadOnly(busy)
        self.create_button.setEnabled(not busy and self.acceptable())


def _lock_again(store: CaseStore) -> None:
    store.lock()
