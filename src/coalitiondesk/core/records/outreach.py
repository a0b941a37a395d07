"""What happened with whom and what is due next: follow-ups, timelines, letter responses."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlmodel import Session, col, select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.geography.names import full_name
from coalitiondesk.core.journal.listing import LastChange, last_changes
from coalitiondesk.core.models import (
    Activity,
    ActivityContact,
    ActivityKind,
    ActivityOrganization,
    Contact,
    Dispatch,
    DispatchOutcome,
    Letter,
    MembershipStatus,
    Organization,
    Recipient,
    Signature,
    SignatureStatus,
)
from coalitiondesk.core.records.activities import create_activity, get_activity
from coalitiondesk.core.records.common import get_or_raise
from coalitiondesk.core.records.membership import CHANGE_SUBJECTS, membership_history

# --- follow-ups -----------------------------------------------------------------


@dataclass(frozen=True)
class FollowUp:
    activity_id: int
    follow_up_on: date
    subject: str
    kind: ActivityKind
    activity_date: date
    overdue: bool


def _open_follow_ups() -> sa.ColumnElement[bool]:
    return sa.and_(col(Activity.follow_up_on).is_not(None),
                   sa.not_(col(Activity.follow_up_done)))


def due_follow_ups(*, session: Session, today: date) -> list[FollowUp]:
    """Open follow-ups, the earliest first; those before `today` are overdue."""
    query = select(Activity).where(_open_follow_ups()).order_by(
        col(Activity.follow_up_on), col(Activity.id))
    found = []
    for activity in session.exec(query):
        assert activity.id is not None and activity.follow_up_on is not None
        found.append(FollowUp(
            activity_id=activity.id, follow_up_on=activity.follow_up_on,
            subject=activity.subject, kind=ActivityKind(activity.kind),
            activity_date=activity.activity_date, overdue=activity.follow_up_on < today))
    return found


def overdue_count(*, session: Session, today: date) -> int:
    query = select(sa.func.count()).select_from(Activity).where(
        _open_follow_ups(), col(Activity.follow_up_on) < today)
    return int(session.exec(query).one())


def mark_follow_up_done(*, session: Session, activity_id: int, done: bool = True) -> Activity:
    activity = get_activity(session=session, activity_id=activity_id)
    if activity.follow_up_on is None and done:
        raise InvalidInput("The activity “{subject}” has no follow-up", subject=activity.subject)
    activity.follow_up_done = done
    session.add(activity)
    session.flush()
    return activity


# --- timelines --------------------------------------------------------------------


class EntryKind(StrEnum):
    activity = "activity"
    letter_signed = "letter_signed"
    letter_received = "letter_received"
    membership = "membership"


class SentEmail(NamedTuple):
    """An e-mail of a letter that the server took for one recipient."""

    subject: str
    sent_on: date
    message_id: str


@dataclass(frozen=True)
class TimelineEntry:
    on: date | None
    kind: EntryKind
    title: str
    detail: str
    activity_id: int | None = None
    letter_id: int | None = None
    record_id: int | None = None
    """The signature's or recipient's id, for letter entries; the membership change's id."""
    changed: LastChange | None = None
    """Who recorded it, or last changed it, and when (from the journal)."""
    sent_on: date | None = None
    """A letter received: when it was sent to the record (`detail` says it in English)."""
    response_on: date | None = None
    response_note: str = ""
    emails: tuple[SentEmail, ...] = ()
    """A letter received: each e-mail of it the server took."""


