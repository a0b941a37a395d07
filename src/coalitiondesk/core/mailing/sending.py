"""Sending an e-mail merge: one message per recipient over one connection,
throttled, cancellable between messages, and resumable without sending anyone
the same message twice.

Each recipient's state comes from the ledger before anything goes out: sent
ones are passed over, uncertain ones (recorded as sending by a run that
stopped before the server's answer was recorded) are reported and only sent
again when asked, and refused ones are retried when asked. A message is
recorded as sending before anything of it is said to the server, in the same
commit as the previous message's acceptance when there is no pause between the
two; when the run stops before its content was handed over, that record is taken
back, so only a message the server may have taken is ever left uncertain.
"""

from __future__ import annotations

import smtplib
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coalitiondesk.core.errors import Message
from coalitiondesk.core.mailing import ledger
from coalitiondesk.core.mailing.compose import Composed, LeftOut, MailJob
from coalitiondesk.core.mailing.messages import Attachment, message_bytes, new_message_id
from coalitiondesk.core.mailing.server import (
    MailServerError,
    ServerSettings,
    connect,
    reply_text,
)
from coalitiondesk.core.models import DispatchOutcome
from coalitiondesk.core.progress import Progress

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

STAGE = "Sending messages"
_WAIT_SLICE = 0.2
"""Seconds between progress reports while throttled, so Cancel is never slow."""


@dataclass(frozen=True)
class Outcome:
    recipient_id: int
    name: str
    address: str
    message_id: str = ""
    reply: str = ""


@dataclass
class SendReport:
    sent: list[Outcome] = field(default_factory=list)
    already_sent: list[Outcome] = field(default_factory=list)
    uncertain: list[Outcome] = field(default_factory=list)
    """Recorded as sending by a run that stopped before the answer was recorded:
    check the sent folder. Not sent again unless asked."""
    refused: list[Outcome] = field(default_factory=list)
    """Refused by the server, in this run or an earlier one not retried."""
    not_sent: list[Outcome] = field(default_factory=list)
    """Not attempted: the run was stopped before them."""
    left_out: tuple[LeftOut, ...] = ()
    stopped: Message | None = None
    """Why the run stopped before the end, when it did."""


MakeAttachment = Callable[[Composed], Attachment]


class _Disconnected(Exception):
    pass


def send_steps(database: Database, *, job: MailJob, settings: ServerSettings,
               password: str | None, today: date, attach: MakeAttachment | None = None,
               resend_uncertain: bool = False, retry_refused: bool = False,
               ca_file: Path | None = None, sender_name: str = "",
               clock: Callable[[], float] = time.monotonic,
               ) -> Generator[Progress, None, SendReport]:
    """Send the job's messages; a generator of progress returning what became of each.

    Closing the generator between messages (Cancel) stops the run cleanly: what
    was sent is recorded, the rest is sent by the next run. Raises MailServerError
    when the server cannot be reached or refuses the sender, before anything is
    sent by this run.
    """
    report = SendReport(left_out=job.left_out)
    with database.session() as session:
        states = ledger.email_states(session=session, letter_id=job.letter_id)
    to_send: list[tuple[Composed, str | None]] = []
    for message in job.messages:
        row = states.get(message.recipient_id)
        outcome = row.outcome if row is not None else None
        known = Outcome(message.recipient_id, message.name, message.address,
                        (row.message_id or "") if row is not None else "",
                        (row.reply or "") if row is not None else "")
        if outcome == DispatchOutcome.sent:
            report.already_sent.append(known)
        elif outcome == DispatchOutcome.sending and not resend_uncertain:
            report.uncertain.append(known)
        elif outcome == DispatchOutcome.refused and not retry_refused:
            report.refused.append(known)
        else:
            # An uncertain message goes again under its own Message-ID, so that a
            # mail client holding both shows one.
            again = row.message_id if outcome == DispatchOutcome.sending and row else None
            to_send.append((message, again))
    if not to_send:
        return report
    yield Progress(STAGE, 0, len(to_send))
    run = _Run(database, job=job, settings=settings, password=password, today=today,
               ca_file=ca_file, sender_name=sender_name, report=report)
    interval = 60 / settings.rate if settings.rate > 0 else 0.0
    last_start: float | None = None
    try:
        for done, (message, message_id) in enumerate(to_send):
            if last_start is not None and interval:
                while (left := last_start + interval - clock()) > 0:
                    yield Progress(STAGE, done, len(to_send))
                    time.sleep(min(_WAIT_SLICE, left))
            yield Progress(STAGE, done, len(to_send))
            last_start = clock()
            attachment = attach(message) if attach is not None else None
            sent = run.send(message, message_id=message_id, attachment=attachment)
            if interval:
                # The next message waits: its acceptance is not left unrecorded meanwhile.
                run.record_sent()
            if not sent:
                report.not_sent.extend(Outcome(item.recipient_id, item.name, item.address)
                                       for item, _ in to_send[done + 1:])
                break
        else:
            yield Progress(STAGE, len(to_send), len(to_send))
    finally:
        run.close()
    return report


