"""The coordinator's own fields for organizations and contacts.

A definition (models.CustomField) names the field, the kind of record it belongs
to and the type of its values: text, number, date, yes/no or one of a list. The
values are one JSON object in the record's own row (custom_values), keyed by the
definition's id, so that the journal, undo, the erasure of a deleted person and
the search index treat them like the record's other values.

registry_fields() gives each definition as a records.fields.Field keyed
"custom_<id>", so that the forms, the import's targets and the export's columns
list them beside the built-in fields. Definitions change only through the
functions here, inside an operation (Database.operation): adding, renaming and
removing a field are journaled and undoable like any edit.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from coalitiondesk.core.errors import InvalidInput, Message
from coalitiondesk.core.journal import labels
from coalitiondesk.core.models import Contact, CustomField, CustomFieldType, Organization
from coalitiondesk.core.records.fields import REGISTRY, Field, Section, ValueKind
from coalitiondesk.core.records.validation import check_date
from coalitiondesk.core.storage.db import Database

RecordKind = Literal["organization", "contact"]
KEY_PREFIX = "custom_"
COLUMN = "custom_values"
"""The record's column that holds the values."""

_MODELS: dict[str, type[Organization] | type[Contact]] = {
    "organization": Organization, "contact": Contact}
_KINDS: dict[CustomFieldType, ValueKind] = {
    CustomFieldType.text: ValueKind.line,
    CustomFieldType.number: ValueKind.number,
    CustomFieldType.date: ValueKind.date,
    CustomFieldType.flag: ValueKind.flag,
    CustomFieldType.choice: ValueKind.choice,
}
_YES = frozenset({"yes", "y", "true", "1", "x", "예", "네", "はい", "oui", "ja", "sí", "si"})
_NO = frozenset({"no", "n", "false", "0", "아니오", "아니요", "いいえ", "non", "nein"})


def field_key(field_id: int) -> str:
    """The key a custom field has among the registry's fields: "custom_12"."""
    return f"{KEY_PREFIX}{field_id}"


def field_id_of(key: str) -> int | None:
    """The definition's id of a key made by field_key(), else None."""
    if not key.startswith(KEY_PREFIX):
        return None
    rest = key[len(KEY_PREFIX):]
    return int(rest) if rest.isdigit() else None


def _record_kind(value: str) -> RecordKind:
    if value == "organization":
        return "organization"
    if value == "contact":
        return "contact"
    raise InvalidInput("Custom fields belong to organizations or contacts, not {value}",
                       value=value)


def list_custom_fields(*, session: Session, record_kind: str) -> list[CustomField]:
    """The definitions of a kind of record, in the order they were added."""
    kind = _record_kind(record_kind)
    return list(session.exec(select(CustomField).where(CustomField.record_kind == kind)
                             .order_by(col(CustomField.position), col(CustomField.id))))


def options(definition: CustomField) -> tuple[str, ...]:
    """A choice field's values, in the order given."""
    return tuple(line for line in (definition.choices or "").split("\n") if line)


def as_field(definition: CustomField) -> Field:
    """The definition as the registry's other fields are described."""
    assert definition.id is not None
    return Field(field_key(definition.id), definition.label,
                 _KINDS[CustomFieldType(definition.value_type)],
                 Section.notes, headers=(definition.label,), searched=True,
                 custom_id=definition.id, options=options(definition))


def registry_fields(*, session: Session, record_kind: str) -> tuple[Field, ...]:
    """The kind's custom fields, each as a records.fields.Field."""
    return tuple(as_field(definition)
                 for definition in list_custom_fields(session=session, record_kind=record_kind))


def _clean_label(label: str) -> str:
    text = " ".join(str(label).split())
    if not text:
        raise InvalidInput("A custom field needs a name")
    return text


