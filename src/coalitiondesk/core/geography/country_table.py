"""The Country table: ISO countries as the coordinator has adjusted them, and their aliases."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, func, select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.geography.countries import iso_countries, normalize, resolve_country
from coalitiondesk.core.journal.labels import label
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.models import (
    Contact,
    Country,
    CountryAlias,
    MembershipStatus,
    Organization,
)
from coalitiondesk.core.records.common import get_or_raise

if TYPE_CHECKING:  # the database module imports this one to fill its country table
    from coalitiondesk.core.storage.db import Database

EDITABLE_FIELDS = frozenset({"name", "short_form", "region", "subregion"})


def ensure_countries(*, session: Session) -> int:
    """Add every ISO 3166-1 country that is missing; never touch the ones already there.

    Returns how many were added.
    """
    present = set(session.exec(select(Country.code)).all())
    missing = [info for info in iso_countries() if info.code not in present]
    for info in missing:
        session.add(Country(
            code=info.code, name=info.name, official_name=info.official_name,
            short_form=info.short_form, region=info.region, subregion=info.subregion,
        ))
    session.flush()
    return len(missing)


def list_countries(*, session: Session) -> list[Country]:
    return list(session.exec(select(Country).order_by(Country.name)).all())


def get_country(*, session: Session, code: str) -> Country:
    return get_or_raise(session, Country, code.upper(), what="country")


def update_country(*, session: Session, code: str, **changes: Any) -> Country:
    country = get_country(session=session, code=code)
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise InvalidInput("Cannot change a country's {value}", value=', '.join(sorted(unknown)))
    for name, value in changes.items():
        text = " ".join(str(value or "").split())
        if not text:
            raise InvalidInput("A country's {name} cannot be empty", name=name.replace('_', ' '))
        setattr(country, name, text)
    session.add(country)
    session.flush()
    return country


def user_aliases(*, session: Session) -> dict[str, str]:
    """Alias text -> country code, for the coordinator's own aliases and edited names."""
    aliases = {alias: code for alias, code in session.exec(
        select(CountryAlias.alias, CountryAlias.country_code)
    ).all()}
    # A short form or name the coordinator typed in should resolve on import too.
    for code, name, short_form in session.exec(
        select(Country.code, Country.name, Country.short_form)
    ).all():
        aliases.setdefault(name, code)
        aliases.setdefault(short_form, code)
    return aliases


def add_alias(*, session: Session, code: str, alias: str) -> CountryAlias:
    country = get_country(session=session, code=code)
    text = " ".join(alias.split())
    key = normalize(text)
    if not key:
        raise InvalidInput("An alias cannot be empty")
    taken = resolve(session=session, text=text)
    if taken is not None and taken != country.code:
        raise InvalidInput("{text!r} already means {taken}", text=text, taken=taken)
    existing = session.exec(select(CountryAlias).where(CountryAlias.normalized == key)).first()
    if existing is not None:
        return existing
    record = CountryAlias(alias=text, normalized=key, country_code=country.code)
    session.add(record)
    session.flush()
    return record


def remove_alias(*, session: Session, alias_id: int) -> None:
    session.delete(get_or_raise(session, CountryAlias, alias_id, what="alias"))
    session.flush()


def aliases_of(*, session: Session, code: str) -> list[CountryAlias]:
    query = select(CountryAlias).where(CountryAlias.country_code == code.upper())
    return list(session.exec(query.order_by(CountryAlias.alias)).all())


def resolve(*, session: Session, text: str) -> str | None:
    """A country code for free text, using built-in and the coordinator's aliases; no guessing."""
    return resolve_country(text, extra_aliases=user_aliases(session=session))


@dataclass(frozen=True)
class CountryCounts:
    members: int
    organizations: int
    contacts: int


def country_counts(*, session: Session) -> dict[str, CountryCounts]:
    """Per country code: member organizations, all organizations, contacts living there."""
    members = dict(session.exec(
        select(Organization.country_code, func.count())
        .where(Organization.membership_status == MembershipStatus.member)
        .group_by(col(Organization.country_code))
    ).all())
    organizations = dict(session.exec(
        select(Organization.country_code, func.count()).group_by(col(Organization.country_code))
    ).all())
    contacts = dict(session.exec(
        select(Contact.address_country_code, func.count())
        .group_by(col(Contact.address_country_code))
    ).all())
    codes = {code for code in (*members, *organizations, *contacts) if code}
    return {
        code: CountryCounts(
            members=members.get(code, 0),
            organizations=organizations.get(code, 0),
            contacts=contacts.get(code, 0),
        )
        for code in codes
    }


# --- the Countries tab's edits, each one journaled operation ---------------------------


@dataclass(frozen=True)
class CountryDetails:
    """A country as its tab shows it, with the aliases the coordinator added."""

    country: Country
    aliases: list[CountryAlias]


def country_details(database: Database, *, code: str) -> CountryDetails:
    with database.session() as session:
        return CountryDetails(country=get_country(session=session, code=code),
                              aliases=aliases_of(session=session, code=code))


def set_short_form(database: Database, *, code: str, short_form: str) -> ChangeSet:
    """The form written on signatory lines ("ROK"), as one undoable operation."""
    with database.operation("country", _edit_label(database, code)) as operation:
        update_country(session=operation.session, code=code, short_form=short_form)
    return operation.changes


def add_country_alias(database: Database, *, code: str, alias: str) -> ChangeSet:
    with database.operation("country", _edit_label(database, code)) as operation:
        add_alias(session=operation.session, code=code, alias=alias)
    return operation.changes


def remove_country_alias(database: Database, *, alias_id: int) -> ChangeSet:
    with database.session() as session:
        code = get_or_raise(session, CountryAlias, alias_id, what="alias").country_code
    with database.operation("country", _edit_label(database, code)) as operation:
        remove_alias(session=operation.session, alias_id=alias_id)
    return operation.changes


def _edit_label(database: Database, code: str) -> str:
    with database.session() as session:
        return label("country", name=get_country(session=session, code=code).name)
