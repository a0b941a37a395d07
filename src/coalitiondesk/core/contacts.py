"""Contacts and their affiliations with organizations."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from coalitiondesk.core import tags as tag_service
from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.models import (
    Affiliation,
    Contact,
    ContactBase,
    ContactTag,
    Organization,
    Sensitivity,
    Tag,
)
from coalitiondesk.core.records import (
    apply_changes,
    check_country_codes,
    get_or_raise,
    validated,
)
from coalitiondesk.core.search import text_matches


@dataclass(frozen=True)
class ContactFilter:
    search: str | None = None
    country_code: str | None = None
    organization_id: int | None = None
    sensitivity: Sensitivity | None = None
    tag: str | None = None
    include_restricted: bool = True


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
    return query


def list_contacts(
    *,
    session: Session,
    filters: ContactFilter | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[Contact]:
    order = (
        func.lower(func.coalesce(Contact.family_name, Contact.given_name, Contact.native_name)),
        func.lower(func.coalesce(Contact.given_name, "")),
        Contact.id,
    )
    query = _filtered(session, select(Contact), filters).order_by(*order)
    return list(session.exec(query.offset(offset).limit(limit)).all())


def count_contacts(*, session: Session, filters: ContactFilter | None = None) -> int:
    query = _filtered(session, select(func.count()).select_from(Contact), filters)
    return int(session.exec(query).one())


def get_contact(*, session: Session, contact_id: int) -> Contact:
    return get_or_raise(session, Contact, contact_id, what="contact")


def create_contact(*, session: Session, tags: Iterable[str] = (), **values: Any) -> Contact:
    clean = validated(ContactBase, values)
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
    apply_changes(contact, changes, base=ContactBase)
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
