"""The official page: City header, client line, page numbers, confidentiality, watermark.

Page numbers read "sivu 1/3", so the total must be known when page 1 is drawn: the
canvas keeps every finished page and draws the decoration of all of them at `save`.
The watermark is drawn over the content, half-transparent, so no table background or
image can hide it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from astu_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from astu_desktop.reports.words import word

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TOP_MARGIN = 38 * mm
BOTTOM_MARGIN = 20 * mm
FRAME_PADDING = 6  # ReportLab's frame keeps 6 pt inside the margins
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN - 2 * FRAME_PADDING
CITY_BLUE = colors.HexColor("#0000BF")  # Helsinki's brand blue (Helsingin sininen)
RULE_GREY = colors.HexColor("#9E9E9E")
_PRODUCER = "ASTU Desktop"


@dataclass(frozen=True)
class PageFrame:
    """What every page of one document repeats."""

    language: str
    title: str
    subtitle: str
    client_line: str | None = None  # "Name, henkilötunnus" on client documents
    draft: bool = False


def build_pdf(story: Sequence[Flowable], frame: PageFrame) -> bytes:
    """Lay out `story` on decorated A4 pages; the same input gives the same bytes."""
    register_fonts()
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=frame.title,
        author=word("city", frame.language),
        subject=word("unit", frame.language),
        creator=_PRODUCER,
        producer=_PRODUCER,
        invariant=1,
        lang=frame.language,
    )
    template.build(list(story), canvasmaker=_canvas_maker(frame))
    return buffer.getvalue()


def _canvas_maker(frame: PageFrame) -> Callable[..., Canvas]:
    class DecoratedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._finished.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # ReportLab's own page reset

        def save(self) -> None:
            total = len(self._finished)
            for number, state in enumerate(self._finished, start=1):
                self.__dict__.update(state)
                decorate_page(self, frame, number, total)
                super().showPage()
            super().save()

    return DecoratedCanvas


def decorate_page(canvas: Canvas, frame: PageFrame, number: int, total: int) -> None:
    canvas.saveState()
    _header(canvas, frame, number, total)
    _footer(canvas, frame)
    if frame.draft:
        _watermark(canvas, word("draft", frame.language))
    canvas.restoreState()


def _header(canvas: Canvas, frame: PageFrame, number: int, total: int) -> None:
    top = PAGE_HEIGHT - 14 * mm
    canvas.setFillColor(CITY_BLUE)
    canvas.setFont(BOLD, 12)
    canvas.drawString(MARGIN, top, word("city", frame.language))
    canvas.setFillColor(colors.black)
    canvas.setFont(REGULAR, 8)
    canvas.drawString(MARGIN, top - 11, word("division", frame.language))
    canvas.setFont(BOLD, 9)
    canvas.drawString(MARGIN, top - 22, word("unit", frame.language))
    right = PAGE_WIDTH - MARGIN
    canvas.setFont(BOLD, 10)
    canvas.drawRightString(right, top, frame.title)
    canvas.setFont(REGULAR, 8)
    canvas.drawRightString(right, top - 11, frame.subtitle)
    canvas.drawRightString(right, top - 22, word("page", frame.language, page=number, pages=total))
    rule = top - 29
    canvas.setStrokeColor(CITY_BLUE)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, rule, right, rule)
    if frame.client_line:
        canvas.setFont(REGULAR, 8)
        canvas.drawString(
            MARGIN, rule - 10, f"{word('client', frame.language)}: {frame.client_line}"
        )


def _footer(canvas: Canvas, frame: PageFrame) -> None:
    canvas.setStrokeColor(RULE_GREY)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, 14 * mm, PAGE_WIDTH - MARGIN, 14 * mm)
    canvas.setFont(REGULAR, 7)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(MARGIN, 10 * mm, word("confidential", frame.language))


def _watermark(canvas: Canvas, text: str) -> None:
    canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.22))
    canvas.setFont(BOLD, 96)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -34, text)
