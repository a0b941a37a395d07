"""Logging letters sent on their recipients, so timelines show who was sent what."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlmodel import Session, col, select

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.models import Dispatch, DispatchChannel, Recipient

CHANNELS = tuple(channel.value for channel in DispatchChannel if channel.value != "other")


def record_dispatch(*, session: Session, recipient_ids: Iterable[int], on: date,
                    channel: str) -> int:
    """Record the recipients' letters as sent on `on` by `channel`; returns how many.

    Each sending adds a Dispatch: an earlier one is never overwritten. The
    recipient row keeps the first sending, which the timelines show.
    """
    text = " ".join(channel.split()).lower()
    if text not in CHANNELS:
        raise InvalidInput(f"Say how the letter was sent: {', '.join(CHANNELS)}")
    ids = list(dict.fromkeys(recipient_ids))
    found: list[Recipient] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.extend(session.exec(select(Recipient).where(col(Recipient.id).in_(chunk))).all())
    missing = set(ids) - {recipient.id for recipient in found}
    if missing:
        raise NotFound(f"No recipient with id {min(missing)}")
    for recipient in found:
        assert recipient.id is not None
        session.add(Dispatch(recipient_id=recipient.id, sent_on=on,
                             channel=DispatchChannel(text)))
        if recipient.dispatched_on is None:
            recipient.dispatched_on = on
            recipient.channel = text
            session.add(recipient)
    session.flush()
    return len(found)


def dispatches(*, session: Session, recipient_id: int) -> list[Dispatch]:
    """Every sending of a letter to a recipient, oldest first."""
    return list(session.exec(select(Dispatch).where(Dispatch.recipient_id == recipient_id)
                             .order_by(col(Dispatch.sent_on), col(Dispatch.id))).all())
