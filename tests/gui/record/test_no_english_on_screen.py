"""A walk over the windows of a working day in Finnish and in Swedish: no English on screen.

Every text a person can read (labels, buttons, tabs, menus, group titles, table headers and
cells, placeholders, window titles, Qt's own file dialog and message box) is collected and
compared with the English source texts of our catalogue and with what Qt's own dialogs say
in English. A text that equals one of them is a text nobody translated. Words that are the
same in the target language (the catalogue's translation equals its source, e.g. Swedish
"Status") and a short list of names and codes are allowed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from astu_desktop.code_words import code_lists, code_word
from astu_desktop.ui import i18n
from astu_desktop.ui.record.editing import open_editor
from astu_desktop.ui.statistics_view import StatisticsWindow
from astu_desktop.ui.unlock_dialog import UnlockDialog
from astu_protocol.codes import FormKey
from tests.gui.record.conftest import LOAD_TIMEOUT_MS, TODAY
from tests.gui.windowkit import editor_on_screen, open_window, visit_dialog

# Names and codes that are the same in every language.
PROPER_NAMES = frozenset(
    {"ASTU Desktop", "ASTU", "DEMO", "PDF", "SAS", "Kela", "OK", "Suomi", "Svenska", "English"}
)
_MNEMONIC = re.compile(r"&(?!&)")
_TAGS = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return _TAGS.sub("", _MNEMONIC.sub("", text)).replace("&&", "&").strip()


def _english_sources(language: str) -> set[str]:
    """Source texts of the catalogue whose translation in `language` differs from them."""
    tree = ET.parse(i18n.I18N_DIR / f"astu_{language}.ts")  # noqa: S314 - our own file
    english: set[str] = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else [f.text for f in translation.iter("numerusform")]
        said = forms or [translation.text if translation is not None else None]
        if source not in said and "%" not in source:
            english.add(_plain(source))
    return (english | _english_code_words(language)) - PROPER_NAMES


def _english_code_words(language: str) -> set[str]:
    """The code catalogue's English words that `language` words differently."""
    return {
        code_word(code, "en")
        for codes in code_lists()
        for code in codes
        if code_word(code, "en") != code_word(code, language)
    }


def _model_texts(model: QAbstractItemModel | None, rows: int = 20) -> Iterator[str]:
    if model is None:
        return
    display = Qt.ItemDataRole.DisplayRole
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal, display) or "")
    for row in range(min(rows, model.rowCount())):
        for column in range(model.columnCount()):
            yield str(model.index(row, column).data(display) or "")


def visible_texts(top: QWidget, *, rows: int = 20) -> set[str]:
    """What a person can read in `top` and its visible children (`rows` of each list)."""
    found = {top.windowTitle()}
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        found.update(_texts_of(widget, rows))
        found.update(action.text() for action in widget.actions())
    if isinstance(top, QMainWindow):
        for menu_action in top.menuBar().actions():
            found.add(menu_action.text())
            menu = menu_action.menu()
            if menu is not None:
                found.update(action.text() for action in menu.actions())
    plain = (_plain(text) for text in found if text)
    return {text for text in plain if any(character.isalpha() for character in text)}


def _texts_of(widget: QWidget, rows: int) -> Iterator[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(index) for index in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(index) for index in range(widget.count()))
    elif isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget.model(), rows)


def english_on(top: QWidget, language: str) -> list[str]:
    return sorted(visible_texts(top) & _english_sources(language))


@pytest.fixture(params=["fi", "sv"])
def language(request, translations) -> str:
    translations.set_language(request.param)
    return str(request.param)


def test_the_record_and_every_tab_speak_the_language(open_record, record_client, language):
    window = open_record(record_client.client_id)
    window.show()
    seen: set[str] = set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        seen |= visible_texts(window)
    assert sorted(seen & _english_sources(language)) == []


def test_the_visit_dialog_speaks_the_language(
    qtbot, runner, caseload_store, record_client, language
):
    dialog = visit_dialog(caseload_store, record_client.client_id, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=LOAD_TIMEOUT_MS)
    assert english_on(dialog, language) == []


@pytest.mark.parametrize("form_key", list(FormKey))
def test_every_form_editor_speaks_the_language(
    qtbot, open_record, record_client, language, form_key
):
    window = open_record(record_client.client_id)
    open_editor(window, form_key, None)
    editor = editor_on_screen(qtbot)
    assert english_on(editor, language) == []
    editor.close()


def test_the_export_dialog_and_its_questions_speak_the_language(
    qtbot, open_record, record_client, language
):
    window = open_record(record_client.client_id)
    dialog = window.export_pdf()
    assert dialog is not None
    assert english_on(dialog, language) == []
    question = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ExportDialog", "Save without a password?"),
        "",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(question)
    question.show()
    assert english_on(question, language) == []


def _file_dialog(qtbot) -> QFileDialog:
    dialog = QFileDialog(None, QCoreApplication.translate("ExportDialog", "Save PDF"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(QCoreApplication.translate("ExportDialog", "PDF documents (*.pdf)"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_qts_own_file_dialog_speaks_the_language(qtbot, qapp: QApplication, translations):
    """Qt's dialog is Qt's text: what it says in English is the list of sources here.

    The folder's entries are the disk's names, not words: only headers are compared."""
    translations.set_language("en")
    english = {t for t in visible_texts(_file_dialog(qtbot), rows=0) if not t.startswith("/")}
    assert {"Look in:", "File name:", "Files of type:", "Save PDF", "Name"} <= english
    for code in ("fi", "sv"):
        translations.set_language(code)
        assert sorted(visible_texts(_file_dialog(qtbot), rows=0) & english) == [], code


def test_the_statistics_view_speaks_the_language(qtbot, runner, caseload_store, language):
    window = StatisticsWindow(caseload_store, runner, today=lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.open()
    window.show()
    assert english_on(window, language) == []


def test_the_main_window_its_menus_and_status_bar_speak_the_language(
    qtbot, runner, reporter, translations, caseload_store, language
):
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    assert english_on(window, language) == []


def test_the_unlock_dialog_speaks_the_language(qtbot, runner, caseload_store, language):
    dialog = UnlockDialog(caseload_store.paths.database, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_on(dialog, language) == []
