"""A date typed as a worker types it is the date kept (Qt's editors changed it)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit

from astu_desktop.ui.date_inputs import WholeTextDateEdit, WholeTextDateTimeEdit


def shown(qtbot, edit: QDateTimeEdit, display: str) -> QDateTimeEdit:
    edit.setDisplayFormat(display)
    qtbot.addWidget(edit)
    edit.show()
    return edit


def test_a_date_typed_over_the_selected_text_replaces_it(qtbot) -> None:
    edit = shown(qtbot, WholeTextDateEdit(QDate(2026, 12, 7)), "d.M.yyyy")
    edit.selectAll()
    qtbot.keyClicks(edit, "24.1.2027")
    assert edit.date() == QDate(2027, 1, 24)


def test_a_date_and_time_typed_over_the_selected_text_replace_it(qtbot) -> None:
    start = QDateTime(QDate(2026, 12, 7), QTime(9, 0))
    edit = shown(qtbot, WholeTextDateTimeEdit(start), "d.M.yyyy HH.mm")
    edit.selectAll()
    qtbot.keyClicks(edit, "9.12.2026 13.15")
    assert edit.dateTime() == QDateTime(QDate(2026, 12, 9), QTime(13, 15))


def test_typing_into_one_section_still_edits_only_that_section(qtbot) -> None:
    edit = shown(qtbot, WholeTextDateEdit(QDate(2026, 12, 7)), "d.M.yyyy")
    edit.setSelectedSection(QDateTimeEdit.Section.MonthSection)
    qtbot.keyClicks(edit, "3")
    assert edit.date() == QDate(2026, 3, 7)


def test_a_two_digit_day_then_a_dot_goes_on_to_the_month(qtbot) -> None:
    """Qt moved on after "24" by itself and again on ".": 24.1.2027 became 24.12.2026."""
    edit = shown(qtbot, WholeTextDateEdit(QDate(2026, 12, 7)), "d.M.yyyy")
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, "24.1.2027")
    assert edit.date() == QDate(2027, 1, 24)


def test_a_full_time_typed_with_two_digit_parts_is_kept(qtbot) -> None:
    start = QDateTime(QDate(2026, 12, 7), QTime(9, 0))
    edit = shown(qtbot, WholeTextDateTimeEdit(start), "d.M.yyyy HH.mm")
    edit.selectAll()
    qtbot.keyClicks(edit, "24.12.2026 09.05")
    assert edit.dateTime() == QDateTime(QDate(2026, 12, 24), QTime(9, 5))
