"""What can be exported: the kinds of record and the columns each offers.

A column's key is what profiles store; its header is what the partner sees
(and what the import recognises when a corrected workbook comes back).
Private columns (notes, sensitivity, home addresses, do-not-mail flags, and
anything else that says more about a person than a partner needs) are never
in the shipped "Partner list" profile.

The columns of organizations' and contacts' stored fields come from records.fields
(header, type, privacy); the computed ones (ID, country name, organizations, tags,
times of change) are placed among them here. The coordinator's own fields
(records.custom_fields) are a database's, not the program's: custom_columns()
gives them, each a column of its own keyed "custom_<id>", private like notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.records import custom_fields
from coalitiondesk.core.records.fields import CONTACT, ORGANIZATION, Field, ValueKind


class ExportKind(StrEnum):
    organizations = "organizations"
    contacts = "contacts"
    countries = "countries"
    signatories = "signatories"
    recipients = "recipients"
    activities = "activities"


def export_kind(value: str) -> ExportKind:
    try:
        return ExportKind(value)
    except ValueError:
        choices = ", ".join(kind.value for kind in ExportKind)
        raise InvalidInput("Cannot export {value!r}: choose one of {choices}",
                           value=value, choices=choices) from None


class ValueType(StrEnum):
    text = "text"
    code = "code"
    """Text that looks like a number but is not one (phones, postcodes, IDs): always text."""
    date = "date"
    datetime = "datetime"
    number = "number"
    boolean = "boolean"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    type: ValueType = ValueType.text
    private: bool = False


ID_KEY = "id"

_T, _C, _D, _DT, _N, _B = (ValueType.text, ValueType.code, ValueType.date, ValueType.datetime,
                           ValueType.number, ValueType.boolean)


def _columns(*specs: tuple[str, str, ValueType] | tuple[str, str, ValueType, bool]
             ) -> tuple[Column, ...]:
    return tuple(Column(*spec) for spec in specs)


_EXPORT_TYPES: dict[ValueKind, ValueType] = {
    ValueKind.code: _C, ValueKind.phone: _C, ValueKind.language: _C, ValueKind.country: _C,
    ValueKind.date: _D, ValueKind.flag: _B, ValueKind.number: _N,
}
# A custom date is stored as ISO text and written so ("2024-05-01"), which every
# spreadsheet and the import read back as that date.
_CUSTOM_TYPES: dict[ValueKind, ValueType] = {ValueKind.number: _N, ValueKind.flag: _B}
_RECORD_KINDS = {ExportKind.organizations: "organization", ExportKind.contacts: "contact"}


def _stored(fields: tuple[Field, ...], *, before: dict[str, tuple[Column, ...]]
            ) -> tuple[Column, ...]:
    """A column for each exported field of the registry, in its order, with the computed
    columns placed before the field they belong beside."""
    placed: list[Column] = []
    for entry in fields:
        placed.extend(before.get(entry.key, ()))
        if entry.exported:
            placed.append(Column(entry.key, entry.label, _EXPORT_TYPES.get(entry.kind, _T),
                                 entry.private))
    return tuple(placed)


_ID = Column(ID_KEY, "ID", _C)
_CHANGED = (Column("created_at", "Created (UTC)", _DT), Column("updated_at", "Updated (UTC)", _DT))

COMPUTED_KEYS: dict[ExportKind, frozenset[str]] = {
    ExportKind.organizations: frozenset({ID_KEY, "country", "tags", "created_at", "updated_at"}),
    ExportKind.contacts: frozenset({ID_KEY, "full_name", "organizations", "country", "tags",
                                    "created_at", "updated_at"}),
}
"""The columns of organizations and contacts that are not one stored field."""



def organization_columns(fields: tuple[Field, ...]) -> tuple[Column, ...]:
    """The columns of organizations, from the organization fields given."""
    return (_ID, *_stored(fields, before={
        "country_code": (Column("country", "Country", _T),),
        "notes": (Column("tags", "Tags", _T),),
    }), *_CHANGED)


def contact_columns(fields: tuple[Field, ...]) -> tuple[Column, ...]:
    """The columns of contacts, from the contact fields given."""
    return (_ID, *_stored(fields, before={
        "honorific": (Column("full_name", "Name as written", _T),),
        "email": (Column("organizations", "Organizations", _T),),
        "address_country_code": (Column("country", "Country", _T),),
        # The coordinator's own labels for people ("source", "defector") are theirs.
        "notes": (Column("tags", "Tags", _T, True),),
    }), *_CHANGED)


COLUMNS: dict[ExportKind, tuple[Column, ...]] = {
    ExportKind.organizations: organization_columns(ORGANIZATION),
    ExportKind.contacts: contact_columns(CONTACT),
    ExportKind.countries: _columns(
        (ID_KEY, "Code", _C), ("name", "Name", _T), ("official_name", "Official name", _T),
        ("short_form", "Short form", _T), ("region", "Region", _T),
        ("subregion", "Subregion", _T), ("members", "Member organizations", _N),
        ("organizations", "Organizations", _N), ("contacts", "Contacts", _N),
    ),
    ExportKind.signatories: _columns(
        ("position", "No.", _N), (ID_KEY, "ID", _C), ("organization", "Organization", _T),
        ("signatory_line", "Signatory line", _T), ("acronym", "Acronym", _T),
        ("country", "Country", _T), ("short_form", "Country short form", _T),
        ("status", "Status", _T), ("status_date", "Status date", _D),
        ("kind", "Kind", _T), ("membership_status", "Membership status", _T),
        ("email", "Email", _T), ("website", "Website", _T),
        ("notes", "Notes", _T, True),
    ),
    ExportKind.recipients: _columns(
        ("position", "No.", _N), (ID_KEY, "ID", _C), ("name", "Name", _T),
        ("organization", "Organization", _T), ("country", "Country", _T),
        ("dispatches", "Sent", _T), ("first_sent_on", "First sent on", _D),
        ("last_sent_on", "Last sent on", _D), ("times_sent", "Times sent", _N),
        ("response_on", "Response on", _D),
        # What a recipient answered is the coordinator's to pass on.
        ("response", "Response", _T, True),
    ),
    ExportKind.activities: _columns(
        (ID_KEY, "ID", _C), ("activity_date", "Date", _D), ("kind", "Kind", _T),
        ("subject", "Subject", _T), ("letter", "Letter", _T),
        ("organizations", "Organizations", _T),
        # Who met whom, and when, is the coordinator's to share person by person.
        ("contacts", "Contacts", _T, True),
        ("follow_up_on", "Follow-up due", _D), ("follow_up_done", "Follow-up done", _B),
        ("notes", "Notes", _T, True), ("created_at", "Created (UTC)", _DT),
    ),
}

KIND_NOUNS: dict[ExportKind, tuple[str, str]] = {
    ExportKind.organizations: ("organization", "organizations"),
    ExportKind.contacts: ("contact", "contacts"),
    ExportKind.countries: ("country", "countries"),
    ExportKind.signatories: ("signatory", "signatories"),
    ExportKind.recipients: ("recipient", "recipients"),
    ExportKind.activities: ("activity", "activities"),
}


def noun(kind: ExportKind, count: int) -> str:
    singular, plural = KIND_NOUNS[kind]
    return f"{count:,} {singular if count == 1 else plural}"


def columns_for(kind: ExportKind) -> tuple[Column, ...]:
    return COLUMNS[kind]


def custom_columns(*, session: Session, kind: ExportKind) -> tuple[Column, ...]:
    """A column for each of the coordinator's own fields of organizations or contacts.

    They are private: what a coordinator notes of their own is not for partners
    unless chosen column by column.
    """
    record_kind = _RECORD_KINDS.get(kind)
    if record_kind is None:
        return ()
    return tuple(Column(entry.key, entry.label, _CUSTOM_TYPES.get(entry.kind, _T), True)
                 for entry in custom_fields.registry_fields(session=session,
                                                            record_kind=record_kind))


def with_custom_columns(*, session: Session, kind: ExportKind, columns: tuple[Column, ...]
                        ) -> tuple[Column, ...]:
    """`columns` with the custom fields' columns added before the times of change."""
    extra = tuple(column for column in custom_columns(session=session, kind=kind)
                  if column.key not in {existing.key for existing in columns})
    if not extra:
        return columns
    at = next((index for index, column in enumerate(columns)
               if column.key in ("created_at", "updated_at")), len(columns))
    return (*columns[:at], *extra, *columns[at:])


