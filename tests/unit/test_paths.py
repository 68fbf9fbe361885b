"""The suite must never read or write a real worker's store."""

from __future__ import annotations

from pathlib import Path

from astu_desktop import paths


def test_default_store_lives_in_the_test_sandbox(sandbox_home: Path) -> None:
    assert paths.default_store_path().is_relative_to(sandbox_home)
    assert paths.demo_store_path().is_relative_to(sandbox_home)


def test_file_names_carry_no_personal_data() -> None:
    assert paths.default_store_path().name == "astu.db"
    assert paths.demo_store_path().name == "astu-demo.db"