class _Run:
    """One connection and what it sent; reconnects once when the server hung up idle."""

    def __init__(self, database: Database, *, job: MailJob, settings: ServerSettings,
                 password: str | None, today: date, ca_file: Path | None,
                 sender_name: str, report: SendReport) -> None:
        self.database = database
        self.job = job
        self.settings = settings
        self.password = password
        self.today = today
        self.ca_file = ca_file
        self.sender_name = sender_name
        self.report = report
        self.where = f"{settings.host}:{settings.effective_port}"
        self.accepted: int | None = None
        """The dispatch of the message the server last took, until it is recorded."""
        self.connection: smtplib.SMTP | None = connect(settings, password=password,
                                                       ca_file=ca_file)

    def close(self) -> None:
        self.record_sent()
        if self.connection is None:
            return
        try:
            self.connection.quit()
        except (smtplib.SMTPException, OSError):
            self.connection.close()
        self.connection = None

    def _reconnect(self) -> None:
        if self.connection is not None:
            self.connection.close()
        self.connection = connect(self.settings, password=self.password,
                                  ca_file=self.ca_file)

    def _envelope(self, message: Composed) -> tuple[int, bytes]:
        """MAIL FROM and RCPT TO; the RCPT reply. Raises _Disconnected."""
        connection = self.connection
        assert connection is not None
        options = []
        if not (self.settings.sender + message.address).isascii():
            if not connection.has_extn("smtputf8"):
                return 553, b"the server cannot take an address written in this script"
            options = ["SMTPUTF8", "BODY=8BITMIME"]
        try:
            code, reply = connection.mail(self.settings.sender, options)
            if code != 250:
                connection.rset()
                raise MailServerError(
                    "The mail server {where} refused the sender address {sender} "
                    "({reply})", where=self.where, sender=self.settings.sender,
                    reply=reply_text(code, reply))
            code, reply = connection.rcpt(message.address)
        except (smtplib.SMTPServerDisconnected, OSError) as error:
            raise _Disconnected(str(error)) from None
        if code == 421:
            raise _Disconnected(reply_text(code, reply))
        if code not in (250, 251):
            try:
                connection.rset()
            except (smtplib.SMTPException, OSError):
                raise _Disconnected(reply_text(code, reply)) from None
        return code, reply

    def record_sent(self) -> None:
        """Record the message the server last took, if that is not done yet."""
        if self.accepted is not None:
            ledger.mark_sent(self.database, dispatch_id=self.accepted, on=self.today,
                             title=self.job.title)
            self.accepted = None

    def send(self, message: Composed, *, message_id: str | None,
             attachment: Attachment | None) -> bool:
        """Send one message and record it; False when the run has to stop."""
        message_id = message_id or new_message_id(self.settings.sender)
        content = message_bytes(message, sender=self.settings.sender,
                                sender_name=self.sender_name, message_id=message_id,
                                attachment=attachment)
        title = self.job.title
        # The previous message's acceptance and this one's going out, in one commit,
        # before anything more is said to the server.
        dispatch_id = ledger.advance(
            self.database, title=title, on=self.today, sent=self.accepted,
            sending=(message.recipient_id, message_id, message.subject))
        self.accepted = None
        assert dispatch_id is not None
        try:
            try:
                code, reply = self._envelope(message)
            except _Disconnected:
                # Servers close idle connections; once more on a new one.
                self._reconnect()
                code, reply = self._envelope(message)
        except MailServerError as error:
            ledger.forget_sending(self.database, dispatch_id=dispatch_id, title=title)
            self.report.stopped = error.message
            self.report.not_sent.append(Outcome(message.recipient_id, message.name,
                                                message.address))
            return False
        except _Disconnected as error:
            # Nothing of this message's content went: it was not sent.
            ledger.forget_sending(self.database, dispatch_id=dispatch_id, title=title)
            self.report.stopped = Message(
                "The connection to {where} broke off ({reason}); {name} and those after "
                "were not sent: run it again to go on", where=self.where,
                reason=str(error) or "no reason given", name=message.name)
            self.report.not_sent.append(Outcome(message.recipient_id, message.name,
                                                message.address))
            return False
        if code not in (250, 251):
            self._refused(message, dispatch_id, message_id, reply_text(code, reply))
            return True
        assert self.connection is not None
        try:
            code, reply = self.connection.data(content)
        except smtplib.SMTPDataError as error:
            # Refused before the content was sent (no 354): it did not go.
            self._refused(message, dispatch_id, message_id,
                          reply_text(error.smtp_code, error.smtp_error))
            return True
        except (smtplib.SMTPException, OSError) as error:
            self.report.uncertain.append(Outcome(message.recipient_id, message.name,
                                                 message.address, message_id))
            self.report.stopped = Message(
                "The connection to {where} broke off while sending to {name} ({reason}): "
                "whether it arrived is uncertain; check your sent folder", where=self.where,
                name=message.name, reason=str(error) or type(error).__name__)
            return False
        if code != 250:
            self._refused(message, dispatch_id, message_id, reply_text(code, reply))
            return True
        self.accepted = dispatch_id
        self.report.sent.append(Outcome(message.recipient_id, message.name, message.address,
                                        message_id))
        return True

    def _refused(self, message: Composed, dispatch_id: int | None, message_id: str,
                 reply: str) -> None:
        ledger.mark_refused(self.database, recipient_id=message.recipient_id,
                            dispatch_id=dispatch_id, message_id=message_id,
                            subject=message.subject, reply=reply, on=self.today,
                            title=self.job.title)
        self.report.refused.append(Outcome(message.recipient_id, message.name,
                                           message.address, message_id, reply))


