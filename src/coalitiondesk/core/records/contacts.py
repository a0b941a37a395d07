"""Contacts and their affiliations with organizations."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, delete, func, select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.geography import names
from coalitiondesk.core.models import (
    Affiliation,
    Contact,
    ContactBase,
    ContactTag,
    Country,
    Organization,
    Sensitivity,
    Tag,
)
from coalitiondesk.core.records import custom_fields
from coalitiondesk.core.records import tags as tag_service
from coalitiondesk.core.records.common import (
    apply_changes,
    check_country_codes,
    get_or_raise,
    sort_text,
    validated,
)
from coalitiondesk.core.records.search import text_matches
from coalitiondesk.core.records.validation import CONTACT_FIELDS, enforce


@dataclass(frozen=True)
class ContactFilter:
    search: str | None = None
    country_code: str | None = None
    organization_id: int | None = None
    sensitivity: Sensitivity | None = None
    tag: str | None = None
    include_restricted: bool = True
    custom: tuple[tuple[int, Any], ...] = ()
    """(custom field id, value) pairs that must all hold (records.custom_fields)."""
    group_id: int | None = None
    """A saved group's records only (records.groups)."""


def _filtered(session: Session, query: Any, filters: ContactFilter | None) -> Any:
    if filters is None:
        return query
    if filters.search and filters.search.strip():
        query = query.where(
            text_matches(session=session, model=Contact, text=filters.search)
        )
    if filters.country_code:
        query = query.where(Contact.address_country_code == filters.country_code)
    if filters.organization_id is not None:
        members = select(Affiliation.contact_id).where(
            Affiliation.organization_id == filters.organization_id
        )
        query = query.where(col(Contact.id).in_(members))
    if filters.sensitivity:
        query = query.where(Contact.sensitivity == filters.sensitivity)
    if not filters.include_restricted:
        query = query.where(Contact.sensitivity != Sensitivity.restricted)
    if filters.tag:
        tagged = (
            select(ContactTag.contact_id)
            .join(Tag, col(Tag.id) == ContactTag.tag_id)
            .where(tag_service.tag_named(filters.tag))
        )
        query = query.where(col(Contact.id).in_(tagged))
    for field_id, value in filters.custom:
        query = query.where(custom_fields.value_filter(
            session=session, model=Contact, definition=custom_fields.get_custom_field(
                session=session, field_id=field_id), value=value))
    if filters.group_id is not None:
        # Imported here: a group's own filters are this module's.
        from coalitiondesk.core.records.groups import members_of

        query = query.where(col(Contact.id).in_(members_of(
            session=session, kind="contact", group_id=filters.group_id)))
    return query


def filter_query(*, session: Session, query: Any, filters: ContactFilter | None) -> Any:
    """`query`, whatever it selects, narrowed to the contacts `filters` lets through.

    For readers of many rows at once (exports), which select columns, not records.
    """
    return _filtered(session, query, filters)


def _name_key() -> Any:
    return sort_text(func.coalesce(Contact.family_name, Contact.given_name, Contact.native_name))


def _country_name() -> Any:
    return select(Country.name).where(
        Country.code == Contact.address_country_code
    ).scalar_subquery()


# What each sortable column of the Contacts table sorts by; names sort by family name.
SORT_KEYS: dict[str, Any] = {
    "name": _name_key,
    "native_name": lambda: Contact.native_name,
    "position": lambda: sort_text(Contact.position),
    "email": lambda: sort_text(Contact.email),
    "country": lambda: sort_text(_country_name()),
    "sensitivity": lambda: Contact.sensitivity,
    "updated_at": lambda: Contact.updated_at,
}


