"""What became of each recipient's e-mail, kept as Dispatch rows of channel e-mail.

A message is recorded as sending before it goes out, and as sent or refused
once the server has answered: a sending run records a batch of messages as going
out, and the outcomes of the batch before, in one operation, while its log
(core.mailing.run_log) holds each outcome until then. A message whose fate is
unknown stays "sending", which a resumed run reports as uncertain instead of
sending it again. These operations cannot be undone: undoing "sent" would invite
sending it twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, update
from sqlmodel import Session, col, select

from coalitiondesk.core.journal.labels import label
from coalitiondesk.core.models import (
    Dispatch,
    DispatchChannel,
    DispatchOutcome,
    Letter,
    Recipient,
    utcnow,
)

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

KIND = "merge"


def email_states(*, session: Session, letter_id: int) -> dict[int, Dispatch]:
    """Each recipient's latest e-mail of the letter, by recipient id."""
    query = (select(Dispatch).join(Recipient, col(Recipient.id) == Dispatch.recipient_id)
             .where(Recipient.letter_id == letter_id,
                    Dispatch.channel == DispatchChannel.email,
                    col(Dispatch.message_id).is_not(None))
             .order_by(col(Dispatch.id)))
    return {row.recipient_id: row for row in session.exec(query).all()}


def mark_sending(database: Database, *, recipient_id: int, message_id: str,
                 subject: str, on: date, title: str) -> None:
    """Record one message as going out (or going out again, same Message-ID)."""
    record_batch(database, title=title, on=on,
                 batch=Batch(going=((recipient_id, message_id, subject, ""),)))


@dataclass(frozen=True)
class Batch:
    """What one commit of a run records: outcomes since the last and what goes next."""

    sent: tuple[str, ...] = ()
    refused: tuple[tuple[str, str], ...] = ()
    """(Message-ID, the server's reply)."""
    forget: tuple[str, ...] = ()
    """Recorded as going out and never handed over: not sent."""
    going: tuple[tuple[int, str, str, str], ...] = ()
    """(recipient id, Message-ID, subject, language version), recorded as going out."""


def record_batch(database: Database, *, title: str, on: date, batch: Batch) -> None:
    """One operation for all of `batch` (a run's commit: see core.mailing.run_log).

    Written as a few set statements rather than row by row through the ORM, which
    cost more than sending: the journal's triggers still file every row changed.
    """
    if not (batch.sent or batch.refused or batch.forget or batch.going):
        return
    with database.operation(KIND, label("record_sent", title=title, channel="email"),
                            undoable=False) as operation:
        session = operation.session
        if batch.sent:
            _all_sent(session, list(batch.sent), on=on)
        for message_id, reply in batch.refused:
            session.execute(update(Dispatch).where(col(Dispatch.message_id) == message_id)
                            .values(outcome=DispatchOutcome.refused.value, reply=reply))
        if batch.forget:
            session.execute(delete(Dispatch).where(
                col(Dispatch.message_id).in_(batch.forget),
                col(Dispatch.outcome) == DispatchOutcome.sending.value))
        if batch.going:
            going = {message_id: (recipient_id, subject, language)
                     for recipient_id, message_id, subject, language in batch.going}
            # An uncertain message sent again keeps its row, under its Message-ID.
            again = set(session.exec(select(Dispatch.message_id).where(
                col(Dispatch.message_id).in_(list(going)))).all())
            if again:
                session.execute(update(Dispatch).where(col(Dispatch.message_id).in_(again))
                                .values(outcome=DispatchOutcome.sending.value, reply=None))
            now = utcnow()
            fresh = [{"recipient_id": recipient_id, "sent_on": on, "created_at": now,
                      "channel": DispatchChannel.email.value, "message_id": message_id,
                      "subject": subject, "outcome": DispatchOutcome.sending.value,
                      "language": language or None}
                     for message_id, (recipient_id, subject, language) in going.items()
                     if message_id not in again]
            if fresh:
                session.execute(insert(Dispatch), fresh)


def _all_sent(session: Session, message_ids: list[str], *, on: date) -> None:
    """The messages sent; their recipients and letter marked as sent when they were not
    yet, as a letter recorded as sent by hand is."""
    chosen = col(Dispatch.message_id).in_(message_ids)
    session.execute(update(Dispatch).where(chosen)
                    .values(outcome=DispatchOutcome.sent.value, sent_on=on))
    recipients = select(Dispatch.recipient_id).where(chosen)
    # The recipient row keeps the first sending, as core.merge.dispatch does.
    session.execute(update(Recipient).where(col(Recipient.id).in_(recipients),
                                            col(Recipient.dispatched_on).is_(None))
                    .values(dispatched_on=on, channel=DispatchChannel.email.value))
    letters = select(Recipient.letter_id).where(col(Recipient.id).in_(recipients))
    session.execute(update(Letter).where(col(Letter.id).in_(letters),
                                         col(Letter.letter_date).is_(None))
                    .values(letter_date=on))
