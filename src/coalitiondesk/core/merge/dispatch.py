"""Logging letters sent on their recipients, so timelines show who was sent what."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlmodel import Session, col, select

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.models import Recipient

CHANNELS = ("post", "email", "hand", "fax", "pdf", "open letter")


def record_dispatch(*, session: Session, recipient_ids: Iterable[int], on: date,
                    channel: str) -> int:
    """Mark the recipients' letters as sent on `on` by `channel`; returns how many.

    Sending again overwrites the earlier date: a recipient row holds the
    latest dispatch, which is what the timelines show.
    """
    text = " ".join(channel.split())
    if not text:
        raise InvalidInput("Say how the letter was sent (post, email, hand …)")
    ids = list(dict.fromkeys(recipient_ids))
    found: list[Recipient] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.extend(session.exec(select(Recipient).where(col(Recipient.id).in_(chunk))).all())
    missing = set(ids) - {recipient.id for recipient in found}
    if missing:
        raise NotFound(f"No recipient with id {min(missing)}")
    for recipient in found:
        recipient.dispatched_on = on
        recipient.channel = text
        session.add(recipient)
    session.flush()
    return len(found)