def timeline(
    *, session: Session, organization_id: int | None = None, contact_id: int | None = None,
) -> list[TimelineEntry]:
    """An organization's or a contact's activities, letters signed and letters
    received, newest first (undated entries last)."""
    if (organization_id is None) == (contact_id is None):
        raise InvalidInput("A timeline is of one organization or one contact")
    entries: list[TimelineEntry] = []
    activities = select(Activity)
    if organization_id is not None:
        get_or_raise(session, Organization, organization_id, what="organization")
        activities = activities.join(
            ActivityOrganization, col(ActivityOrganization.activity_id) == Activity.id
        ).where(ActivityOrganization.organization_id == organization_id)
    else:
        get_or_raise(session, Contact, contact_id, what="contact")
        activities = activities.join(
            ActivityContact, col(ActivityContact.activity_id) == Activity.id
        ).where(ActivityContact.contact_id == contact_id)
    for activity in session.exec(activities):
        entries.append(TimelineEntry(
            on=activity.activity_date, kind=EntryKind.activity, title=activity.subject,
            detail=str(activity.kind).replace("_", " "), activity_id=activity.id,
            letter_id=activity.letter_id))
    if organization_id is not None:
        for change in membership_history(session=session, organization_id=organization_id):
            entries.append(TimelineEntry(
                on=change.changed_on, kind=EntryKind.membership,
                title=CHANGE_SUBJECTS[MembershipStatus(change.status)],
                detail=change.note or "", record_id=change.id))
        signed = session.exec(
            select(Signature, Letter.title).join(Letter, col(Letter.id) == Signature.letter_id)
            .where(Signature.organization_id == organization_id))
        for signature, title in signed:
            entries.append(TimelineEntry(
                on=signature.status_date, kind=EntryKind.letter_signed, title=title,
                detail=SignatureStatus(signature.status).value, letter_id=signature.letter_id,
                record_id=signature.id))
    received = select(Recipient, Letter.title).join(Letter, col(Letter.id) == Recipient.letter_id)
    received = received.where(Recipient.organization_id == organization_id
                              if organization_id is not None
                              else Recipient.contact_id == contact_id)
    received_rows = list(session.exec(received))
    emails = _emails(session, [recipient.id for recipient, _ in received_rows if recipient.id])
    for recipient, title in received_rows:
        sent = emails.get(recipient.id or 0, [])
        detail = "; ".join([_reception(recipient), *(_email_line(email) for email in sent)])
        entries.append(TimelineEntry(
            on=recipient.response_on or recipient.dispatched_on, kind=EntryKind.letter_received,
            title=title, detail=detail, letter_id=recipient.letter_id,
            record_id=recipient.id, sent_on=recipient.dispatched_on,
            response_on=recipient.response_on, response_note=recipient.response_note or "",
            emails=tuple(sent)))
    entries = _with_authors(session, entries, organization_id)
    dated = sorted((entry for entry in entries if entry.on is not None),
                   key=lambda entry: (entry.on, entry.activity_id or 0), reverse=True)
    return dated + [entry for entry in entries if entry.on is None]


def _with_authors(session: Session, entries: list[TimelineEntry],
                  organization_id: int | None) -> list[TimelineEntry]:
    """Each entry with the journal's latest change of the row it shows."""
    def ids(kind: EntryKind, attribute: str = "record_id") -> set[Any]:
        return {getattr(entry, attribute) for entry in entries if entry.kind == kind}

    letters = ids(EntryKind.letter_signed, "letter_id") | ids(EntryKind.letter_received,
                                                              "letter_id")
    activities = last_changes(session=session, owner="activity",
                              keys=ids(EntryKind.activity, "activity_id"))
    signatures = last_changes(session=session, owner="letter", keys=letters, table="signature")
    recipients = last_changes(session=session, owner="letter", keys=letters, table="recipient")
    # A dispatch recorded later changes the recipient's entry as much as its own row does.
    dispatches = last_changes(session=session, owner="recipient",
                              keys=ids(EntryKind.letter_received))
    memberships = last_changes(session=session, owner="organization",
                               keys=[organization_id] if organization_id else [],
                               table="membership_change")

    def author(entry: TimelineEntry) -> LastChange | None:
        if entry.kind == EntryKind.activity:
            return activities.get(str(entry.activity_id))
        key = str(entry.record_id)
        if entry.kind == EntryKind.letter_signed:
            return signatures.get(key)
        if entry.kind == EntryKind.membership:
            return memberships.get(key)
        known = [change for change in (recipients.get(key), dispatches.get(key)) if change]
        return max(known, key=lambda change: change.at, default=None)

    return [replace(entry, changed=author(entry)) for entry in entries]


