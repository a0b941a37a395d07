"""Export profiles: named sets of columns per kind of record.

Two ship with CoalitionDesk for every kind: "Partner list" (public fields
only, what a partner may receive) and "Full" (every column, for the
coordinator's own use). The Partner list of organizations and contacts takes
the fields records.fields shares with partners. Profiles the coordinator saves
are kept in the database's settings as JSON, so they travel with the coalition's
data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.exporting.columns import (
    ID_KEY,
    Column,
    ExportKind,
    columns_for,
    custom_columns,
    select_columns,
    with_custom_columns,
)
from coalitiondesk.core.journal.labels import label
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.records.fields import CONTACT, ORGANIZATION, Field
from coalitiondesk.core.storage.settings import SettingKey, get_setting, set_setting

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

PARTNER_LIST = "Partner list"
FULL = "Full"
SHIPPED_NAMES = (PARTNER_LIST, FULL)
MAX_NAME_LENGTH = 80

# Computed columns in the Partner list of organizations and contacts; their stored
# fields are in it when records.fields says so.
_PARTNER_COMPUTED: dict[ExportKind, frozenset[str]] = {
    ExportKind.organizations: frozenset({"id", "country"}),
    ExportKind.contacts: frozenset({"id", "organizations", "country"}),
}


def partner_keys(kind: ExportKind, columns: tuple[Column, ...], fields: tuple[Field, ...]
                 ) -> tuple[str, ...]:
    """The Partner list of `kind`'s `columns`: the fields shared with partners and the
    computed columns listed above, in the columns' order."""
    shared = {entry.key for entry in fields if entry.in_partner_list} | _PARTNER_COMPUTED[kind]
    return tuple(column.key for column in columns if column.key in shared)


# In the order a partner reads them; every key is a public column.
_PARTNER_COLUMNS: dict[ExportKind, tuple[str, ...]] = {
    ExportKind.organizations: partner_keys(
        ExportKind.organizations, columns_for(ExportKind.organizations), ORGANIZATION),
    ExportKind.contacts: partner_keys(
        ExportKind.contacts, columns_for(ExportKind.contacts), CONTACT),
    ExportKind.countries: (
        "id", "name", "short_form", "region", "members", "organizations",
    ),
    ExportKind.signatories: (
        "position", "id", "organization", "signatory_line", "country", "status", "status_date",
    ),
    ExportKind.recipients: (
        "position", "id", "name", "organization", "country", "dispatches", "response_on",
    ),
    ExportKind.activities: (
        "id", "activity_date", "kind", "subject", "letter", "organizations",
    ),
}


@dataclass(frozen=True)
class Profile:
    name: str
    kind: ExportKind
    columns: tuple[Column, ...]
    shipped: bool = False

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(column.key for column in self.columns)

    @property
    def private_columns(self) -> tuple[Column, ...]:
        return tuple(column for column in self.columns if column.private)


