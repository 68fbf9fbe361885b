"""client search: an FTS5 index over names, henkilötunnus, address and phone; caseload indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 10:00:00

The index is an external-content FTS5 table whose content is a view of the live
(not tombstoned) clients. FTS5 rowids must be integers that never change, and the
implicit rowid of `client` (a text primary key) may be renumbered by VACUUM or a
table rebuild, so `client_search_key` gives every client a stable integer key.
Triggers keep the index in step with every write to `client`, whoever makes it
(an ORM flush, a sync apply, a purge). Triggers on `client` are dropped with the
table: a later migration that rebuilds `client` must run `create_triggers()` and
`rebuild()` of this file again.

Tokenizer `unicode61 remove_diacritics 0`: ä, ö and å stay letters of their own
(Mäkinen is not Makinen). Besides the code as written, the henkilötunnus is indexed
without its century sign and the phone number as bare digits (and in the national
form when it was written with +358), so both "131052-308T" and "131052308T",
"040 123 4567" and "0401234567" find the client. The address is the street and the
postal code: nearly every client lives in Helsinki, and a city in the index would
make every "h…" find everyone.

The caseload lists clients in name order: a partial index on the live clients'
names gives that order without a sort. It asks, per client, whether an open episode
exists, the last live visit and the review date of the signed service plan; three
partial indexes answer those without reading the rows:
`form_document` rows carry their answers before `status` and `review_due`, and
reading past a long answer set costs its overflow pages.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every separator a phone number is commonly written with.
_PHONE_SEPARATORS = (" ", "-", "+", "(", ")", "/", ".")


def _digits(column: str) -> str:
    expression = f"coalesce({column}, '')"
    for separator in _PHONE_SEPARATORS:
        expression = f"replace({expression}, '{separator}', '')"
    return expression


def _phone(column: str) -> str:
    digits = _digits(column)
    national = f"CASE WHEN {digits} LIKE '358%' THEN '0' || substr({digits}, 4) ELSE '' END"
    return f"coalesce({column}, '') || ' ' || {digits} || ' ' || {national}"


SOURCE_VIEW = f"""
CREATE VIEW client_search_source AS
SELECT
    k.key AS key,
    c.first_names || ' ' || c.last_name AS name,
    c.hetu || ' ' || substr(c.hetu, 1, 6) || substr(c.hetu, 8) AS hetu,
    coalesce(c.street_address, '') || ' ' || coalesce(c.postal_code, '') AS address,
    {_phone("c.phone")} AS phone
FROM client AS c JOIN client_search_key AS k ON k.client_id = c.id
WHERE c.deleted_at IS NULL
"""  # noqa: S608 - built from constants only

# Prefix indexes keep "as you type" fast from the first letter on.
INDEX_TABLE = """
CREATE VIRTUAL TABLE client_search USING fts5(
    name, hetu, address, phone,
    content='client_search_source', content_rowid='key',
    tokenize='unicode61 remove_diacritics 0',
    prefix='1 2 3'
)
"""

_KEY_OF = "(SELECT key FROM client_search_key WHERE client_id = {row}.id)"
_ADD = (
    "INSERT INTO client_search(rowid, name, hetu, address, phone) "  # noqa: S608
    "SELECT key, name, hetu, address, phone FROM client_search_source WHERE key = " + _KEY_OF
)
# The 'delete' command needs the values as they were indexed; the view still shows
# them in a BEFORE trigger. A tombstoned client is not in the view: nothing to remove.
_REMOVE = (
    "INSERT INTO client_search(client_search, rowid, name, hetu, address, phone) "  # noqa: S608
    "SELECT 'delete', key, name, hetu, address, phone FROM client_search_source WHERE key = "
    + _KEY_OF
)
_SEARCHED = "first_names, last_name, hetu, phone, street_address, postal_code, deleted_at"

TRIGGERS = {
    "client_search_insert": f"""
CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN
    INSERT OR IGNORE INTO client_search_key(client_id) VALUES (NEW.id);
    {_ADD.format(row="NEW")};
END
""",  # noqa: S608 - built from constants only
    "client_search_before_update": f"""
CREATE TRIGGER client_search_before_update BEFORE UPDATE OF {_SEARCHED}, id ON client BEGIN
    {_REMOVE.format(row="OLD")};
END
""",
    "client_search_after_update": f"""
CREATE TRIGGER client_search_after_update AFTER UPDATE OF {_SEARCHED}, id ON client BEGIN
    UPDATE client_search_key SET client_id = NEW.id WHERE client_id = OLD.id;
    {_ADD.format(row="NEW")};
END
""",  # noqa: S608 - built from constants only
    "client_search_before_delete": f"""
CREATE TRIGGER client_search_before_delete BEFORE DELETE ON client BEGIN
    {_REMOVE.format(row="OLD")};
END
""",
    "client_search_after_delete": """
CREATE TRIGGER client_search_after_delete AFTER DELETE ON client BEGIN
    DELETE FROM client_search_key WHERE client_id = OLD.id;
END
""",
}


CASELOAD_INDEXES = {
    # The caseload in name order without a sort (see services/caseload.py).
    "ix_client_live_name": (
        "CREATE INDEX ix_client_live_name "
        "ON client (lower(last_name), last_name, first_names, id) WHERE deleted_at IS NULL"
    ),
    # Whether a client has an open episode (and of which worker, service and status).
    "ix_service_episode_live_client": (
        "CREATE INDEX ix_service_episode_live_client ON service_episode "
        "(client_id, status, responsible_worker_id, service) WHERE deleted_at IS NULL"
    ),
    "ix_home_visit_live_client_when": (
        "CREATE INDEX ix_home_visit_live_client_when ON home_visit (client_id, visited_at) "
        "WHERE deleted_at IS NULL"
    ),
    "ix_form_document_live_review": (
        "CREATE INDEX ix_form_document_live_review "
        "ON form_document (client_id, form_key, status, review_due) WHERE deleted_at IS NULL"
    ),
}


def create_triggers() -> None:
    for statement in TRIGGERS.values():
        op.execute(statement)


def rebuild() -> None:
    """Give every client a key and index every live one from scratch."""
    op.execute("INSERT OR IGNORE INTO client_search_key(client_id) SELECT id FROM client")
    op.execute("INSERT INTO client_search(client_search) VALUES ('rebuild')")


def upgrade() -> None:
    op.execute(
        "CREATE TABLE client_search_key ("
        "key INTEGER PRIMARY KEY, client_id VARCHAR(36) NOT NULL UNIQUE)"
    )
    op.execute(SOURCE_VIEW)
    op.execute(INDEX_TABLE)
    create_triggers()
    rebuild()
    for statement in CASELOAD_INDEXES.values():
        op.execute(statement)


def downgrade() -> None:
    for name in CASELOAD_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS client_search")
    op.execute("DROP VIEW IF EXISTS client_search_source")
    op.execute("DROP TABLE IF EXISTS client_search_key")
