"""What became of each recipient's e-mail, kept as Dispatch rows of channel e-mail.

A message is recorded as sending before it goes out and as sent or refused as
soon as the server answers, in short operations (a message taken by the server
and the next one going out share one), so that a run that is killed loses at
most the knowledge of one message: that one stays "sending", which a resumed
run reports as uncertain instead of sending it again. These operations cannot be
undone: undoing "sent" would invite sending it twice.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from coalitiondesk.core.journal.labels import label
from coalitiondesk.core.models import Dispatch, DispatchChannel, DispatchOutcome, Recipient
from coalitiondesk.core.records.letters import get_letter

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


def mark_sending(database: Database, *, letter_id: int, recipient_id: int, message_id: str,
                 subject: str, on: date, title: str) -> int:
    """Record the message as going out (or going out again, same Message-ID);
    returns its dispatch's id."""
    dispatch_id = advance(database, title=title, on=on,
                          sending=(recipient_id, message_id, subject))
    assert dispatch_id is not None
    return dispatch_id


def mark_sent(database: Database, *, dispatch_id: int, on: date, title: str) -> None:
    advance(database, title=title, on=on, sent=dispatch_id)


def advance(database: Database, *, title: str, on: date, sent: int | None = None,
            sending: tuple[int, str, str] | None = None) -> int | None:
    """One operation recording the message the server just took as sent and the next
    one, (recipient id, Message-ID, subject), as going out; the next one's dispatch id.

    A run sending without a pause between messages records both at once: one commit a
    message instead of two, and nothing goes over the network in between.
    """
    with database.operation(KIND, label("record_sent", title=title, channel="email"),
                            undoable=False) as operation:
        session = operation.session
        if sent is not None:
            _sent(session, dispatch_id=sent, on=on)
        if sending is None:
            return None
        recipient_id, message_id, subject = sending
        row = session.exec(select(Dispatch).where(
            Dispatch.recipient_id == recipient_id, Dispatch.message_id == message_id)).first()
        if row is None:
            row = Dispatch(recipient_id=recipient_id, sent_on=on,
                           channel=DispatchChannel.email, message_id=message_id,
                           subject=subject)
        row.outcome = DispatchOutcome.sending.value
        row.reply = None
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def _sent(session: Session, *, dispatch_id: int, on: date) -> None:
    row = session.get(Dispatch, dispatch_id)
    assert row is not None
    row.outcome = DispatchOutcome.sent.value
    row.sent_on = on
    session.add(row)
    recipient = session.get(Recipient, row.recipient_id)
    assert recipient is not None
    # The recipient row keeps the first sending, as core.merge.dispatch does.
    if recipient.dispatched_on is None:
        recipient.dispatched_on = on
        recipient.channel = DispatchChannel.email.value
        session.add(recipient)
    letter = get_letter(session=session, letter_id=recipient.letter_id)
    if letter.letter_date is None:
        letter.letter_date = on
        session.add(letter)


def mark_refused(database: Database, *, recipient_id: int, dispatch_id: int | None,
                 message_id: str, subject: str, reply: str, on: date, title: str) -> None:
    """The server refused the message; its reply is kept for the person and a retry."""
    with database.operation(KIND, label("record_sent", title=title, channel="email"),
                            undoable=False) as operation:
        session = operation.session
        row = session.get(Dispatch, dispatch_id) if dispatch_id is not None else None
        if row is None:
            row = Dispatch(recipient_id=recipient_id, sent_on=on,
                           channel=DispatchChannel.email, message_id=message_id,
                           subject=subject)
        row.outcome = DispatchOutcome.refused.value
        row.reply = reply
        session.add(row)


def forget_sending(database: Database, *, dispatch_id: int, title: str) -> None:
    """The connection broke before the message was handed over: it was not sent."""
    with database.operation(KIND, label("record_sent", title=title, channel="email"),
                            undoable=False) as operation:
        row = operation.session.get(Dispatch, dispatch_id)
        if row is not None and row.outcome == DispatchOutcome.sending.value:
            operation.session.delete(row)

