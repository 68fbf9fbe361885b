"""Registering a new client from the main window (File → New client, Ctrl+Shift+N).

Name and henkilötunnus, contact details, language and interpreter need, contact
persons, and optionally the first service episode with this laptop's worker as its
responsible worker. Saving runs on the background worker; a refused field gets its
sentence right under it and nothing is saved. When the henkilötunnus is already on
this laptop, the dialog says so and offers to open that record instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services.client_registration import (
    ContactPersonInput,
    EpisodeStart,
    NewClient,
)
from astu_desktop.services.client_work import save_new_client
from astu_desktop.services.clients import DuplicateHetu, InvalidClient
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.client_fields import ContactDetailsFields, FieldRow, problem_sentence
from astu_desktop.ui.date_inputs import WholeTextDateEdit
from astu_desktop.ui.errors import describe
from astu_desktop.ui.labels import code_label
from astu_desktop.ui.tasks import TaskRunner, WindowWork
from astu_desktop.ui.widgets import ERROR_STYLE, bold, busy_bar, text_label
from astu_protocol.codes import Service
from astu_protocol.service_day import service_today

CONTACT_COLUMNS = ("name", "relation", "phone")


class NewClientDialog(QDialog):
    saved = Signal(str)  # the new client's id
    open_requested = Signal(str)  # the client already on this laptop

    def __init__(
        self,
        store: CaseStore,
        runner: TaskRunner,
        *,
        today: Callable[[], date] = service_today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(True)
        self._store, self._today = store, today
        self.existing_id: str | None = None
        self._build()
        self._work = WindowWork(runner, show_busy=self._set_busy, show_failure=self._failed)
        self.finished.connect(self._work.stop)
        self.retranslate()

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setFont(bold(self.title.font(), scale=1.2))
        self.first_names, self.last_name, self.hetu = QLineEdit(), QLineEdit(), QLineEdit()
        self.hetu.setMaxLength(11)
        self.rows = {
            "first_names": FieldRow(self.first_names),
            "last_name": FieldRow(self.last_name),
            "hetu": FieldRow(self.hetu),
        }
        self.form = QFormLayout()
        self.captions = {key: QLabel() for key in self.rows}
        for key, row in self.rows.items():
            self.captions[key].setBuddy(row.field)
            self.form.addRow(self.captions[key], row)
        self.duplicate = text_label(shown=False, style=ERROR_STYLE)
        self.open_existing = QPushButton()
        self.open_existing.setVisible(False)
        self.open_existing.setAutoDefault(False)
        self.open_existing.clicked.connect(self._open_existing)
        self.form.addRow(self.duplicate)
        self.form.addRow("", self.open_existing)
        self.contact_title = QLabel()
        self.contact_title.setFont(bold(self.font()))
        self.form.addRow(self.contact_title)
        self.details = ContactDetailsFields(self.form)
        self._build_contacts()
        self._build_episode()
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(self.form)
        body_layout.addWidget(self.contacts_title)
        body_layout.addWidget(self.contacts)
        body_layout.addWidget(self.contacts_error)
        body_layout.addLayout(self.contact_buttons)
        body_layout.addWidget(self.episode_box)
        body_layout.addLayout(self.episode_form)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.busy = busy_bar()
        self.error = text_label(shown=False, style=ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.resize(640, 760)

    def _build_contacts(self) -> None:
        self.contacts_title = QLabel()
        self.contacts_title.setFont(bold(self.font()))
        self.contacts = QTableWidget(0, len(CONTACT_COLUMNS))
        self.contacts.verticalHeader().hide()
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.setMinimumHeight(110)
        self.contacts.setMaximumHeight(160)
        self.contacts_error = text_label(shown=False, style=ERROR_STYLE)
        self.add_contact_button, self.remove_contact_button = QPushButton(), QPushButton()
        for button in (self.add_contact_button, self.remove_contact_button):
            button.setAutoDefault(False)
        self.add_contact_button.clicked.connect(self.add_contact_row)
        self.remove_contact_button.clicked.connect(self._remove_contact_row)
        self.contact_buttons = QHBoxLayout()
        self.contact_buttons.addWidget(self.add_contact_button)
        self.contact_buttons.addWidget(self.remove_contact_button)
        self.contact_buttons.addStretch(1)

    def _build_episode(self) -> None:
        self.episode_box = QCheckBox()
        self.service = QComboBox()
        for service in Service:
            self.service.addItem("", service)
        self.service.setCurrentIndex(self.service.findData(Service.OUTREACH))
        today = self._today()
        self.episode_start = WholeTextDateEdit(QDate(today.year, today.month, today.day))
        self.episode_start.setCalendarPopup(True)
        self.episode_start_row = FieldRow(self.episode_start)
        self.episode_form = QFormLayout()
        self.service_caption, self.start_caption = QLabel(), QLabel()
        self.service_caption.setBuddy(self.service)
        self.start_caption.setBuddy(self.episode_start)
        self.episode_form.addRow(self.service_caption, self.service)
        self.episode_form.addRow(self.start_caption, self.episode_start_row)
        self.episode_box.toggled.connect(self._enable_episode)
        self._enable_episode(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New client – ASTU Desktop"))
        self.title.setText(self.tr("New client"))
        texts = {
            "first_names": self.tr("&First names"),
            "last_name": self.tr("&Last name"),
            "hetu": self.tr("Personal identity &code"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
            self.rows[key].field.setAccessibleName(text.replace("&", ""))
        self.hetu.setPlaceholderText(self.tr("DDMMYY-NNNC"))
        self.open_existing.setText(self.tr("&Open the existing record"))
        self.contact_title.setText(self.tr("Contact details"))
        self.details.retranslate()
        self.contacts_title.setText(self.tr("Contact persons"))
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation"), self.tr("Phone")]
        )
        self.contacts.setAccessibleName(self.tr("Contact persons"))
        self.add_contact_button.setText(self.tr("A&dd contact person"))
        self.remove_contact_button.setText(self.tr("Remo&ve"))
        self.episode_box.setText(self.tr("&Start a service now, with me as responsible worker"))
        self.service_caption.setText(self.tr("Se&rvice"))
        self.start_caption.setText(self.tr("S&tarts on"))
        self.service.setAccessibleName(self.tr("Service"))
        for index in range(self.service.count()):
            self.service.setItemText(index, code_label(Service(self.service.itemData(index))))
        self.episode_start.setAccessibleName(self.tr("Starts on"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._work.stop()
        super().closeEvent(event)

    # -- contact persons -------------------------------------------------------------

    def add_contact_row(self) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column in range(len(CONTACT_COLUMNS)):
            self.contacts.setItem(row, column, QTableWidgetItem(""))
        self.contacts.setCurrentCell(row, 0)
        first = self.contacts.item(row, 0)
        if first is not None:
            self.contacts.editItem(first)

    def set_contact(self, row: int, name: str, relation: str, phone: str) -> None:
        for column, text in enumerate((name, relation, phone)):
            item = self.contacts.item(row, column)
            assert item is not None
            item.setText(text)

    def _remove_contact_row(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)

    def _contact_inputs(self) -> list[ContactPersonInput]:
        found = []
        for row in range(self.contacts.rowCount()):
            texts = [self._cell(row, column) for column in range(len(CONTACT_COLUMNS))]
            if any(text.strip() for text in texts):  # an empty row is no contact person
                found.append(ContactPersonInput(*texts))
        return found

    def _cell(self, row: int, column: int) -> str:
        item = self.contacts.item(row, column)
        return item.text() if item is not None else ""

    def _enable_episode(self, on: bool) -> None:
        for widget in (self.service, self.episode_start, self.service_caption, self.start_caption):
            widget.setEnabled(on)

    # -- saving ----------------------------------------------------------------------

    def new_client(self) -> NewClient:
        start = self.episode_start.date().toPython()
        assert isinstance(start, date)
        episode = EpisodeStart(self.service.currentData(), start)
        return NewClient(
            details={
                "first_names": self.first_names.text(),
                "last_name": self.last_name.text(),
                "hetu": self.hetu.text(),
                **self.details.values(),
            },
            contacts=self._contact_inputs(),
            episode=episode if self.episode_box.isChecked() else None,
        )

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        new, store, today = self.new_client(), self._store, self._today()
        self._work.run(lambda: save_new_client(store, new, today), self._on_saved)

    def _on_saved(self, client_id: object) -> None:
        self.saved.emit(str(client_id))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.show_problems({})
        if isinstance(error, InvalidClient):
            self.show_problems(error.problems)
            self._say(self.tr("Nothing was saved: correct the fields marked in red."))
        elif isinstance(error, DuplicateHetu):
            self._show_duplicate(error.existing_client_id)
        else:
            self._say(describe(error))

    def show_problems(self, problems: dict[str, tuple[str, ...]]) -> None:
        for key, row in self.rows.items():
            row.show_problem(problems.get(key))
        self.details.show_problems(problems)
        self.episode_start_row.show_problem(problems.get("episode_start"))
        self.contacts_error.setText(self._contact_problems(problems))
        self.contacts_error.setVisible(bool(self.contacts_error.text()))
        self.duplicate.hide()
        self.open_existing.hide()
        self.error.hide()

    def _contact_problems(self, problems: dict[str, tuple[str, ...]]) -> str:
        columns = {
            "name": self.tr("name"),
            "relation": self.tr("relation"),
            "phone": self.tr("phone"),
        }
        lines = []
        for key, codes in problems.items():
            if not key.startswith("contacts."):
                continue
            _prefix, index, column = key.split(".")
            sentence = " ".join(problem_sentence(code) for code in codes)
            lines.append(
                self.tr("Contact person %1, %2: %3")
                .replace("%1", str(int(index) + 1))
                .replace("%2", columns.get(column, column))
                .replace("%3", sentence)
            )
        return "\n".join(lines)

    def _show_duplicate(self, existing_id: str | None) -> None:
        self.existing_id = existing_id
        if existing_id is None:
            text = self.tr(
                "A client with this personal identity code was on this computer and has been "
                "removed. Nothing was saved; contact your team lead."
            )
        else:
            text = self.tr(
                "A client with this personal identity code is already on this computer. "
                "Nothing was saved: open that record instead."
            )
        self.duplicate.setText(text)
        self.duplicate.show()
        self.open_existing.setVisible(existing_id is not None)
        if existing_id is not None:
            self.open_existing.setFocus()

    def _open_existing(self) -> None:
        if self.existing_id is not None:
            self.open_requested.emit(self.existing_id)
            self.accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in self.buttons.buttons():
            button.setEnabled(not busy)
