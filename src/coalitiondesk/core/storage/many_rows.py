"""Many rows into one table in one executemany, at the driver's own speed.

SQLAlchemy's executemany builds and converts every row's parameters in Python,
which for an import's 50,000 new contacts costs about as much as SQLite's own
inserts. Here each column's conversion (the bind processor SQLAlchemy would
apply: enums, dates, JSON) is looked up once and the driver gets plain tuples.
On a server, for rows whose keys differ, and where a column left out has a
default made in Python, SQLAlchemy does it as before.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa

from coalitiondesk.core.storage.nul_characters import refuse_nul_in_row


def insert_many(connection: sa.Connection, table: sa.Table,
                rows: Sequence[dict[str, Any]]) -> None:
    """`rows` inserted into `table`; every row must name the same columns, in any order."""
    if not rows:
        return
    keys = list(rows[0])
    # A column left out whose default is made in Python (a UUID, the time) needs
    # SQLAlchemy to make it; so does a server, and rows naming different columns.
    defaults_needed = any(column.default is not None and column.name not in rows[0]
                          for column in table.columns)
    if (connection.dialect.name != "sqlite" or defaults_needed
            or any(row.keys() != rows[0].keys() for row in rows)):
        connection.execute(table.insert(), list(rows))
        return
    converting = [(place, convert) for place, key in enumerate(keys)
                  if (convert := _converter(table.c[key].type, connection.dialect)) is not None]
    values_of = operator.itemgetter(*keys)
    plain = []
    for row in rows:
        values = list(values_of(row)) if len(keys) > 1 else [row[keys[0]]]
        for place, convert in converting:
            values[place] = convert(values[place])
        plain.append(tuple(values))
    # The engine's guard cannot read a driver-level statement's parameters: one look
    # at all their text, and the row by row search only to name the field.
    if "\x00" in "".join(value for values in plain for value in values
                          if value.__class__ is str):
        for row in rows:
            refuse_nul_in_row(row.items())
    columns = ", ".join(f'"{key}"' for key in keys)
    marks = ", ".join("?" for _ in keys)
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})',
                               plain)


def _converter(column_type: sa.types.TypeEngine[Any], dialect: sa.Dialect
               ) -> Callable[[Any], Any] | None:
    processor: Callable[[Any], Any] | None = column_type.dialect_impl(dialect).bind_processor(
        dialect)
    return processor
