"""`export-pdf` and `report` as a user meets them: files, messages, passwords, the log."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from astu_desktop.cli import main
from astu_desktop.models import AccessLogEntry
from astu_desktop.services import documents
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import AccessAction, FormKey
from tests.support import PASSPHRASE, helsinki_today, new_store
from tests.unit.reports.pdfkit import flat, page_texts
from tests.unit.reports.samples import living_skills_answers
from tests.unit.services.recordkit import TODAY, People, add_people

PDF_PASSWORD = "Talvi-ilta Åbossa 2025"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASTU_LANG", "en")
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("ASTU_PDF_PASSWORD", raising=False)


@pytest.fixture
def people(store: CaseStore) -> People:
    people = add_people(store)
    with store.session() as s, s.begin():
        documents.create_draft(
            s,
            client_id=people.client_id,
            form_key=FormKey.LIVING_SKILLS_CHECK,
            author_id=people.me,
            answers=living_skills_answers(),
            today=TODAY,
        )
    store.lock()
    return people


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def exports(store_path: Path) -> list[AccessLogEntry]:
    store = CaseStore.unlock(store_path, PASSPHRASE)
    try:
        with store.session() as s:
            query = select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.EXPORT)
            return list(s.scalars(query))
    finally:
        store.lock()


def export_args(store_path: Path, people: People, out: Path, *extra: str) -> list[str]:
    return [
        "export-pdf",
        "--db",
        str(store_path),
        "--client",
        people.client_id,
        "--document",
        "living_skills_check",
        "--out",
        str(out),
        *extra,
    ]


def test_export_pdf_writes_the_document_in_the_chosen_language_and_logs_it(
    store_path: Path, people: People, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kartlaggning.pdf"
    status, said = run(capsys, *export_args(store_path, people, out, "--lang", "sv"))
    assert status == 0
    assert "PDF saved" in said
    assert "not password-protected" in said
    text = flat(" ".join(page_texts(out.read_bytes())))
    assert "Kartläggning av boendefärdigheter" in text
    assert "UTKAST" in text
    assert "Kaksi kuukautta vuokrarästiä." in text
    assert out.stat().st_mode & 0o077 == 0
    assert len(exports(store_path)) == 1


def test_export_pdf_protects_with_the_password_from_the_environment(
    store_path: Path,
    people: People,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ASTU_PDF_PASSWORD", PDF_PASSWORD)
    out = tmp_path / "protected.pdf"
    status, said = run(capsys, *export_args(store_path, people, out, "--protect"))
    assert status == 0
    assert "not password-protected" not in said
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.is_encrypted
    assert reader.decrypt("not the password") == 0
    assert "Living-skills check" in flat(page_texts(out.read_bytes(), PDF_PASSWORD)[0])


def test_export_pdf_without_a_password_anywhere_saves_nothing(
    store_path: Path, people: People, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "never.pdf"
    status, said = run(capsys, *export_args(store_path, people, out, "--protect"))
    assert status != 0
    assert "ASTU_PDF_PASSWORD" in said
    assert not out.exists()
    assert exports(store_path) == []


def test_export_pdf_refuses_a_short_password(
    store_path: Path,
    people: People,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ASTU_PDF_PASSWORD", "short")
    out = tmp_path / "never.pdf"
    status, said = run(capsys, *export_args(store_path, people, out, "--protect"))
    assert status != 0
    assert "at least 8 characters" in said
    assert not out.exists()


def test_export_pdf_of_a_missing_document_or_client_says_so_and_logs_nothing(
    store_path: Path, people: People, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "never.pdf"
    args = export_args(store_path, people, out)
    args[args.index("living_skills_check")] = "service_plan"
    status, said = run(capsys, *args)
    assert status != 0
    assert "no such document" in said
    args[args.index(people.client_id)] = "0192f0c2-0000-7000-8000-000000000000"
    status, said = run(capsys, *args)
    assert status != 0
    assert "no such document" in said or "No such client" in said
    assert not out.exists()
    assert exports(store_path) == []


def test_export_pdf_into_a_missing_folder_fails_cleanly(
    store_path: Path, people: People, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no" / "such" / "folder.pdf"
    status, said = run(capsys, *export_args(store_path, people, out))
    assert status != 0
    assert "Cannot write the file" in said
    assert "Traceback" not in said


def test_report_writes_the_yearly_statistics_and_logs_the_export(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:

    from astu_desktop.services.seed import seed_caseload

    store = CaseStore.unlock(store_path, PASSPHRASE) if store_path.exists() else None
    assert store is None
    store = new_store(store_path)
    seed_caseload(store, clients=30, random_seed=5)
    store.lock()
    year = helsinki_today().year - 1
    out = tmp_path / "tilastot.pdf"
    status, said = run(
        capsys, "report", "--db", str(store_path), "--year", str(year), "--out", str(out)
    )
    assert status == 0
    assert "PDF saved" in said
    text = flat(" ".join(page_texts(out.read_bytes())))
    assert f"Housing Support statistics {year}" in text
    assert f"As of 31.12.{year}" in text
    logged = exports(store_path)
    assert [(e.client_id, e.target) for e in logged] == [(None, "statistics:report")]


def test_report_refuses_a_year_in_the_future(
    store_path: Path, people: People, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "never.pdf"
    status, said = run(
        capsys, "report", "--db", str(store_path), "--year", "2999", "--out", str(out)
    )
    assert status != 0
    assert "The year must be between 2000 and" in said
    assert not out.exists()


def test_export_pdf_of_the_case_summary(
    store_path: Path, people: People, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "yhteenveto.pdf"
    args = export_args(store_path, people, out, "--lang", "fi")
    args[args.index("living_skills_check")] = "case_summary"
    status, _said = run(capsys, *args)
    assert status == 0
    text = flat(" ".join(page_texts(out.read_bytes())))
    assert "Asiakkuuden yhteenveto" in text
    assert "Aino Maria Virtanen" in text
    assert [e.target for e in exports(store_path)] == ["client:summary"]
