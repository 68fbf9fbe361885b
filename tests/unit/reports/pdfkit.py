"""Reading PDFs back the way a reader would: text per page and rendered pages."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdfium2
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader

APPROVED_DIR = Path(__file__).resolve().parents[2] / "data" / "reports"
RENDER_SCALE = 1.0  # 72 dpi: 595 x 842 pixels for an A4 page


def page_texts(data: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


def flat(text: str) -> str:
    """Line breaks from wrapping become spaces, so phrases can be found whole."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def first_page_image(data: bytes) -> Image.Image:
    pdf = pypdfium2.PdfDocument(data)
    try:
        page = pdf[0]
        image = page.render(scale=RENDER_SCALE).to_pil().convert("L")
        page.close()
    finally:
        pdf.close()
    return image


def difference(image: Image.Image, approved: Image.Image) -> tuple[float, float]:
    """(mean absolute grey difference 0-255, share of pixels that differ clearly)."""
    if image.size != approved.size:
        return 255.0, 1.0
    diff = ImageChops.difference(image, approved)
    mean = ImageStat.Stat(diff).mean[0]
    histogram = diff.histogram()
    clearly = sum(histogram[64:]) / (image.size[0] * image.size[1])
    return mean, clearly
