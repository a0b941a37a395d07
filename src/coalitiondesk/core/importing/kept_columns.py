"""Columns an import's mapping leaves out, kept as the coordinator's own fields instead
(the command line's --keep-unmapped; the wizard's "keep as a custom field").

Each column becomes a text custom field named after its header (one of that name
already there is used), defined in one operation of its own, and the mapping
then imports the column into it: the values go in with the import, checked and
written like any other column, and undoing the import takes them back out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.importing.fields import ImportKind
from coalitiondesk.core.importing.mapping import ColumnMapping, UnmappedColumn
from coalitiondesk.core.journal import labels
from coalitiondesk.core.models import CustomField
from coalitiondesk.core.records import custom_fields
from coalitiondesk.core.storage.db import Database


@dataclass(frozen=True)
class KeptColumn:
    header: str
    label: str
    """The custom field's name (the header, unless a built-in field has that name)."""
    field_id: int
    values: int
    """How many of the column's cells hold a value."""


def _field_for(session: Session, record_kind: str, header: str) -> CustomField:
    """The custom field of that name, else a new text field named after the header."""
    for definition in custom_fields.list_custom_fields(session=session, record_kind=record_kind):
        if definition.label.casefold() == " ".join(header.split()).casefold():
            return definition
    try:
        return custom_fields.define_custom_field(session=session, record_kind=record_kind,
                                                 label=header)
    except InvalidInput:
        # The name of a built-in field ("Phone" left out for a second phone column).
        return custom_fields.define_custom_field(session=session, record_kind=record_kind,
                                                 label=f"{header} (imported)")


def keep_as_fields(database: Database, *, kind: ImportKind, mapping: Sequence[str | None],
                   columns: Sequence[UnmappedColumn]) -> tuple[ColumnMapping, list[KeptColumn]]:
    """Define a custom field for each of `columns` (one operation) and return the mapping
    that imports each column into its field, with what was kept."""
    new_mapping = list(mapping)
    if not columns:
        return new_mapping, []
    record_kind = "organization" if kind is ImportKind.organizations else "contact"
    headers = ", ".join(column.header for column in columns)
    kept: list[KeptColumn] = []
    with database.operation("custom_field", labels.label("add_field", name=headers)) as operation:
        for column in columns:
            definition = _field_for(operation.session, record_kind, column.header)
            assert definition.id is not None
            new_mapping[column.index] = custom_fields.field_key(definition.id)
            kept.append(KeptColumn(header=column.header, label=definition.label,
                                   field_id=definition.id, values=column.values))
    return new_mapping, kept
