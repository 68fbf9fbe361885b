"""Money and dates typed into a form: what is stored, or the sentence under the field.

One table each, in Finnish as a worker reads it. The widget never changes what is
typed while typing; leaving the field shows the stored sum back or the refusal.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from astu_desktop.ui.forms import FormView
from astu_protocol.codes import FormKey
from astu_protocol.forms import definition
from tests.gui.forms.filling import type_into

MONEY = [
    ("12 500,50", 1_250_050, "12\xa0500,50"),
    ("12500,50", 1_250_050, "12\xa0500,50"),
    ("12500.50", 1_250_050, "12\xa0500,50"),
    ("12500,5", 1_250_050, "12\xa0500,50"),
    ("12 500 €", 1_250_000, "12\xa0500,00"),
    ("12\xa0500,50", 1_250_050, "12\xa0500,50"),
    ("12\u202f500,50", 1_250_050, "12\xa0500,50"),
    ("850.5", 85_050, "850,50"),
]
MONEY_REFUSED = [
    ("-50", "Summa ei voi olla negatiivinen."),
    (
        "1.234,5.6",
        "Tämän voi lukea kahdeksi eri summaksi. Erota tuhannet välilyönnillä: 1 234 tai 1,23.",
    ),
    (
        "1.234",
        "Tämän voi lukea kahdeksi eri summaksi. Erota tuhannet välilyönnillä: 1 234 tai 1,23.",
    ),
    ("12,5055", "Enintään kaksi desimaalia: eurot ja sentit."),
    ("kaksisataa", "Ei summa. Kirjoita se muodossa 12 500,50 tai 12500.50."),
]
DATES = [
    ("1.5.24", "2024-05-01", "1.5.2024"),
    ("01.05.2024", "2024-05-01", "1.5.2024"),
    ("2024-05-01", "2024-05-01", "1.5.2024"),
    ("5.2024", "2024-05", "5.2024"),
    ("2024", "2024", "2024"),
]


@pytest.fixture
def show_view(qtbot, translations):
    def shown(form_key: FormKey) -> FormView:
        view = FormView(definition(form_key), "fi")
        qtbot.addWidget(view)
        view.resize(900, 800)
        view.show()
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)  # keyboard focus goes where a worker sees it
        return view

    return shown


@pytest.fixture
def debt_field(qtbot, show_view):
    view = show_view(FormKey.ASSESSMENT_INTERVIEW)
    view.field("has_debts").choice.buttons[0].click()
    return view, view.field("debt_amount")


def _leave(qtbot, view, edit) -> None:
    """Tab out of the field, as a worker does."""
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not edit.hasFocus())


def _problem_under(view, key: str) -> str | None:
    row = view.scope.rows[key]
    return row.problem.text() if row.has_problem else None


@pytest.mark.parametrize(("typed", "cents", "shown"), MONEY)
def test_a_typed_sum_is_stored_exactly(qtbot, debt_field, typed, cents, shown):
    view, debt = debt_field
    edit = debt.money_input.edit
    type_into(qtbot, edit, typed)
    assert edit.text() == typed  # as typed, character for character
    assert view.answers()["debt_amount"] == cents
    _leave(qtbot, view, edit)
    assert edit.text() == shown
    assert _problem_under(view, "debt_amount") is None


@pytest.mark.parametrize(("typed", "sentence"), MONEY_REFUSED)
def test_a_sum_that_is_not_exact_is_refused_with_a_sentence(qtbot, debt_field, typed, sentence):
    view, debt = debt_field
    edit = debt.money_input.edit
    type_into(qtbot, edit, typed)
    _leave(qtbot, view, edit)
    assert edit.text() == typed  # kept for the worker to correct
    assert _problem_under(view, "debt_amount") == sentence
    assert "debt_amount" not in view.answers()
    assert [e.path for e in view.input_errors()] == ["debt_amount"]


@pytest.mark.parametrize(("typed", "stored", "shown"), DATES)
def test_homeless_since_takes_a_day_a_month_or_a_year(qtbot, show_view, typed, stored, shown):
    view = show_view(FormKey.ASSESSMENT_INTERVIEW)
    housing = view.field("current_housing")
    housing.combo.setCurrentIndex(housing.combo.findData("emergency_shelter"))
    since = view.field("homeless_since")
    assert since.date_input.edit.placeholderText() == "esim. 31.12.2025, 12.2025 tai 2025"
    type_into(qtbot, since.date_input.edit, typed)
    assert view.answers()["homeless_since"] == stored
    _leave(qtbot, view, since.date_input.edit)
    assert since.date_input.edit.text() == shown


def test_a_month_alone_is_refused_where_the_day_is_needed(qtbot, show_view):
    view = show_view(FormKey.SERVICE_PLAN)
    start = view.field("plan_start").date_input.edit
    type_into(qtbot, start, "5.2024")
    _leave(qtbot, view, start)
    assert _problem_under(view, "plan_start") == (
        "Ei ole päivämäärä. Kirjoita muodossa päivä.kuukausi.vuosi, esim. 31.12.2025."
    )
    assert "plan_start" not in view.answers()
