"""The last guard against U+0000 reaching a database: every insert and update is checked.

The record checks (core.records.validation) and the import's cell checks refuse a
NUL with a message beside its field or cell; this guard covers every other way a
value is written (letters, tags, activities, an import's affiliation role, the
command line). SQLCipher's driver hands a Python function text only up to its
first NUL, so the Unicode lower() of core.storage.db would file "Nul<NUL>Group"
under "nul" in the search index and the unique lower(title) and lower(name)
indexes. The write is refused, naming the field, and its operation rolls back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from coalitiondesk.core.errors import InvalidInput, field_term


def refuse_nul_in_writes(engine: Engine) -> None:
    event.listen(engine, "before_execute", _check_statement)


def _check_statement(_connection: sa.Connection, statement: Any, multiparams: Any,
                     params: Any, _options: Any) -> None:
    if not isinstance(statement, sa.Insert | sa.Update):
        return
    rows: list[Any] = list(multiparams) if isinstance(multiparams, list | tuple) else []
    rows.append(params)
    for row in rows:
        if isinstance(row, Mapping):
            refuse_nul_in_row(row.items())
        elif isinstance(row, list | tuple):
            for each in row:
                if isinstance(each, Mapping):
                    refuse_nul_in_row(each.items())


def refuse_nul_in_row(items: Iterable[tuple[Any, Any]]) -> None:
    """InvalidInput naming the first field whose text holds a NUL."""
    for name, value in items:
        if isinstance(value, str) and "\x00" in value:
            raise InvalidInput("{field}: contains a NUL character (an invisible control"
                               " character, which cannot be stored); remove it",
                               field=field_term(str(name)))
