"""Logging letters sent on their recipients, so timelines show who was sent what."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.journal.labels import label
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.models import Dispatch, DispatchChannel, Recipient
from coalitiondesk.core.records.letters import get_letter

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

CHANNELS = tuple(channel.value for channel in DispatchChannel if channel.value != "other")


def record_dispatch(*, session: Session, recipient_ids: Iterable[int], on: date,
                    channel: str, languages: Mapping[int, str] | None = None) -> int:
    """Record the recipients' letters as sent on `on` by `channel`; returns how many.

    Each sending adds a Dispatch: an earlier one is never overwritten. The
    recipient row keeps the first sending, which the timelines show.
    `languages`: the language version each recipient was sent, by recipient id
    (a MergeJob's documents say it).
    """
    text = " ".join(channel.split()).lower()
    if text not in CHANNELS:
        raise InvalidInput("Say how the letter was sent: {value}", value=', '.join(CHANNELS))
    ids = list(dict.fromkeys(recipient_ids))
    found: list[Recipient] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.extend(session.exec(select(Recipient).where(col(Recipient.id).in_(chunk))).all())
    missing = set(ids) - {recipient.id for recipient in found}
    if missing:
        raise NotFound("No recipient with id {missing}", missing=min(missing))
    _date_letters(session, {recipient.letter_id for recipient in found}, on)
    for recipient in found:
        assert recipient.id is not None
        session.add(Dispatch(recipient_id=recipient.id, sent_on=on,
                             channel=DispatchChannel(text),
                             language=(languages or {}).get(recipient.id)))
        if recipient.dispatched_on is None:
            recipient.dispatched_on = on
            recipient.channel = text
            session.add(recipient)
    session.flush()
    return len(found)


def _date_letters(session: Session, letter_ids: set[int], on: date) -> None:
    """An undated letter takes the day it is first recorded as sent."""
    for letter_id in sorted(letter_ids):
        letter = get_letter(session=session, letter_id=letter_id)
        if letter.letter_date is None:
            letter.letter_date = on
            session.add(letter)


@dataclass(frozen=True)
class Sent:
    recorded: int
    """How many recipients the sending was recorded on."""
    changes: ChangeSet


def record_as_sent(database: Database, *, letter_id: int, recipient_ids: Iterable[int],
                   on: date, channel: str, languages: Mapping[int, str] | None = None
                   ) -> Sent:
    """Record the letter as sent to these of its recipients, as one journaled operation;
    `languages` as record_dispatch takes them."""
    ids = list(dict.fromkeys(recipient_ids))
    with database.session() as session:
        title = get_letter(session=session, letter_id=letter_id).title
    what = label("record_sent", title=title, channel=" ".join(channel.split()).lower())
    with database.operation("merge", what) as operation:
        _refuse_other_letters(operation.session, letter_id, ids)
        recorded = record_dispatch(session=operation.session, recipient_ids=ids, on=on,
                                   channel=channel, languages=languages)
    return Sent(recorded=recorded, changes=operation.changes)


def _refuse_other_letters(session: Session, letter_id: int, recipient_ids: list[int]) -> None:
    # A merge prepared before a recipient moved letters must not log a sending on the other.
    for start in range(0, len(recipient_ids), 500):
        chunk = recipient_ids[start:start + 500]
        other = session.exec(select(Recipient.id).where(
            col(Recipient.id).in_(chunk), Recipient.letter_id != letter_id)).first()
        if other is not None:
            raise NotFound("A recipient printed is no longer on this letter")


def dispatches(*, session: Session, recipient_id: int) -> list[Dispatch]:
    """Every sending of a letter to a recipient, oldest first."""
    return list(session.exec(select(Dispatch).where(Dispatch.recipient_id == recipient_id)
                             .order_by(col(Dispatch.sent_on), col(Dispatch.id))).all())
