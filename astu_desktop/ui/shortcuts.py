"""The keyboard shortcuts of the application, in one place so that none clash.

A field worker types notes all day; every common action has a key. Windows that
offer an action take its sequence from here (the form editor's save and sign, the
record's new visit), and the tests check that no window binds one key twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence

# Portable text, made into a QKeySequence where used: a key sequence made before the
# QApplication exists crashes Qt. Quit follows each platform's own convention.
SEARCH = "Ctrl+F"
NEW_VISIT = "Ctrl+N"
NEW_CLIENT = "Ctrl+Shift+N"  # Ctrl+N is the visit, the most common action
BOOK_VISIT = "Ctrl+B"
BOOKED_VISITS = "Ctrl+D"  # the day and week of booked visits
NEW_CONTACT = "Ctrl+Shift+K"  # a phone call, a message, a meeting: "kontakti"
SAVE = "Ctrl+S"
SIGN = "Ctrl+Shift+S"
LOCK = "Ctrl+L"
SYNC = "F5"
TEAM_OVERVIEW = "Ctrl+T"
RETURNED_DOCUMENTS = "Ctrl+Shift+R"
QUIT = QKeySequence.StandardKey.Quit


def sequence(keys: str | QKeySequence.StandardKey) -> QKeySequence:
    return QKeySequence(keys)


def with_key(text: str, keys: QKeySequence) -> str:
    """ "&Save" and Ctrl+S -> "&Save (Ctrl+S)": the key on the button, where the eye is.

    Menus show an action's key in a column of their own; buttons and toolbars have no
    such column, so their text carries it (in the platform's own spelling)."""
    native = keys.toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({native})" if native else text


def show_key_on_toolbar(action: QAction) -> None:
    """The action's toolbar button reads "New home visit (Ctrl+N)"; its menu entry keeps
    the plain text, with the key in the menu's own column. Call after every setText."""
    plain = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    action.setIconText(with_key(plain, action.shortcut()))


def clashes(actions: Iterable[QAction]) -> dict[str, list[str]]:
    """Key sequences bound by more than one action, with the actions' texts."""
    bound: dict[str, list[str]] = defaultdict(list)
    for action in actions:
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                bound[sequence.toString()].append(action.text())
    return {keys: texts for keys, texts in bound.items() if len(texts) > 1}
