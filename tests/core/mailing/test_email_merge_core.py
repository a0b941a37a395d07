"""E-mail merge in core against a real SMTP server (aiosmtpd over STARTTLS with a
throwaway certificate): one personal message per recipient, nobody's address in
anybody else's message, refusals recorded and retried, a cancelled run resumed
without a second message, an uncertain one not sent again unless asked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.mailing import ledger, run_log
from coalitiondesk.core.mailing.compose import LeftOutReason, MailJob, compose_steps
from coalitiondesk.core.mailing.messages import new_message_id
from coalitiondesk.core.mailing.run_log import RunLog
from coalitiondesk.core.mailing.sending import SendReport, send_steps
from coalitiondesk.core.mailing.server import (
    MailServerError,
    Security,
    ServerSettings,
    password,
    remember_password,
)
from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.models import Dispatch, Sensitivity
from coalitiondesk.core.progress import run_to_end
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.letters import create_letter
from coalitiondesk.core.records.organizations import create_organization
from coalitiondesk.core.records.outreach import timeline
from coalitiondesk.core.storage.db import Database
from keyring_support import file_keyring
from mail_server import PASSWORD, USER, MailServer, mail_server

TODAY = date(2026, 12, 6)
SENDER = "secretariat@coalition.example"
BODY = ("<p>{{ salutation }}</p><p>We invite {{ organization or 'you' }} to sign the "
        "open letter - it matters.</p>")
PEOPLE = {  # given name, family name, honorific, address
    "jane": ("Jane", "Doe", "Ms", "jane.doe@example.org"),
    "minji": ("Min-ji", "Park", "Dr", "park@example.kr"),
    "omar": ("Omar", "Haddad", "Mr", "omar@example.net"),
}
LEFT_OUT_ADDRESSES = ("hidden@example.org", "restricted@example.org")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MailServer]:
    with mail_server(tmp_path) as running:
        yield running


@pytest.fixture
def letter_id(database: Database) -> int:
    """A letter to three people, an organization, someone marked do-not-email, someone
    without an address and a restricted contact."""
    with database.transaction() as session:
        letter = create_letter(session=session, title="Invitation to sign", body=BODY)
        people = [create_contact(session=session, given_name=given, family_name=family,
                                 honorific=honorific, email=address)
                  for given, family, honorific, address in PEOPLE.values()]
        people.append(create_contact(session=session, given_name="Hidden", family_name="Person",
                                     email=LEFT_OUT_ADDRESSES[0], do_not_email=True))
        people.append(create_contact(session=session, given_name="No", family_name="Address"))
        people.append(create_contact(session=session, given_name="Rae", family_name="Stricted",
                                     email=LEFT_OUT_ADDRESSES[1],
                                     sensitivity=Sensitivity.restricted))
        organization = create_organization(session=session, name="Open Network",
                                           email="info@open.example")
        assert letter.id is not None and organization.id is not None
        add_recipients(session=session, letter_id=letter.id,
                       contact_ids=[person.id for person in people if person.id],
                       organization_ids=[organization.id])
        return letter.id


def compose(database: Database, letter_id: int, **options: object) -> MailJob:
    with database.session() as session:
        return run_to_end(compose_steps(session=session, letter_id=letter_id, today=TODAY,
                                        **options))


def settings(server: MailServer) -> ServerSettings:
    return ServerSettings(host=server.host, port=server.port, security=Security.starttls,
                          user=USER, sender=SENDER, rate=0)


def send(database: Database, job: MailJob, server: MailServer, **options: object
         ) -> SendReport:
    return run_to_end(send_steps(database, job=job, settings=settings(server),
                                 password=PASSWORD, today=TODAY, ca_file=server.certificate,
                                 **options))


def outcomes(database: Database) -> dict[str, list[str]]:
    with database.session() as session:
        rows = session.exec(select(Dispatch).order_by(Dispatch.id)).all()
    found: dict[str, list[str]] = {}
    for row in rows:
        found.setdefault(row.subject or "", []).append(row.outcome or "")
    return found


def test_each_recipient_gets_one_personal_message(database: Database, letter_id: int,
                                                  server: MailServer) -> None:
    job = compose(database, letter_id, subject="Will {{ full_name }} sign?")
    assert {(item.name, item.reason) for item in job.left_out} == {
        ("Hidden Person", LeftOutReason.do_not_email),
        ("No Address", LeftOutReason.no_email),
        ("Rae Stricted", LeftOutReason.restricted)}

    report = send(database, job, server)

    received = server.handler.received
    everyone = [person[3] for person in PEOPLE.values()] + ["info@open.example"]
    assert sorted(item.recipients[0] for item in received) == sorted(everyone)
    assert [len(item.recipients) for item in received] == [1] * len(everyone)
    assert len(report.sent) == len(everyone) and not report.refused
    for item in received:
        message = item.message
        address = item.recipients[0]
        assert message["To"].addresses[0].addr_spec == address
        assert message["Cc"] is None and message["Bcc"] is None
        # Nobody else's address anywhere: not in a header, not in a part.
        for other in [*everyone, *LEFT_OUT_ADDRESSES]:
            if other != address:
                assert other.encode() not in item.content
        # On the wire every line ends in CRLF.
        plain = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
        html = message.get_body(("html",)).get_content()
        if address == "info@open.example":
            assert message["Subject"] == "Will Open Network sign?"
            continue
        given, family, honorific, _ = next(p for p in PEOPLE.values() if p[3] == address)
        assert message["Subject"] == f"Will {given} {family} sign?"
        assert plain.startswith(f"Dear {honorific} {family},\n\nWe invite you to sign the "
                                "open letter - it matters.")
        assert f"<p>Dear {honorific} {family},</p>" in html
        assert message["Message-ID"].endswith("@coalition.example>")


def test_restricted_contacts_only_when_confirmed_with_their_count(
        database: Database, letter_id: int) -> None:
    assert compose(database, letter_id, confirmed_restricted=2).restricted == 1
    assert "Rae Stricted" in {item.name for item in
                              compose(database, letter_id, confirmed_restricted=2).left_out}
    included = compose(database, letter_id, confirmed_restricted=1)
    assert "restricted@example.org" in {item.address for item in included.messages}


def test_a_refusal_is_recorded_and_retried(database: Database, letter_id: int,
                                           server: MailServer) -> None:
    server.handler.refuse.add("omar@example.net")
    job = compose(database, letter_id, subject="For {{ full_name }}")

    first = send(database, job, server)

    assert [(item.name, item.reply) for item in first.refused] == [
        ("Omar Haddad", "550 5.1.1 No such mailbox here")]
    assert outcomes(database)["For Omar Haddad"] == ["refused"]
    with database.session() as session:
        row = session.exec(select(Dispatch).where(Dispatch.subject == "For Omar Haddad")).one()
    assert row.reply == "550 5.1.1 No such mailbox here"
    # Run again without asking: nobody gets a second message, the refusal is still reported.
    again = send(database, job, server)
    assert len(again.already_sent) == 3 and [item.name for item in again.refused] == [
        "Omar Haddad"]
    assert len(server.handler.received) == 3

    server.handler.refuse.clear()
    retried = send(database, job, server, retry_refused=True)

    assert [item.name for item in retried.sent] == ["Omar Haddad"]
    assert [item.recipients for item in server.handler.received].count(
        ["omar@example.net"]) == 1
    assert outcomes(database)["For Omar Haddad"] == ["refused", "sent"]


def test_a_cancelled_run_resumes_without_sending_twice(database: Database, letter_id: int,
                                                       server: MailServer) -> None:
    job = compose(database, letter_id)
    steps = send_steps(database, job=job, settings=settings(server), password=PASSWORD,
                       today=TODAY, ca_file=server.certificate)
    for progress in steps:
        if progress.done == 2:
            steps.close()  # Cancel, between two messages
            break
    assert len(server.handler.received) == 2

    report = send(database, job, server)

    assert len(report.already_sent) == 2 and len(report.sent) == 2
    counts = [item.recipients[0] for item in server.handler.received]
    assert sorted(counts) == sorted(set(counts)) and len(counts) == 4


def test_an_uncertain_message_is_sent_again_only_when_asked(
        database: Database, letter_id: int, server: MailServer) -> None:
    job = compose(database, letter_id)
    jane = next(item for item in job.messages if item.address == "jane.doe@example.org")
    # What a run killed between the server's acceptance and its record leaves.
    message_id = new_message_id(SENDER)
    ledger.mark_sending(database, recipient_id=jane.recipient_id,
                        message_id=message_id, subject=jane.subject, on=TODAY, title=job.title)

    report = send(database, job, server)

    assert [(item.name, item.message_id) for item in report.uncertain] == [
        ("Jane Doe", message_id)]
    assert "jane.doe@example.org" not in [item.recipients[0]
                                          for item in server.handler.received]
    again = send(database, job, server, resend_uncertain=True)
    assert [item.name for item in again.sent] == ["Jane Doe"]
    resent = next(item for item in server.handler.received
                  if item.recipients == ["jane.doe@example.org"])
    # The same Message-ID: a mail client holding both shows one.
    assert resent.message["Message-ID"] == message_id
    with database.session() as session:
        rows = session.exec(select(Dispatch).where(
            Dispatch.recipient_id == jane.recipient_id)).all()
    assert [(row.message_id, row.outcome) for row in rows] == [(message_id, "sent")]


def test_the_timeline_shows_the_message(database: Database, letter_id: int,
                                        server: MailServer) -> None:
    job = compose(database, letter_id, subject="Sign, {{ given_name }}")
    report = send(database, job, server)
    jane = next(item for item in report.sent if item.address == "jane.doe@example.org")
    with database.session() as session:
        entries = timeline(session=session, contact_id=_contact_of(database, jane.recipient_id))
    received = [entry for entry in entries if entry.title == "Invitation to sign"]
    assert len(received) == 1
    assert (f"e-mail “Sign, Jane” sent {TODAY.isoformat()}, Message-ID {jane.message_id}"
            in received[0].detail)


def _contact_of(database: Database, recipient_id: int) -> int:
    from coalitiondesk.core.models import Recipient

    with database.session() as session:
        recipient = session.get(Recipient, recipient_id)
        assert recipient is not None and recipient.contact_id is not None
        return recipient.contact_id


def test_an_unchecked_certificate_sends_nothing(database: Database, letter_id: int,
                                                server: MailServer) -> None:
    job = compose(database, letter_id)
    with pytest.raises(MailServerError, match=r"certificate of localhost:.* could not be "
                       r"checked"):
        run_to_end(send_steps(database, job=job, settings=settings(server),
                              password=PASSWORD, today=TODAY))
    assert server.handler.received == [] and outcomes(database) == {}


def test_the_password_comes_from_the_keyring_then_the_environment(
        server: MailServer, monkeypatch: pytest.MonkeyPatch) -> None:
    wanted = settings(server)
    monkeypatch.delenv("COALITIONDESK_SMTP_PASSWORD", raising=False)
    with file_keyring():
        with pytest.raises(InvalidInput, match="No password for secretariat"):
            password(wanted)
        monkeypatch.setenv("COALITIONDESK_SMTP_PASSWORD", "from the environment")
        assert password(wanted) == "from the environment"
        remember_password(wanted, "from the keyring")
        assert password(wanted) == "from the keyring"
    monkeypatch.delenv("COALITIONDESK_SMTP_PASSWORD")
    assert password(wanted, ask=lambda prompt: "typed") == "typed"


def test_a_run_without_pauses_commits_less_than_once_a_message(
        database: Database, letter_id: int, server: MailServer) -> None:
    """Messages are recorded as going out a batch at a time, and their outcomes with the
    next batch: the first message alone, the others together, then the end."""
    from coalitiondesk.core.models import JournalOperation

    job = compose(database, letter_id)
    report = send(database, job, server)

    with database.session() as session:
        commits = session.exec(select(JournalOperation).where(
            JournalOperation.kind == ledger.KIND)).all()
    assert len(report.sent) == len(job.messages) == 4
    assert len(commits) == 3
    assert outcomes(database) == {job.title: ["sent"] * 4}
    assert not _run_log(database, letter_id).path.exists()


def _run_log(database: Database, letter_id: int) -> RunLog:
    return RunLog.for_letter(database_name=database.display_name, letter_id=letter_id)


@pytest.mark.parametrize("restarted", [False, True])
def test_a_killed_runs_log_says_which_were_never_handed_over(
        database: Database, letter_id: int, server: MailServer, restarted: bool) -> None:
    """What a run killed with a batch reserved leaves: one message taken, one handed
    over, one reserved only. The next run records the first as sent, keeps the second
    uncertain, and sends the third, unless the system restarted since the log was
    written: then the third may have gone too, and stays uncertain."""
    job = compose(database, letter_id)
    taken, handed, reserved = job.messages[:3]
    ids = {item.recipient_id: new_message_id(SENDER) for item in (taken, handed, reserved)}
    ledger.record_batch(database, title=job.title, on=TODAY, batch=ledger.Batch(
        going=tuple((item.recipient_id, ids[item.recipient_id], item.subject, item.language)
                    for item in (taken, handed, reserved))))
    log = _run_log(database, letter_id)
    for item in (taken, handed, reserved):
        log.write(run_log.RESERVED, ids[item.recipient_id])
    log.write(run_log.HANDED_OVER, ids[taken.recipient_id])
    log.write(run_log.TAKEN, ids[taken.recipient_id])
    log.write(run_log.HANDED_OVER, ids[handed.recipient_id])
    log.close()
    if restarted:
        lines = log.path.read_text().splitlines()
        log.path.write_text("\n".join(["boot 1000.000", *lines[1:]]) + "\n")

    report = send(database, job, server)

    assert [item.name for item in report.already_sent] == [taken.name]
    received = sorted(item.recipients[0] for item in server.handler.received)
    if restarted:
        assert sorted(item.name for item in report.uncertain) == sorted(
            [handed.name, reserved.name])
        assert received == sorted(item.address for item in job.messages[3:])
    else:
        assert [item.name for item in report.uncertain] == [handed.name]
        assert received == sorted(item.address for item in (reserved, *job.messages[3:]))
    assert not log.path.exists()
