"""From a row of cells to the record it describes, with every problem found on the way.

A country cell that names no country is a problem of its row, naming the value;
one that says none is given ("n.a.", "-") is a note. A "Mr." in a salutation
column is the person's honorific, and a person with a name in Hangul, kana or
Han characters, or living in a country that writes the family name first, has
it first unless the file says otherwise.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import ValidationError
from sqlmodel import Session, SQLModel

from coalitiondesk.core.errors import Message, Term, field_term
from coalitiondesk.core.geography.countries import is_not_given, resolve_country
from coalitiondesk.core.geography.country_table import user_aliases
from coalitiondesk.core.importing.custom_values import fill_custom
from coalitiondesk.core.importing.fields import (
    ImportKind,
    Target,
    ValueType,
    custom_targets,
    is_code_header,
    target,
)
from coalitiondesk.core.importing.name_country import ends_in_country
from coalitiondesk.core.importing.readers import SourceRow, SourceTable
from coalitiondesk.core.importing.signatory_lines import split_signatory
from coalitiondesk.core.importing.values import (
    ValueProblem,
    clean_text,
    plain_email,
    to_bool,
    to_date,
    to_email,
    to_enum,
    to_tags,
)
from coalitiondesk.core.models import (
    ContactBase,
    MembershipStatus,
    OrganizationBase,
    OrganizationKind,
    Sensitivity,
)
from coalitiondesk.core.records.fields import CONTACT, ORGANIZATION, ValueKind
from coalitiondesk.core.records.validation import (
    CONTACT_FIELDS,
    ORGANIZATION_FIELDS,
    check_contact,
    check_organization,
)

_KIND_ALIASES = {
    "un": "un_body", "un_agency": "un_body", "united_nations": "un_body",
    "university": "academic", "research": "academic", "think_tank": "academic",
    "government_agency": "government", "state": "government", "press": "media",
    "non_governmental_organisation": "ngo", "non_governmental_organization": "ngo",
    "coalition": "network", "alliance": "network",
}
_MEMBERSHIP_ALIASES = {
    "yes": "member", "full_member": "member", "members": "member", "no": "non_member",
    "not_a_member": "non_member", "nonmember": "non_member", "none": "non_member",
    "ex_member": "former", "past": "former", "former_member": "former",
    "candidate": "prospect", "invited": "prospect",
}
_SENSITIVITY_ALIASES = {
    "yes": "restricted", "true": "restricted", "y": "restricted", "x": "restricted",
    "confidential": "restricted", "no": "normal", "false": "normal", "n": "normal",
    "public": "normal", "private": "restricted", "personal": "restricted",
}
_SCRIPT_NAME = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Where names are written family name first (Vietnamese and Hungarian too, in the
# romanised form partners send).
FAMILY_FIRST_COUNTRIES = frozenset({"KR", "KP", "JP", "CN", "TW", "HK", "MO", "VN", "HU"})
# Courtesy titles, which people put in a "Salutation" column as often as a greeting,
# and Outlook and Odoo in their "Title" column, which elsewhere is a job title.
_HONORIFIC = re.compile(
    r"(?i)(?:mr|mrs|ms|miss|mx|dr|prof|professor|rev|revd|sir|dame|madam|mme|mlle|m|herr|"
    r"frau|sra|srta|mister|doctor)\.?")


def is_honorific(text: str) -> bool:
    """ "Mr.", "Dr", "Mister": a courtesy title, not a greeting or a job."""
    return bool(_HONORIFIC.fullmatch(text.strip()))


class Resolve(Protocol):
    def __call__(self, text: str, /, *, code_column: bool = False) -> str | None: ...


class CountryResolver:
    """Country text -> code through built-in and the coordinator's aliases, each text once."""

    def __init__(self, session: Session | None) -> None:
        self._aliases = user_aliases(session=session) if session is not None else {}
        self._cache: dict[tuple[str, bool], str | None] = {}

    def __call__(self, text: str, /, *, code_column: bool = False) -> str | None:
        key = (text, code_column)
        if key not in self._cache:
            self._cache[key] = resolve_country(text, extra_aliases=self._aliases,
                                               code_column=code_column)
        return self._cache[key]


