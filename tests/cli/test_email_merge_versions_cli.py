"""`merge TITLE --email --attach docx` with a Korean version of the letter: the Korean
reader's message and attached Word letter are in Korean, with the Korean salutation
and the signature image in the letter, the others' in English; each dispatch records
the version sent."""

from __future__ import annotations

import base64
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from sqlmodel import select

from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.merge.versions import set_version
from coalitiondesk.core.models import Dispatch
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.letters import create_letter
from coalitiondesk.core.storage.db import open_database
from mail_server import PASSWORD, USER, MailServer, mail_server

TITLE = "Open letter on detentions"
ENGLISH = "<p>{{ salutation }}</p><p>Would you sign our letter?</p>"
KOREAN = "<p>{{ salutation }}</p><p>공개서한에 서명해 주시겠습니까?</p>"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MailServer]:
    with mail_server(tmp_path) as running:
        yield running


@pytest.fixture
def coalition(tmp_path: Path) -> Path:
    path = tmp_path / "coalition.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        letter = create_letter(session=session, title=TITLE, body=ENGLISH,
                               closing="With regards,")
        letter.signature_image = base64.b64encode(PNG).decode("ascii")
        session.add(letter)
        assert letter.id is not None
        set_version(session=session, letter_id=letter.id, language="ko", body=KOREAN)
        park = create_contact(session=session, given_name="Min-ji", family_name="Park",
                              native_name="박민지", preferred_language="ko",
                              email="park@example.kr")
        doe = create_contact(session=session, given_name="Jane", family_name="Doe",
                             honorific="Ms", email="doe@example.org")
        assert park.id and doe.id
        add_recipients(session=session, letter_id=letter.id, contact_ids=[park.id, doe.id])
    database.close()
    return path


def test_each_gets_the_version_of_their_language_with_the_letter_in_word(
        coalition: Path, server: MailServer) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "coalitiondesk", "--db", str(coalition), "merge", TITLE,
         "--email", "--smtp", server.address, "--smtp-user", USER,
         "--from", "desk@coalition.example", "--rate", "0", "--attach", "docx"],
        capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL,
        env={**os.environ, "SSL_CERT_FILE": str(server.certificate),
             "COALITIONDESK_SMTP_PASSWORD": PASSWORD})

    assert done.returncode == 0, done.stderr
    assert "Sent 2 messages (1 in English, 1 in Korean)" in done.stdout
    received = {item.recipients[0]: item.message for item in server.handler.received}
    assert sorted(received) == ["doe@example.org", "park@example.kr"]
    for address, salutation, sentence in (
            ("park@example.kr", "박민지 님께", "공개서한에 서명해 주시겠습니까?"),
            ("doe@example.org", "Dear Ms Doe,", "Would you sign our letter?")):
        message = received[address]
        plain = message.get_body(("plain",))
        assert plain is not None
        text = plain.get_content()
        assert text.startswith(salutation) and sentence in text
        # The letter's closing is English: a version ends with its own words.
        assert ("With regards," in text) == (address == "doe@example.org")
        [attachment] = list(message.iter_attachments())
        assert attachment.get_filename().endswith(".docx")
        letter = docx.Document(io.BytesIO(attachment.get_content()))
        paragraphs = [paragraph.text for paragraph in letter.paragraphs]
        assert salutation in paragraphs and sentence in paragraphs
        assert len(letter.inline_shapes) == 1  # the signature, in the letter only
        assert "coalitiondesk-signature" not in text
    database = open_database(coalition)
    try:
        with database.session() as session:
            rows = session.exec(select(Dispatch)).all()
    finally:
        database.close()
    assert sorted((row.outcome, row.language) for row in rows) == [
        ("sent", "en"), ("sent", "ko")]


def test_a_dry_run_counts_the_messages_of_each_language(coalition: Path,
                                                        tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "coalitiondesk", "--db", str(coalition), "merge", TITLE,
         "--email", "--dry-run", "--out", str(tmp_path / "messages"),
         "--from", "desk@coalition.example"],
        capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)

    assert done.returncode == 0, done.stderr
    assert "Wrote 2 .eml files to" in done.stdout
    assert "(nothing sent) (1 in English, 1 in Korean);" in done.stdout
