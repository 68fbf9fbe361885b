"""The attack suite runs against the same real server as the integration suite."""

from __future__ import annotations

from tests.integration.conftest import laptops, server, server_db_url
from tests.security.hostile import office

__all__ = ["laptops", "office", "server", "server_db_url"]