def _emails(session: Session, recipient_ids: list[int]) -> dict[int, list[SentEmail]]:
    """Each e-mail the server took for these recipients: subject, date and Message-ID
    (the one a reply or the sent folder is found by)."""
    rows: list[Dispatch] = []
    for start in range(0, len(recipient_ids), 500):
        rows.extend(session.exec(select(Dispatch).where(
            col(Dispatch.recipient_id).in_(recipient_ids[start:start + 500]),
            Dispatch.outcome == DispatchOutcome.sent.value)).all())
    found: dict[int, list[SentEmail]] = {}
    for row in sorted(rows, key=lambda row: (row.sent_on, row.id or 0)):
        found.setdefault(row.recipient_id, []).append(
            SentEmail(row.subject or "", row.sent_on, row.message_id or ""))
    return found


def _email_line(email: SentEmail) -> str:
    return (f"e-mail “{email.subject}” sent {email.sent_on.isoformat()}, "
            f"Message-ID {email.message_id}")


def _reception(recipient: Recipient) -> str:
    parts = []
    if recipient.dispatched_on is not None:
        parts.append(f"sent {recipient.dispatched_on.isoformat()}")
    if recipient.response_on is not None:
        parts.append(f"response {recipient.response_on.isoformat()}")
    if recipient.response_note:
        parts.append(recipient.response_note)
    return "; ".join(parts) or "not sent yet"


# --- responses to letters ------------------------------------------------------------


class ResponseStatus(StrEnum):
    responded = "responded"
    no_reply = "no reply"
    awaiting = "awaiting"


@dataclass(frozen=True)
class RecipientResponse:
    recipient_id: int
    name: str
    dispatched_on: date | None
    response_on: date | None
    note: str | None
    status: ResponseStatus


def recipient_name(session: Session, recipient: Recipient) -> str:
    if recipient.contact_id is not None:
        contact = session.get(Contact, recipient.contact_id)
        return full_name(contact) if contact is not None else ""
    organization = session.get(Organization, recipient.organization_id)
    return organization.name if organization is not None else ""


def record_response(
    *, session: Session, recipient_id: int, response_on: date, note: str | None = None,
) -> Activity:
    """The recipient answered: its response, and a "response received" activity
    on the letter and on the recipient's timeline."""
    recipient = get_or_raise(session, Recipient, recipient_id, what="recipient")
    letter = get_or_raise(session, Letter, recipient.letter_id, what="letter")
    note = (note or "").strip() or None
    recipient.response_on = response_on
    recipient.response_note = note
    session.add(recipient)
    return create_activity(
        session=session, activity_date=response_on, kind=ActivityKind.response_received,
        subject=f"Response to “{letter.title}” from {recipient_name(session, recipient)}",
        notes=note, letter_id=letter.id,
        organization_ids=[recipient.organization_id] if recipient.organization_id else [],
        contact_ids=[recipient.contact_id] if recipient.contact_id else [])


def response_status(
    *, session: Session, letter_id: int, deadline: date | None = None,
    today: date | None = None,
) -> list[RecipientResponse]:
    """Per recipient of the letter: responded, no reply (the deadline has passed), or awaiting."""
    get_or_raise(session, Letter, letter_id, what="letter")
    today = today or date.today()
    found = []
    query = select(Recipient).where(Recipient.letter_id == letter_id).order_by(col(Recipient.id))
    for recipient in session.exec(query):
        assert recipient.id is not None
        if recipient.response_on is not None:
            status = ResponseStatus.responded
        elif deadline is not None and today > deadline:
            status = ResponseStatus.no_reply
        else:
            status = ResponseStatus.awaiting
        found.append(RecipientResponse(
            recipient_id=recipient.id, name=recipient_name(session, recipient),
            dispatched_on=recipient.dispatched_on, response_on=recipient.response_on,
            note=recipient.response_note, status=status))
    return found
