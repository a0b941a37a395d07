"""Organizations: create, read, update, delete, search."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.models import (
    ActivityOrganization,
    Affiliation,
    Country,
    MembershipStatus,
    Organization,
    OrganizationBase,
    OrganizationKind,
    OrganizationTag,
    Recipient,
    Signature,
    Tag,
)
from coalitiondesk.core.records import custom_fields, membership
from coalitiondesk.core.records import tags as tag_service
from coalitiondesk.core.records.common import (
    apply_changes,
    check_country_codes,
    get_or_raise,
    sort_text,
    validated,
)
from coalitiondesk.core.records.search import text_matches
from coalitiondesk.core.records.validation import ORGANIZATION_FIELDS, enforce


@dataclass(frozen=True)
class OrganizationFilter:
    """What the Organizations table shows; every part is optional and they combine."""

    search: str | None = None
    country_code: str | None = None
    international: bool | None = None
    membership_status: MembershipStatus | None = None
    kind: OrganizationKind | None = None
    tag: str | None = None
    custom: tuple[tuple[int, Any], ...] = ()
    """(custom field id, value) pairs that must all hold (records.custom_fields)."""
    group_id: int | None = None
    """A saved group's records only (records.groups)."""


def sort_key_column() -> sa.ColumnElement[str]:
    return sort_text(func.coalesce(Organization.sort_name, Organization.name))


def _filtered(session: Session, query: Any, filters: OrganizationFilter | None) -> Any:
    if filters is None:
        return query
    if filters.search and filters.search.strip():
        query = query.where(
            text_matches(session=session, model=Organization, text=filters.search)
        )
    if filters.country_code:
        query = query.where(Organization.country_code == filters.country_code)
    if filters.international is not None:
        international = col(Organization.country_code).is_(None)
        query = query.where(international if filters.international else sa.not_(international))
    if filters.membership_status:
        query = query.where(Organization.membership_status == filters.membership_status)
    if filters.kind:
        query = query.where(Organization.kind == filters.kind)
    if filters.tag:
        tagged = (
            select(OrganizationTag.organization_id)
            .join(Tag, col(Tag.id) == OrganizationTag.tag_id)
            .where(tag_service.tag_named(filters.tag))
        )
        query = query.where(col(Organization.id).in_(tagged))
    for field_id, value in filters.custom:
        query = query.where(custom_fields.value_filter(
            session=session, model=Organization, definition=custom_fields.get_custom_field(
                session=session, field_id=field_id), value=value))
    if filters.group_id is not None:
        # Imported here: a group's own filters are this module's.
        from coalitiondesk.core.records.groups import members_of

        query = query.where(col(Organization.id).in_(members_of(
            session=session, kind="organization", group_id=filters.group_id)))
    return query


def filter_query(*, session: Session, query: Any, filters: OrganizationFilter | None) -> Any:
    """`query`, whatever it selects, narrowed to the organizations `filters` lets through.

    For readers of many rows at once (exports), which select columns, not records.
    """
    return _filtered(session, query, filters)


def _country_name() -> Any:
    """The organization's country name, for sorting; international ones sort first."""
    return (
        select(Country.name).where(Country.code == Organization.country_code).scalar_subquery()
    )


# What each sortable column of the Organizations table sorts by.
SORT_KEYS: dict[str, Any] = {
    "name": sort_key_column,
    "acronym": lambda: sort_text(Organization.acronym),
    "country": lambda: sort_text(_country_name()),
    "kind": lambda: Organization.kind,
    "membership_status": lambda: Organization.membership_status,
    "updated_at": lambda: Organization.updated_at,
}


