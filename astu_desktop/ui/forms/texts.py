"""The words the form renderer adds to a definition's own labels, in the UI language.

Labels, options and help come from the definition in fi/sv/en; what the renderer
says itself (yes/no, clear, add a row, what is wrong with an answer) is translated
here with Qt's `tr`, so both follow the language chosen in settings.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from astu_protocol.forms import AnswerError, AnswerProblem, FieldDef, FieldType

_PROBLEMS = "FormProblems"
_PROBLEM_TEXTS = {
    AnswerProblem.REQUIRED: QT_TRANSLATE_NOOP("FormProblems", "Required for signing."),
    AnswerProblem.WRONG_TYPE: QT_TRANSLATE_NOOP("FormProblems", "This answer has the wrong form."),
    AnswerProblem.UNKNOWN_OPTION: QT_TRANSLATE_NOOP(
        "FormProblems", "Choose one of the options shown."
    ),
    AnswerProblem.OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "FormProblems", "The value is outside the allowed range."
    ),
    AnswerProblem.TOO_LONG: QT_TRANSLATE_NOOP("FormProblems", "The text is too long."),
    AnswerProblem.BAD_DATE: QT_TRANSLATE_NOOP(
        "FormProblems", "Not a date. Write it as day.month.year, e.g. 31.12.2025."
    ),
    AnswerProblem.UNKNOWN_FIELD: QT_TRANSLATE_NOOP(
        "FormProblems", "This answer does not belong to this version of the form."
    ),
    AnswerProblem.NOT_A_NUMBER: QT_TRANSLATE_NOOP(
        "FormProblems", "Not a sum. Write it as 12 500,50 or 12500.50."
    ),
    AnswerProblem.NEGATIVE: QT_TRANSLATE_NOOP("FormProblems", "A sum cannot be negative."),
    AnswerProblem.TOO_MANY_DECIMALS: QT_TRANSLATE_NOOP(
        "FormProblems", "At most two decimals: euros and cents."
    ),
    AnswerProblem.AMBIGUOUS_NUMBER: QT_TRANSLATE_NOOP(
        "FormProblems",
        "This can be read as two different sums. Write thousands with a space: 1 234 or 1,23.",
    ),
    AnswerProblem.TOO_LARGE: QT_TRANSLATE_NOOP("FormProblems", "The sum is too large."),
    AnswerProblem.IN_FUTURE: QT_TRANSLATE_NOOP(
        "FormProblems", "This date cannot be in the future."
    ),
}
_ORDER_TEXTS = {
    AnswerProblem.BEFORE_OTHER: QT_TRANSLATE_NOOP("FormProblems", "Cannot be before “%1”."),
    AnswerProblem.NOT_AFTER_OTHER: QT_TRANSLATE_NOOP("FormProblems", "Must be after “%1”."),
    AnswerProblem.CONTRADICTION: QT_TRANSLATE_NOOP(
        "FormProblems", "“%1” contradicts the other choices."
    ),
}
_TOO_LONG_AFTER = QT_TRANSLATE_NOOP("FormProblems", "At most %n month(s) after “%1”.")
_BAD_ESTIMATE = QT_TRANSLATE_NOOP(
    "FormProblems", "Not a date. Write a day (31.12.2025), a month (12.2025) or a year (2025)."
)


def problem_text(problem: AnswerProblem) -> str:
    return QCoreApplication.translate(_PROBLEMS, str(_PROBLEM_TEXTS[problem]))


def error_text(error: AnswerError, scope: list[FieldDef], language: str) -> str:
    """The problem in words, naming the other field or option a rule refers to."""
    by_key = {field.key: field for field in scope}
    field = by_key.get(error.path.rsplit(".", 1)[-1])
    if error.problem == AnswerProblem.BAD_DATE and field is not None and field.estimate:
        return QCoreApplication.translate(_PROBLEMS, str(_BAD_ESTIMATE))
    other = _other_label(error, by_key, field, language)
    if error.problem == AnswerProblem.TOO_LONG_AFTER:
        text = QCoreApplication.translate(_PROBLEMS, str(_TOO_LONG_AFTER), "", error.limit or 0)
        return text.replace("%1", other)
    if error.problem in _ORDER_TEXTS:
        return QCoreApplication.translate(_PROBLEMS, str(_ORDER_TEXTS[error.problem])).replace(
            "%1", other
        )
    return problem_text(error.problem)


def _other_label(
    error: AnswerError, scope: dict[str, FieldDef], field: FieldDef | None, language: str
) -> str:
    if error.other is None:
        return ""
    if field is not None and field.type == FieldType.MULTIPLE_CHOICE:
        option = next((o for o in field.options if o.value == error.other), None)
        return option.label.get(language) if option is not None else error.other
    other = scope.get(error.other)
    return other.label.get(language) if other is not None else error.other


def yes_text() -> str:
    return QCoreApplication.translate("FormFields", "Yes")


def no_text() -> str:
    return QCoreApplication.translate("FormFields", "No")


def clear_text() -> str:
    return QCoreApplication.translate("FormFields", "Clear")


def clear_name(label: str) -> str:
    """The accessible name of a clear button says which answer it clears."""
    return QCoreApplication.translate("FormFields", "Clear the answer: %1").replace("%1", label)


def pick_date_name(label: str) -> str:
    return QCoreApplication.translate("FormFields", "Pick from a calendar: %1").replace("%1", label)


def date_hint(locale: QLocale) -> str:
    """An example date in the locale's own short form (31.12.2025, 31/12/2025)."""
    example = locale.toString(QDate(2025, 12, 31), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("FormFields", "e.g. %1").replace("%1", example)


def estimate_hint(locale: QLocale) -> str:
    """An exact day, or a month or a year where an estimate will do."""
    example = locale.toString(QDate(2025, 12, 31), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("FormFields", "e.g. %1, 12.2025 or 2025").replace(
        "%1", example
    )


def money_hint() -> str:
    return QCoreApplication.translate("FormFields", "e.g. 12 500,50")


def not_chosen_text() -> str:
    return QCoreApplication.translate("FormFields", "(not chosen)")


def add_row_text() -> str:
    return QCoreApplication.translate("FormFields", "Add")


def add_row_name(label: str) -> str:
    return QCoreApplication.translate("FormFields", "Add a row: %1").replace("%1", label)


def remove_row_text() -> str:
    return QCoreApplication.translate("FormFields", "Remove")


def remove_row_name(label: str, number: int) -> str:
    text = QCoreApplication.translate("FormFields", "Remove row %1: %2")
    return text.replace("%1", str(number)).replace("%2", label)


def row_title(number: int) -> str:
    return QCoreApplication.translate("FormFields", "No. %1").replace("%1", str(number))


def no_rows_text() -> str:
    return QCoreApplication.translate("FormFields", "No rows yet.")


def text_limit_text(limit: int) -> str:
    return QCoreApplication.translate("FormFields", "At most %1 characters.").replace(
        "%1", QLocale().toString(limit)
    )


def required_legend() -> str:
    return QCoreApplication.translate("FormFields", "* required for signing")
