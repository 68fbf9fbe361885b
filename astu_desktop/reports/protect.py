"""Password protection of an exported PDF: AES-256 (PDF 2.0 security handler, R=6).

ReportLab can only write the older R=5 variant of AES-256, so the finished document
is re-written with pypdf, whose AES uses the `cryptography` package the store already
depends on. The owner password is random and thrown away: nobody can lift the
restrictions without knowing it, and the user password is the one to open with.
"""

from __future__ import annotations

import io
import secrets

from pypdf import PdfReader, PdfWriter

MIN_PASSWORD_LENGTH = 8


class PasswordTooShort(ValueError):
    """A PDF password shorter than MIN_PASSWORD_LENGTH protects nothing."""


def protect_pdf(data: bytes, password: str) -> bytes:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordTooShort()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(32),
        algorithm="AES-256",
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
