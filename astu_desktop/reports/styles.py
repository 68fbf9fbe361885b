"""Paragraph and table styles shared by every printed document."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle

from astu_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from astu_desktop.reports.pages import CITY_BLUE

# Paragraph styles name the fonts, so the fonts exist before any paragraph is made.
register_fonts()

SECTION_FILL = colors.HexColor("#E6E6F9")
GRID_GREY = colors.HexColor("#BDBDBD")

TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=4)
HEADING = ParagraphStyle(
    "heading",
    fontName=BOLD,
    fontSize=11,
    leading=14,
    textColor=CITY_BLUE,
    spaceBefore=10,
    spaceAfter=4,
)
LABEL = ParagraphStyle("label", fontName=BOLD, fontSize=8.5, leading=11)
BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5)
SMALL = ParagraphStyle("small", fontName=REGULAR, fontSize=8, leading=10)
CELL = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.5)
CELL_HEAD = ParagraphStyle("cell_head", fontName=BOLD, fontSize=8.5, leading=10.5)


def text(value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of user text: markup characters are escaped, line breaks kept."""
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def grid_table_style(header_rows: int = 1) -> TableStyle:
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SECTION_FILL))
    return TableStyle(commands)


def field_table_style() -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID_GREY),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
