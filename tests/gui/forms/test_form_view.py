"""The generic renderer: every form in every language, answers in and out unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from astu_desktop.ui.forms import FormView
from astu_desktop.ui.forms.choices import ButtonsField, ScaleField
from astu_desktop.ui.i18n import Translations
from astu_protocol.codes import FormKey
from astu_protocol.forms import (
    AnswerProblem,
    FormDefinition,
    definition,
    validate_answers,
)
from tests.gui.forms.conftest import FORM_KEYS, LANGUAGES, filled_answers
from tests.gui.forms.filling import clear_text, fill_view, type_into

_CONTROLS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def _children(view: FormView, kinds: tuple[type, ...]) -> list:
    """The form's own controls, not the parts Qt builds inside them (a spin box's editor)."""
    return [
        w
        for w in view.widget().findChildren(QWidget)
        if isinstance(w, kinds) and not w.objectName().startswith("qt_")
    ]


@pytest.fixture
def show_view(qtbot, translations):
    def shown(form_key: FormKey, language: str = "fi") -> FormView:
        view = FormView(definition(form_key), language)
        qtbot.addWidget(view)
        view.resize(900, 800)
        view.show()
        return view

    return shown


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form_key", FORM_KEYS)
def test_each_form_renders_in_each_language(qapp, qtbot, form_key, language):
    translations = Translations()
    translations.set_language(language)
    try:
        form = definition(form_key)
        view = FormView(form, language)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        titles = [box.title() for box in view.sections.values()]
        assert titles == [section.title.get(language) for section in form.sections]
        first = form.all_fields()[0]
        assert view.scope.rows[first.key].title.text().startswith(first.label.get(language))
    finally:
        translations.remove()


@pytest.mark.parametrize("form_key", FORM_KEYS)
def test_every_control_has_an_accessible_name(show_view, form_key):
    view = show_view(form_key)
    view.set_answers(filled_answers(form_key))  # rows of repeating groups exist too
    controls = [w for w in _children(view, _CONTROLS) if w.isVisibleTo(view)]
    assert len(controls) > 20
    unnamed = [type(w).__name__ for w in controls if not w.accessibleName()]
    assert unnamed == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form_key", FORM_KEYS)
def test_answers_round_trip_exactly(show_view, form_key, language):
    answers = filled_answers(form_key, language)
    view = show_view(form_key, language)
    view.set_answers(answers)
    assert view.answers() == answers
    view.set_answers({})
    assert view.answers() == {}


@pytest.mark.parametrize("form_key", FORM_KEYS)
def test_a_form_filled_through_its_widgets_gives_the_stored_answers(qtbot, show_view, form_key):
    answers = filled_answers(form_key)
    view = show_view(form_key)
    fill_view(qtbot, view, answers)
    assert view.answers() == answers
    assert validate_answers(view.definition, answers, for_signing=True) == []


def test_money_is_shown_in_euros_and_stored_in_cents(qtbot, show_view):
    view = show_view(FormKey.ASSESSMENT_INTERVIEW)
    view.field("has_debts").choice.buttons[0].click()
    debt = view.field("debt_amount")
    type_into(qtbot, debt.money_input.edit, "1234,56")
    assert debt.money_input.edit.text() == "1234,56"  # nothing reformatted while typing
    assert view.answers()["debt_amount"] == 123456
    view.set_answers({"has_debts": True, "debt_amount": 250_075})
    assert debt.money_input.edit.text() == "2\xa0500,75"
    assert view.answers() == {"has_debts": True, "debt_amount": 250_075}
    clear_text(qtbot, debt.money_input.edit)
    assert "debt_amount" not in view.answers()


def test_a_date_is_typed_the_finnish_way_and_stored_as_iso(qtbot, show_view):
    view = show_view(FormKey.SERVICE_PLAN)
    review = view.field("review_date")
    type_into(qtbot, review.date_input.edit, "5.3.2026")
    assert view.answers()["review_date"] == "2026-03-05"
    view.set_answers({"review_date": "2026-12-31"})
    assert review.date_input.edit.text() == "31.12.2026"
    clear_text(qtbot, review.date_input.edit)
    assert view.answers() == {}


def test_a_mistyped_date_is_explained_under_the_field(qtbot, show_view):
    view = show_view(FormKey.SERVICE_PLAN)
    review = view.field("review_date")
    type_into(qtbot, review.date_input.edit, "31.2.2026")
    qtbot.keyClick(review.date_input.edit, Qt.Key.Key_Return)
    row = view.scope.rows["review_date"]
    assert row.problem.isVisibleTo(view)
    assert "31.12.2025" in row.problem.text()
    assert "review_date" not in view.answers()
    assert [e.problem for e in view.input_errors()] == [AnswerProblem.BAD_DATE]


def test_conditional_fields_appear_and_disappear_as_answers_change(show_view):
    view = show_view(FormKey.ASSESSMENT_INTERVIEW)
    notes = view.scope.rows["children_notes"]
    yes, no = view.field("has_children").choice.buttons
    assert notes.isHidden()
    yes.click()
    assert not notes.isHidden()
    no.click()
    assert notes.isHidden()
    other = view.field("income_sources").checks["other"]
    other.click()
    assert not view.scope.rows["income_other"].isHidden()
    other.click()
    assert view.scope.rows["income_other"].isHidden()


def test_a_hidden_answer_is_kept_in_the_draft_until_signing_drops_it(qtbot, show_view):
    view = show_view(FormKey.ASSESSMENT_INTERVIEW)
    yes, no = view.field("has_children").choice.buttons
    yes.click()
    type_into(qtbot, view.field("children_notes").text_box, "Tapaa lasta viikonloppuisin.")
    no.click()
    assert view.answers()["children_notes"] == "Tapaa lasta viikonloppuisin."
    view.field("has_children").choice.clear_button.click()
    assert "has_children" not in view.answers()


def test_rows_of_a_group_are_added_and_removed_with_their_own_conditions(qtbot, show_view):
    view = show_view(FormKey.ASSESSMENT_INTERVIEW)
    group = view.field("statements")
    group.add_button.click()
    group.add_button.click()
    assert [row.title.text() for row in group.rows] == ["Nro 1", "Nro 2"]
    view.field("statements[1].source").choice.buttons[-1].click()  # "other"
    assert not group.rows[1].scope.rows["source_other"].isHidden()
    assert group.rows[0].scope.rows["source_other"].isHidden()
    type_into(qtbot, view.field("statements[1].source_other").text_box, "Diakonia")
    group.rows[0].remove_button.click()
    assert view.answers()["statements"] == [{"source": "other", "source_other": "Diakonia"}]


def test_the_scale_shows_its_anchors(show_view):
    view = show_view(FormKey.LIVING_SKILLS_CHECK)
    scale = view.field("hygiene_score")
    assert isinstance(scale, ScaleField)
    spec = scale.spec
    assert [a.text() for a in scale.anchors] == [spec.scale_anchors[str(n)].fi for n in range(1, 6)]
    scale.choice.buttons[3].click()
    assert view.answers() == {"hygiene_score": 4}
    assert scale.choice.buttons[3].accessibleName().startswith(spec.label.fi + ": 4 – ")


def test_multiple_choice_keeps_the_order_of_ticking(show_view):
    view = show_view(FormKey.SERVICE_PLAN)
    checks = view.field("guided_services").checks
    names = list(checks)
    checks[names[3]].click()
    checks[names[0]].click()
    assert view.answers()["guided_services"] == [names[3], names[0]]


@pytest.mark.parametrize("form_key", FORM_KEYS)
def test_a_signed_document_renders_read_only(qtbot, show_view, form_key):
    view = show_view(form_key)
    answers = filled_answers(form_key)
    view.set_answers(answers)
    view.set_read_only(True)
    for box in _children(view, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
        assert box.isReadOnly()
    for box in _children(view, (QComboBox,)):
        assert not box.isEnabled()
    groups = [
        view.field(f.key) for f in view.definition.all_fields() if f.type == "repeating_group"
    ]
    for group in groups:
        assert not group.add_button.isVisibleTo(view)
        assert all(not row.remove_button.isVisibleTo(view) for row in group.rows)
    clear_buttons = [view.field(key).choice.clear_button for key in _answered_buttons(view)]
    assert clear_buttons
    assert all(not button.isVisibleTo(view) for button in clear_buttons)
    assert view.answers() == answers


def _answered_buttons(view: FormView) -> list[str]:
    return [
        key
        for key, row in view.scope.rows.items()
        if isinstance(row.widget, ButtonsField) and row.widget.value() is not None
    ]


def test_a_number_field_of_any_definition_round_trips(qtbot, translations):
    form = FormDefinition.model_validate(
        {
            "key": "service_plan",
            "version": 99,
            "title": {"fi": "Koe", "sv": "Test", "en": "Test"},
            "new_document": {"fi": "Uusi koe", "sv": "Nytt test", "en": "New test"},
            "sections": [
                {
                    "key": "only",
                    "title": {"fi": "Luvut", "sv": "Tal", "en": "Numbers"},
                    "fields": [
                        {
                            "key": "visits",
                            "type": "number",
                            "label": {"fi": "Käyntejä", "sv": "Besök", "en": "Visits"},
                            "min": 0,
                            "max": 50,
                        }
                    ],
                }
            ],
        }
    )
    view = FormView(form, "fi")
    qtbot.addWidget(view)
    for value in (0, 3, 2.5, 50):
        view.set_answers({"visits": value})
        assert view.answers() == {"visits": value}
    view.set_answers({})
    spin = view.field("visits").spin
    spin.setFocus()
    qtbot.keyClicks(spin, "12,5")
    assert view.answers() == {"visits": 12.5}


def test_the_language_switch_relabels_and_keeps_every_answer(show_view):
    answers = filled_answers(FormKey.SERVICE_PLAN)
    view = show_view(FormKey.SERVICE_PLAN, "fi")
    view.set_answers(answers)
    view.set_language("sv")
    form = view.definition
    assert view.sections["goals"].title() == form.sections[1].title.sv
    assert (
        view.scope.rows["review_date"].title.text().startswith(form.sections[3].fields[0].label.sv)
    )
    assert view.answers() == answers
