"""Sending an e-mail merge: one message per recipient over one connection,
throttled, cancellable between messages, and resumable without sending anyone
the same message twice.

Each recipient's state comes from the ledger before anything goes out: sent
ones are passed over, uncertain ones (recorded as going out by a run that
stopped before the server's answer was known) are reported and only sent
again when asked, and refused ones are retried when asked.

Messages are recorded as going out in batches, each batch's commit before its
first message goes, and what becomes of each is written at once to the run's
log (core.mailing.run_log) and committed with the next batch: a batch is about
two seconds of sending (after a first message alone, which times it), one
message when the run is throttled to one every two seconds or slower.
A killed run's log is read by the next run first. Stopping before a message's
content was handed over takes its record back, so only a message the server may
have taken is ever left uncertain.
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
from coalitiondesk.core.mailing import ledger, run_log
from coalitiondesk.core.mailing.compose import Composed, LeftOut, MailJob
from coalitiondesk.core.mailing.messages import Attachment, message_bytes, new_message_id
from coalitiondesk.core.mailing.run_log import RunLog
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
_BATCH_SECONDS = 2.0
"""At most this much sending a batch: should the system itself crash, the batch's
messages not known to be taken stay uncertain (a killed process leaves one)."""


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
    log = RunLog.for_letter(database_name=database.display_name, letter_id=job.letter_id)
    settle(database, log=log, title=job.title, on=today)
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
               ca_file=ca_file, sender_name=sender_name, report=report, log=log)
    interval = 60 / settings.rate if settings.rate > 0 else 0.0
    last_start: float | None = None
    reserved = 0
    try:
        for done, (message, _again) in enumerate(to_send):
            if last_start is not None and interval:
                while (left := last_start + interval - clock()) > 0:
                    yield Progress(STAGE, done, len(to_send))
                    time.sleep(min(_WAIT_SLICE, left))
            yield Progress(STAGE, done, len(to_send))
            last_start = clock()
            if done == reserved:
                reserved = done + run.reserve(to_send[done:])
            attachment = attach(message) if attach is not None else None
            if not run.send(message, attachment=attachment):
                report.not_sent.extend(Outcome(item.recipient_id, item.name, item.address)
                                       for item, _ in to_send[done + 1:])
                break
        else:
            yield Progress(STAGE, len(to_send), len(to_send))
    finally:
        run.close()
    return report


def settle_letter(database: Database, *, letter_id: int, title: str, on: date) -> None:
    """Record what a killed run sending the letter left only in its log, so that its
    messages' states can be shown as they are."""
    settle(database, log=RunLog.for_letter(database_name=database.display_name,
                                           letter_id=letter_id), title=title, on=on)


def settle(database: Database, *, log: RunLog, title: str, on: date) -> None:
    """Record what a run that was killed left only in its log."""
    if log.in_use:
        return  # not killed: still sending, and recording what it sends
    logged = log.read()
    if logged is None:
        return
    steps = logged.steps.items()
    ledger.record_batch(database, title=title, on=on, batch=ledger.Batch(
        sent=tuple(item for item, step in steps if step == run_log.TAKEN),
        refused=tuple((item, logged.replies.get(item, "")) for item, step in steps
                      if step == run_log.REFUSED),
        # Never handed over, as long as the system has not restarted since: the log
        # is whole then. Otherwise they stay uncertain.
        forget=tuple(item for item, step in steps
                     if step == run_log.RESERVED and logged.same_boot)))
    log.remove()


