"""A property over every synced column: what the server stores, every laptop can take.

Random and hostile values (lone surrogates, control characters, look-alike letters,
dates in year 1 and 9999, times without a zone, huge and negative numbers, unknown
codes, deep documents) are pushed by a device into one field of an otherwise valid
new row. Whatever the server stores passes the laptop's own check of the same field,
and the scope can always be pulled from cursor 0; a real laptop then syncs it all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from astu_protocol import validation
from astu_protocol.tables import TABLES, FieldSpec, Kind
from tests.integration.conftest import laptops, server, server_db_url
from tests.integration.serverkit import Laptop, LiveServer
from tests.security.values_kit import (
    RawDevice,
    change,
    new_hetu,
    new_id,
    push_case_file,
    raw_devices,
    valid_fields,
)

__all__ = ["laptops", "raw_devices", "server", "server_db_url"]  # fixtures used here

HOSTILE_CHARACTERS = st.characters(
    categories=("Cc", "Cf", "Cs", "Zl", "Zp", "Lu", "Ll", "Nd", "Zs"), codec=None
)
HOSTILE_TEXT = st.text(HOSTILE_CHARACTERS, max_size=30) | st.sampled_from(
    ["Ai\ud800no", "\udfff", "rivi\nrivi", "\x1b[2J", "\u202e", "\u2028", "x" * 100_001, ""]
)
ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | HOSTILE_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(HOSTILE_TEXT, inner, max_size=3),
    max_leaves=10,
)
YEARS = st.sampled_from([1, 1899, 1900, 2026, 2100, 2101, 9999])
DAYS = st.builds("{:04d}-{:02d}-{:02d}".format, YEARS, st.integers(1, 12), st.integers(1, 28))
MOMENTS = st.builds(
    "{}T{:02d}:00:00{}".format, DAYS, st.integers(0, 23), st.sampled_from(["", "Z", "+02:00"])
)
NUMBERS = st.integers(-(2**70), 2**70) | st.sampled_from([0, -1, 1440, 1441, 100_000_001])
HETUS = st.builds(
    lambda hetu, how: how(hetu),
    st.builds(new_hetu),
    st.sampled_from([
        str.lower, lambda h: h.replace("-", "\u2013"), lambda h: "\u202e" + h,
        lambda h: h[:6] + "\u200b" + h[6:], lambda h: h.replace("A", "\u0410"), lambda h: h,
    ]),
)  # fmt: skip


def values_for(spec: FieldSpec) -> st.SearchStrategy[Any]:
    """Plausible values of the field's kind, mixed with hostile values of any kind."""
    plausible: dict[Kind, st.SearchStrategy[Any]] = {
        Kind.TEXT: HETUS if spec.name == "hetu" else HOSTILE_TEXT,
        Kind.NUMBER: NUMBERS,
        Kind.FLAG: st.booleans(),
        Kind.DAY: DAYS,
        Kind.MOMENT: MOMENTS,
        Kind.CHOICE: st.sampled_from([*spec.choices, "unknown", ""]),
        Kind.JSON: ANY_JSON,
        Kind.REFERENCE: st.just(new_id()) | HOSTILE_TEXT,
    }
    return plausible[spec.kind] | ANY_JSON


COLUMNS = [
    (table, spec)
    for table, table_spec in TABLES.items()
    if table_spec.device_writable and table != "document_review"
    for spec in table_spec.fields
    if spec.kind is not Kind.REFERENCE or spec.name != table_spec.parent_field
]


@pytest.mark.slow
def test_the_server_stores_only_what_a_laptop_takes_and_every_pull_works(
    server: LiveServer, laptops: Callable[[str], Laptop], raw_devices: Callable[[str], RawDevice]
) -> None:
    server.add_team("Itä")
    server.add_user("aino", team="Itä")
    server.add_user("leena", role="team_lead", team="Itä")
    device = raw_devices("aino")
    case = push_case_file(device)
    stored: list[tuple[str, str]] = []

    @settings(
        max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None
    )
    @given(data=st.data())
    def push_one_field(data: st.DataObject) -> None:
        table, spec = data.draw(st.sampled_from(COLUMNS), label="column")
        value = data.draw(values_for(spec), label="value")
        row_id = new_id()
        device.push(change(table, row_id, {**valid_fields(table, case), spec.name: value}))
        kept = server.record(table, row_id)
        if kept is not None:
            stored.append((table, row_id))
            assert validation.problems(table, kept) == {}, (table, spec.name)
        assert device.pull_everything()["withheld"] == []

    push_one_field()
    lead = laptops("leena")
    assert lead.reports[0].set_aside == 0
    assert lead.reports[0].verified is True