def _check_label_free(session: Session, kind: RecordKind, label: str,
                      field_id: int | None = None) -> None:
    folded = label.casefold()
    if any(entry.label.casefold() == folded or entry.key.casefold() == folded
           for entry in REGISTRY[kind]):
        raise InvalidInput("{label} is already a field of every {value}", label=label,
                           value=kind)
    for other in list_custom_fields(session=session, record_kind=kind):
        if other.id != field_id and other.label.casefold() == folded:
            raise InvalidInput("There is already a field called {label}", label=other.label)


def _clean_options(choices: Iterable[str]) -> str | None:
    seen: dict[str, str] = {}
    for choice in choices:
        text = " ".join(str(choice).split())
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return "\n".join(seen.values()) or None


def define_custom_field(*, session: Session, record_kind: str, label: str,
                        value_type: CustomFieldType | str = CustomFieldType.text,
                        choices: Iterable[str] = ()) -> CustomField:
    """Add a field of the coordinator's own to every organization or every contact.

    Run it inside an operation. A name that a built-in or another custom field of
    the same kind of record has (in any case), or a choice field without choices,
    is refused.
    """
    kind = _record_kind(record_kind)
    clean = _clean_label(label)
    try:
        value_type = CustomFieldType(str(value_type))
    except ValueError:
        allowed = ", ".join(member.value for member in CustomFieldType)
        raise InvalidInput("{value} is not a type of field; choose one of {allowed}",
                           value=value_type, allowed=allowed) from None
    _check_label_free(session, kind, clean)
    stored_options = _clean_options(choices) if value_type is CustomFieldType.choice else None
    if value_type is CustomFieldType.choice and stored_options is None:
        raise InvalidInput("A choice field needs at least one choice")
    last = max((other.position for other in list_custom_fields(session=session,
                                                               record_kind=kind)), default=0)
    definition = CustomField(record_kind=kind, label=clean, value_type=value_type,
                             choices=stored_options, position=last + 1)
    session.add(definition)
    session.flush()
    return definition


def get_custom_field(*, session: Session, field_id: int) -> CustomField:
    definition = session.get(CustomField, field_id)
    if definition is None:
        raise InvalidInput("There is no custom field {value}", value=field_id)
    return definition


def rename_custom_field(*, session: Session, field_id: int, label: str) -> CustomField:
    """Give a custom field another name; its values stay."""
    definition = get_custom_field(session=session, field_id=field_id)
    clean = _clean_label(label)
    _check_label_free(session, _record_kind(definition.record_kind), clean, field_id)
    definition.label = clean
    session.add(definition)
    session.flush()
    return definition


def set_choices(*, session: Session, field_id: int, choices: Iterable[str]) -> CustomField:
    """A choice field's list; a value already stored that leaves the list is refused."""
    definition = get_custom_field(session=session, field_id=field_id)
    stored = _clean_options(choices)
    if stored is None:
        raise InvalidInput("A choice field needs at least one choice")
    kept = {line.casefold() for line in stored.split("\n")}
    for values in _records_with(session, definition):
        value = values.get(field_id)
        if isinstance(value, str) and value.casefold() not in kept:
            raise InvalidInput("{value} is still stored in {label}; change those records first",
                               value=value, label=definition.label)
    definition.choices = stored
    session.add(definition)
    session.flush()
    return definition


def _records_with(session: Session, definition: CustomField) -> Iterable[dict[int, Any]]:
    model = _MODELS[definition.record_kind]
    for text in session.exec(select(model.custom_values)
                             .where(col(model.custom_values).is_not(None))):
        values = read_values(text)
        if definition.id in values:
            yield values


def count_values(*, session: Session, field_id: int) -> int:
    """How many records hold a value of the field: what removing it would take away."""
    definition = get_custom_field(session=session, field_id=field_id)
    return sum(1 for _ in _records_with(session, definition))


