"""What a column can be imported as, and the headers partners write for it.

A stored field's target (its label, type and headers) comes from its entry in
records.fields; the targets that fill something else (a signatory line, a whole
name, an organization and role, tags, the record's ID) are listed here. The
coordinator's own fields (records.custom_fields) are a database's: import_targets()
and custom_targets() add them, keyed "custom_<id>".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from sqlmodel import Session

from coalitiondesk.core.models import CustomField, MembershipStatus, OrganizationKind, Sensitivity
from coalitiondesk.core.records import custom_fields
from coalitiondesk.core.records.fields import CONTACT, ORGANIZATION, Field, ValueKind


class ImportKind(StrEnum):
    organizations = "organizations"
    contacts = "contacts"


class ValueType(StrEnum):
    text = "text"
    date = "date"
    bool = "bool"
    email = "email"
    country = "country"
    tags = "tags"
    uuid = "uuid"
    org_kind = "org_kind"
    membership = "membership"
    sensitivity = "sensitivity"
    signatory_line = "signatory_line"
    person_name = "person_name"
    organization = "organization"
    custom = "custom"
    """A field of the coordinator's own (records.custom_fields), checked by its type."""


@dataclass(frozen=True)
class Target:
    """One thing a column can fill: a record field or a special one (signatory line, tags)."""

    key: str
    label: str
    type: ValueType = ValueType.text
    headers: tuple[str, ...] = ()
    custom: CustomField | None = None
    """A custom field's definition (type custom); None for a placeholder without one."""


