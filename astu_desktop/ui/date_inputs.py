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

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

SEPARATORS = frozenset(". :")


class _KeepsWhatIsTyped:
    """The key handling both editors share (a mixin ahead of the Qt class)."""

    _moved_on_by_itself = False

    def _typed(self, edit: QDateTimeEdit, event: QKeyEvent) -> bool:
        """Whether the key is consumed here; otherwise Qt handles it as usual."""
        typed = event.text()
        line = edit.lineEdit()
        if typed and typed.isprintable() and line.selectedText() == line.text() != "":
            edit.setSelectedSection(edit.sectionAt(0))
        if typed in SEPARATORS and self._moved_on_by_itself:
            self._moved_on_by_itself = False
            event.accept()
            return True
        return False

    def _after(self, edit: QDateTimeEdit, event: QKeyEvent, section: object) -> None:
        self._moved_on_by_itself = event.text().isdigit() and edit.currentSection() != section


class WholeTextDateTimeEdit(_KeepsWhatIsTyped, QDateTimeEdit):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self._typed(self, event):
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._after(self, event, section)


class WholeTextDateEdit(_KeepsWhatIsTyped, QDateEdit):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self._typed(self, event):
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._after(self, event, section)
