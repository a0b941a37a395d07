"""A cell imported into one of the coordinator's own fields (records.custom_fields).

The value is read by the field's type (a date cell as a date, "yes" as yes) and
put among the row's other custom values, in the one custom_values text the record
keeps them in; an update adds it to what the record already holds.
"""

from __future__ import annotations

from typing import Any

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.importing.fields import Target
from coalitiondesk.core.importing.values import ValueProblem, clean_text, to_date
from coalitiondesk.core.models import CustomFieldType
from coalitiondesk.core.records import custom_fields

COLUMN = custom_fields.COLUMN


def fill_custom(values: dict[str, Any], column: Target, value: Any, *, date1904: bool) -> None:
    """Put one cell's value for a custom field into a draft's values; raises ValueProblem."""
    definition = column.custom
    if definition is None or definition.id is None:
        raise ValueProblem("{field} is no longer a field", field=column.label)
    if CustomFieldType(definition.value_type) is CustomFieldType.date:
        value = to_date(value, date1904=date1904)
    elif isinstance(value, str):
        value = clean_text(value)
    try:
        clean = custom_fields.normalise_value(definition, value)
    except InvalidInput as error:
        raise ValueProblem("{field}: {problem}", field=definition.label,
                           problem=error.message) from None
    if clean is None:
        return
    held = custom_fields.read_values(values.get(COLUMN))
    held[definition.id] = clean
    values[COLUMN] = custom_fields.encode_values(held)


def merged_with_stored(stored: Any, imported: Any) -> str | None:
    """A row's custom values added to a stored record's: the fields the file has no
    column for keep their values."""
    return custom_fields.encode_values({**custom_fields.read_values(stored),
                                        **custom_fields.read_values(imported)})
