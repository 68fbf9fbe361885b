"""The embedded TrueType font: DejaVu Sans has every Finnish and Swedish letter.

The TTF files ship in `resources/fonts/` (Bitstream Vera licence, see LICENSE there),
so a fresh machine prints the same glyphs as a developer's; nothing is taken from the
system's font folders.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> None:
    """Register once per process; ReportLab keeps registrations globally.

    Also switches off ReportLab's checking of every attribute set on a chart shape:
    the charts are ours and fixed, and the checks cost a third of a chart's layout.
    """
    rl_config.shapeChecking = 0
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS_DIR / "DejaVuSans-Bold.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
