"""Languages of the GUI: Finnish first, then Swedish, then English.

Translations are `.ts` files in resources/i18n compiled to `.qm`. The compiled files
are not in version control; when one is missing or older than its source, it is
compiled at start with `pyside6-lrelease` into the user's cache folder. A failure to
compile only means the untranslated (English) text is shown, never a failed start.

Qt's own dialogs are translated by Qt's catalogues (qtbase_fi, qtbase_sv), loaded first.
Where those lack a text that Qt shows (the file dialog's "&Look in:", and in Swedish more),
our catalogues carry it under Qt's context (`QFileDialog`): our translator is asked first.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from astu_desktop import paths
from astu_desktop.ui import settings

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
DEFAULT_LANGUAGE = "fi"
# Language code, its own name (never translated: people look for their language's name).
LANGUAGES: dict[str, str] = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
_QT_LANGUAGES = {
    "fi": QLocale.Language.Finnish,
    "sv": QLocale.Language.Swedish,
    "en": QLocale.Language.English,
}
_log = logging.getLogger(__name__)


def ui_language() -> str:
    """fi, sv or en: the language the GUI is showing now (`Translations` sets it as the
    default locale); Finnish for any other, as at a first start."""
    for code, language in _QT_LANGUAGES.items():
        if QLocale().language() == language:
            return code
    return DEFAULT_LANGUAGE


def cache_dir() -> Path:
    return platformdirs.user_cache_path(paths.APP_NAME, paths.APP_AUTHOR) / "i18n"


def locale_for(code: str) -> QLocale:
    """Dates, numbers and euros as written in Finland, in the chosen language."""
    return QLocale(_QT_LANGUAGES.get(code, QLocale.Language.Finnish), QLocale.Country.Finland)


def compiled_translation(code: str) -> Path | None:
    """The `.qm` for `code`: beside its `.ts` if up to date, else compiled into the cache."""
    source = I18N_DIR / f"astu_{code}.ts"
    beside = source.with_suffix(".qm")
    if not source.exists():
        return beside if beside.exists() else None
    if _is_fresh(beside, source):
        return beside
    cached = cache_dir() / f"{source.stem}-{_content_digest(source)}.qm"
    if cached.exists() or _compile(source, cached):
        return cached
    return None


def _content_digest(source: Path) -> str:
    """The cache is named by the source's content, not judged by file times: two
    installs (or an upgrade that keeps old times) must never load each other's text."""
    return hashlib.sha256(source.read_bytes()).hexdigest()[:16]


def _is_fresh(compiled: Path, source: Path) -> bool:
    return compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime


def _compile(source: Path, target: Path) -> bool:
    tool = _lrelease()
    if tool is None:
        _log.warning("pyside6-lrelease not found; the GUI falls back to English")
        return False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(  # noqa: S603 - our own tool on our own file
            [str(tool), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        _log.warning("could not compile the %s translation", source.stem)
        return False
    return target.exists()


def _lrelease() -> Path | None:
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    if beside_python.exists():
        return beside_python
    found = shutil.which("pyside6-lrelease")
    return Path(found) if found else None


class Translations(QObject):
    """Installs the chosen language; Qt then sends every widget a LanguageChange event."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def load_saved(self) -> None:
        saved = settings.saved_language(DEFAULT_LANGUAGE)
        self.set_language(saved if saved in LANGUAGES else DEFAULT_LANGUAGE)

    def choose(self, code: str) -> None:
        """The worker picked a language: switch now and remember it."""
        self.set_language(code)
        settings.save_language(code)

    def set_language(self, code: str) -> None:
        self.remove()
        self.language = code
        QLocale.setDefault(locale_for(code))
        for translator in (self._qt_translator(code), self._own_translator(code)):
            if translator is not None and QCoreApplication.installTranslator(translator):
                self._installed.append(translator)

    def locale(self) -> QLocale:
        return locale_for(self.language)

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()

    def _own_translator(self, code: str) -> QTranslator | None:
        compiled = compiled_translation(code)
        translator = QTranslator(self)
        if compiled is not None and translator.load(str(compiled)):
            return translator
        return None

    def _qt_translator(self, code: str) -> QTranslator | None:
        """Qt's own texts (standard buttons, context menus of text fields)."""
        translator = QTranslator(self)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{code}", folder):
            return translator
        return None
