"""No client data in clear in any file of the store: database, WAL, shared memory, key file.

A distinctive client (name, henkilötunnus, a substance-use note in a home visit and in
a form answer) is written, and every file in the store's folder is searched for it by a
separate process, as someone who copied the folder off a lost laptop would.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from astu_desktop.models import Client, FormDocument, HomeVisit
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import FormKey
from tests.support import PASSPHRASE
from tests.unit.store.storefiles import run_python

FIRST_NAMES = "Zacharias Ölfrid"
LAST_NAME = "Qvarnström-Kanarialintu"
HETU = "131052-308T"
SUBSTANCE_NOTE = "Käyttää amfetamiinia ja subutexia suonensisäisesti päivittäin (KANARIA-4417)."
CANARIES = [FIRST_NAMES, LAST_NAME, HETU, SUBSTANCE_NOTE]
# Parts without ä/ö: found even where the text was stored JSON-escaped (\u00e4).
ASCII_FRAGMENTS = ["Zacharias", "Kanarialintu", "amfetamiinia", "subutexia", "KANARIA-4417"]

SCAN = """
import json, sys
from pathlib import Path
needles = [(label, bytes.fromhex(hexed)) for label, hexed in json.load(sys.stdin)]
folder = Path(sys.argv[1])
files, found = [], []
for path in sorted(folder.rglob("*")):
    if path.is_file():
        name, data = str(path.relative_to(folder)), path.read_bytes()
        files.append(name)
        found += [[name, label] for label, n in needles if n in data]
print(json.dumps({"files": files, "found": found}))
"""


def needles() -> list[tuple[str, str]]:
    """Every way the canaries could sit in a file, labelled without repeating them."""
    found: list[tuple[str, str]] = []
    for index, canary in enumerate(CANARIES):
        for form, text in (("as written", canary), ("lower case", canary.lower())):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                found.append((f"canary {index} {form} {encoding}", text.encode(encoding).hex()))
            found.append((f"canary {index} {form} json", json.dumps(text).encode().hex()))
    for index, fragment in enumerate(ASCII_FRAGMENTS):
        for text in (fragment, fragment.lower()):
            found.append((f"fragment {index}", text.encode("ascii").hex()))
            found.append((f"fragment {index} utf-16", text.encode("utf-16-le").hex()))
    return found


def scan_from_another_process(folder: Path) -> tuple[list[str], list[list[str]]]:
    """The files scanned, and [file, how] for every canary found in one."""
    result = run_python(SCAN, str(folder), stdin=json.dumps(needles()))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    return report["files"], report["found"]


def write_canary_client(store: CaseStore) -> None:
    with store.session() as session, session.begin():
        client = Client(first_names=FIRST_NAMES, last_name=LAST_NAME, hetu=HETU)
        client.background_notes = SUBSTANCE_NOTE
        session.add(client)
        session.flush()
        session.add(
            HomeVisit(client_id=client.id, visited_at=datetime.now(UTC), notes=SUBSTANCE_NOTE)
        )
        session.add(
            FormDocument(
                client_id=client.id,
                form_key=FormKey.ASSESSMENT_INTERVIEW,
                form_version=1,
                document_date=date(2026, 3, 4),
                answers={"substance_notes": SUBSTANCE_NOTE, "family_notes": LAST_NAME},
            )
        )


def test_the_scanner_finds_canaries_in_clear(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_bytes(SUBSTANCE_NOTE.lower().encode("utf-16-le"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "answers.json").write_text(json.dumps({"name": LAST_NAME}))
    _, findings = scan_from_another_process(tmp_path)
    found = {tuple(finding) for finding in findings}
    assert ("plain.txt", "canary 3 lower case utf-16-le") in found
    assert ("sub/answers.json", "canary 1 as written json") in found


def test_no_file_holds_client_data_in_clear_after_locking(store: CaseStore) -> None:
    write_canary_client(store)
    store.lock()
    folder = store.paths.database.parent
    assert scan_from_another_process(folder) == (["astu.db", "astu.db.key"], [])


def test_no_file_holds_client_data_in_clear_while_the_store_is_open(store: CaseStore) -> None:
    write_canary_client(store)
    folder = store.paths.database.parent
    wal = folder / "astu.db-wal"
    assert wal.stat().st_size > 0  # the commit sits in the WAL, not yet in the database
    files, found = scan_from_another_process(folder)
    assert files == ["astu.db", "astu.db-shm", "astu.db-wal", "astu.db.key"]
    assert found == []


@pytest.mark.parametrize("step", ["checkpoint", "backup"])
def test_checkpoints_and_backups_stay_encrypted(store: CaseStore, step: str) -> None:
    write_canary_client(store)
    if step == "checkpoint":
        store.checkpoint()
    else:
        store._backup("0001")
    folder = store.paths.database.parent
    files, found = scan_from_another_process(folder)
    assert ("astu.db.backups" in " ".join(files)) == (step == "backup")
    assert found == []
    store.lock()
    reopened = CaseStore.unlock(store.paths.database, PASSPHRASE)
    reopened.lock()
    assert scan_from_another_process(folder)[1] == []
