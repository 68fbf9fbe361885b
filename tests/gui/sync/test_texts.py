"""Every code the sync can answer with has its own sentence, in every language."""

from __future__ import annotations

import pytest

from astu_desktop.sync import client as sync_client
from astu_desktop.sync.engine import NotEnrolled
from astu_desktop.sync.protocol import TABLES, RefusalReason
from astu_desktop.ui.sync import texts

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