def header_key(text: str) -> str:
    """Headers compared without case, spaces, punctuation or accents: "E-mail" is "email"."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    return "".join(char for char in folded if char.isalnum() and not unicodedata.combining(char))


# Import-only targets: what a column can fill that is not one stored field.
_SIGNATORY_LINE = Target("signatory_line", "Name (Country)", ValueType.signatory_line, (
    "name (country)", "organisation (country)", "organization (country)", "signatory",
    "signatories", "signed by", "signatory organisations", "signatory organizations",
    "signatory line", "signatory lines"))
_PERSON_NAME = Target("person_name", "Name (whole)", ValueType.person_name, (
    "name", "full name", "contact", "contact name", "person", "이름", "성명", "氏名", "名前",
    "nom", "display name"))
_ORGANIZATION = Target("organization", "Organization", ValueType.organization, (
    "organisation", "organization", "organisations", "organizations", "org", "company",
    "employer", "affiliation", "소속", "단체", "所属", "団体", "account name", "company name",
    "organization name", "organization 1 - name", "related company", "current employer",
    "회사", "회사명", "会社名", "会社"))
_ROLE = Target("role", "Role at the organization", headers=("role",))
_TAGS = Target("tags", "Tags", ValueType.tags, ("tags", "tag", "labels", "categories", "groups"))
_UUID = Target("uuid", "CoalitionDesk ID", ValueType.uuid,
               ("id", "uuid", "stable id", "coalitiondesk id", "record id"))

_PLAIN_TYPES: dict[ValueKind, ValueType] = {
    ValueKind.date: ValueType.date,
    ValueKind.flag: ValueType.bool,
    ValueKind.email: ValueType.email,
    ValueKind.country: ValueType.country,
}
_CHOICE_TYPES: dict[type[StrEnum], ValueType] = {
    OrganizationKind: ValueType.org_kind,
    MembershipStatus: ValueType.membership,
    Sensitivity: ValueType.sensitivity,
}


def _value_type(entry: Field) -> ValueType:
    if entry.choices is not None:
        return _CHOICE_TYPES[entry.choices]
    # Phones, web addresses and language codes are checked as the record is; read as text.
    return _PLAIN_TYPES.get(entry.kind, ValueType.text)


def _targets(fields: tuple[Field, ...], *, first: tuple[Target, ...] = (),
             after: dict[str, tuple[Target, ...]] | None = None,
             last: tuple[Target, ...] = ()) -> tuple[Target, ...]:
    """A target for each imported field of the registry, with the import-only ones placed
    among them (the order is that of the wizard's choices)."""
    placed = list(first)
    for entry in fields:
        if entry.imported:
            placed.append(Target(entry.key, entry.label, _value_type(entry), entry.headers))
            placed.extend((after or {}).get(entry.key, ()))
    return (*placed, *last)


def organization_targets(fields: tuple[Field, ...]) -> tuple[Target, ...]:
    """The targets of an organization list, from the organization fields given."""
    return _targets(fields, after={"name": (_SIGNATORY_LINE,)}, last=(_TAGS, _UUID))


def contact_targets(fields: tuple[Field, ...]) -> tuple[Target, ...]:
    """The targets of a list of people, from the contact fields given."""
    return _targets(fields, first=(_PERSON_NAME,), after={"position": (_ORGANIZATION, _ROLE)},
                    last=(_TAGS, _UUID))


ORGANIZATION_TARGETS: tuple[Target, ...] = organization_targets(ORGANIZATION)
CONTACT_TARGETS: tuple[Target, ...] = contact_targets(CONTACT)

IMPORT_ONLY_KEYS = frozenset({"signatory_line", "person_name", "organization", "role", "tags",
                              "uuid"})
"""Targets that are not one stored field of records.fields."""

# Headers that only a list of people has: they decide the kind of a file.
_PERSON_HEADERS = frozenset(
    header_key(header)
    for target in CONTACT_TARGETS
    if target.key in {"given_name", "family_name", "position", "honorific", "salutation",
                      "person_name", "do_not_email", "social_handle"}
    for header in target.headers
    if header_key(header) != "name"
)


def targets(kind: ImportKind) -> tuple[Target, ...]:
    return ORGANIZATION_TARGETS if kind is ImportKind.organizations else CONTACT_TARGETS


def target(kind: ImportKind, key: str) -> Target:
    """The target of a key; a custom field's key gives a placeholder (its definition is
    the database's: custom_target)."""
    for candidate in targets(kind):
        if candidate.key == key:
            return candidate
    if custom_fields.field_id_of(key) is not None:
        return Target(key, key, ValueType.custom)
    raise KeyError(key)


def is_custom_key(key: str) -> bool:
    return custom_fields.field_id_of(key) is not None


def custom_target(definition: CustomField) -> Target:
    """A custom field as an import target, recognised by its name as a header."""
    entry = custom_fields.as_field(definition)
    return Target(entry.key, entry.label, ValueType.custom, (definition.label,),
                  custom=definition)


def custom_targets(*, session: Session | None, kind: ImportKind,
                   mapping: Sequence[str | None]) -> tuple[Target, ...]:
    """The custom fields a mapping names, with their definitions (none without a session)."""
    if session is None or not any(key and is_custom_key(key) for key in mapping):
        return ()
    return tuple(column for column in import_targets(session=session, kind=kind)
                 if column.custom is not None and column.key in mapping)


def import_targets(*, session: Session, kind: ImportKind) -> tuple[Target, ...]:
    """What a column can be imported as in this database: targets(kind), then the
    coordinator's own fields of that kind of record (for the wizard's choices)."""
    record_kind = "organization" if kind is ImportKind.organizations else "contact"
    return (*targets(kind), *(custom_target(definition) for definition in
                              custom_fields.list_custom_fields(session=session,
                                                               record_kind=record_kind)))


@cache
def _header_index(kind: ImportKind) -> dict[str, str]:
    index: dict[str, str] = {}
    for candidate in targets(kind):
        for header in (*candidate.headers, candidate.label, candidate.key):
            index.setdefault(header_key(header), candidate.key)
    return index


def field_for_header(kind: ImportKind, header: str) -> str | None:
    """The target a header names, or None."""
    key = header_key(header)
    if not key:
        return None
    return _header_index(kind).get(key)


# Words that make a header name a code rather than a name: "Country code", "ISO",
# "国コード". In such a column "no" is Norway; elsewhere it is a word.
_CODE_WORDS = ("code", "iso", "alpha2", "alpha3", "코드", "コード", "代码", "代碼")


def is_code_header(header: str) -> bool:
    key = header_key(header)
    return any(word in key for word in _CODE_WORDS)


def is_known_header(header: str) -> bool:
    return any(field_for_header(kind, header) for kind in ImportKind)


# A person's name, and as often an organization's: our own organizations export heads
# its names so with the window in Korean or Japanese.
_ANY_NAME_HEADERS = frozenset(header_key(header) for header in ("이름", "名前", "nom"))

# Headers only a list of organizations has: the registry's for what people do not have,
# and the names our own export gives those columns with the window in Korean or
# Japanese (the translations of their English headers), less any a list of people uses.
_CONTACT_HEADER_KEYS = frozenset(
    header_key(header) for target in CONTACT_TARGETS
    for header in (*target.headers, target.label, target.key))
_ORGANIZATION_HEADERS = frozenset(
    header_key(header)
    for header in (
        *(header for target in ORGANIZATION_TARGETS
          if target.key in {"acronym", "full_name", "signatory_name", "kind",
                            "membership_status", "joined_on", "left_on"}
          for header in (*target.headers, target.label)),
        "약칭", "단체 정식 명칭", "서명 단체 줄의 이름", "유형", "회원 상태", "가입일", "탈퇴일",
        "略称", "団体の正式名称", "署名団体の行の名前", "種類", "加盟状況", "加盟日", "脱退日")
) - _CONTACT_HEADER_KEYS


def guess_kind(headers: list[str]) -> ImportKind:
    """Contacts when a header only a list of people has is present, else organizations.

    "이름" or "名前" alone counts for people only when no header only organizations have
    is beside it: a Korean or Japanese organizations export comes back as organizations,
    a partner's list of people headed 이름, 단체, 이메일 as people.
    """
    keys = {header_key(header) for header in headers}
    if keys & (_PERSON_HEADERS - _ANY_NAME_HEADERS):
        return ImportKind.contacts
    if keys & _ANY_NAME_HEADERS and not keys & _ORGANIZATION_HEADERS:
        return ImportKind.contacts
    return ImportKind.organizations