def list_contacts(
    *,
    session: Session,
    filters: ContactFilter | None = None,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[Contact]:
    """One page of the filtered contacts, sorted by a key of SORT_KEYS, then name."""
    try:
        key = SORT_KEYS[sort]()
    except KeyError:
        raise InvalidInput("Contacts cannot be sorted by {sort!r}", sort=sort) from None
    order = [key.desc() if descending else key.asc(), _name_key(),
             sort_text(func.coalesce(Contact.given_name, "")), col(Contact.id)]
    query = _filtered(session, select(Contact), filters).order_by(*order)
    return list(session.exec(query.offset(offset).limit(limit)).all())


def count_contacts(*, session: Session, filters: ContactFilter | None = None) -> int:
    query = _filtered(session, select(func.count()).select_from(Contact), filters)
    return int(session.exec(query).one())


def get_contact(*, session: Session, contact_id: int) -> Contact:
    return get_or_raise(session, Contact, contact_id, what="contact")


def create_contact(*, session: Session, tags: Iterable[str] = (), **values: Any) -> Contact:
    clean = validated(ContactBase, enforce("contact", values))
    _require_name(clean)
    check_country_codes(session, (clean.address_country_code,))
    contact = Contact.model_validate(clean.model_dump())
    session.add(contact)
    session.flush()
    assert contact.id is not None
    tag_service.set_contact_tags(session=session, contact_id=contact.id, names=tags)
    return contact


def update_contact(
    *, session: Session, contact_id: int, tags: Iterable[str] | None = None, **changes: Any
) -> Contact:
    contact = get_contact(session=session, contact_id=contact_id)
    stored = contact.model_dump(include=set(CONTACT_FIELDS))
    apply_changes(contact, enforce("contact", changes, stored=stored), base=ContactBase)
    _require_name(contact)
    check_country_codes(session, (contact.address_country_code,))
    if tags is not None:
        tag_service.set_contact_tags(session=session, contact_id=contact_id, names=tags)
    session.add(contact)
    session.flush()
    return contact


def _require_name(contact: ContactBase) -> None:
    names = (contact.given_name, contact.family_name, contact.native_name)
    if not any((name or "").strip() for name in names):
        raise InvalidInput("A contact needs a given name, a family name or a native-script name")


def delete_contact(*, session: Session, contact_id: int) -> None:
    session.delete(get_contact(session=session, contact_id=contact_id))
    session.flush()


def add_affiliation(
    *,
    session: Session,
    contact_id: int,
    organization_id: int,
    role: str | None = None,
    start_date: date | None = None,
    end_date: date | None = None,
) -> Affiliation:
    get_contact(session=session, contact_id=contact_id)
    get_or_raise(session, Organization, organization_id, what="organization")
    affiliation = Affiliation(
        contact_id=contact_id, organization_id=organization_id, role=role,
        start_date=start_date, end_date=end_date,
    )
    session.add(affiliation)
    session.flush()
    return affiliation


@dataclass(frozen=True)
class AffiliationRow:
    affiliation: Affiliation
    organization: Organization

    @property
    def current(self) -> bool:
        return self.affiliation.end_date is None or self.affiliation.end_date >= date.today()


def affiliations_of(*, session: Session, contact_id: int) -> list[AffiliationRow]:
    """The contact's affiliations, current ones first, then the most recent."""
    query = (
        select(Affiliation, Organization)
        .join(Organization, col(Organization.id) == Affiliation.organization_id)
        .where(Affiliation.contact_id == contact_id)
        .order_by(
            col(Affiliation.end_date).is_not(None),
            sa.desc(func.coalesce(Affiliation.end_date, Affiliation.start_date)),
            Organization.name,
        )
    )
    return [AffiliationRow(a, o) for a, o in session.exec(query).all()]


def remove_affiliation(*, session: Session, affiliation_id: int) -> None:
    session.delete(get_or_raise(session, Affiliation, affiliation_id, what="affiliation"))
    session.flush()


def current_affiliations(
    *, session: Session, contact_ids: Iterable[int]
) -> dict[int, list[tuple[str, str | None]]]:
    """For each contact: (organization name, role) of the affiliations not ended, by name.

    One query for a whole page of a table, not one per row.
    """
    ids = list(contact_ids)
    result: dict[int, list[tuple[str, str | None]]] = {contact_id: [] for contact_id in ids}
    if not ids:
        return result
    today = date.today()
    query = (
        select(Affiliation.contact_id, Organization.name, Affiliation.role)
        .join(Organization, col(Organization.id) == Affiliation.organization_id)
        .where(col(Affiliation.contact_id).in_(ids))
        .where(sa.or_(col(Affiliation.end_date).is_(None), col(Affiliation.end_date) >= today))
        .order_by(sort_text(Organization.name))
    )
    for contact_id, name, role in session.exec(query).all():
        result[contact_id].append((name, role))
    return result


def set_affiliations(
    *, session: Session, contact_id: int, affiliations: Iterable[Mapping[str, Any]]
) -> None:
    """Replace the contact's affiliations by the given ones (organization_id, role, dates)."""
    get_contact(session=session, contact_id=contact_id)
    wanted = list(affiliations)
    for item in wanted:
        unknown = set(item) - {"organization_id", "role", "start_date", "end_date"}
        if unknown:
            raise InvalidInput("Unknown affiliation field: {value}",
                               value=', '.join(sorted(unknown)))
        get_or_raise(session, Organization, item.get("organization_id"), what="organization")
        start, end = item.get("start_date"), item.get("end_date")
        if start and end and end < start:
            raise InvalidInput("An affiliation cannot end before it starts")
    session.exec(delete(Affiliation).where(col(Affiliation.contact_id) == contact_id))
    for item in wanted:
        role = (item.get("role") or "").strip() or None
        session.add(Affiliation(contact_id=contact_id, organization_id=item["organization_id"],
                                role=role, start_date=item.get("start_date"),
                                end_date=item.get("end_date")))
    session.flush()


def contact_choices(*, session: Session) -> list[tuple[int, str]]:
    """(id, full name) of every contact, by family name: for pickers, read as columns.

    Building 100,000 ORM records for a drop-down would take seconds.
    """
    query = sa.select(Contact.id, Contact.given_name, Contact.family_name,  # type: ignore[call-overload]
                      Contact.family_name_first, Contact.native_name).order_by(
        _name_key(), sort_text(func.coalesce(Contact.given_name, "")), col(Contact.id))
    return [(int(i), names.full_name(_NameParts(given, family, first, native)))
            for i, given, family, first, native in session.execute(query).all()]


@dataclass
class _NameParts:
    given_name: str | None
    family_name: str | None
    family_name_first: bool
    native_name: str | None
    honorific: str | None = None
    salutation: str | None = None
