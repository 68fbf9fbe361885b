"""Re-approve the first-page images the PDF layout tests compare against.

Run after a deliberate layout change, look at the PNGs under tests/data/reports/, and
commit them with the change:  .venv/bin/python tools/approve_pdf_images.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from astu_desktop.reports.form_pdf import form_document_pdf
from astu_protocol.codes import FormKey
from tests.unit.reports.pdfkit import APPROVED_DIR, first_page_image
from tests.unit.reports.samples import printable


def main() -> None:
    APPROVED_DIR.mkdir(parents=True, exist_ok=True)
    for form_key in FormKey:
        data = form_document_pdf(printable(form_key, signed=False), "fi")
        path = APPROVED_DIR / f"{form_key}.png"
        first_page_image(data).save(path, optimize=True)
        print(path)


if __name__ == "__main__":
    main()