def column_keys(kind: ExportKind, names: tuple[str, ...] | list[str], *, session: Session
                ) -> tuple[str, ...]:
    """The keys of the columns `names` (as a person types them on the command line): a
    column's key ("family_name") or its header ("Family name"), without regard to case,
    or a custom field's name. An unknown name is refused."""
    available = (*COLUMNS[kind], *custom_columns(session=session, kind=kind))
    by_name: dict[str, str] = {}
    # Headers first, so that a key wins when a custom field is named like another's key.
    for column in available:
        by_name.setdefault(_loose(column.header), column.key)
    for column in available:
        by_name[_loose(column.key)] = column.key
    keys: list[str] = []
    for name in names:
        key = by_name.get(_loose(name))
        if key is None:
            raise InvalidInput("{value} have no column {unknown!r}",
                               value=kind.value.capitalize(), unknown=name.strip())
        keys.append(key)
    return tuple(keys)


def column_names(*, session: Session, kind: ExportKind) -> tuple[str, ...]:
    """What column_keys() reads, one name a column: the program's columns by key, the
    coordinator's own by their name (their keys are numbers that mean nothing)."""
    return (*(column.key for column in COLUMNS[kind]),
            *(column.header for column in custom_columns(session=session, kind=kind)))


def _loose(name: str) -> str:
    return " ".join(name.split()).casefold()


def select_columns(kind: ExportKind, keys: tuple[str, ...] | list[str], *,
                   session: Session | None = None) -> tuple[Column, ...]:
    """The named columns in the order given, with the ID column first when it was left out.

    The ID is what lets a partner's corrected workbook come back as updates. With
    a session, the custom fields' columns can be named too.
    """
    available = COLUMNS[kind] if session is None else (
        *COLUMNS[kind], *custom_columns(session=session, kind=kind))
    by_key = {column.key: column for column in available}
    unknown = [key for key in keys if key not in by_key]
    if unknown:
        raise InvalidInput("{value} have no column {unknown!r}",
                           value=kind.value.capitalize(), unknown=unknown[0])
    wanted = list(dict.fromkeys(keys))
    if ID_KEY not in wanted:
        wanted.insert(0, ID_KEY)
    return tuple(by_key[key] for key in wanted)
