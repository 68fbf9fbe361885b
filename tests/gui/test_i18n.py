"""Translations: complete .ts sources, compiled at start when missing, never a failed start."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from astu_desktop.code_words import code_word
from astu_desktop.store.errors import WrongPassphrase
from astu_desktop.ui import i18n
from astu_desktop.ui.errors import store_error_text
from astu_desktop.ui.i18n import LANGUAGES, Translations
from astu_desktop.ui.labels import code_label
from astu_protocol.codes import VisitKind


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_text_is_translated(code):
    tree = ET.parse(i18n.I18N_DIR / f"astu_{code}.ts")  # noqa: S314 - our own file
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 50
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, message.findtext("source")
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        assert all(forms), message.findtext("source")


def test_english_is_the_source_text():
    tree = ET.parse(i18n.I18N_DIR / "astu_en.ts")  # noqa: S314 - our own file
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            assert message.findtext("translation") == message.findtext("source")


@pytest.fixture
def sources_only(tmp_path, monkeypatch, sandbox_home) -> Path:
    """A fresh clone: .ts sources, no compiled .qm files, an empty cache."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    for source in i18n.I18N_DIR.glob("astu_*.ts"):
        shutil.copy(source, folder)
    monkeypatch.setattr(i18n, "I18N_DIR", folder)
    shutil.rmtree(i18n.cache_dir(), ignore_errors=True)
    return folder


def test_a_missing_qm_is_compiled_into_the_cache(qapp, sources_only):
    compiled = i18n.compiled_translation("sv")
    assert compiled is not None
    assert compiled.parent == i18n.cache_dir()
    assert not (sources_only / "astu_sv.qm").exists()

    chosen = Translations()
    chosen.set_language("sv")
    try:
        assert store_error_text(WrongPassphrase()) == "Fel lösenfras."
    finally:
        chosen.remove()
    assert i18n.compiled_translation("sv") == compiled  # compiled once, then reused


def test_without_lrelease_the_gui_starts_in_english(qapp, sources_only, monkeypatch):
    monkeypatch.setattr(i18n, "_lrelease", lambda: None)
    chosen = Translations()
    chosen.set_language("fi")
    try:
        assert QCoreApplication.translate("StoreErrors", "Wrong passphrase.") == (
            "Wrong passphrase."
        )
    finally:
        chosen.remove()


def test_the_chosen_language_is_remembered(qapp):
    chosen = Translations()
    chosen.choose("sv")
    chosen.remove()
    again = Translations()
    again.load_saved()
    try:
        assert again.language == "sv"
    finally:
        again.remove()


def test_finnish_is_the_default_language(qapp):
    chosen = Translations()
    chosen.load_saved()
    try:
        assert chosen.language == "fi"
        assert store_error_text(WrongPassphrase()) == "Väärä tunnuslause."
    finally:
        chosen.remove()


def test_a_changed_source_is_never_served_from_an_older_compile(qapp, sources_only):
    first = i18n.compiled_translation("sv")
    source = sources_only / "astu_sv.ts"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("Fel lösenfras.", "Fel lösenord."), encoding="utf-8")
    os.utime(source, (0, 0))  # older than the compiled file, as an install may leave it
    second = i18n.compiled_translation("sv")
    assert second is not None
    assert second != first
    chosen = Translations()
    chosen.set_language("sv")
    try:
        assert store_error_text(WrongPassphrase()) == "Fel lösenord."
    finally:
        chosen.remove()


def _catalogue_pairs(path: Path) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own files
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def marked_in_code(tmp_path_factory) -> set[tuple[str, str]]:
    """Every (context, text) the GUI code marks for translation, as Qt's own lupdate reads it."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ui = Path(i18n.__file__).parent
    sources = sorted(str(path) for path in ui.rglob("*.py"))
    target = tmp_path_factory.mktemp("lupdate") / "marked.ts"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(target)], check=True, timeout=120)
    return set(_catalogue_pairs(target))


@pytest.mark.parametrize("code", ["fi", "sv"])
def test_every_text_marked_in_the_code_is_in_the_catalogue(marked_in_code, code):
    """A text wrapped in tr() but missing from a catalogue shows in English to everyone."""
    catalogue = _catalogue_pairs(i18n.I18N_DIR / f"astu_{code}.ts")
    assert len(marked_in_code) > 600
    assert sorted(marked_in_code - set(catalogue)) == []


@pytest.mark.parametrize(
    ("code", "count", "expected"),
    [
        ("fi", 1, "Yhteensä 1 kotikäynti"),
        ("fi", 2, "Yhteensä 2 kotikäyntiä"),
        ("sv", 1, "Totalt 1 hembesök"),
        ("en", 1, "In all: 1 home visit"),
        ("en", 0, "In all: 0 home visits"),
    ],
)
def test_counted_words_take_the_form_of_their_number(qapp, code, count, expected):
    chosen = Translations()
    chosen.set_language(code)
    try:
        said = QCoreApplication.translate("StatisticsWindow", "In all: %n home visit(s)", "", count)
        assert said == expected
        debtors = QCoreApplication.translate(
            "StatisticsWindow",
            "Followed up during the year: %n client(s); debt when their follow-up started %1, "
            "paid during the year %2, still owed %3.",
            "",
            1,
        )
        assert " 1 asiakas;" in debtors or " 1 klient;" in debtors or " 1 client;" in debtors
    finally:
        chosen.remove()


@pytest.mark.parametrize(
    ("code", "expected"),
    [("fi", "Toimistokäynti"), ("sv", "Besök på byrån"), ("en", "Office visit")],
)
def test_the_screen_words_a_code_as_the_paper_does(qapp, code, expected):
    """One catalogue: the visit kind on screen is the word the case summary prints."""
    chosen = Translations()
    chosen.set_language(code)
    try:
        assert code_label(VisitKind.OFFICE) == expected
    finally:
        chosen.remove()
    assert code_word(VisitKind.OFFICE, code) == expected


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_catalogue_text_is_still_marked_in_the_code(marked_in_code, code):
    """A text no code asks for is a second, forgotten copy of a word (as the code labels
    once were, beside the catalogue the paper reads). Qt's own contexts are ours to fill."""
    ours = {
        pair for pair in _catalogue_pairs(i18n.I18N_DIR / f"astu_{code}.ts") if pair[0][0] != "Q"
    }
    assert sorted(ours - marked_in_code) == []
