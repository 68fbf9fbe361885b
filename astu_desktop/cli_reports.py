"""`astu-desktop export-pdf` and `astu-desktop report`: printable documents, headless.

The PDF is made by the same services as the app's export and logged the same way.
A password for a protected PDF comes from ASTU_PDF_PASSWORD or a prompt (asked twice),
never from an argument. The file is written only when everything before succeeded, so a
failure leaves no half-written PDF behind.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from astu_desktop.cli import CASE_SUMMARY, EXIT_OK, CommandFailed, open_store
from astu_desktop.messages import current_language, message
from astu_desktop.printing import printouts
from astu_desktop.reports.protect import MIN_PASSWORD_LENGTH, PasswordTooShort
from astu_desktop.services.clients import ClientNotFound
from astu_desktop.services.documents import DocumentNotFound
from astu_desktop.store.files import write_atomically
from astu_protocol.codes import FormKey
from astu_protocol.service_day import service_today

MIN_YEAR = 2000
PDF_PASSWORD_VARIABLE = "ASTU_PDF_PASSWORD"  # noqa: S105 - the name of a variable

Render = Callable[[Session, str | None], bytes]


def cmd_export_pdf(args: argparse.Namespace) -> int:
    language = args.lang or current_language()
    password = pdf_password() if args.protect else None
    if args.document == CASE_SUMMARY:
        today = service_today()

        def summary(session: Session, password: str | None) -> bytes:
            return printouts.case_summary_report_pdf(
                session, args.client, language, today=today, password=password
            )

        return _export(args, summary, password)
    form_key = FormKey(args.document)

    def render(session: Session, password: str | None) -> bytes:
        document_id = printouts.current_document_id(session, args.client, form_key)
        if document_id is None:
            raise CommandFailed("no_such_document")
        return printouts.document_pdf(session, document_id, language, password=password)

    return _export(args, render, password)


def cmd_report(args: argparse.Namespace) -> int:
    language = args.lang or current_language()
    today = service_today()
    if not MIN_YEAR <= args.year <= today.year:
        raise CommandFailed("report_bad_year", year=today.year)
    password = pdf_password() if args.protect else None

    def render(session: Session, password: str | None) -> bytes:
        return printouts.statistics_report_pdf(
            session, args.year, language, today=today, password=password
        )

    return _export(args, render, password)


def _export(args: argparse.Namespace, render: Render, password: str | None) -> int:
    out: Path = args.out
    if not out.parent.is_dir():
        raise CommandFailed("out_not_writable", path=out)
    store = open_store(args)
    try:
        with store.session() as session, session.begin():
            data = render(session, password)
            _write(out, data)
    except (ClientNotFound, DocumentNotFound):
        raise CommandFailed("client_not_found") from None
    except PasswordTooShort:
        raise CommandFailed("pdf_password_short", length=MIN_PASSWORD_LENGTH) from None
    finally:
        store.lock()
    _say(message("pdf_saved", path=out))
    if password is None:
        _say(message("pdf_unprotected"))
    return EXIT_OK


def _write(out: Path, data: bytes) -> None:
    """Inside the logging transaction: a file that could not be written is not logged."""
    try:
        write_atomically(out, data)
    except OSError:
        raise CommandFailed("out_not_writable", path=out) from None


def pdf_password() -> str:
    given = os.environ.get(PDF_PASSWORD_VARIABLE)
    if given is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise CommandFailed("pdf_password_needed")
        given = getpass.getpass(message("prompt_pdf_password"))
        if getpass.getpass(message("prompt_pdf_password_repeat")) != given:
            raise CommandFailed("pdf_passwords_differ")
    if len(given) < MIN_PASSWORD_LENGTH:
        raise CommandFailed("pdf_password_short", length=MIN_PASSWORD_LENGTH)
    return given


def _say(text: str) -> None:
    print(text, flush=True)
