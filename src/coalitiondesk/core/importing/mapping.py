"""Which column fills which field: guessed from headers, edited by the user, remembered.

A mapping is a list with one entry per column: a target key from `fields`, or
None for a column that is not imported. The mapping last used for a file with
the same headers is kept in the database's settings and offered first next time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlmodel import Session

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.geography.countries import resolve_country
from coalitiondesk.core.importing.drafts import Draft, DraftMaker, is_honorific
from coalitiondesk.core.importing.fields import (
    ImportKind,
    ValueType,
    field_for_header,
    guess_kind,
    header_key,
    import_targets,
    is_custom_key,
    target,
    targets,
)
from coalitiondesk.core.importing.interface_titles import export_only_titles
from coalitiondesk.core.importing.name_as_written import WrittenNames
from coalitiondesk.core.importing.name_country import mostly_name_country
from coalitiondesk.core.importing.readers import SourceRow, SourceTable
from coalitiondesk.core.importing.values import ValueProblem, clean_text
from coalitiondesk.core.storage.settings import SettingKey, get_setting, set_setting

ColumnMapping = list[str | None]

REMEMBERED_LIMIT = 100
# Several columns may feed these: "Tag 1", "Tag 2"; "Notes", "Comments"; a country's
# name and its code, as our own export writes both (a row where they differ is refused).
_REPEATABLE = frozenset({"tags", "notes", "country_code", "address_country_code"})
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_SAMPLE = 200
_CHECKED_TYPES = frozenset({ValueType.date, ValueType.bool, ValueType.email, ValueType.country,
                            ValueType.org_kind, ValueType.membership, ValueType.sensitivity})


def kind_for(table: SourceTable) -> ImportKind:
    return ImportKind.organizations if table.is_list else guess_kind(table.headers)


def _column_values(table: SourceTable, column: int) -> list[str]:
    values = (clean_text(row.cells[column]) for row in table.rows[:_SAMPLE])
    return [value for value in values if value]


def guess_mapping(table: SourceTable, kind: ImportKind) -> ColumnMapping:
    """A mapping from the headers alone, with two looks at the values:

    an "ID" column is our stable ID only when it holds UUIDs (a partner's own
    row numbers are not), a "Title" column of "Mr." and "Dr" (Outlook, Odoo) holds
    honorifics, not positions, and an organization name column whose values end in
    a parenthesis, with no country column beside it, or mostly in a parenthesis
    naming a country, is a "Name (Country)" list, split into name and country.
    A whole name beside a family name ("성" and "이름") is the given name.
    """
    if table.is_list:
        return ["signatory_line" if kind is ImportKind.organizations else "person_name"]
    mapping: ColumnMapping = []
    for column, header in enumerate(table.headers):
        key = field_for_header(kind, header) or _numbered(kind, header)
        if key == "uuid" and not _holds_uuids(_column_values(table, column)):
            key = None
        if key == "position" and _holds_honorifics(_column_values(table, column)):
            key = "honorific"
        if key is not None and not _values_fit(kind, key, _column_values(table, column)):
            key = None
        if key in mapping and key not in _REPEATABLE:
            key = None
        mapping.append(key)
    if kind is ImportKind.contacts:
        _mobile_by_type(table, mapping)
    if kind is ImportKind.contacts and "family_name" in mapping and "person_name" in mapping \
            and "given_name" not in mapping:
        mapping[mapping.index("person_name")] = "given_name"
    if kind is ImportKind.organizations and "name" in mapping and (
            "signatory_line" not in mapping):
        column = mapping.index("name")
        values = _column_values(table, column)
        ending = sum(value.endswith(")") for value in values)
        # Beside a country column, only when the parentheses are countries: "(FIDH)"
        # there is an acronym, and an acronym column may be beside it too.
        if values and ((ending * 3 >= len(values) and "country_code" not in mapping)
                       or mostly_name_country(values, resolve_country)):
            mapping[column] = "signatory_line"
    return mapping


# Google Contacts writes each number as "Phone N - Value" beside "Phone N - Type"
# (Mobile, Work, Home; "* Mobile" for the first).
_MOBILE_TYPES = frozenset(header_key(word) for word in (
    "mobile", "cell", "cellular", "휴대전화", "휴대폰", "携帯", "携帯電話"))


def _mobile_by_type(table: SourceTable, mapping: ColumnMapping) -> None:
    """A "Phone N - Value" column whose Type column says Mobile in every row fills the
    mobile phone (the first such column); a column of mixed types stays as its header says."""
    columns = {header_key(header): index for index, header in enumerate(table.headers)}
    for column, header in enumerate(table.headers):
        number = re.fullmatch(r"phone(\d+)value", header_key(header))
        if number is None or "mobile_phone" in mapping:
            continue
        type_column = columns.get(f"phone{number[1]}type", columns.get(f"phone{number[1]}label"))
        if type_column is None:
            continue
        types = {header_key(value) for value in _column_values(table, type_column)}
        if types and types <= _MOBILE_TYPES:
            mapping[column] = "mobile_phone"


def _numbered(kind: ImportKind, header: str) -> str | None:
    """ "Tag 2" and "Notes (2)" are more of the same repeatable field."""
    stripped = re.sub(r"[\s_#()]*\d+\)?$", "", header).strip()
    if stripped == header.strip():
        return None
    key = field_for_header(kind, stripped)
    return key if key in _REPEATABLE else None


def _values_fit(kind: ImportKind, key: str, values: list[str]) -> bool:
    """Some value converts: a "Status" column of signed/declined is no membership status.

    Only a column where no value fits is taken for something else. One where some
    do keeps the field its header names, and each value that does not fit is a
    problem of its row, rejected with the reason: unmapping the column would
    drop its good values too, without a word. A country column always keeps its
    field: a country the resolver does not know is its row's problem, naming it.
    """
    if not values or target(kind, key).type not in _CHECKED_TYPES - {ValueType.country}:
        return True
    maker = DraftMaker(kind=kind, mapping=[key], date1904=False, resolve=resolve_country)
    for value in values:
        draft = Draft(row=SourceRow(number=0, cells=[value]))
        try:
            maker.fill(draft, target(kind, key), value)
        except ValueProblem:
            continue
        return True
    return False


def _holds_honorifics(values: list[str]) -> bool:
    return bool(values) and all(is_honorific(value) for value in values)


def _holds_uuids(values: list[str]) -> bool:
    return bool(values) and all(_UUID.fullmatch(value) for value in values)


def check_mapping(kind: ImportKind, mapping: Sequence[str | None], width: int) -> None:
    """Refuse a mapping the import cannot follow, in one sentence."""
    if len(mapping) != width:
        raise InvalidInput("The mapping has {count} columns; the file has {width}",
                           count=len(mapping), width=width)
    allowed = {candidate.key for candidate in targets(kind)}
    seen: set[str] = set()
    for key in mapping:
        if key is None:
            continue
        # A custom field's key is checked against the database's fields when the rows are
        # read (drafts): one removed since is each row's problem, naming it.
        if key not in allowed and not is_custom_key(key):
            raise InvalidInput("{key!r} is not a field of {value}", key=key, value=kind.value)
        if key in seen and key not in _REPEATABLE:
            raise InvalidInput("Two columns are imported as {label}",
                               label=target(kind, key).label)
        seen.add(key)
    names = {"name", "signatory_line"} if kind is ImportKind.organizations else {
        "person_name", "given_name", "family_name", "native_name"}
    if not seen & names:
        labels = " or ".join(target(kind, key).label for key in sorted(names))
        raise InvalidInput("No column is imported as a name ({labels})", labels=labels)


@dataclass(frozen=True)
class UnmappedColumn:
    """A column with values that the mapping leaves out: the preview and the command
    line name it, so that nothing is dropped without a word."""

    index: int
    header: str
    values: int
    """How many of its cells are not empty."""


def unmapped_columns(table: SourceTable, mapping: Sequence[str | None]
                     ) -> list[UnmappedColumn]:
    """Every column not imported that holds a value in some row, in the file's order.

    Our own export's computed columns hold nothing the import does not keep: its
    times of change, in any language shipped (the import keeps its own), and its
    contacts' "Name as written", made from the name's parts, whose cells count only
    where they say something else than the row's name as the export writes it.
    """
    export_only = export_only_titles()
    left_out = [index for index, key in enumerate(mapping) if key is None
                and header_key(table.headers[index]) not in export_only]
    counts = dict.fromkeys(left_out, 0)
    written = WrittenNames(table, mapping)
    for row in table.rows:
        for index in left_out:
            if index < len(row.cells) and (text := clean_text(row.cells[index])) is not None \
                    and not written.repeats(row, text):
                counts[index] += 1
    return [UnmappedColumn(index=index, header=table.headers[index], values=counts[index])
            for index in left_out if counts[index]]


def is_name_target(kind: ImportKind, key: str | None) -> bool:
    return key is not None and target(kind, key).type in {
        ValueType.signatory_line, ValueType.person_name}


# --- remembered mappings ------------------------------------------------------


def _signature(kind: ImportKind, headers: Sequence[str]) -> str:
    return kind.value + "|" + "\t".join(header_key(header) for header in headers)


def _load(session: Session) -> dict[str, list[str | None]]:
    text = get_setting(session=session, key=SettingKey.import_mappings, default="{}")
    try:
        stored = json.loads(text)
    except ValueError:
        return {}
    return stored if isinstance(stored, dict) else {}


def remembered_mapping(*, session: Session, kind: ImportKind, headers: Sequence[str]
                       ) -> ColumnMapping | None:
    """The mapping last used for a file with these headers, if it still makes sense."""
    mapping = _load(session).get(_signature(kind, headers))
    if not isinstance(mapping, list):
        return None
    try:
        check_mapping(kind, mapping, len(headers))
    except InvalidInput:
        return None
    # An own field the mapping named may have been removed since.
    named = {key for key in mapping if key and is_custom_key(key)}
    if named - {column.key for column in import_targets(session=session, kind=kind)}:
        return None
    return list(mapping)


def remember_mapping(*, session: Session, kind: ImportKind, headers: Sequence[str],
                     mapping: Sequence[str | None]) -> None:
    stored = _load(session)
    signature = _signature(kind, headers)
    stored.pop(signature, None)
    stored[signature] = list(mapping)
    while len(stored) > REMEMBERED_LIMIT:
        stored.pop(next(iter(stored)))
    set_setting(session=session, key=SettingKey.import_mappings,
                value=json.dumps(stored, ensure_ascii=False))


def initial_mapping(*, session: Session, table: SourceTable, kind: ImportKind,
                    titles: Mapping[str, str] | None = None) -> ColumnMapping:
    """The remembered mapping for these headers, else the guess.

    `titles`: the window's own names of the targets (name -> target key: the window's
    in its language, interface_titles' for the command line), so that an export
    written with Korean or Japanese headers comes back mapped; a column no header
    rule takes is matched against them.
    """
    if not table.is_list:
        remembered = remembered_mapping(session=session, kind=kind, headers=table.headers)
        if remembered is not None:
            return remembered
    mapping = guess_mapping(table, kind)
    if not table.is_list:
        _map_custom_fields(session, table, kind, mapping)
        if titles:
            _map_by_title(table, kind, mapping, titles)
    return mapping


def _map_by_title(table: SourceTable, kind: ImportKind, mapping: ColumnMapping,
                  titles: Mapping[str, str]) -> None:
    # A title naming no field of this kind (an export's computed column) is no target.
    keys = {candidate.key for candidate in targets(kind)}
    by_title = {header_key(title): key for title, key in titles.items()
                if header_key(title) and (key in keys or is_custom_key(key))}
    for index, header in enumerate(table.headers):
        key = by_title.get(header_key(header))
        # A column a header rule took and its values refused stays refused.
        if (mapping[index] is None and key is not None
                and (key not in mapping or key in _REPEATABLE)
                and field_for_header(kind, header) is None and _numbered(kind, header) is None
                and _values_fit(kind, key, _column_values(table, index))):
            mapping[index] = key


def _map_custom_fields(session: Session, table: SourceTable, kind: ImportKind,
                       mapping: ColumnMapping) -> None:
    """A column no built-in field takes whose header is a custom field's name fills it (our
    own export writes each custom field under its name)."""
    by_header = {header_key(column.label): column.key for column in
                 import_targets(session=session, kind=kind) if column.custom is not None}
    for index, header in enumerate(table.headers):
        key = by_header.get(header_key(header))
        if mapping[index] is None and key is not None and key not in mapping:
            mapping[index] = key