def remove_custom_field(*, session: Session, field_id: int) -> int:
    """Remove the field and its value from every record, in the operation given (an undo
    brings both back). Returns the number of records that had a value."""
    definition = get_custom_field(session=session, field_id=field_id)
    model = _MODELS[definition.record_kind]
    removed = 0
    query: Any = select(model).where(col(model.custom_values).is_not(None))
    records: list[Organization | Contact] = list(session.exec(query))
    for record in records:
        values = read_values(record.custom_values)
        if values.pop(field_id, None) is not None:
            record.custom_values = encode_values(values)
            session.add(record)
            removed += 1
    session.delete(definition)
    session.flush()
    return removed


# --- values -------------------------------------------------------------------------


def read_values(text: str | None) -> dict[int, Any]:
    """A record's custom values by definition id ({} for none or for text that is not
    such an object)."""
    if not text:
        return {}
    try:
        stored = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(stored, dict):
        return {}
    return {int(key): value for key, value in stored.items()
            if str(key).isdigit() and value is not None}


def encode_values(values: Mapping[int, Any]) -> str | None:
    """The JSON text stored for these values; None when there is none.

    Non-ASCII stays as written, so that the search index (which reads this text)
    finds "태경" as typed.
    """
    kept = {str(key): values[key] for key in sorted(values) if values[key] is not None}
    return json.dumps(kept, ensure_ascii=False, sort_keys=False) if kept else None