def list_organizations(
    *,
    session: Session,
    filters: OrganizationFilter | None = None,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[Organization]:
    """One page of the filtered organizations, sorted by a key of SORT_KEYS, then name."""
    try:
        key = SORT_KEYS[sort]()
    except KeyError:
        raise InvalidInput("Organizations cannot be sorted by {sort!r}", sort=sort) from None
    order = [key.desc() if descending else key.asc()]
    if sort != "name":
        order.append(sort_key_column())
    query = _filtered(session, select(Organization), filters).order_by(
        *order, col(Organization.id)
    )
    return list(session.exec(query.offset(offset).limit(limit)).all())


def count_organizations(*, session: Session, filters: OrganizationFilter | None = None) -> int:
    query = _filtered(session, select(func.count()).select_from(Organization), filters)
    return int(session.exec(query).one())


def get_organization(*, session: Session, organization_id: int) -> Organization:
    return get_or_raise(session, Organization, organization_id, what="organization")


def find_organization(*, session: Session, name: str) -> Organization | None:
    """The organization whose name or acronym is exactly `name`, ignoring case."""
    text = name.strip().lower()
    query = select(Organization).where(
        sa.or_(func.lower(Organization.name) == text, func.lower(Organization.acronym) == text)
    ).order_by(col(Organization.id))
    return session.exec(query).first()


def create_organization(
    *, session: Session, tags: Iterable[str] = (), status_changed_on: date | None = None,
    status_note: str | None = None, **values: Any
) -> Organization:
    """A new organization; its membership history starts with its status, dated
    `status_changed_on`, else the day it joined, else today. A former member's joining
    date goes into the history before its leaving (the day it left, else today), since
    Joined is read from the history."""
    clean = validated(OrganizationBase, enforce("organization", values))
    _require_name(clean)
    check_country_codes(session, (clean.country_code, clean.address_country_code))
    organization = Organization.model_validate(clean.model_dump())
    status = MembershipStatus(organization.membership_status)
    joined = organization.joined_on
    changed_on = status_changed_on or joined or date.today()
    if status == MembershipStatus.member:
        # What the history below will say, written with the row: a second write of the
        # new row would be a change of its own in the journal.
        organization.joined_on = changed_on
    session.add(organization)
    session.flush()
    assert organization.id is not None
    tag_service.set_organization_tags(session=session, organization_id=organization.id, names=tags)
    if status == MembershipStatus.former and joined is not None:
        membership.record_change(session=session, organization_id=organization.id,
                                 status=MembershipStatus.member, changed_on=joined)
        changed_on = status_changed_on or organization.left_on or date.today()
    membership.record_change(
        session=session, organization_id=organization.id, status=status,
        changed_on=changed_on, note=status_note)
    session.flush()
    return organization


def update_organization(
    *, session: Session, organization_id: int, tags: Iterable[str] | None = None,
    status_changed_on: date | None = None, status_note: str | None = None, **changes: Any
) -> Organization:
    """Change fields. A new membership status goes into the history, dated
    `status_changed_on` (default today) with `status_note`."""
    organization = get_organization(session=session, organization_id=organization_id)
    old_status = organization.membership_status
    stored = organization.model_dump(include=set(ORGANIZATION_FIELDS))
    apply_changes(organization, enforce("organization", changes, stored=stored),
                  base=OrganizationBase)
    _require_name(organization)
    check_country_codes(session, (organization.country_code, organization.address_country_code))
    if tags is not None:
        tag_service.set_organization_tags(
            session=session, organization_id=organization_id, names=tags
        )
    if organization.membership_status != old_status:
        changed_on = status_changed_on or date.today()
        membership.record_change(
            session=session, organization_id=organization_id,
            status=organization.membership_status, changed_on=changed_on, note=status_note)
    session.add(organization)
    session.flush()
    return organization


def _require_name(organization: OrganizationBase) -> None:
    """A name of spaces only is no name: it would show as an empty row and sign as nothing."""
    name = organization.name.strip()
    if not name:
        raise InvalidInput("An organization needs a name")
    organization.name = name


@dataclass(frozen=True)
class OrganizationLinks:
    """What deleting an organization would also remove."""

    affiliations: int
    signatures: int
    recipients: int
    activities: int

    @property
    def total(self) -> int:
        return self.affiliations + self.signatures + self.recipients + self.activities


def organization_links(*, session: Session, organization_id: int) -> OrganizationLinks:
    def count(model: Any) -> int:
        query = select(func.count()).select_from(model).where(
            model.organization_id == organization_id
        )
        return int(session.exec(query).one())

    return OrganizationLinks(
        affiliations=count(Affiliation),
        signatures=count(Signature),
        recipients=count(Recipient),
        activities=count(ActivityOrganization),
    )


def delete_organization(*, session: Session, organization_id: int) -> None:
    """Delete the organization with its affiliations, signatures and activity links."""
    organization = get_organization(session=session, organization_id=organization_id)
    session.delete(organization)
    session.flush()


def organization_choices(*, session: Session) -> list[tuple[int, str, str | None]]:
    """(id, name, acronym) of every organization, by name: for pickers, without loading records.

    Columns only: building 20,000 ORM records for a drop-down took most of a second.
    """
    query = select(Organization.id, Organization.name, Organization.acronym).order_by(
        sort_text(Organization.name), col(Organization.id))
    return [(int(i), name, acronym) for i, name, acronym in session.exec(query).all()
            if i is not None]


def organizations_version(*, session: Session) -> tuple[int, Any]:
    """Changes whenever an organization is added, removed, renamed or restored.

    Lets a picker skip re-reading thousands of names when nothing changed.
    """
    count, latest = session.exec(
        select(func.count(), func.max(Organization.updated_at)).select_from(Organization)
    ).one()
    return int(count), latest
