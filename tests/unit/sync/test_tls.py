"""A laptop reads its CA bundle once per process, not once per sync."""

from __future__ import annotations

import ssl

import certifi
import pytest

from astu_desktop.services import sync_work
from astu_desktop.sync.client import HttpSyncClient, ServerUnreachable, tls_context


def test_building_sync_clients_reads_the_ca_bundle_at_most_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())  # a setting no earlier test used
    reads: list[object] = []
    real = ssl.create_default_context

    def counted(*args: object, **kwargs: object) -> ssl.SSLContext:
        reads.append(kwargs)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ssl, "create_default_context", counted)
    for _ in range(3):
        HttpSyncClient("https://astu.example.invalid", token="t").close()
    with pytest.raises(ServerUnreachable):
        sync_work.probe("http://127.0.0.1:9")  # nothing listens there
    assert len(reads) == 1


def test_a_ca_an_admin_points_at_later_is_read_for_the_next_client(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    default = tls_context()
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    assert tls_context() is not default
    monkeypatch.delenv("SSL_CERT_FILE")
    assert tls_context() is default
