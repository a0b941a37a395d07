"""The journal rows of an import's bulk inserts, written once per insert instead of per row.

On SQLite an insert trigger (core.journal.triggers) writes one journal row per
inserted row; in a 50,000-row import with an Organization column that is
100,000 trigger runs, most of the journal's cost on it. Inside the import's
transaction (which holds the write lock, so no other writer sees the gap) the
table's insert trigger is dropped, the rows inserted, and their journal rows
written with one INSERT ... SELECT made from the trigger's own stored statement,
in rowid order, which is the order the trigger would have fired in: the journal
is the same row for row, ids included. The trigger is then created again from
its stored SQL. A failure rolls all of it back, the trigger included (SQLite's
schema changes are transactional).

Only inserts are batched: an insert's journal row is its key and owner alone,
read back from the new row. Updates keep their trigger, which sees the values
before. On a PostgreSQL server the triggers are left alone (the journal is
written there by the server's own function).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlmodel import Session

# The statement core.journal.triggers makes for an insert; anything else (a trigger
# of an older or unknown shape) is left to fire row by row.
_INSERT_TRIGGER = re.compile(
    r'^CREATE TRIGGER "journal_(?P<table>\w+)_insert" AFTER INSERT ON "(?P=table)" '
    r"BEGIN (?P<insert>INSERT INTO journal_change \([\w, ]+\)) VALUES \((?P<values>.*)\); "
    r"END$", re.DOTALL)
_NEW_ROW = re.compile(r"\bNEW\.")


class JournalGap(RuntimeError):
    """Rows inserted under a dropped trigger that the batch could not find again."""


@contextmanager
def journaled_afterwards(*, session: Session, table: str) -> Iterator[None]:
    """Rows inserted into `table` inside the block are journaled once, at its end.

    The block must only insert into `table` (no explicit rowids, no updates or
    deletes of it), and write to no other journaled table: the journal rows'
    ids follow the inserted rows' order, as the trigger's would.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    name = f"journal_{table}_insert"
    stored = str(connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        (name,)).scalar() or "")
    trigger = _INSERT_TRIGGER.match(stored)
    if trigger is None or trigger["table"] != table:
        yield  # not journaled here (no trigger), or a shape this module does not read
        return
    last_before, count_before = connection.exec_driver_sql(
        f'SELECT coalesce(max(rowid), 0), count(*) FROM "{table}"').one()
    connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
        # The trigger reads the new row as NEW.; here each row is read from the table,
        # so the journal holds exactly what the trigger writes. Without an explicit
        # rowid SQLite gives each new row the largest one plus one, so the new rows
        # are those above the largest before, in the order they were inserted.
        values = _NEW_ROW.sub(f'"{table}".', trigger["values"])
        written = connection.exec_driver_sql(
            f'{trigger["insert"]} SELECT {values} FROM "{table}" '
            f'WHERE "{table}".rowid > ? ORDER BY "{table}".rowid', (last_before,)).rowcount
        count_after = connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar()
        if written != (count_after or 0) - count_before:
            # Never a change without its journal row: the whole import rolls back.
            raise JournalGap(f"{table}: {written} journal rows for "
                             f"{(count_after or 0) - count_before} rows inserted")
    finally:
        # Also when cancelled or failed: the rollback then takes it back with the rest.
        # IF NOT EXISTS for an error after which SQLite has already rolled back (a full
        # disk): the trigger is back then, and this must not hide that error. SQLite
        # stores the statement without the clause, as it was.
        connection.exec_driver_sql(
            stored.replace("CREATE TRIGGER ", "CREATE TRIGGER IF NOT EXISTS ", 1))
