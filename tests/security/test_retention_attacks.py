"""The retention check as a worker's own device could abuse it over HTTP.

`holding` is a device's claim about the work it holds: it holds back retirement only
at that device's own pull. It keeps no one else's client, it does not stop another
device's daily check (each device has its own), and a claim that is not a list of
row ids is refused with a code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from tests.integration.conftest import laptops, server, server_db_url
from tests.integration.serverkit import Laptop, LiveServer
from tests.integration.test_retention import ENDED_ON, RETENTION, client_with_episode, on_day
from tests.integration.test_scope import HETU_X, HETU_Y, two_teams
from tests.security.values_kit import RawDevice, new_id, raw_devices

__all__ = ["laptops", "raw_devices", "server", "server_db_url"]  # fixtures used here


def test_a_devices_claim_keeps_no_one_elses_client_and_stops_no_other_check(
    server: LiveServer,
    laptops: Callable[[str], Laptop],
    raw_devices: Callable[[str], RawDevice],
) -> None:
    two_teams(server)
    aino, cecilia = laptops("aino"), laptops("cecilia")
    mine = client_with_episode(aino, HETU_X, ended=True)
    theirs = client_with_episode(cecilia, HETU_Y, ended=True)  # another team's client
    aino.sync()
    cecilia.sync()
    on_day(server, ENDED_ON + RETENTION + timedelta(days=1))
    hostile = raw_devices("aino")  # Aino's own valid token, on a device she controls

    hostile_claims = (["x" * 37], ["' OR 1=1 --"], [""], [1, 2], "everything", [None],
                      [new_id()] * 100_001)  # fmt: skip
    for claim in hostile_claims:
        answer = hostile.post("/sync/pull", {"cursor": 0, "holding": claim})
        assert 400 <= answer.status_code < 500, (str(claim)[:40], answer.text[:200])
        assert answer.json()["code"] == "invalid_request"
    answer = hostile.post("/sync/pull", {"cursor": 0, "holding": [theirs, mine]})
    assert answer.status_code == 200, answer.text  # its own claim: this pull retires nothing

    assert cecilia.sync().retired_clients == 1  # Aino's claim kept nothing of Cecilia's
    assert theirs not in cecilia.client_ids()
    assert aino.sync().retired_clients == 1  # her laptop holds nothing: its own check runs
    assert aino.client_ids() == set()
    left = {row["row_id"] for row in hostile.pull_everything()["rows"]}
    assert not {mine, theirs} & left  # the claiming device keeps neither either
