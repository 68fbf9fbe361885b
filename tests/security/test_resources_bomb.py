"""A small gzip body that inflates to a huge one must not cost the server its memory.

The attack: 60 KiB of gzip, no token, inflating to 60 MiB; before the fix the server
inflated and parsed it before answering 401, and 20 such requests in parallel took
gigabytes. Now the caller is known before the body is read, a public endpoint's body
is capped tightly, and inflating stops at the cap. Measured on `astu-server serve` in
its own process, from its peak resident memory (VmHWM).
"""

from __future__ import annotations

import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from astu_protocol.messages import API_PREFIX
from tests.integration.serverkit import PASSWORD
from tests.security.resourcekit import ServerProcess, server_process

PARALLEL = 20
PEAK_GROWTH_LIMIT_KIB = 50 * 1024
INFLATED_BYTES = 60 * 1024 * 1024


def bomb() -> bytes:
    """JSON that opens an object and then goes on with 60 MiB of blanks, gzipped."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = [packer.compress(b'{"seq": 1, "changes": [], "x": 1')]
    blanks = b" " * (1024 * 1024)
    parts += [packer.compress(blanks) for _ in range(INFLATED_BYTES // len(blanks))]
    parts.append(packer.compress(b"}") + packer.flush())
    return b"".join(parts)


def fire(url: str, body: bytes, token: str | None = None) -> list[int]:
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"

    def one(_n: int) -> int:
        with httpx.Client(timeout=120) as http:
            return http.post(url, content=body, headers=headers).status_code

    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        return list(pool.map(one, range(PARALLEL)))


def warm_up(server: ServerProcess) -> None:
    """The first requests load code and fill pools: not what is being measured."""
    with httpx.Client(base_url=server.url, timeout=30) as http:
        for _ in range(3):
            http.post(f"{API_PREFIX}/sync/push", json={"seq": 1, "changes": []})
            http.post(f"{API_PREFIX}/enrol", json={"username": "x"})


def test_twenty_tokenless_bombs_cost_the_server_almost_no_memory(tmp_path: Path) -> None:
    body = bomb()
    assert len(body) < 64 * 1024
    with server_process(f"sqlite:///{tmp_path / 'server.db'}", tmp_path) as server:
        warm_up(server)
        peak_before, _rss = server.memory_kib()
        push = fire(f"{server.url}{API_PREFIX}/sync/push", body)
        enrol = fire(f"{server.url}{API_PREFIX}/enrol", body)
        peak_after, rss_after = server.memory_kib()
    assert push == [401] * PARALLEL  # refused before a byte of the body was read
    assert enrol == [413] * PARALLEL  # a public endpoint: a few KiB at most
    growth = peak_after - peak_before
    print(f"peak memory grew by {growth} KiB (RSS after: {rss_after} KiB)")
    assert growth <= PEAK_GROWTH_LIMIT_KIB


def test_an_enrolled_device_cannot_inflate_past_the_cap_either(tmp_path: Path) -> None:
    with server_process(f"sqlite:///{tmp_path / 'server.db'}", tmp_path) as server:
        server.add_user("aino")
        enrolment = {"username": "aino", "password": PASSWORD,
                     "device_id": "01a22300-0000-7000-8000-0000000000b1",
                     "enrolment_code": server.enrolment_code("aino")}  # fmt: skip
        with httpx.Client(base_url=server.url, timeout=60) as http:
            token = http.post(f"{API_PREFIX}/enrol", json=enrolment).json()["device_token"]
        warm_up(server)
        peak_before, _rss = server.memory_kib()
        headers = {"Content-Encoding": "gzip", "Authorization": f"Bearer {token}"}
        with httpx.Client(timeout=120) as http:
            # Four times the cap inflated: refused as soon as the cap is passed.
            twice = zlib.compress(b" " * (64 * 1024 * 1024), 9, wbits=16 + zlib.MAX_WBITS)
            answer = http.post(f"{server.url}{API_PREFIX}/sync/push", content=twice,
                               headers=headers)  # fmt: skip
        peak_after, _rss = server.memory_kib()
    assert (answer.status_code, answer.json()["code"]) == (413, "too_large")
    assert peak_after - peak_before <= PEAK_GROWTH_LIMIT_KIB
