"""The outreach log: meetings, conferences, press releases, letters sent."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.models import (
    Activity,
    ActivityContact,
    ActivityKind,
    ActivityOrganization,
    Contact,
    Letter,
    Organization,
)
from coalitiondesk.core.records import get_or_raise, validated


class ActivityFields(SQLModel):
    activity_date: date
    kind: ActivityKind = ActivityKind.other
    subject: str
    notes: str | None = None
    letter_id: int | None = None
    follow_up_on: date | None = None
    follow_up_done: bool = False


def create_activity(
    *,
    session: Session,
    organization_ids: Iterable[int] = (),
    contact_ids: Iterable[int] = (),
    **values: Any,
) -> Activity:
    clean = validated(ActivityFields, values)
    clean.subject = clean.subject.strip()
    if not clean.subject:
        raise InvalidInput("An activity needs a subject")
    if clean.letter_id is not None:
        get_or_raise(session, Letter, clean.letter_id, what="letter")
    activity = Activity.model_validate(clean.model_dump())
    session.add(activity)
    session.flush()
    assert activity.id is not None
    for organization_id in dict.fromkeys(organization_ids):
        get_or_raise(session, Organization, organization_id, what="organization")
        session.add(ActivityOrganization(activity_id=activity.id, organization_id=organization_id))
    for contact_id in dict.fromkeys(contact_ids):
        get_or_raise(session, Contact, contact_id, what="contact")
        session.add(ActivityContact(activity_id=activity.id, contact_id=contact_id))
    session.flush()
    return activity


def list_activities(
    *,
    session: Session,
    organization_id: int | None = None,
    contact_id: int | None = None,
) -> list[Activity]:
    """Activities, newest first, optionally only those involving one record."""
    query = select(Activity)
    if organization_id is not None:
        linked = select(ActivityOrganization.activity_id).where(
            ActivityOrganization.organization_id == organization_id
        )
        query = query.where(col(Activity.id).in_(linked))
    if contact_id is not None:
        linked = select(ActivityContact.activity_id).where(
            ActivityContact.contact_id == contact_id
        )
        query = query.where(col(Activity.id).in_(linked))
    query = query.order_by(col(Activity.activity_date).desc(), col(Activity.id).desc())
    return list(session.exec(query).all())
