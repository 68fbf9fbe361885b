"""Dates and times that keep what was typed, as a worker types them: "24.1.2027 9.30".

Qt's date editors edit one section at a time, and two habits of theirs changed what a
worker typed without a word:
- with all of the text selected (Ctrl+A, a triple click) they refuse the first key, so
  "9.12.2026 11.00" typed over "7.12.2026 09.00" kept the 7th;
- a section that is full ("24") moves on to the next by itself, and the "." typed after
  it then moved on once more, so "24.1.2027" ended as 24.12.2026.
Here typing over the whole text starts in its first section, and a separator right after
such a move is taken as the move it already was. Typing into one section is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

SEPARATORS = frozenset(". :")
_MOVED_ON = "astu_moved_on_by_itself"  # a full section just moved on to the next


def _press(edit: QDateTimeEdit, event: QKeyEvent, qt_press: Callable[[QKeyEvent], None]) -> None:
    """The key handling both editors share (one Qt base each: Qt classes do not mix)."""
    typed = event.text()
    line = edit.lineEdit()
    if typed and typed.isprintable() and line.selectedText() == line.text() != "":
        edit.setSelectedSection(edit.sectionAt(0))
    if typed in SEPARATORS and edit.property(_MOVED_ON):
        edit.setProperty(_MOVED_ON, False)
        event.accept()  # the move this separator asks for has happened already
        return
    section = edit.currentSection()
    qt_press(event)
    edit.setProperty(_MOVED_ON, typed.isdigit() and edit.currentSection() != section)


class WholeTextDateTimeEdit(QDateTimeEdit):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        _press(self, event, super().keyPressEvent)


class WholeTextDateEdit(QDateEdit):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        _press(self, event, super().keyPressEvent)
