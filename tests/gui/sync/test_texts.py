"""Every code the sync can answer with has its own sentence, in every language."""

from __future__ import annotations

import pytest

from astu_desktop.services.enrolment import SyncStatus
from astu_desktop.sync import client as sync_client
from astu_desktop.sync.apply import LEFT_SCOPE
from astu_desktop.sync.engine import NotEnrolled, SyncReport
from astu_desktop.ui.sync import texts
from astu_desktop.ui.sync.status_bar import SyncStatusBar
from astu_protocol.messages import TABLES, RefusalReason

FAILURE_CODES = sorted(
    {kind.code for kind in vars(sync_client).values()
     if isinstance(kind, type) and issubclass(kind, sync_client.SyncError)} | {NotEnrolled.code}
)  # fmt: skip


@pytest.mark.parametrize("code", FAILURE_CODES)
def test_every_sync_failure_has_a_sentence_of_its_own(translations, code: str) -> None:
    assert code in texts._FAILURES
    assert code in texts._SHORT_FAILURES
    assert texts.failure_text(code) != texts.failure_text("sync_failed") or code == "sync_failed"


@pytest.mark.parametrize("reason", sorted(RefusalReason))
def test_every_refusal_reason_has_a_sentence(translations, reason: RefusalReason) -> None:
    assert reason.value in texts._REFUSALS
    assert texts.refusal_text(reason.value) != reason.value


def test_every_synced_record_kind_has_a_name(translations) -> None:
    assert set(TABLES) <= set(texts._TABLES)
    assert texts.table_label("client") == "Asiakkaan tiedot"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_failure_sentences_are_in_the_chosen_language(translations, language: str) -> None:
    translations.set_language(language)
    expected = {
        "fi": "Palvelimeen ei saada yhteyttä.",
        "sv": "Servern kan inte nås.",
        "en": "The server cannot be reached.",
    }[language]
    assert texts.failure_text("server_unreachable").startswith(expected)


@pytest.mark.parametrize(
    ("language", "short", "long"),
    [
        ("fi", "Päivitä ASTU Desktop, jotta synkronointi toimii.",
         "Palvelin on päivitetty, eikä se enää tunne tätä ASTU Desktopin versiota."),
        ("sv", "Uppdatera ASTU Desktop för att synkronisera.",
         "Servern har uppdaterats och känner inte längre till den här versionen av ASTU Desktop."),
    ],
)  # fmt: skip
def test_a_laptop_too_old_for_the_server_is_asked_to_update(
    translations, language: str, short: str, long: str
) -> None:
    translations.set_language(language)
    assert texts.short_failure_text("update_required") == short
    assert texts.failure_text("update_required").startswith(long)
    first_connection = {
        "fi": "Tämä ASTU Desktopin versio on liian vanha palvelimelle.",
        "sv": "Den här versionen av ASTU Desktop är för gammal för servern.",
    }[language]
    assert texts.enrol_failure_text("update_required").startswith(first_connection)


@pytest.mark.parametrize(
    ("language", "restored", "kept"),
    [
        ("fi", "Tämän tietokoneen tiedot oli palautettu vanhemmasta kopiosta.",
         "2 muutosta asiakkaille, jotka siirtyivät pois vastuultasi"),
        ("sv", "Datorns uppgifter hade återställts från en äldre kopia.",
         "2 ändringar för klienter som flyttats bort från ditt ansvar"),
    ],
)  # fmt: skip
def test_the_status_bar_tells_of_a_restored_store_and_of_kept_work(
    qtbot, translations, language: str, restored: str, kept: str
) -> None:
    translations.set_language(language)
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.show_status(SyncStatus(enrolled=True))
    bar.show_finished(SyncReport(restored=True, kept_from_purged=2))
    assert bar.label.text().startswith(restored)
    assert kept in bar.label.text()
    bar.show_finished(SyncReport())  # the next sync: an ordinary one
    assert restored not in bar.label.text()


def test_work_kept_after_its_client_left_has_a_reason_of_its_own(translations) -> None:
    assert texts.refusal_text(LEFT_SCOPE).startswith("Asiakas siirtyi pois vastuultasi")


@pytest.mark.parametrize(
    ("language", "retired"),
    [
        ("fi", "1 päättynyt asiakas poistettiin tältä tietokoneelta säilytysajan jälkeen; "
               "hänen tietonsa säilyvät palvelimella."),
        ("sv", "3 avslutade klienter togs bort från den här datorn efter lagringstiden; "
               "deras uppgifter finns kvar på servern."),
        ("en", "3 ended clients were removed from this computer after the retention time; "
               "their record is kept on the server."),
    ],
)  # fmt: skip
def test_the_status_bar_tells_that_ended_clients_were_removed(
    qtbot, translations, language: str, retired: str
) -> None:
    translations.set_language(language)
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.show_status(SyncStatus(enrolled=True))
    count = 1 if language == "fi" else 3
    bar.show_finished(SyncReport(purged_clients=count, retired_clients=count))
    assert retired in bar.label.text()
    bar.show_finished(SyncReport())
    assert retired not in bar.label.text()


@pytest.mark.parametrize(
    ("language", "held"),
    [
        ("fi", "2 muutosta odottaa palvelimen päivitystä: palvelin ei vielä tunne niitä. Ne "
               "säilyvät tällä tietokoneella ja lähetetään päivityksen jälkeen."),
        ("sv", "1 ändring väntar på att servern uppdateras: servern känner inte till den "
               "ännu. Den sparas på den här datorn och skickas efter uppdateringen."),
        ("en", "2 changes wait for the server to be updated: it does not know them yet. "
               "They are kept on this computer and sent after the update."),
    ],
)  # fmt: skip
def test_the_status_bar_tells_what_waits_for_a_server_a_version_behind(
    qtbot, translations, language: str, held: str
) -> None:
    translations.set_language(language)
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.show_status(SyncStatus(enrolled=True, records_waiting=2))
    bar.show_finished(SyncReport(held_back=1 if language == "sv" else 2))
    assert held in bar.label.text()
    bar.show_finished(SyncReport())  # the server was updated and took them
    assert held not in bar.label.text()
