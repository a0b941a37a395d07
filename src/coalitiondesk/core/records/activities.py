"""The outreach log: meetings, conferences, press releases, letters sent."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, SQLModel, col, delete, select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.geography.names import full_name
from coalitiondesk.core.journal import labels
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.models import (
    Activity,
    ActivityContact,
    ActivityKind,
    ActivityOrganization,
    Contact,
    Letter,
    Organization,
)
from coalitiondesk.core.records.common import apply_changes, get_or_raise, validated

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database


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
    _check(session, clean)
    activity = Activity.model_validate(clean.model_dump())
    session.add(activity)
    session.flush()
    assert activity.id is not None
    _link(session, activity.id, organization_ids=organization_ids, contact_ids=contact_ids)
    return activity


def update_activity(
    *,
    session: Session,
    activity_id: int,
    organization_ids: Iterable[int] | None = None,
    contact_ids: Iterable[int] | None = None,
    **changes: Any,
) -> Activity:
    """Change fields; given id lists replace the activity's organizations or contacts."""
    activity = get_activity(session=session, activity_id=activity_id)
    apply_changes(activity, changes, base=ActivityFields)
    _check(session, activity)
    if organization_ids is not None:
        session.exec(delete(ActivityOrganization).where(
            col(ActivityOrganization.activity_id) == activity_id
        ))
    if contact_ids is not None:
        session.exec(delete(ActivityContact).where(col(ActivityContact.activity_id) == activity_id))
    _link(session, activity_id, organization_ids=organization_ids or (),
          contact_ids=contact_ids or ())
    session.add(activity)
    session.flush()
    return activity


def _check(session: Session, activity: ActivityFields | Activity) -> None:
    activity.subject = activity.subject.strip()
    if not activity.subject:
        raise InvalidInput("An activity needs a subject")
    if activity.letter_id is not None:
        get_or_raise(session, Letter, activity.letter_id, what="letter")


def _link(
    session: Session,
    activity_id: int,
    *,
    organization_ids: Iterable[int],
    contact_ids: Iterable[int],
) -> None:
    for organization_id in dict.fromkeys(organization_ids):
        get_or_raise(session, Organization, organization_id, what="organization")
        session.add(ActivityOrganization(activity_id=activity_id, organization_id=organization_id))
    for contact_id in dict.fromkeys(contact_ids):
        get_or_raise(session, Contact, contact_id, what="contact")
        session.add(ActivityContact(activity_id=activity_id, contact_id=contact_id))
    session.flush()


def get_activity(*, session: Session, activity_id: int) -> Activity:
    return get_or_raise(session, Activity, activity_id, what="activity")


def delete_activity(*, session: Session, activity_id: int) -> None:
    session.delete(get_activity(session=session, activity_id=activity_id))
    session.flush()


def activity_links(*, session: Session, activity_id: int) -> tuple[list[int], list[int]]:
    """The ids of the organizations and of the contacts an activity involves."""
    organization_ids = session.exec(select(ActivityOrganization.organization_id).where(
        ActivityOrganization.activity_id == activity_id
    )).all()
    contact_ids = session.exec(select(ActivityContact.contact_id).where(
        ActivityContact.activity_id == activity_id
    )).all()
    return sorted(organization_ids), sorted(contact_ids)


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


def link_names(
    *, session: Session, activity_ids: Iterable[int]
) -> dict[int, tuple[list[tuple[int, str]], list[tuple[int, str]]]]:
    """Per activity: (id, name) of its organizations and of its contacts, in two queries.

    For tables and forms that show the links of many activities at once.
    """
    ids = list(activity_ids)
    result: dict[int, tuple[list[tuple[int, str]], list[tuple[int, str]]]] = {
        activity_id: ([], []) for activity_id in ids}
    if not ids:
        return result
    organizations = session.exec(
        select(ActivityOrganization.activity_id, Organization.id, Organization.name)
        .join(Organization, col(Organization.id) == ActivityOrganization.organization_id)
        .where(col(ActivityOrganization.activity_id).in_(ids))
        .order_by(Organization.name))
    for activity_id, organization_id, name in organizations:
        result[activity_id][0].append((int(organization_id or 0), name))
    people = session.exec(
        select(ActivityContact.activity_id, Contact)
        .join(Contact, col(Contact.id) == ActivityContact.contact_id)
        .where(col(ActivityContact.activity_id).in_(ids)))
    for activity_id, contact in people:
        result[activity_id][1].append((int(contact.id or 0), full_name(contact)))
    for _organizations, contacts in result.values():
        contacts.sort(key=lambda pair: pair[1].casefold())
    return result


# --- for the Activities tab, taking the Database -----------------------------------------
# outreach builds on this module, so its functions are imported where they are used.


def follow_up_done(database: Database, *, activity_id: int) -> ChangeSet:
    """Mark an activity's follow-up done, as one undoable operation."""
    from coalitiondesk.core.records.outreach import mark_follow_up_done

    with database.operation("activity", labels.label("follow_up_done")) as operation:
        mark_follow_up_done(session=operation.session, activity_id=activity_id)
    return operation.changes


def overdue_follow_ups(database: Database, *, today: date) -> int:
    """How many open follow-ups are past their date."""
    from coalitiondesk.core.records.outreach import overdue_count

    with database.session() as session:
        return overdue_count(session=session, today=today)


def activity_exists(database: Database, *, activity_id: int) -> bool:
    """Whether the activity is still there (an undo or another window may have removed it)."""
    with database.session() as session:
        return session.get(Activity, activity_id) is not None
