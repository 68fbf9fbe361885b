"""The printed documents and the statistics screens as pictures for the README.

Renders the first page of each form document, the case summary and the yearly report
(PDF pages through pypdfium2), the statistics view and the export dialog, from a demo
store. `make screenshots` runs this after the app's other screens; alone:

    QT_QPA_PLATFORM=offscreen python tools/pdf_screenshots.py [output folder]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from astu_protocol.service_day import service_today

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2  # noqa: E402
from PySide6.QtCore import QSize, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from astu_desktop.printing.printouts import (  # noqa: E402
    render_case_summary,
    render_document,
    render_statistics,
)
from astu_desktop.store.casestore import CaseStore  # noqa: E402
from astu_desktop.ui.i18n import Translations  # noqa: E402
from astu_desktop.ui.pdf_export import ExportDialog, PdfJob  # noqa: E402
from astu_desktop.ui.statistics_view import StatisticsWindow  # noqa: E402
from astu_desktop.ui.tasks import TaskRunner  # noqa: E402
from astu_protocol.codes import FormKey  # noqa: E402
from tools.screenshots import (  # noqa: E402
    LANGUAGE,
    OUTPUT,
    demo_store,
    latest_document,
    private_settings,
    quiet_offscreen,
    settle,
    shown,
    wait_until,
    well_documented_client,
)

PAGE_SCALE = 1.25  # 90 dpi: an A4 page is 744 x 1052 pixels
STATISTICS_SIZE = QSize(1100, 1500)


def save_first_page(data: bytes, path: Path) -> Path:
    pdf = pypdfium2.PdfDocument(data)
    try:
        page = pdf[0]
        page.render(scale=PAGE_SCALE).to_pil().save(path, optimize=True)
        page.close()
    finally:
        pdf.close()
    print(f"wrote {shown(path)}")
    return path


def document_pages(store: CaseStore, client_id: str, output: Path) -> list[Path]:
    saved = []
    today = service_today()
    with store.session() as session:
        for form_key in FormKey:
            document_id = latest_document(store, client_id, form_key)
            if document_id is None:
                continue
            rendered = render_document(session, document_id, LANGUAGE)
            saved.append(save_first_page(rendered.data, output / f"pdf_{form_key}.png"))
        summary = render_case_summary(session, client_id, LANGUAGE, today=today)
        saved.append(save_first_page(summary.data, output / "pdf_case_summary.png"))
        report = render_statistics(session, today.year - 1, LANGUAGE, today=today)
        saved.append(save_first_page(report.data, output / "pdf_statistics.png"))
    return saved


def statistics_screens(app: QApplication, store: CaseStore, output: Path) -> list[Path]:
    runner = TaskRunner(app)
    window = StatisticsWindow(store, runner)
    window.open()
    wait_until(app, lambda: window.figures is not None)
    window.choose_year(service_today().year - 1)
    wait_until(
        app, lambda: window.figures is not None and window.figures.year < service_today().year
    )
    window.resize(STATISTICS_SIZE)
    settle(app, 0.6)
    path = output / "statistics.png"
    window.grab().save(str(path))
    print(f"wrote {shown(path)}")
    client_id = well_documented_client(store)
    jobs = [
        PdfJob(
            "Asiakkuuden yhteenveto",
            lambda session, language: render_case_summary(
                session, client_id, language, today=service_today()
            ),
        ),
        PdfJob(
            "Palvelusuunnitelma",
            lambda session, language: render_statistics(
                session, service_today().year, language, today=service_today()
            ),
        ),
    ]
    dialog = ExportDialog(store, runner, jobs, parent=window)
    dialog.show()
    settle(app)
    dialog_path = output / "pdf_export.png"
    dialog.grab().save(str(dialog_path))
    print(f"wrote {shown(dialog_path)}")
    dialog.close()
    window.close()
    runner.wait_until_idle()
    return [path, dialog_path]


def save_report_screenshots(app: QApplication, store: CaseStore, output: Path) -> list[Path]:
    client_id = well_documented_client(store)
    return document_pages(store, client_id, output) + statistics_screens(app, store, output)


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else OUTPUT
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="astu-pdf-screens-") as folder:
        private_settings(Path(folder) / "settings")
        qInstallMessageHandler(quiet_offscreen)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        app.setStyle("Fusion")
        translations = Translations(app)
        translations.set_language(LANGUAGE)
        store = demo_store(Path(folder))
        saved = save_report_screenshots(app, store, output)
        store.lock()
        translations.remove()
    print(f"{len(saved)} pictures in {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
