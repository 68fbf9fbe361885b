"""The headless commands as a user meets them: messages, exit codes, nothing changed on failure."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from astu_desktop.cli import main
from astu_desktop.store.casestore import CaseStore
from tests.support import PASSPHRASE, new_store

GOOD_NEW = "Uusi vahva tunnuslause 2026!"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASTU_LANG", "en")


@pytest.fixture
def made_store(store_path: Path) -> Path:
    new_store(store_path).lock()
    return store_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_init_creates_a_store_that_opens_with_the_passphrase(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASTU_NEW_PASSPHRASE", GOOD_NEW)
    status, out = run(capsys, "init", "--db", str(store_path))
    assert status == 0
    assert "Encrypted store created" in out
    CaseStore.unlock(store_path, GOOD_NEW).lock()


def test_init_refuses_a_weak_passphrase_and_creates_nothing(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASTU_NEW_PASSPHRASE", "salasana123")
    status, out = run(capsys, "init", "--db", str(store_path))
    assert status != 0
    assert "too weak" in out
    assert not store_path.exists()


def test_wrong_passphrase_is_a_plain_message_and_a_failure(
    made_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASTU_PASSPHRASE", "not the passphrase at all")
    status, out = run(capsys, "stats", "--db", str(made_store))
    assert status != 0
    assert out.strip() == "Wrong passphrase. Nothing was changed."


def test_second_wrong_passphrase_is_told_to_wait(
    made_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASTU_PASSPHRASE", "not the passphrase at all")
    run(capsys, "stats", "--db", str(made_store))
    status, out = run(capsys, "stats", "--db", str(made_store))
    assert status != 0
    assert "Too many wrong attempts. Try again in" in out


def test_messages_follow_the_users_language(
    made_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASTU_PASSPHRASE", "not the passphrase at all")
    monkeypatch.setenv("ASTU_LANG", "fi")
    _, out = run(capsys, "check", "--db", str(made_store))
    assert "Väärä tunnuslause" in out


def test_missing_passphrase_without_a_terminal_is_explained(
    made_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("ASTU_PASSPHRASE", raising=False)
    status, out = run(capsys, "stats", "--db", str(made_store))
    assert status == 2
    assert "ASTU_PASSPHRASE" in out


def test_check_on_a_clean_store_passes(
    made_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    status, out = run(capsys, "check", "--db", str(made_store))
    assert status == 0
    assert "all clean" in out


def test_check_on_a_truncated_store_is_a_clear_message(
    made_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = made_store.read_bytes()
    made_store.write_bytes(data[: len(data) // 3 + 100])
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    status, out = run(capsys, "check", "--db", str(made_store))
    assert status != 0
    assert "Traceback" not in out
    assert "damaged" in out or "problems" in out


def test_change_passphrase_then_only_the_new_one_opens(
    made_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASTU_NEW_PASSPHRASE", GOOD_NEW)
    status, out = run(capsys, "change-passphrase", "--db", str(made_store))
    assert status == 0, out
    monkeypatch.setenv("ASTU_PASSPHRASE", GOOD_NEW)
    assert run(capsys, "stats", "--db", str(made_store))[0] == 0


def test_rekey_keeps_the_data_and_the_passphrase(
    made_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    status, out = run(capsys, "rekey", "--db", str(made_store))
    assert status == 0, out
    status, out = run(capsys, "check", "--db", str(made_store))
    assert status == 0, out


def test_the_command_line_never_takes_a_passphrase_argument() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "astu_desktop", "init", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--passphrase" not in result.stdout
    assert "--password" not in result.stdout