def id_last(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """`columns` with the ID column moved to the end.

    A partner reads names first, and the page set-up leaves the last column out
    of the print area; the import still finds the ID by its header.
    """
    return (*(column for column in columns if column.key != ID_KEY),
            *(column for column in columns if column.key == ID_KEY))


def shipped_profiles(kind: ExportKind) -> tuple[Profile, Profile]:
    return (
        Profile(PARTNER_LIST, kind, id_last(select_columns(kind, _PARTNER_COLUMNS[kind])),
                shipped=True),
        Profile(FULL, kind, id_last(columns_for(kind)), shipped=True),
    )


def partner_profile(kind: ExportKind) -> Profile:
    return shipped_profiles(kind)[0]


def _stored(session: Session) -> dict[str, dict[str, list[str]]]:
    """Saved profiles by kind and name; anything unreadable is ignored rather than fatal."""
    text = get_setting(session=session, key=SettingKey.export_profiles, default="{}")
    try:
        data: Any = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    stored: dict[str, dict[str, list[str]]] = {}
    for kind, profiles in data.items():
        if not isinstance(profiles, dict):
            continue
        stored[str(kind)] = {
            str(name): [str(key) for key in keys]
            for name, keys in profiles.items() if isinstance(keys, list)
        }
    return stored


def saved_profiles(*, session: Session, kind: ExportKind) -> list[Profile]:
    """The coordinator's saved profiles for `kind`, by name.

    A column a later version no longer has (or an own field since removed) is dropped
    instead of breaking the profile.
    """
    known = {column.key for column in (*columns_for(kind),
                                       *custom_columns(session=session, kind=kind))}
    profiles = []
    for name, keys in _stored(session).get(kind.value, {}).items():
        usable = [key for key in keys if key in known]
        profiles.append(Profile(name, kind, id_last(select_columns(kind, usable,
                                                                   session=session))))
    return sorted(profiles, key=lambda profile: profile.name.casefold())


def list_profiles(*, session: Session, kind: ExportKind) -> list[Profile]:
    """Shipped profiles first, then the saved ones."""
    return [*shipped_profiles(kind), *saved_profiles(session=session, kind=kind)]


def get_profile(*, session: Session, kind: ExportKind, name: str) -> Profile:
    """The profile called `name` (ignoring case and surrounding spaces)."""
    wanted = name.strip().casefold()
    for profile in list_profiles(session=session, kind=kind):
        if profile.name.casefold() == wanted:
            return profile
    names = ", ".join(profile.name for profile in list_profiles(session=session, kind=kind))
    raise NotFound("No export profile {name!r} for {value} (there are: {names})",
                   name=name.strip(), value=kind.value, names=names)


def _clean_name(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise InvalidInput("An export profile needs a name")
    if len(text) > MAX_NAME_LENGTH:
        raise InvalidInput("An export profile's name can have at most {max_name_length} letters",
                           max_name_length=MAX_NAME_LENGTH)
    if text.casefold() in {shipped.casefold() for shipped in SHIPPED_NAMES}:
        raise InvalidInput("{text!r} is a profile that comes with CoalitionDesk; choose another "
                           "name",
                           text=text)
    return text


def save_profile(
    *, session: Session, kind: ExportKind, name: str, columns: list[str] | tuple[str, ...]
) -> Profile:
    """Save (or replace) a profile of the given column keys; call inside a transaction."""
    text = _clean_name(name)
    chosen = select_columns(kind, columns, session=session)
    stored = _stored(session)
    profiles = stored.setdefault(kind.value, {})
    for existing in list(profiles):
        if existing.casefold() == text.casefold():
            del profiles[existing]
    profiles[text] = [column.key for column in chosen]
    set_setting(session=session, key=SettingKey.export_profiles,
                value=json.dumps(stored, ensure_ascii=False, sort_keys=True))
    return Profile(text, kind, id_last(chosen))


def delete_profile(*, session: Session, kind: ExportKind, name: str) -> None:
    text = " ".join(name.split())
    if text.casefold() in {shipped.casefold() for shipped in SHIPPED_NAMES}:
        raise InvalidInput("{text!r} comes with CoalitionDesk and cannot be deleted", text=text)
    stored = _stored(session)
    profiles = stored.get(kind.value, {})
    matches = [existing for existing in profiles if existing.casefold() == text.casefold()]
    if not matches:
        raise NotFound("No saved export profile {text!r} for {value}", text=text, value=kind.value)
    for existing in matches:
        del profiles[existing]
    set_setting(session=session, key=SettingKey.export_profiles,
                value=json.dumps(stored, ensure_ascii=False, sort_keys=True))


def profiles_of(database: Database, *, kind: ExportKind) -> list[Profile]:
    """Shipped profiles first, then the saved ones (list_profiles, in a session of its own)."""
    with database.session() as session:
        return list_profiles(session=session, kind=kind)


def columns_of(database: Database, *, kind: ExportKind) -> tuple[Column, ...]:
    """Every column `kind` can be exported with, the coordinator's own fields among them
    (before the times of change), the ID last: what a column chooser lists."""
    with database.session() as session:
        return id_last(with_custom_columns(session=session, kind=kind,
                                           columns=columns_for(kind)))


def save_export_profile(database: Database, *, kind: ExportKind, name: str,
                        columns: list[str] | tuple[str, ...]) -> Profile:
    """Save (or replace) a profile as one journaled operation; the profile as stored."""
    text = _clean_name(name)
    with database.operation("settings", label("save_profile", name=text)) as operation:
        return save_profile(session=operation.session, kind=kind, name=text, columns=columns)


def delete_export_profile(database: Database, *, kind: ExportKind, name: str) -> ChangeSet:
    text = " ".join(name.split())
    with database.operation("settings", label("delete_profile", name=text)) as operation:
        delete_profile(session=operation.session, kind=kind, name=text)
    return operation.changes
