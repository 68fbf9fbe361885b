"""Finding clients as the worker types: names, henkilötunnus, address and phone.

The index is the FTS5 table `client_search` of migration 0003, kept in step with
`client` by triggers, so it lives inside the encrypted store and never lags behind
a write. What the worker types becomes an FTS5 query in which every word is a
prefix ("virt mat" finds Matti Virtanen). A typed number is also tried with its
separators removed, so a henkilötunnus or phone number is found however it is
written. The search text itself is never stored: the access log only records that
a search was made.
"""

from __future__ import annotations

import re

from sqlalchemy import Select, column, select, table, text
from sqlalchemy.orm import Session

from astu_desktop.services.accesslog import record_access
from astu_protocol.codes import AccessAction

TARGET_CASELOAD_SEARCH = "caseload:search"
# Enough for a full name with an address; longer input is cut, never an error.
MAX_WORDS = 8
# The index's tokenizer keeps letters and digits; everything else separates words.
_WORD = re.compile(r"[^\W_]+")
_NUMBER_SEPARATORS = re.compile(r"[\s\-+()/.]")
_FINNISH_PREFIX = "358"

_index = table("client_search", column("rowid"))
# Every client's integer key in the index (rowids of `client_search`).
search_keys = table("client_search_key", column("key"), column("client_id"))


def words(typed: str) -> list[str]:
    """The words of the search as the index sees them (lower case, at most MAX_WORDS)."""
    return [word.lower() for word in _WORD.findall(typed)][:MAX_WORDS]


def compact_number(typed: str) -> str | None:
    """`typed` without separators when it reads as a number (a hetu, a phone), else None."""
    compact = _NUMBER_SEPARATORS.sub("", typed).lower()
    digits = sum(character.isdigit() for character in compact)
    if digits < 3 or digits * 2 < len(compact) or not _WORD.fullmatch(compact):
        return None
    return compact


def is_search(typed: str | None) -> bool:
    """True when `typed` has anything to find (not only spaces and punctuation)."""
    return bool(typed) and bool(words(typed or ""))


def match_expression(typed: str) -> str | None:
    """The FTS5 MATCH expression for what was typed; None when there is nothing to find."""
    found = words(typed)
    if not found:
        return None
    alternatives = [" AND ".join(f'"{word}"*' for word in found)]
    compact = compact_number(typed)
    if compact is not None and len(found) > 1:
        alternatives.append(f'"{compact}"*')
    if compact is not None and compact.startswith(_FINNISH_PREFIX):
        alternatives.append(f'"0{compact[len(_FINNISH_PREFIX) :]}"*')
    if len(alternatives) == 1:
        return alternatives[0]
    return " OR ".join(f"({alternative})" for alternative in alternatives)


def matching_keys(typed: str) -> Select[int] | None:
    """A subquery of the `search_keys.key` of live clients matching `typed` (None: no search)."""
    expression = match_expression(typed)
    if expression is None:
        return None
    return select(_index.c.rowid).where(
        text("client_search MATCH :client_search").bindparams(client_search=expression)
    )


def matching_client_ids(typed: str) -> Select[str] | None:
    """A subquery of the ids of live clients matching `typed`; None for an empty search."""
    expression = match_expression(typed)
    if expression is None:
        return None
    return (
        select(search_keys.c.client_id)
        .join(_index, _index.c.rowid == search_keys.c.key)
        .where(text("client_search MATCH :client_search").bindparams(client_search=expression))
    )


def search_client_ids(session: Session, typed: str) -> list[str]:
    """The ids of the live clients matching `typed`, in no particular order."""
    statement = matching_client_ids(typed)
    return [] if statement is None else list(session.scalars(statement))


def log_search(session: Session) -> None:
    """One SEARCH entry per executed search; the text is not kept (it may name a client)."""
    record_access(
        session, action=AccessAction.SEARCH, client_id=None, target=TARGET_CASELOAD_SEARCH
    )


def rebuild_search_index(session: Session) -> None:
    """Index every live client again (after a repair, or a VACUUM by hand)."""
    connection = session.connection()
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO client_search_key(client_id) SELECT id FROM client"
    )
    connection.exec_driver_sql("INSERT INTO client_search(client_search) VALUES ('rebuild')")
