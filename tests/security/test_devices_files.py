"""The laptop's own files: exports that never follow a planted symbolic link, settings
read from disk brought within their limits, and a damaged key file called damaged.

The attacks: a link planted at the export's fixed temporary name (`<file>.tmp`) made
an export overwrite whatever it pointed at; an auto-lock of a week written into the
unprotected settings file was obeyed; a key file with one flipped byte was reported
as a wrong passphrase and lengthened the unlock delay.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from astu_desktop.cli import main
from astu_desktop.services.seed import seed_caseload
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import KeyFileDamaged, WrongPassphrase
from astu_desktop.store.files import write_atomically
from astu_desktop.store.throttle import UnlockThrottle
from astu_desktop.ui import settings
from tests.support import PASSPHRASE, helsinki_today, new_store

VICTIM_TEXT = b"the user's own file\n"


def plant_links(folder: Path, name: str, victim: Path) -> None:
    """Links at the names a predictable temporary file could have."""
    for temporary in (f"{name}.tmp", f".{name}.tmp", f"{name}~"):
        (folder / temporary).symlink_to(victim)


def test_an_export_never_writes_through_a_planted_link(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASTU_LANG", "en")
    store = new_store(store_path)
    seed_caseload(store, clients=5, random_seed=5)
    store.lock()
    victim = tmp_path / "victim.txt"
    victim.write_bytes(VICTIM_TEXT)
    out_folder = tmp_path / "exports"
    out_folder.mkdir()
    plant_links(out_folder, "tilastot.pdf", victim)
    (out_folder / "tilastot.pdf").symlink_to(victim)  # and at the target itself
    year = str(helsinki_today().year - 1)
    out = out_folder / "tilastot.pdf"
    assert main(["report", "--db", str(store_path), "--year", year, "--out", str(out)]) == 0
    assert victim.read_bytes() == VICTIM_TEXT
    assert not out.is_symlink()
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_mode & 0o077 == 0
    capsys.readouterr()


def test_an_atomic_write_leaves_nothing_behind_when_it_fails(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "file.pdf"
    with pytest.raises(FileNotFoundError):
        write_atomically(target, b"data")
    write_atomically(tmp_path / "file.pdf", b"data")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["file.pdf"]


@pytest.mark.parametrize(("written", "read"), [("10080", 60), ("0", 1), ("-5", 10), ("x", 10)])
def test_an_auto_lock_time_edited_on_disk_is_brought_within_limits(
    qapp: object, written: str, read: int
) -> None:
    path = Path(settings.app_settings().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[security]\nautolock_minutes={written}\n", encoding="utf-8")
    try:
        assert settings.saved_autolock_minutes(10) == read
    finally:
        path.unlink()


def flip_ciphertext_byte(keyfile: Path) -> None:
    body = json.loads(keyfile.read_bytes())
    ciphertext = bytearray(base64.b64decode(body["ciphertext"]))
    ciphertext[3] ^= 0x40
    body["ciphertext"] = base64.b64encode(bytes(ciphertext)).decode("ascii")
    keyfile.write_text(json.dumps(body), encoding="ascii")


def test_a_flipped_byte_in_the_key_file_is_damage_not_a_wrong_passphrase(
    store: CaseStore,
) -> None:
    store.lock()
    throttle = UnlockThrottle(store.paths.throttle)
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store.paths.database, "väärä tunnuslause")
    assert throttle.failures() == 1  # a delay is now running
    flip_ciphertext_byte(store.paths.keyfile)
    with pytest.raises(KeyFileDamaged):  # at once: not "wait", not "wrong passphrase"
        CaseStore.unlock(store.paths.database, PASSPHRASE)
    assert throttle.failures() == 1