def send_test(*, message: Composed, settings: ServerSettings, password: str | None,
              sender_name: str = "", ca_file: Path | None = None) -> str:
    """Send `message` as its recipient would get it, but to the sender's own address;
    nothing is recorded. Returns its Message-ID. Raises MailServerError."""
    mine = replace(message, address=settings.sender, name=sender_name)
    message_id = new_message_id(settings.sender)
    content = message_bytes(mine, sender=settings.sender, sender_name=sender_name,
                            message_id=message_id)
    connection = connect(settings, password=password, ca_file=ca_file)
    where = f"{settings.host}:{settings.effective_port}"
    options = [] if settings.sender.isascii() else ["SMTPUTF8", "BODY=8BITMIME"]
    try:
        connection.sendmail(settings.sender, [settings.sender], content, options)
    except smtplib.SMTPRecipientsRefused as error:
        code, reply = next(iter(error.recipients.values()))
        raise MailServerError("{where} refused the test message to {address} ({reply})",
                              where=where, address=settings.sender,
                              reply=reply_text(code, reply)) from None
    except smtplib.SMTPResponseException as error:
        raise MailServerError("{where} refused the test message ({reply})", where=where,
                              reply=reply_text(error.smtp_code, error.smtp_error)) from None
    except (smtplib.SMTPException, OSError) as error:
        raise MailServerError("The connection to {where} broke off ({reason})", where=where,
                              reason=str(error) or type(error).__name__) from None
    finally:
        try:
            connection.quit()
        except (smtplib.SMTPException, OSError):
            connection.close()
    return message_id