class _Run:
    """One connection and what it sent; reconnects once when the server hung up idle."""

    def __init__(self, database: Database, *, job: MailJob, settings: ServerSettings,
                 password: str | None, today: date, ca_file: Path | None,
                 sender_name: str, report: SendReport, log: RunLog) -> None:
        self.database = database
        self.job = job
        self.settings = settings
        self.password = password
        self.today = today
        self.ca_file = ca_file
        self.sender_name = sender_name
        self.report = report
        self.log = log
        self.where = f"{settings.host}:{settings.effective_port}"
        self.ids: dict[int, str] = {}
        """Each reserved message's Message-ID, by recipient id."""
        self.untouched: set[str] = set()
        """Reserved by this run, not handed over yet: not sent, should the run stop."""
        self.sent: list[str] = []
        self.refused: list[tuple[str, str]] = []
        self.started: float | None = None
        self.attempted = 0
        self.connection: smtplib.SMTP | None = connect(settings, password=password,
                                                       ca_file=ca_file)

    def reserve(self, upcoming: list[tuple[Composed, str | None]]) -> int:
        """Record the next messages as going out, with what became of those before, in
        one commit; how many were reserved (at least one)."""
        if self.started is None or not self.attempted:
            size = 1
        else:
            # From what a message has taken so far in this run: a fast server makes
            # the batches long, throttling makes them one message each.
            each = max((time.perf_counter() - self.started) / self.attempted, 1e-6)
            size = max(1, int(_BATCH_SECONDS / each))
        going = []
        for message, again in upcoming[:size]:
            message_id = again or new_message_id(self.settings.sender)
            self.ids[message.recipient_id] = message_id
            # In the log before the commit: a line for a message never committed
            # names nothing, while a committed message without its line would stay
            # uncertain after a kill.
            self.log.write(run_log.AGAIN if again else run_log.RESERVED, message_id)
            if not again:
                self.untouched.add(message_id)
            going.append((message.recipient_id, message_id, message.subject,
                          message.language))
        ledger.record_batch(self.database, title=self.job.title, on=self.today,
                            batch=ledger.Batch(sent=tuple(self.sent),
                                               refused=tuple(self.refused),
                                               going=tuple(going)))
        self.sent.clear()
        self.refused.clear()
        return len(going)

    def close(self) -> None:
        try:
            ledger.record_batch(self.database, title=self.job.title, on=self.today,
                                batch=ledger.Batch(sent=tuple(self.sent),
                                                   refused=tuple(self.refused),
                                                   forget=tuple(self.untouched)))
        finally:
            self._hang_up()
        # Only once all of it is in the database: else the next run reads it.
        self.log.remove()

    def _hang_up(self) -> None:
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

    def send(self, message: Composed, *, attachment: Attachment | None) -> bool:
        """Send one reserved message; False when the run has to stop."""
        if self.started is None:
            self.started = time.perf_counter()
        self.attempted += 1
        message_id = self.ids[message.recipient_id]
        content = message_bytes(message, sender=self.settings.sender,
                                sender_name=self.sender_name, message_id=message_id,
                                attachment=attachment)
        try:
            try:
                code, reply = self._envelope(message)
            except _Disconnected:
                # Servers close idle connections; once more on a new one.
                self._reconnect()
                code, reply = self._envelope(message)
        except MailServerError as error:
            self.report.stopped = error.message
            self.report.not_sent.append(Outcome(message.recipient_id, message.name,
                                                message.address))
            return False
        except _Disconnected as error:
            self.report.stopped = Message(
                "The connection to {where} broke off ({reason}); {name} and those after "
                "were not sent: run it again to go on", where=self.where,
                reason=str(error) or "no reason given", name=message.name)
            self.report.not_sent.append(Outcome(message.recipient_id, message.name,
                                                message.address))
            return False
        if code not in (250, 251):
            self._refused(message, message_id, reply_text(code, reply))
            return True
        assert self.connection is not None
        self.untouched.discard(message_id)
        self.log.write(run_log.HANDED_OVER, message_id)
        try:
            code, reply = self.connection.data(content)
        except smtplib.SMTPDataError as error:
            # Refused before the content was sent (no 354): it did not go.
            self._refused(message, message_id, reply_text(error.smtp_code, error.smtp_error))
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
            self._refused(message, message_id, reply_text(code, reply))
            return True
        self.log.write(run_log.TAKEN, message_id)
        self.sent.append(message_id)
        self.report.sent.append(Outcome(message.recipient_id, message.name, message.address,
                                        message_id))
        return True

    def _refused(self, message: Composed, message_id: str, reply: str) -> None:
        self.untouched.discard(message_id)
        self.log.write(run_log.REFUSED, message_id, reply)
        self.refused.append((message_id, reply))
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
