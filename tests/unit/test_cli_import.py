"""`astu-desktop import` as a worker meets it: all or nothing, every bad row by its line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from astu_desktop.cli import main
from astu_desktop.models import AccessLogEntry, Client
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import AccessAction
from tests.support import PASSPHRASE, new_store

GOOD = """etunimet;sukunimi;henkilötunnus;puhelin
Aino;Virtanen;010594Y900R;040 123 4567
Ville;Mäkinen;120380-901J;
"""


@pytest.fixture
def made_store(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    new_store(store_path).lock()
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASTU_LANG", "fi")
    return store_path


def _counts(path: Path) -> tuple[int, int]:
    store = CaseStore.unlock(path, PASSPHRASE)
    with store.session() as session:
        clients = session.scalar(select(func.count()).select_from(Client)) or 0
        imports = session.scalar(
            select(func.count())
            .select_from(AccessLogEntry)
            .where(AccessLogEntry.action == AccessAction.IMPORT)
        )
    store.lock()
    return clients, imports or 0


def _valid_hetus() -> tuple[str, str]:
    from datetime import date

    from astu_desktop.models.hetu import make_hetu

    return make_hetu(date(1994, 5, 1), 900, "Y"), make_hetu(date(1980, 3, 12), 901)


def test_a_good_file_imports_every_client_and_logs_each(
    made_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = _valid_hetus()
    source = tmp_path / "asiakkaat.csv"
    source.write_text(
        f"etunimet;sukunimi;henkilötunnus\nAino;Virtanen;{first}\nVille;Mäkinen;{second}\n",
        encoding="utf-8",
    )
    assert main(["import", "--db", str(made_store), str(source)]) == 0
    assert "Tuotiin 2 asiakasta." in capsys.readouterr().out
    assert _counts(made_store) == (2, 2)


def test_a_file_with_a_bad_row_imports_nothing_and_names_the_line(
    made_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, _ = _valid_hetus()
    source = tmp_path / "asiakkaat.csv"
    source.write_text(
        f"etunimet;sukunimi;henkilötunnus\nAino;Virtanen;{first}\nVille;Mäkinen;120380-901X\n",
        encoding="utf-8",
    )
    assert main(["import", "--db", str(made_store), str(source)]) == 1
    out = capsys.readouterr().out
    assert "Tiedostossa on 1 virheellinen rivi. Mitään ei tuotu" in out
    assert "rivi 3: henkilötunnus: tarkistusmerkki ei täsmää" in out
    assert "Traceback" not in out
    assert _counts(made_store) == (0, 0)


def test_a_broken_file_is_explained(
    made_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "rikki.json"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    assert main(["import", "--db", str(made_store), str(source)]) == 1
    out = capsys.readouterr().out
    assert "Tiedostoa ei voi lukea" in out
    assert _counts(made_store) == (0, 0)
