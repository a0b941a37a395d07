"""The search index of the records an import creates, written once after their inserts.

On SQLite a trigger adds each new record's text to the FTS5 trigram index
(migrations 0002, 0011, 0016): row by row that was three quarters of inserting
50,000 contacts. Inside the import's transaction (which holds the write lock, so
no other writer sees the gap) the insert trigger is dropped, the rows inserted,
their texts added with one INSERT ... SELECT built from the trigger's own
statement, and the trigger created again from its stored SQL. A failure rolls
all of it back, the trigger included: SQLite's schema changes are transactional.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlmodel import Session

_BODY = re.compile(
    r"BEGIN\s+INSERT INTO (?P<index>\w+) \(rowid, text\) "
    r"VALUES \(new\.id, (?P<text>.*)\);\s*END\s*$", re.DOTALL | re.IGNORECASE)


@contextmanager
def indexed_afterwards(*, session: Session, table: str, batch_id: int) -> Iterator[None]:
    """Rows of `table` inserted inside the block with `import_batch_id` = `batch_id`
    are indexed once at its end; elsewhere (PostgreSQL, a trigger of another shape)
    the trigger does it row by row as before."""
    connection = session.connection()
    name = f"{table}_search_insert"
    stored = ""
    if connection.dialect.name == "sqlite":
        stored = str(connection.execute(
            sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": name}).scalar() or "")
    body = _BODY.search(stored)
    if body is None:
        yield
        return
    connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
        # The trigger's expression reads the new row as "new."; here each row is read
        # from the table itself, so the index holds exactly what the trigger writes.
        text = re.sub(r"\bnew\.", f"{table}.", body["text"])
        connection.execute(sa.text(
            f"INSERT INTO {body['index']} (rowid, text) SELECT {table}.id, {text} "
            f"FROM {table} WHERE {table}.import_batch_id = :batch"), {"batch": batch_id})
    finally:
        # Also when cancelled or failed: the rollback then takes it back with the rest.
        connection.exec_driver_sql(stored)
