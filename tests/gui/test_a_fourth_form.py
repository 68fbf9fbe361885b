"""A new form is data plus its key in the code list, and nothing else.

The program is copied, `tests/data/forms/contact_note.json` is dropped into the copy's
`resources/forms/`, one line (`CONTACT_NOTE = "contact_note"`) is added to the copy's
`FormKey`, and tests/gui/fourth_form/ runs against that copy: the record gets a tab, the
editor fills and saves it, the paper and the command print it, the protocol takes it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORM = ROOT / "tests" / "data" / "forms" / "contact_note.json"
CODE_LINE = '    LIVING_SKILLS_CHECK = "living_skills_check"  # asumistaitojen kartoitus\n'


def copy_with_a_fourth_form(into: Path) -> Path:
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    for part in ("astu_protocol", "astu_desktop", "resources", "tests"):
        shutil.copytree(ROOT / part, into / part, ignore=skip)
    shutil.copy2(ROOT / "pyproject.toml", into / "pyproject.toml")
    shutil.copy2(FORM, into / "resources" / "forms" / FORM.name)
    codes = into / "astu_protocol" / "codes.py"
    text = codes.read_text(encoding="utf-8")
    assert text.count(CODE_LINE) == 1
    codes.write_text(
        text.replace(CODE_LINE, CODE_LINE + '    CONTACT_NOTE = "contact_note"\n'),
        encoding="utf-8",
    )
    return into


def test_a_fourth_form_appears_everywhere_with_no_code_beyond_its_key(tmp_path: Path) -> None:
    tree = copy_with_a_fourth_form(tmp_path / "program")
    environment = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/gui/fourth_form"],
        cwd=tree,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "5 passed" in run.stdout
