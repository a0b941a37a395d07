"""`coalitiondesk merge TITLE --email`, run as a user runs it, against a real SMTP server
(aiosmtpd, STARTTLS, a login, a throwaway certificate trusted through SSL_CERT_FILE):
every message read back, a run killed half-way resumed, a refusal retried, and
--dry-run's .eml files parsed back by Python's email parser."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader

from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.letters import create_letter
from coalitiondesk.core.storage.db import open_database
from mail_server import PASSWORD, USER, MailServer, Received, mail_server

TITLE = "Open letter on detentions"
BODY = "<p>{{ salutation }}</p><p>Would {{ organization or 'you' }} sign our letter?</p>"
PEOPLE = [("Jane", "Doe", "Ms"), ("Min-ji", "Park", "Dr"), ("Omar", "Haddad", "Mr"),
          ("Ana", "Silva", "Ms"), ("Lars", "Berg", "Mr"), ("Aiko", "Sato", "Ms")]


def address(family: str) -> str:
    return f"{family.lower()}@example.org"


@pytest.fixture
def coalition(tmp_path: Path) -> Path:
    path = tmp_path / "coalition.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        letter = create_letter(session=session, title=TITLE, body=BODY)
        people = [create_contact(session=session, given_name=given, family_name=family,
                                 honorific=honorific, email=address(family))
                  for given, family, honorific in PEOPLE]
        people.append(create_contact(session=session, given_name="Kept", family_name="Quiet",
                                     email="quiet@example.org", do_not_email=True))
        assert letter.id is not None
        add_recipients(session=session, letter_id=letter.id,
                       contact_ids=[person.id for person in people if person.id])
    database.close()
    return path


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MailServer]:
    with mail_server(tmp_path) as running:
        yield running


def command(path: Path, server: MailServer, *extra: str) -> list[str]:
    return [sys.executable, "-m", "coalitiondesk", "--db", str(path), "merge", TITLE,
            "--email", "--smtp", server.address, "--smtp-user", USER,
            "--from", "desk@coalition.example", "--rate", "0", *extra]


def environment(server: MailServer) -> dict[str, str]:
    return {**os.environ, "SSL_CERT_FILE": str(server.certificate),
            "COALITIONDESK_SMTP_PASSWORD": PASSWORD}


def run(path: Path, server: MailServer, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(path, server, *extra), capture_output=True, text=True,
                          timeout=180, env=environment(server), stdin=subprocess.DEVNULL)


def by_recipient(received: list[Received]) -> dict[str, list[EmailMessage]]:
    found: dict[str, list[EmailMessage]] = {}
    for item in received:
        assert len(item.recipients) == 1
        found.setdefault(item.recipients[0], []).append(item.message)
    return found


def test_each_recipient_gets_their_letter_with_its_pdf(coalition: Path,
                                                       server: MailServer) -> None:
    done = run(coalition, server, "--attach", "pdf", "--subject", "For {{ full_name }}")

    assert done.returncode == 0, done.stderr
    assert "Sent 6 messages; left out 1 recipient: Kept Quiet (do not e-mail)." in done.stdout
    messages = by_recipient(server.handler.received)
    assert sorted(messages) == sorted(address(family) for _, family, _ in PEOPLE)
    for given, family, honorific in PEOPLE:
        [message] = messages[address(family)]
        content = message.as_bytes()
        for _, other, _ in PEOPLE:
            if other != family:
                assert address(other).encode() not in content
        assert b"quiet@example.org" not in content
        assert message["Subject"] == f"For {given} {family}"
        plain = message.get_body(("plain",))
        assert plain is not None
        assert plain.get_content().startswith(f"Dear {honorific} {family},")
        [attachment] = list(message.iter_attachments())
        assert attachment.get_content_type() == "application/pdf"
        text = " ".join(PdfReader(io.BytesIO(attachment.get_content())).pages[0]
                        .extract_text().split())
        assert f"Dear {honorific} {family}, Would you sign our letter?" in text


def test_a_run_killed_half_way_resumes_with_one_message_each(coalition: Path,
                                                             server: MailServer) -> None:
    process = subprocess.Popen(command(coalition, server), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=environment(server),
                               stdin=subprocess.DEVNULL)

    def kill_at_the_third(item: Received) -> None:
        # Killed after the server took the message and before the run recorded it.
        if len(server.handler.received) == 3:
            os.kill(process.pid, signal.SIGKILL)

    server.handler.on_message = kill_at_the_third
    process.communicate(timeout=180)
    assert process.returncode == -signal.SIGKILL
    server.handler.on_message = None
    assert len(server.handler.received) == 3

    resumed = run(coalition, server)

    messages = by_recipient(server.handler.received)
    assert sorted(messages) == sorted(address(family) for _, family, _ in PEOPLE)
    assert all(len(each) == 1 for each in messages.values())
    assert resumed.returncode == 1
    assert "Sent 3 messages (2 sent before)" in resumed.stdout
    third = server.handler.received[2]
    assert (f"Uncertain, check your sent folder (1 message; send again with "
            f"--resend-uncertain): {PEOPLE[2][0]} {PEOPLE[2][1]} <{third.recipients[0]}> "
            f"{third.message['Message-ID']}") in resumed.stdout
    # Once more: nothing is sent to anyone.
    again = run(coalition, server)
    assert len(server.handler.received) == 6 and "Sent 0 messages (5 sent before)" in (
        again.stdout)


def test_a_refused_address_is_reported_and_retried(coalition: Path,
                                                   server: MailServer) -> None:
    server.handler.refuse.add(address("Berg"))

    refused = run(coalition, server)

    assert refused.returncode == 1
    assert ("Refused 1 message (send again with --retry-refused): Lars Berg "
            "<berg@example.org>: 550 5.1.1 No such mailbox here") in refused.stdout
    server.handler.refuse.clear()
    retried = run(coalition, server, "--retry-refused")
    assert retried.returncode == 0, retried.stdout + retried.stderr
    assert "Sent 1 message (5 sent before)" in retried.stdout
    assert all(len(each) == 1 for each in by_recipient(server.handler.received).values())
    assert len(server.handler.received) == 6


def test_dry_run_writes_eml_files_read_back_the_same(coalition: Path, tmp_path: Path) -> None:
    folder = tmp_path / "outbox"
    done = subprocess.run(
        [sys.executable, "-m", "coalitiondesk", "--db", str(coalition), "merge", TITLE,
         "--email", "--dry-run", "--out", str(folder), "--from", "desk@coalition.example",
         "--subject", "Sign, {{ given_name }}?"], capture_output=True, text=True, timeout=120)

    assert done.returncode == 0, done.stderr
    assert f"Wrote 6 .eml files to {folder} (nothing sent)" in done.stdout
    files = sorted(folder.glob("*.eml"))
    assert [file.name for file in files] == sorted(f"{given} {family}.eml"
                                                  for given, family, _ in PEOPLE)
    for given, family, honorific in PEOPLE:
        message = message_from_bytes((folder / f"{given} {family}.eml").read_bytes(),
                                     policy=policy.default)
        assert isinstance(message, EmailMessage)
        assert message["To"] == f"{given} {family} <{address(family)}>"
        assert message["From"].addresses[0].addr_spec == "desk@coalition.example"
        assert message["Subject"] == f"Sign, {given}?"
        plain, html = message.get_body(("plain",)), message.get_body(("html",))
        assert plain is not None and html is not None
        assert plain.get_content().replace("\r\n", "\n") == (
            f"Dear {honorific} {family},\n\nWould you sign our letter?\n\nYours sincerely,\n")
        assert f"<p>Dear {honorific} {family},</p>" in html.get_content()
    # Nothing was recorded as sent: the files may never be.
    database = open_database(coalition)
    try:
        with database.session() as session:
            from sqlmodel import select

            from coalitiondesk.core.models import Dispatch

            assert session.exec(select(Dispatch)).all() == []
    finally:
        database.close()


@pytest.mark.parametrize(("extra", "said"), [
    (("--out", "x"), "--out goes with --dry-run"),
    (("--dry-run",), "--dry-run writes .eml files: say where with --out DIR"),
    (("--labels", "L7160"), "--labels does not go with --email"),
    (("--smtp", "mail.example:http"), "mail.example:http is not a mail server as HOST:PORT"),
    (("--smtp", "localhost:1", "--smtp-security", "none", "--smtp-user", "me"),
     "A password is never sent to a mail server without encryption"),
])
def test_bad_options_are_one_line_and_send_nothing(coalition: Path, extra: tuple[str, ...],
                                                   said: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "coalitiondesk", "--db", str(coalition), "merge", TITLE,
         "--email", "--from", "desk@coalition.example", *extra], capture_output=True,
        text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and said in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
