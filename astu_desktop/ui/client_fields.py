"""Input rows for a client's details, each with its own sentence when it is refused.

The new-client dialog and "Edit contact details" share these rows, so a field looks
and is checked the same in both. The service names the problem as a code per field
(services/clients.py, services/client_registration.py, models/hetu.py); this module
turns a code into a sentence in the user's language and shows it under the field.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.ui.widgets import ERROR_STYLE, text_label

_CONTEXT = "ClientProblems"
_SENTENCES = {
    "required": QT_TRANSLATE_NOOP("ClientProblems", "This is required."),
    "too_long": QT_TRANSLATE_NOOP("ClientProblems", "This is too long."),
    "wrong_type": QT_TRANSLATE_NOOP("ClientProblems", "This value cannot be used."),
    "invalid_characters": QT_TRANSLATE_NOOP(
        "ClientProblems", "This contains characters that cannot be stored (e.g. a line break)."
    ),
    "postal_code_format": QT_TRANSLATE_NOOP(
        "ClientProblems", "A postal code is five digits, e.g. 00510."
    ),
    "phone_format": QT_TRANSLATE_NOOP(
        "ClientProblems", "A phone number has digits, spaces and dashes, e.g. 040 123 4567."
    ),
    "language_code": QT_TRANSLATE_NOOP(
        "ClientProblems", "Give the language as a two-letter code, e.g. ru, so or ar."
    ),
    "email_format": QT_TRANSLATE_NOOP(
        "ClientProblems", "An e-mail address looks like name@example.fi."
    ),
    "start_in_future": QT_TRANSLATE_NOOP("ClientProblems", "A service cannot start in the future."),
    "empty": QT_TRANSLATE_NOOP("ClientProblems", "The personal identity code is required."),
    "shape": QT_TRANSLATE_NOOP(
        "ClientProblems", "The personal identity code is written DDMMYY-NNNC, e.g. 170580-923X."
    ),
    "century_sign": QT_TRANSLATE_NOOP(
        "ClientProblems", "The seventh character (the century sign) is not one that is used."
    ),
    "date": QT_TRANSLATE_NOOP(
        "ClientProblems", "The first six digits are not a possible date of birth."
    ),
    "future_date": QT_TRANSLATE_NOOP("ClientProblems", "The date of birth is in the future."),
    "individual_number": QT_TRANSLATE_NOOP(
        "ClientProblems", "The individual number (digits 8–10) is not valid."
    ),
    "checksum": QT_TRANSLATE_NOOP(
        "ClientProblems", "The last character does not match: check for a typing error."
    ),
}
_UNKNOWN = QT_TRANSLATE_NOOP("ClientProblems", "This value cannot be used.")
OTHER_LANGUAGE = "other"
# The service languages of Helsinki; any other is a two-letter code typed in.
SERVICE_LANGUAGES = ("fi", "sv")


def problem_sentence(code: str) -> str:
    return QCoreApplication.translate(_CONTEXT, str(_SENTENCES.get(code, _UNKNOWN)))


class FieldRow(QWidget):
    """An input with a hidden error line right under it."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = text_label(shown=False, style=ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def show_problem(self, codes: tuple[str, ...] | None) -> None:
        self.error.setText(" ".join(problem_sentence(code) for code in codes or ()))
        self.error.setVisible(bool(codes))


class ContactDetailsFields:
    """Address, postal code, city, phone, e-mail, language and interpreter, in a form."""

    KEYS = ("street_address", "postal_code", "city", "phone", "email", "preferred_language")

    def __init__(self, form: QFormLayout) -> None:
        self.street_address, self.postal_code, self.city = QLineEdit(), QLineEdit(), QLineEdit()
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.postal_code.setMaxLength(10)
        self.language = QComboBox()
        for code in (*SERVICE_LANGUAGES, OTHER_LANGUAGE):
            self.language.addItem("", code)
        self.other_language = QLineEdit()
        self.other_language.setMaxLength(8)
        self.other_language.setVisible(False)
        self.language.currentIndexChanged.connect(self._show_other)
        language_box = QWidget()
        language_line = QHBoxLayout(language_box)
        language_line.setContentsMargins(0, 0, 0, 0)
        language_line.addWidget(self.language)
        language_line.addWidget(self.other_language, 1)
        self.interpreter = QCheckBox()
        fields: tuple[QWidget, ...] = (
            self.street_address, self.postal_code, self.city, self.phone, self.email, language_box,
        )  # fmt: skip
        self.rows = {key: FieldRow(field) for key, field in zip(self.KEYS, fields, strict=True)}
        self.captions = {key: QLabel() for key in self.KEYS}
        for key in self.KEYS:
            self.captions[key].setBuddy(self.rows[key].field)
            form.addRow(self.captions[key], self.rows[key])
        form.addRow("", self.interpreter)

    def retranslate(self) -> None:
        texts = {
            "street_address": QCoreApplication.translate("ClientFields", "Street &address"),
            "postal_code": QCoreApplication.translate("ClientFields", "Postal &code"),
            "city": QCoreApplication.translate("ClientFields", "C&ity"),
            "phone": QCoreApplication.translate("ClientFields", "P&hone"),
            "email": QCoreApplication.translate("ClientFields", "E-&mail"),
            "preferred_language": QCoreApplication.translate("ClientFields", "Lan&guage"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
            self.rows[key].field.setAccessibleName(text.replace("&", ""))
        names = {
            "fi": QCoreApplication.translate("ClientFields", "Finnish"),
            "sv": QCoreApplication.translate("ClientFields", "Swedish"),
            OTHER_LANGUAGE: QCoreApplication.translate("ClientFields", "Other language:"),
        }
        for index in range(self.language.count()):
            self.language.setItemText(index, names[self.language.itemData(index)])
        self.other_language.setPlaceholderText(
            QCoreApplication.translate("ClientFields", "code, e.g. ru, so, ar, en")
        )
        self.other_language.setAccessibleName(
            QCoreApplication.translate("ClientFields", "Other language")
        )
        self.interpreter.setText(
            QCoreApplication.translate("ClientFields", "Needs an &interpreter")
        )

    def _show_other(self) -> None:
        self.other_language.setVisible(self.language.currentData() == OTHER_LANGUAGE)

    def values(self) -> dict[str, object]:
        chosen = self.language.currentData()
        language = self.other_language.text() if chosen == OTHER_LANGUAGE else chosen
        return {
            "street_address": self.street_address.text(),
            "postal_code": self.postal_code.text(),
            "city": self.city.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "preferred_language": language,
            "needs_interpreter": self.interpreter.isChecked(),
        }

    def fill(self, values: Mapping[str, object]) -> None:
        for key in ("street_address", "postal_code", "city", "phone", "email"):
            widget = self.rows[key].field
            assert isinstance(widget, QLineEdit)
            widget.setText(str(values.get(key) or ""))
        language = str(values.get("preferred_language") or "fi")
        index = self.language.findData(language)
        if index < 0:
            index = self.language.findData(OTHER_LANGUAGE)
            self.other_language.setText(language)
        self.language.setCurrentIndex(index)
        self.interpreter.setChecked(bool(values.get("needs_interpreter")))

    def show_problems(self, problems: Mapping[str, tuple[str, ...]]) -> None:
        for key, row in self.rows.items():
            row.show_problem(problems.get(key))
