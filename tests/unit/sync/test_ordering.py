"""A push batch is applied with every row after the rows it refers to."""

from __future__ import annotations

from astu_protocol.messages import MAX_PUSH_ROWS, RowChange
from astu_protocol.ordering import dependency_order

STAMP = "001764000000000.0.laptop"


def change(table: str, row_id: str, **fields: str) -> RowChange:
    return RowChange(table=table, row_id=row_id, fields=fields, stamp=STAMP, base_cursor=0)


def keys(changes: list[RowChange]) -> list[str]:
    return [c.row_id for c in changes]


def test_a_visit_and_its_worker_follow_the_check_they_refer_to() -> None:
    visit = change("home_visit", "v", client_id="c", living_skills_document_id="d")
    worker = change("visit_worker", "w", visit_id="v", worker_id="aino")
    check = change("form_document", "d", client_id="c")
    client = change("client", "c")

    ordered = dependency_order([worker, visit, check, client])

    assert keys(ordered) == ["c", "d", "v", "w"]


def test_rows_that_refer_to_nothing_new_keep_their_order() -> None:
    rows = [change("client", name) for name in "abc"]
    assert keys(dependency_order(rows)) == ["a", "b", "c"]


def test_a_batch_long_chain_of_versions_is_ordered_without_recursion() -> None:
    """A hostile or unusual batch: each version supersedes the next one listed."""
    count = MAX_PUSH_ROWS
    rows = [change("form_document", f"d{i}", supersedes_id=f"d{i + 1}") for i in range(count)]
    assert keys(dependency_order(rows)) == [f"d{i}" for i in reversed(range(count))]


def test_a_cycle_is_broken_and_nothing_is_lost() -> None:
    rows = [
        change("form_document", "a", supersedes_id="b"),
        change("form_document", "b", supersedes_id="a"),
    ]
    assert sorted(keys(dependency_order(rows))) == ["a", "b"]
