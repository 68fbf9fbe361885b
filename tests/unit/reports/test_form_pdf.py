"""The three form documents as PDFs: content, order, characters, pages, watermark, layout."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from astu_desktop.reports.form_pdf import answer_text, form_document_pdf
from astu_protocol.codes import FormKey
from astu_protocol.forms import FieldDef, FieldType, visible_fields
from tests.unit.reports.pdfkit import (
    APPROVED_DIR,
    difference,
    first_page_image,
    flat,
    page_texts,
)
from tests.unit.reports.samples import CLIENT_HETU, CLIENT_NAME, printable

PAGES = {
    FormKey.ASSESSMENT_INTERVIEW: 3,
    FormKey.SERVICE_PLAN: 2,
    FormKey.LIVING_SKILLS_CHECK: 2,
}
WATERMARK = {"fi": "LUONNOS", "sv": "UTKAST", "en": "DRAFT"}
PAGE_WORD = {"fi": "sivu", "sv": "sida", "en": "page"}


def expected_answers(form_key: FormKey, language: str) -> list[str]:
    """Every visible answer, rows of groups cell by cell, in the definition's order."""
    document = printable(form_key, signed=True)
    answers = dict(document.answers)
    texts: list[str] = []
    scale_first = form_key == FormKey.LIVING_SKILLS_CHECK
    fields = document.form.all_fields()
    if scale_first:
        texts += [_scale_anchor(f, answers, language) for f in fields if f.type == FieldType.SCALE]
    for section in document.form.sections:
        for field in visible_fields(section.fields, answers):
            if scale_first and field.type == FieldType.SCALE:
                continue
            texts += _answer_texts(field, answers.get(field.key), language)
    return texts


def _scale_anchor(field: FieldDef, answers: dict[str, Any], language: str) -> str:
    return field.scale_anchors[str(answers[field.key])].get(language)


def _answer_texts(field: FieldDef, value: Any, language: str) -> list[str]:
    if field.type != FieldType.REPEATING_GROUP:
        return [] if value in (None, "", []) else [answer_text(field, value, language)]
    return [
        answer_text(column, row[column.key], language)
        for row in value
        for column in visible_fields(field.fields, row)
        if row.get(column.key) not in (None, "", [])
    ]


def assert_in_order(text: str, phrases: list[str]) -> None:
    position = 0
    for phrase in phrases:
        found = text.find(flat(phrase), position)
        assert found >= 0, f"{phrase!r} missing or out of order"
        position = found + 1


@pytest.mark.parametrize("form_key", list(FormKey))
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_answers_print_in_definition_order(form_key: FormKey, language: str) -> None:
    data = form_document_pdf(printable(form_key, signed=True), language)
    text = flat(" ".join(page_texts(data)))
    phrases = expected_answers(form_key, language)
    assert len(phrases) >= 10
    assert_in_order(text, phrases)


@pytest.mark.parametrize("form_key", list(FormKey))
def test_finnish_and_swedish_letters_survive(form_key: FormKey) -> None:
    data = form_document_pdf(printable(form_key, signed=True), "fi")
    text = flat(" ".join(page_texts(data)))
    assert CLIENT_NAME in text  # Å, Ö, Ä and ä
    assert CLIENT_HETU in text
    assert "Helsingin kaupunki" in text
    assert "Asumisen tuki" in text
    for letter in "äöåÅÖÄ":
        assert letter in text


@pytest.mark.parametrize("form_key", list(FormKey))
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_page_is_numbered_out_of_the_real_count(form_key: FormKey, language: str) -> None:
    pages = page_texts(form_document_pdf(printable(form_key, signed=True), language))
    assert len(pages) == PAGES[form_key]
    for number, page in enumerate(pages, start=1):
        assert f"{PAGE_WORD[language]} {number}/{len(pages)}" in page