@dataclass
class Draft:
    """One row as the record it will become."""

    row: SourceRow
    values: dict[str, Any] = field(default_factory=dict)
    """Record fields the row gives a value for; empty cells are left out (they erase nothing)."""
    tags: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    """Contacts: names of the organizations they are affiliated with."""
    organization_countries: dict[str, str] = field(default_factory=dict)
    """Contacts: the country an organization's "Name (Country)" gave, by name."""
    role: str | None = None
    uuid: str | None = None
    record: dict[str, Any] | None = None
    """Every field of the record it would create, defaults filled in, once validated."""
    problems: list[Message] = field(default_factory=list)
    """Why the row cannot be imported."""
    notes: list[str] = field(default_factory=list)
    """What the user should know but does not stop the row."""
    not_given: list[str] = field(default_factory=list)
    """Fields whose cell says none is given ("NA", "-", "unknown"): the preview says
    "not given" rather than showing nothing, which would look like a value lost."""

    @property
    def ok(self) -> bool:
        return not self.problems

    def label(self, kind: ImportKind) -> str:
        if kind is ImportKind.organizations:
            return str(self.values.get("name") or "")
        names = [self.values.get(key) for key in ("given_name", "family_name")]
        text = " ".join(str(name) for name in names if name)
        return text or str(self.values.get("native_name") or "")


class DraftMaker:
    """Turns source rows into drafts under one mapping."""

    def __init__(self, *, kind: ImportKind, mapping: Sequence[str | None], date1904: bool,
                 resolve: Resolve, headers: Sequence[str] = (),
                 custom: Sequence[Target] = ()) -> None:
        self.kind = kind
        self.resolve = resolve
        self.date1904 = date1904
        self.code_columns = frozenset(index for index, header in enumerate(headers)
                                      if is_code_header(header))
        # The signatory line first, so that a separate country or acronym column wins;
        # a whole name last, so that it is split knowing the person's country.
        # The coordinator's own fields are this database's (custom_target), not the kind's.
        known = {column.key: column for column in custom}
        columns = [(index, known.get(key) or target(kind, key))
                   for index, key in enumerate(mapping) if key]
        self.columns = sorted(columns, key=lambda item: (
            item[1].type is not ValueType.signatory_line, item[1].type is ValueType.person_name))
        self.base: type[SQLModel] = (
            OrganizationBase if kind is ImportKind.organizations else ContactBase)
        self._email_keys = tuple(entry.key for entry in (
            ORGANIZATION if kind is ImportKind.organizations else CONTACT)
            if entry.kind is ValueKind.email)

    def make(self, row: SourceRow) -> Draft:
        draft = Draft(row=row, notes=list(row.notes))
        for index, column in self.columns:
            value = row.cells[index] if index < len(row.cells) else None
            try:
                self.fill(draft, column, value, code_column=index in self.code_columns)
            except ValueProblem as problem:
                draft.problems.append(problem.message)
        if self.kind is ImportKind.contacts and family_name_first(draft.values):
            draft.values.setdefault("family_name_first", True)
        self._check_name(draft)
        if draft.ok:
            self._validate(draft)
        return draft

    def fill(self, draft: Draft, column: Target, value: Any, *, code_column: bool = False
             ) -> None:
        """Put one cell's value into the draft; raises ValueProblem.

        `code_column`: the column's header names a code ("Country code"), so a
        lower-case "no" in it is Norway.
        """
        kind = column.type
        values = draft.values
        if kind is ValueType.custom:
            fill_custom(values, column, value, date1904=self.date1904)
            return
        if kind is ValueType.tags:
            draft.tags.extend(tag for tag in to_tags(value) if tag not in draft.tags)
            return
        if kind is ValueType.date:
            parsed = to_date(value, date1904=self.date1904)
            if parsed is not None:
                values[column.key] = parsed
            return
        if kind is ValueType.bool:
            flag = to_bool(value)
            if flag is not None:
                values[column.key] = flag
            return
        text = clean_text(value)
        if text is None:
            return
        if kind is ValueType.text:
            if column.key == "notes" and "notes" in values:
                values["notes"] = f"{values['notes']}\n{text}"
            elif column.key == "role":
                draft.role = text
            elif column.key in {"salutation", "position"} and is_honorific(text):
                values.setdefault("honorific", text)
            else:
                values[column.key] = text
        elif kind is ValueType.email:
            values[column.key] = to_email(text)
        elif kind is ValueType.country:
            if is_not_given(text, code_column=code_column):
                draft.notes.append(Message("no country given: {text}", text=text))
                if column.key not in draft.not_given:
                    draft.not_given.append(column.key)
                return
            code = self.resolve(text, code_column=code_column)
            if code is None:
                raise ValueProblem("unknown country: {text}", text=text)
            other = values.get(column.key)
            if other is not None and other != code:
                # A country's name and its code side by side (our own export) disagree.
                raise ValueProblem("two countries: {first} and {text}", first=other, text=text)
            values[column.key] = code
        elif kind is ValueType.uuid:
            try:
                draft.uuid = str(uuid.UUID(text))
            except ValueError:
                raise ValueProblem("not a CoalitionDesk ID: {text}", text=text) from None
        elif kind is ValueType.org_kind:
            values[column.key] = to_enum(text, OrganizationKind, what="kind of organization",
                                         aliases=_KIND_ALIASES)
        elif kind is ValueType.membership:
            values[column.key] = to_enum(text, MembershipStatus, what="membership status",
                                         aliases=_MEMBERSHIP_ALIASES)
        elif kind is ValueType.sensitivity:
            values[column.key] = to_enum(text, Sensitivity, what="sensitivity",
                                         aliases=_SENSITIVITY_ALIASES)
        elif kind is ValueType.signatory_line:
            self._signatory(draft, text)
        elif kind is ValueType.person_name:
            _person_name(values, text)
        elif kind is ValueType.organization:
            # Our contacts export lists several organizations as "A; B".
            for name in re.split(r"[;\n]", text):
                name = name.strip()
                if name and ends_in_country(name, self.resolve):
                    parts = split_signatory(name, self.resolve)
                    name = parts.name
                    if parts.country_code:
                        draft.organization_countries[name] = parts.country_code
                if name and name not in draft.organizations:
                    draft.organizations.append(name)

    def _signatory(self, draft: Draft, text: str) -> None:
        parts = split_signatory(text, self.resolve)
        for key in ("name", "acronym", "full_name", "signatory_name", "country_code"):
            value = getattr(parts, key)
            if value:
                draft.values[key] = value

    def _check_name(self, draft: Draft) -> None:
        values = draft.values
        if self.kind is ImportKind.organizations:
            if not values.get("name"):
                draft.problems.insert(0, Message("missing name"))
        elif not any(values.get(key) for key in ("given_name", "family_name", "native_name")):
            draft.problems.insert(0, Message("missing name"))

    def _validate(self, draft: Draft) -> None:
        """The rules every path obeys (core.validation), as the form applies them, then the
        model's own checks, so that nothing is refused later, inside the transaction."""
        fields, check = ((ORGANIZATION_FIELDS, check_organization)
                         if self.kind is ImportKind.organizations
                         else (CONTACT_FIELDS, check_contact))
        given = {k: v for k, v in draft.values.items() if k in fields}
        plain = {name: address for name in self._email_keys
                 if isinstance(given.get(name), str)
                 and (address := plain_email(given[name])) is not None}
        checked = check({k: v for k, v in given.items() if k not in plain})
        for name, problem in checked.problems.items():
            draft.problems.append(Message("{field}: {problem}", field=field_term(name),
                                          problem=problem))
        if checked.problems:
            return
        draft.values.update(checked.values)
        draft.values.update(plain)
        try:
            draft.record = self.base.model_validate(draft.values).model_dump()
        except ValidationError as exc:
            for error in exc.errors():
                where = ".".join(str(part) for part in error["loc"])
                draft.problems.append(Message("{field}: {problem}", field=field_term(where),
                                              problem=error["msg"]))


