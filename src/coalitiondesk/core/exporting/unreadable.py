"""The columns of an export whose values the person exporting may not read.

On a shared server a volunteer's reads return the private fields as NULL
(core.storage.server_columns). Written into a workbook, those blanks would read
as "no value", so such a column is left out of the file altogether and the
export says once that it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from sqlmodel import Session

from coalitiondesk.core.exporting.columns import Column, ExportKind
from coalitiondesk.core.records import custom_fields
from coalitiondesk.core.storage.server_columns import WITHHELD_INFO

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

# Where each kind's columns come from: the table whose columns share their keys, and
# the other columns read from a table's column of another name.
_RECORD_TABLES: Mapping[ExportKind, str] = {
    ExportKind.organizations: "organization", ExportKind.contacts: "contact",
}
_OTHER_SOURCES: Mapping[ExportKind, Mapping[str, tuple[str, str]]] = {
    ExportKind.signatories: {"notes": ("organization", "notes")},
}
# Where a record's own fields (records.custom_fields) are kept.
_CUSTOM_VALUES = "custom_values"


def withheld_of(session: Session) -> Mapping[str, frozenset[str]]:
    """The columns of each table the session's person may not read (none for most)."""
    withheld: Mapping[str, frozenset[str]] = session.info.get(WITHHELD_INFO) or {}
    return withheld


def unreadable_columns(kind: ExportKind, columns: Iterable[Column], *,
                       withheld: Mapping[str, frozenset[str]]) -> tuple[Column, ...]:
    """Those of `columns` whose values `withheld` keeps from the reader."""
    if not withheld:
        return ()
    return tuple(column for column in columns if _unreadable(kind, column.key, withheld))


def _unreadable(kind: ExportKind, key: str, withheld: Mapping[str, frozenset[str]]) -> bool:
    table = _RECORD_TABLES.get(kind)
    if table is not None:
        hidden = withheld.get(table, frozenset())
        if key in hidden:
            return True
        if custom_fields.field_id_of(key) is not None:
            return _CUSTOM_VALUES in hidden
    source = _OTHER_SOURCES.get(kind, {}).get(key)
    return source is not None and source[1] in withheld.get(source[0], frozenset())


def unreadable_keys(database: Database, *, kind: ExportKind,
                    columns: Iterable[Column]) -> frozenset[str]:
    """The keys of those of `columns` the database's person may not read: what a
    column chooser shows as unavailable."""
    return frozenset(column.key for column in unreadable_columns(
        kind, columns, withheld=database.withheld))
