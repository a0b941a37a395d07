"""Columns an import's mapping leaves out, kept as the coordinator's own fields instead
(the command line's --keep-unmapped; the wizard's "keep as a custom field").

Each column becomes a text custom field named after its header (one of that name
already there is used), and each imported row's value is stored on the record the
row created or updated, all in one operation that Edit › Undo takes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.importing.fields import ImportKind
from coalitiondesk.core.importing.mapping import UnmappedColumn
from coalitiondesk.core.importing.plan import ImportPlan
from coalitiondesk.core.importing.values import clean_text
from coalitiondesk.core.journal import labels
from coalitiondesk.core.models import Contact, CustomField, CustomFieldType, Organization
from coalitiondesk.core.records import custom_fields
from coalitiondesk.core.storage.db import Database


@dataclass(frozen=True)
class KeptColumn:
    header: str
    label: str
    """The custom field's name (the header, unless a built-in field has that name)."""
    field_id: int
    values: int
    """How many records got a value from the column."""


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
        return custom_fields.define_custom_field(
            session=session, record_kind=record_kind, label=f"{header} (imported)",
            value_type=CustomFieldType.text)


def keep_columns(database: Database, *, plan: ImportPlan, record_ids: Sequence[int | None],
                 columns: Sequence[UnmappedColumn]) -> list[KeptColumn]:
    """Keep `columns` (of an applied plan) as custom fields; `record_ids` as apply_import
    returned them (ImportResult.record_ids). Rows not imported get nothing."""
    if not columns:
        return []
    record_kind = "organization" if plan.kind is ImportKind.organizations else "contact"
    model: type[Organization] | type[Contact] = (
        Organization if record_kind == "organization" else Contact)
    headers = ", ".join(column.header for column in columns)
    kept: list[KeptColumn] = []
    with database.operation("import", labels.label("add_field", name=headers)) as operation:
        session = operation.session
        fields = [_field_for(session, record_kind, column.header) for column in columns]
        counts = [0] * len(columns)
        for position, row in enumerate(plan.rows):
            record_id = record_ids[position] if position < len(record_ids) else None
            if record_id is None:
                continue
            values: dict[int, object] = {}
            for number, (column, definition) in enumerate(zip(columns, fields, strict=True)):
                cells = row.draft.row.cells
                value = clean_text(cells[column.index]) if column.index < len(cells) else None
                if value is not None and definition.id is not None:
                    values[definition.id] = value
                    counts[number] += 1
            if values:
                record = (session.get(Organization, record_id) if model is Organization
                          else session.get(Contact, record_id))
                if record is not None:
                    custom_fields.set_custom_values(session=session, record=record,
                                                    values=values)
        for column, definition, count in zip(columns, fields, counts, strict=True):
            assert definition.id is not None
            kept.append(KeptColumn(header=column.header, label=definition.label,
                                   field_id=definition.id, values=count))
    return kept