def normalise_value(definition: CustomField, value: Any) -> Any:
    """The value as stored (JSON: text, a number, an ISO date, true or false), None for
    blank, or InvalidInput saying what is wrong."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    # A definition read back from the database holds the type as plain text.
    kind = CustomFieldType(definition.value_type)
    if kind is CustomFieldType.text:
        return str(value).strip()
    if kind is CustomFieldType.number:
        return _number(value)
    if kind is CustomFieldType.date:
        return check_date(value).isoformat()
    if kind is CustomFieldType.flag:
        return _flag(value)
    allowed = options(definition)
    text = " ".join(str(value).split())
    for option in allowed:
        if option.casefold() == text.casefold():
            return option
    raise InvalidInput("{value} is not one of {allowed}", value=text,
                       allowed=", ".join(allowed))


def _number(value: Any) -> int | float:
    if isinstance(value, bool):
        raise InvalidInput("{value} is not a number", value=value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidInput("{value} is not a number", value=value)
        return int(value) if value.is_integer() else value
    # Thousands written with spaces or underscores; a comma is ambiguous
    # (1,5 or 1,500), so it is refused rather than guessed.
    text = "".join(str(value).split()).replace("_", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise InvalidInput("{value} is not a number", value=str(value).strip()) from None
    if not number.is_finite():
        raise InvalidInput("{value} is not a number", value=str(value).strip())
    return int(number) if number == number.to_integral_value() else float(number)


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = str(value).strip().casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise InvalidInput("{value} is not yes or no", value=str(value).strip())


def display_value(definition: CustomField, value: Any) -> str:
    """A stored value as text (a search result's column, a csv cell)."""
    if value is None:
        return ""
    if definition.value_type == CustomFieldType.flag:
        return "yes" if value else "no"
    return str(value)


def stored_value(definition: CustomField, value: Any) -> Any:
    """A stored value as Python has it: a date for a date field, else as stored."""
    if value is not None and definition.value_type == CustomFieldType.date:
        return date.fromisoformat(str(value))
    return value


def check_values(*, definitions: Iterable[CustomField], values: Mapping[int, Any]
                 ) -> tuple[dict[int, Any], dict[int, Message]]:
    """Each value normalised against its definition, and what is wrong, by field id.

    A value whose field is not among `definitions` is kept as it is: it is not
    this caller's to drop.
    """
    by_id = {definition.id: definition for definition in definitions}
    clean: dict[int, Any] = {}
    problems: dict[int, Message] = {}
    for field_id, value in values.items():
        definition = by_id.get(field_id)
        if definition is None:
            clean[field_id] = value
            continue
        try:
            clean[field_id] = normalise_value(definition, value)
        except InvalidInput as error:
            problems[field_id] = error.message
            clean[field_id] = value
    return clean, problems


def set_custom_values(*, session: Session, record: Organization | Contact,
                      values: Mapping[int, Any]) -> None:
    """Set some of a record's custom values (None clears one), in the operation given;
    the first wrong value is refused, naming its field."""
    kind: RecordKind = "organization" if isinstance(record, Organization) else "contact"
    definitions = list_custom_fields(session=session, record_kind=kind)
    known = {definition.id for definition in definitions}
    for field_id in values:
        if field_id not in known:
            raise InvalidInput("There is no custom field {value} for a {kind}",
                               value=field_id, kind=kind)
    clean, problems = check_values(definitions=definitions, values=values)
    if problems:
        field_id, problem = next(iter(problems.items()))
        label = next(definition.label for definition in definitions
                     if definition.id == field_id)
        raise InvalidInput("{label}: {problem}", label=label, problem=problem)
    merged = {**read_values(record.custom_values), **clean}
    record.custom_values = encode_values(merged)
    session.add(record)
    session.flush()


def value_expression(*, session: Session, model: type[Organization] | type[Contact],
                     field_id: int) -> Any:
    """The SQL of one custom field's value, as JSON (a select gives the Python value)."""
    # The column is text. SQLite's json_extract reads text as it is (a CAST to JSON there
    # would make it a number); PostgreSQL needs it cast to read it with ->.
    column = col(model.custom_values)
    as_json = (sa.type_coerce(column, sa.JSON) if session.get_bind().dialect.name == "sqlite"
               else sa.cast(column, sa.JSON))
    return as_json[str(field_id)]


def value_filter(*, session: Session, model: type[Organization] | type[Contact],
                 definition: CustomField, value: Any) -> Any:
    """A where-clause for the records whose custom field holds `value` (a text or a
    choice compared without case), or that hold none when `value` is None.

    `value` is read as normalise_value() reads it; a wrong one is InvalidInput.
    """
    assert definition.id is not None
    stored = value_expression(session=session, model=model, field_id=definition.id)
    clean = normalise_value(definition, value)
    if clean is None:
        return sa.or_(col(model.custom_values).is_(None), stored.as_string().is_(None))
    kind = CustomFieldType(definition.value_type)
    if kind is CustomFieldType.number:
        return stored.as_float() == float(clean)
    if kind is CustomFieldType.flag:
        return stored.as_boolean().is_(True) if clean else stored.as_boolean().is_(False)
    if kind in (CustomFieldType.text, CustomFieldType.choice):
        return sa.func.lower(stored.as_string()) == str(clean).lower()
    return stored.as_string() == clean


# --- as operations (the window's and the command line's entry points) ------------------


def add_field(database: Database, *, record_kind: str, label: str,
              value_type: CustomFieldType | str = CustomFieldType.text,
              choices: Iterable[str] = ()) -> CustomField:
    """define_custom_field() as one undoable operation."""
    with database.operation("custom_field", labels.label("add_field", name=label)) as operation:
        definition = define_custom_field(session=operation.session, record_kind=record_kind,
                                         label=label, value_type=value_type, choices=choices)
    return definition


def rename_field(database: Database, *, field_id: int, label: str) -> CustomField:
    """rename_custom_field() as one undoable operation."""
    with database.session() as session:
        old = get_custom_field(session=session, field_id=field_id).label
    with database.operation("custom_field", labels.label(
            "rename_field", old=old, name=label)) as operation:
        definition = rename_custom_field(session=operation.session, field_id=field_id,
                                         label=label)
    return definition


def remove_field(database: Database, *, field_id: int) -> int:
    """remove_custom_field() as one undoable operation; the number of values removed."""
    with database.session() as session:
        name = get_custom_field(session=session, field_id=field_id).label
    with database.operation("custom_field", labels.label("remove_field", name=name)) as operation:
        removed = remove_custom_field(session=operation.session, field_id=field_id)
    return removed
