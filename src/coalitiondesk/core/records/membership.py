"""Membership history: which status each organization had, from which day.

The organization's membership_status is its present; MembershipChange rows
are its past, so that "who were our members on the day of the conference?"
has an answer. The organization services record a change whenever the
status is set; the timeline (core.outreach) shows these rows as joining and
leaving, so undoing a change of status takes its timeline entry with it.

The history is also where "Joined" comes from: the organization's joined_on
column is kept equal to its latest change to member, for the exports, the
search and the filters that read the column.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from coalitiondesk.core.models import (
    MembershipChange,
    MembershipStatus,
    Organization,
)

# What an organization's timeline says when its status changes.
CHANGE_SUBJECTS = {
    MembershipStatus.member: "Joined as member",
    MembershipStatus.observer: "Became observer",
    MembershipStatus.prospect: "Listed as prospect",
    MembershipStatus.former: "Left (former)",
    MembershipStatus.non_member: "Marked as non-member",
}


def record_change(
    *, session: Session, organization_id: int, status: MembershipStatus | str,
    changed_on: date, note: str | None = None,
) -> MembershipChange:
    change = MembershipChange(organization_id=organization_id, status=MembershipStatus(status),
                              changed_on=changed_on, note=note or None)
    session.add(change)
    if change.status == MembershipStatus.member:
        session.flush()
        organization = session.get(Organization, organization_id)
        if organization is not None:
            organization.joined_on = joined_on(session=session, organization_id=organization_id)
            session.add(organization)
    return change


def joined_on(*, session: Session, organization_id: int) -> date | None:
    """The day of its latest change to member; None if it never was one in the history."""
    query = sa.select(sa.func.max(MembershipChange.changed_on)).where(
        col(MembershipChange.organization_id) == organization_id,
        col(MembershipChange.status) == MembershipStatus.member.value)
    value = session.execute(query).scalar()
    if isinstance(value, str):  # SQLite hands an aggregate's date back as text
        return date.fromisoformat(value)
    return value if isinstance(value, date) else None


def membership_history(*, session: Session, organization_id: int) -> list[MembershipChange]:
    """The organization's statuses, oldest first."""
    query = select(MembershipChange).where(
        MembershipChange.organization_id == organization_id
    ).order_by(col(MembershipChange.changed_on), col(MembershipChange.id))
    return list(session.exec(query).all())


def status_on_column(day: date) -> Any:
    """Per organization, its status on `day` (NULL before its history begins)."""
    return (
        select(MembershipChange.status)
        .where(MembershipChange.organization_id == Organization.id,
               col(MembershipChange.changed_on) <= day)
        .order_by(col(MembershipChange.changed_on).desc(), col(MembershipChange.id).desc())
        .limit(1)
        .scalar_subquery()
    )


def status_on(*, session: Session, organization_id: int, day: date) -> MembershipStatus | None:
    query = sa.select(status_on_column(day)).select_from(Organization).where(
        col(Organization.id) == organization_id)
    value = session.execute(query).scalar()
    return MembershipStatus(value) if value is not None else None


def members_on(*, session: Session, day: date) -> list[Organization]:
    """The organizations that were members on `day`, by name."""
    query = select(Organization).where(
        status_on_column(day) == MembershipStatus.member.value
    ).order_by(col(Organization.name), col(Organization.id))
    return list(session.exec(query).all())


def set_membership_status(
    *, session: Session, organization_id: int, status: MembershipStatus | str,
    changed_on: date | None = None, note: str | None = None,
) -> Organization:
    """Change the status, with its history row."""
    from coalitiondesk.core.records.organizations import update_organization

    return update_organization(session=session, organization_id=organization_id,
                               membership_status=status, status_changed_on=changed_on,
                               status_note=note)