def membership_status(text: str) -> MembershipStatus:
    """A membership status as people write it ("candidate", "Non-member"); raises
    ValueProblem naming the choices."""
    status = to_enum(text, MembershipStatus, what="membership status",
                     aliases=_MEMBERSHIP_ALIASES)
    if status is None:
        raise ValueProblem("not a {what}: {text} (one of {choices})",
                           what=Term("membership status"), text=text,
                           choices=", ".join(member.value for member in MembershipStatus))
    return status


def family_name_first(values: dict[str, Any]) -> bool:
    """Whether the person writes the family name first, as far as the row tells: the
    file's own column, else a name in Hangul, kana or Han characters, else the country."""
    given = values.get("family_name_first")
    if given is not None:
        return bool(given)
    native = values.get("native_name")
    if isinstance(native, str) and _SCRIPT_NAME.search(native):
        return True
    return values.get("address_country_code") in FAMILY_FIRST_COUNTRIES


def _person_name(values: dict[str, Any], text: str) -> None:
    """A whole name in one cell: "Robertson, Phil", "Phil Robertson", "하태경"."""
    if _SCRIPT_NAME.search(text) and not re.search(r"[A-Za-z]", text):
        values.setdefault("native_name", text)
        return
    if "," in text:
        family, _, given = text.partition(",")
        family, given = family.strip(), given.strip()
    else:
        words = text.split()
        if family_name_first(values):
            family, given = words[0], " ".join(words[1:])
        else:
            family, given = words[-1], " ".join(words[:-1])
    if family:
        values.setdefault("family_name", family)
    if given:
        values.setdefault("given_name", given)


def make_drafts(*, session: Session | None, table: SourceTable, kind: ImportKind,
                mapping: Sequence[str | None]) -> list[Draft]:
    maker = DraftMaker(kind=kind, mapping=mapping, date1904=table.date1904,
                       resolve=CountryResolver(session), headers=table.headers,
                       custom=custom_targets(session=session, kind=kind, mapping=mapping))
    return [maker.make(row) for row in table.rows]
