"""Every button with a key says which key: on the button, and in the menus' own column."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from astu_desktop.ui.record.editing import open_editor
from astu_protocol.codes import FormKey
from tests.gui.windowkit import editor_on_screen, open_window, visit_dialog


def _toolbar_texts(window) -> list[str]:
    return [button.text() for button in window.toolbar.findChildren(QToolButton) if button.text()]


def test_the_record_toolbar_shows_each_key(open_record, record_client):
    window = open_record(record_client.client_id)
    window.show()
    texts = _toolbar_texts(window)
    assert "Uusi kotikäynti (Ctrl+N)" in texts
    assert "Sulje (Ctrl+W)" in texts
    assert any(text.endswith("(Ctrl+P)") for text in texts)


def test_the_editor_buttons_show_their_keys(qtbot, open_record, record_client, translations):
    window = open_record(record_client.client_id)
    open_editor(window, FormKey.LIVING_SKILLS_CHECK, None)
    editor = editor_on_screen(qtbot)
    assert editor.buttons.save_button.text() == "&Tallenna (Ctrl+S)"
    assert (
        editor.buttons.sign_button.text() == "&Allekirjoita… (Ctrl+Vaihto+S)"
    )  # Qt spells the keys in Finnish
    translations.set_language("sv")  # Qt tells every widget with a LanguageChange event
    qtbot.waitUntil(lambda: editor.buttons.save_button.text() == "&Spara (Ctrl+S)")
    editor.close()


def test_the_visit_dialog_save_button_shows_its_key(
    qtbot, runner, translations, caseload_store, record_client
):
    dialog = visit_dialog(caseload_store, record_client.client_id, runner)
    qtbot.addWidget(dialog)
    assert dialog.save_button.text() == "&Tallenna (Ctrl+S)"


def test_the_caseload_button_and_the_menus_show_their_keys(
    qtbot, runner, translations, reporter, caseload_store
):
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    assert window.panel.new_visit_button.text() == "Uusi kotikäynti (Ctrl+N)"
    menu_keys = {
        action.text(): action.shortcut().toString()
        for menu in (window.file_menu,)
        for action in menu.actions()
        if not action.isSeparator()
    }
    assert menu_keys["&Synkronoi nyt"] == "F5"
    assert menu_keys["&Lukitse"] == "Ctrl+L"
    window.close_store()