@pytest.mark.parametrize("form_key", list(FormKey))
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_unsigned_documents_carry_a_draft_watermark_and_signed_do_not(
    form_key: FormKey, language: str
) -> None:
    draft = page_texts(form_document_pdf(printable(form_key, signed=False), language))
    signed = page_texts(form_document_pdf(printable(form_key, signed=True), language))
    assert all(WATERMARK[language] in page for page in draft)
    assert not any(WATERMARK[language] in page for page in signed)


def test_the_title_and_form_version_head_every_page() -> None:
    pages = page_texts(
        form_document_pdf(printable(FormKey.ASSESSMENT_INTERVIEW, signed=True), "sv")
    )
    for page in pages:
        assert "Bedömningsintervju" in page
        assert "Blankettversion 1" in page
        assert "Helsingfors stad" in page
        assert CLIENT_HETU in page


def test_the_same_document_gives_the_same_bytes() -> None:
    document = printable(FormKey.SERVICE_PLAN, signed=False)
    assert form_document_pdf(document, "fi") == form_document_pdf(document, "fi")


@pytest.mark.parametrize("form_key", list(FormKey))
def test_the_first_page_looks_like_the_approved_image(form_key: FormKey) -> None:
    """Regenerate with `python tools/approve_pdf_images.py` after a deliberate change."""
    from PIL import Image

    image = first_page_image(form_document_pdf(printable(form_key, signed=False), "fi"))
    with Image.open(APPROVED_DIR / f"{form_key}.png") as approved:
        mean, clearly = difference(image, approved.convert("L"))
    assert mean < 1.5
    assert clearly < 0.003


def test_a_moved_block_is_told_apart_from_the_approved_image() -> None:
    """The tolerance is tight enough to catch a layout that shifted by a few points."""
    from PIL import Image, ImageChops

    image = first_page_image(form_document_pdf(printable(FormKey.SERVICE_PLAN, signed=False), "fi"))
    shifted = ImageChops.offset(image, 0, 6)
    with Image.open(APPROVED_DIR / f"{FormKey.SERVICE_PLAN}.png") as approved:
        mean, clearly = difference(shifted, approved.convert("L"))
    assert mean >= 1.5 or clearly >= 0.003


def test_the_signatures_never_stand_on_a_page_of_their_own() -> None:
    """However long the plan grows, the last page carries the end of its content too:
    a page of bare signatures could be put under any other text."""
    last_answer = flat("Asiakas pitää tavoitteita sopivina")
    for extra_lines in range(0, 60, 2):
        document = printable(FormKey.SERVICE_PLAN, signed=True)
        answers = dict(document.answers)
        answers["participants"] = "\n".join(["Asiakas ja vastuutyöntekijä"] * (1 + extra_lines))
        data = form_document_pdf(replace(document, answers=answers), "fi")
        last_page = flat(page_texts(data)[-1])
        assert "Allekirjoitukset" in last_page, extra_lines
        assert last_answer in last_page, extra_lines


def _label(word: str) -> dict[str, str]:
    return {"fi": word, "sv": word, "en": word}


def test_every_field_type_prints_in_words_and_a_group_prints_its_rows():
    """Each type has its own case; an answer never prints as a Python value."""
    paid = FieldDef(key="paid", type=FieldType.MONEY, label=_label("Paid"))
    on = FieldDef(key="on", type=FieldType.DATE, label=_label("On"))
    kept = FieldDef(key="kept", type=FieldType.YES_NO, label=_label("Kept"))
    group = FieldDef.model_validate(
        {"key": "rows", "type": "repeating_group", "label": _label("Rows"),
         "fields": [paid.model_dump(), on.model_dump(), kept.model_dump()]}
    )  # fmt: skip
    rows = [{"paid": 123456, "on": "2026-12-06", "kept": True}, {"paid": 5000, "kept": False}]
    assert answer_text(group, rows, "fi") == (
        "1\u00a0234,56\u00a0€, 6.12.2026, Kyllä; 50,00\u00a0€, –, Ei"
    )
