"""A whole database copied between a local file and a server, either way.

Every row of every table goes across as it is: IDs, UUIDs, membership history,
import records and the change journal, so that history and undo read on the
copy as on the original. The journal's triggers are kept from firing while the
rows go in (they would file the copy itself as changes); the search tables are
not copied but rebuilt by their own triggers. One transaction on the
destination: a failed copy leaves it as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import SQLModel

from coalitiondesk.core.errors import DatabaseUnavailable
from coalitiondesk.core.journal import triggers
from coalitiondesk.core.journal.triggers import OWNERS
from coalitiondesk.core.storage import server_roles
from coalitiondesk.core.storage.db import Database

# Rows read and written at a time: a table of 100,000 contacts is never held whole.
CHUNK = 2_000
# What opening a new database writes by itself: a destination holding only these is empty.
_MADE_ON_OPENING = frozenset({"country", "country_alias", "journal_operation",
                              "journal_change", "journal_current"})


@dataclass(frozen=True)
class CopySummary:
    tables: int
    rows: int


def copied_tables(connection: sa.Connection) -> list[sa.Table]:
    """The tables copied, parents before children (the search tables are rebuilt)."""
    present = set(sa.inspect(connection).get_table_names())
    return [table for table in SQLModel.metadata.sorted_tables if table.name in present]


def holds_records(database: Database) -> bool:
    """Whether the database holds anything a person put there (a new one holds the
    countries and the note of their loading only)."""
    with database.engine.connect() as connection:
        for table in copied_tables(connection):
            if table.name in _MADE_ON_OPENING:
                continue
            if connection.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first():
                return True
        return connection.exec_driver_sql(
            "SELECT 1 FROM journal_operation WHERE kind <> 'setup' LIMIT 1").first() is not None


def copy_database(*, source: Database, destination: Database,
                  replace: bool = False) -> CopySummary:
    """Copy every row of `source` into `destination`, both opened at this version's schema.

    A destination holding records is refused unless `replace`, when they are
    replaced. A volunteer may not copy a server database (it would be a copy of
    what they may not export)."""
    if source.url == destination.url:
        raise DatabaseUnavailable("A database cannot be copied onto itself")
    refuse_volunteer(source)
    if not replace and holds_records(destination):
        raise DatabaseUnavailable(
            "{name} already holds records: copy into a new, empty database, or give --replace"
            " to replace everything in it; nothing was changed",
            name=destination.display_name)
    rows = 0
    with _snapshot(source) as reading, \
            destination.engine.execution_options(immediate=True).begin() as writing:
        tables = copied_tables(writing)
        with _journal_silenced(writing):
            for table in reversed(tables):
                writing.execute(table.delete())
            for table in tables:
                rows += _copy_table(table, reading=reading, writing=writing)
        if writing.dialect.name == "postgresql":
            _reset_sequences(writing, tables)
    return CopySummary(tables=len(tables), rows=rows)


def refuse_volunteer(database: Database) -> None:
    """A volunteer's copy of a server database would be a copy of what they may not export."""
    if database.is_sqlite:
        return
    with database.engine.connect() as connection:
        if server_roles.current_role(connection) is server_roles.Role.volunteer:
            raise DatabaseUnavailable("A volunteer may not copy the database of {name}",
                                      name=database.display_name)


@contextmanager
def _snapshot(database: Database) -> Iterator[sa.Connection]:
    """One consistent view of the source, whatever others write meanwhile."""
    engine = database.engine
    if not database.is_sqlite:
        # Every table read in one snapshot, taken at the first read; read-only, so
        # that a copy (a backup) can never write to the server it reads.
        engine = engine.execution_options(isolation_level="REPEATABLE READ",
                                          postgresql_readonly=True)
    with engine.connect() as connection, connection.begin():
        yield connection


@contextmanager
def _journal_silenced(connection: sa.Connection) -> Iterator[None]:
    """No journal entries for the copy's own writes: the rows copied bring theirs."""
    journaled = [table for table in OWNERS
                 if table in set(sa.inspect(connection).get_table_names())]
    if connection.dialect.name == "sqlite":
        for table in journaled:
            for event in ("insert", "update", "delete"):
                connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS "journal_{table}_{event}"')
        yield
        triggers.install(connection)
        return
    # Only the journal's triggers: the search tables' keep themselves current.
    for table in journaled:
        for event in ("insert", "update", "delete"):
            connection.exec_driver_sql(
                f'ALTER TABLE "{table}" DISABLE TRIGGER "journal_{table}_{event}"')
    yield
    for table in journaled:
        for event in ("insert", "update", "delete"):
            connection.exec_driver_sql(
                f'ALTER TABLE "{table}" ENABLE TRIGGER "journal_{table}_{event}"')


def _copy_table(table: sa.Table, *, reading: sa.Connection, writing: sa.Connection) -> int:
    order = list(table.primary_key.columns) or list(table.columns)
    result = reading.execution_options(yield_per=CHUNK).execute(
        sa.select(table).order_by(*order))
    copied = 0
    for chunk in result.mappings().partitions(CHUNK):
        writing.execute(table.insert(), [dict(row) for row in chunk])
        copied += len(chunk)
    return copied


def _reset_sequences(connection: sa.Connection, tables: list[sa.Table]) -> None:
    """The server's next id follows the highest copied, as SQLite's does by itself."""
    for table in tables:
        if "id" not in table.primary_key.columns or len(table.primary_key.columns) != 1:
            continue
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'),"
            f" coalesce((SELECT max(id) FROM \"{table.name}\"), 0) + 1, false)")
