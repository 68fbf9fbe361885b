"""Each side runs with only its own part of the install: the server without Qt or ReportLab,
the laptop without the web server or the PostgreSQL driver.

A fresh interpreter is made to behave as if only one extra of `astu-desktop` were installed:
any third-party module whose distribution is outside that extra's requirements (followed
through their own requirements) fails to import exactly as a missing package does, so an
optional import (httpx's command line, say) falls back as it would, and a real dependency
left out of the extra fails here. Every module of the side is then imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

PROBE = r"""
import importlib, importlib.metadata as md, json, pkgutil, re, sys
from packaging.requirements import Requirement

package, extra = sys.argv[1], sys.argv[2]

def norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()

def closure(dist, extras):
    seen, todo = set(), [(dist, frozenset(extras))]
    while todo:
        name, wanted = todo.pop()
        for line in md.requires(name) or []:
            req = Requirement(line)
            if req.marker and not any(
                req.marker.evaluate({"extra": e}) for e in (wanted or {""})
            ):
                continue
            if norm(req.name) not in seen:
                seen.add(norm(req.name))
                todo.append((req.name, frozenset(req.extras)))
            elif req.extras:
                todo.append((req.name, frozenset(req.extras)))
    return seen

allowed = closure("astu-desktop", [extra]) | {"astu-desktop"}
owners = {name: {norm(d) for d in dists} for name, dists in md.packages_distributions().items()}
# The editable install's own import hook (a wheel install has none) and its setuptools.
allowed |= owners.get("setuptools", set())

class NotInstalled:
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in owners and not owners[top] & allowed:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NotInstalled())
failed = {}
root = importlib.import_module(package)
skipped = (".__main__", ".demo", ".demo_start")
for info in pkgutil.walk_packages(root.__path__, package + "."):
    if ".migrations" in info.name or info.name.endswith(skipped):
        continue
    try:
        importlib.import_module(info.name)
    except ImportError as error:
        failed[info.name] = str(error)
loaded = sorted({
    dist for name in list(sys.modules) for dist in owners.get(name.partition(".")[0], ())
})
demo = None
if package == "astu_desktop":
    from astu_desktop import cli
    demo = cli.main(["demo"])
print(json.dumps({
    "allowed": sorted(allowed), "failed": failed, "loaded": loaded, "demo_exit": demo,
}))
"""


def probe(package: str, extra: str) -> dict[str, Any]:
    environment = dict(os.environ, ASTU_LANG="fi", QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-c", PROBE, package, extra],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
        timeout=300,
    )
    found: dict[str, Any] = json.loads(run.stdout.splitlines()[-1])
    found["said"] = run.stdout + run.stderr
    return found


@pytest.fixture(scope="module")
def server_side() -> dict[str, Any]:
    return probe("astu_server", "server")


@pytest.fixture(scope="module")
def desktop_side() -> dict[str, Any]:
    return probe("astu_desktop", "desktop")


def test_the_server_part_needs_no_qt_and_no_reportlab(server_side: dict[str, Any]) -> None:
    allowed = set(server_side["allowed"])
    assert {"fastapi", "uvicorn", "psycopg", "sqlalchemy"} <= allowed
    assert not {"pyside6", "shiboken6", "reportlab", "pypdf", "sqlcipher3"} & allowed


def test_every_server_module_imports_with_the_server_part_alone(
    server_side: dict[str, Any],
) -> None:
    assert server_side["failed"] == {}
    assert "pyside6" not in server_side["loaded"]


def test_the_desktop_part_needs_no_web_server_and_no_postgresql_driver(
    desktop_side: dict[str, Any],
) -> None:
    allowed = set(desktop_side["allowed"])
    assert {"pyside6", "reportlab", "sqlcipher3", "httpx"} <= allowed
    assert not {"uvicorn", "fastapi", "starlette", "psycopg", "psycopg-binary"} & allowed


def test_every_desktop_module_imports_with_the_desktop_part_alone(
    desktop_side: dict[str, Any],
) -> None:
    assert desktop_side["failed"] == {}


def test_the_demo_without_the_server_part_says_what_to_install(
    desktop_side: dict[str, Any],
) -> None:
    assert desktop_side["demo_exit"] != 0
    said = str(desktop_side["said"])
    assert "Esittely tarvitsee palvelimen osan: asenna astu-desktop[desktop,server]." in said
    assert "Traceback" not in said
