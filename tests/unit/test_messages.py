"""Every sentence the commands can print exists in Finnish, Swedish and English."""

from __future__ import annotations

import dataclasses

import pytest

from astu_desktop.messages import CATALOG, Plural, current_language, message_in
from astu_desktop.problem_texts import PROBLEMS
from astu_desktop.services.overview import StoreOverview
from astu_protocol.codes import Service


@pytest.mark.parametrize("code", sorted(CATALOG))
def test_every_message_is_in_three_languages(code: str) -> None:
    finnish, swedish, english = (
        text.other if isinstance(text, Plural) else text for text in CATALOG[code]
    )
    assert finnish.strip()
    assert swedish.strip()
    assert english.strip()
    assert len({finnish, swedish}) == 2 or finnish.strip().endswith(":")


@pytest.mark.parametrize(
    ("language", "code", "values", "expected"),
    [
        ("fi", "import_done", {"count": 1}, "Tuotiin 1 asiakas."),
        ("fi", "import_done", {"count": 2}, "Tuotiin 2 asiakasta."),
        ("sv", "import_done", {"count": 1}, "Importerade 1 klient."),
        ("sv", "import_done", {"count": 12}, "Importerade 12 klienter."),
        ("en", "import_done", {"count": 1}, "Imported 1 client."),
        ("fi", "sync_conflicts", {"count": 1}, "1 ristiriita odottaa ratkaisua."),
        ("sv", "sync_conflicts", {"count": 0}, "0 konflikter väntar på att lösas."),
        (
            "sv",
            "unlock_throttled",
            {"seconds": 1},
            "För många felaktiga försök. Försök igen om 1 sekund.",
        ),
        (
            "fi",
            "sync_purged",
            {"count": 1},
            "1 asiakas siirtyi pois vastuultasi; hänen tietonsa poistettiin laitteelta.",
        ),
        (
            "fi",
            "seeded",
            {"clients": 1, "visits": 21, "documents": 3},
            "Luotu – asiakkaita: 1, kotikäyntejä: 21, asiakirjoja: 3.",
        ),
    ],
)
def test_numbers_take_their_own_form(language, code, values, expected) -> None:
    assert message_in(language, code, **values) == expected


def test_every_overview_figure_and_service_has_a_label() -> None:
    for field in dataclasses.fields(StoreOverview):
        assert f"stats_{field.name}" in CATALOG
    for service in Service:
        assert f"service_{service.value}" in CATALOG


def test_every_problem_code_has_three_texts() -> None:
    for code, texts in PROBLEMS.items():
        assert len(texts) == 3, code
        assert all(texts), code


def test_language_follows_astu_lang_then_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASTU_LANG", "sv")
    assert current_language() == "sv"
    monkeypatch.delenv("ASTU_LANG")
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert current_language() == "en"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert current_language() == "fi"


def test_values_are_filled_in() -> None:
    assert message_in("sv", "unlock_throttled", seconds=8) == (
        "För många felaktiga försök. Försök igen om 8 sekunder."
    )
