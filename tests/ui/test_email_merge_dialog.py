"""Send by E-mail…: the Letters tab's button opens the dialog, which previews each
message, sends them off the UI thread to a real STARTTLS server (the throwaway
certificate trusted through SSL_CERT_FILE), records them, and sends a test to the
From address alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.models import Dispatch
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.letters import create_letter
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.dialogs.email_merge_dialog import EmailMergeDialog
from coalitiondesk.ui.pages.letters_page import LettersPage
from mail_server import PASSWORD, USER, MailServer, mail_server

SENDER = "desk@coalition.example"


@pytest.fixture
def letter_id(database: Database) -> int:
    with database.transaction() as session:
        letter = create_letter(session=session, title="Invitation",
                               body="<p>{{ salutation }}</p><p>Please sign.</p>")
        people = [create_contact(session=session, given_name=given, family_name=family,
                                 honorific="Ms", email=f"{family.lower()}@example.org")
                  for given, family in (("Jane", "Doe"), ("Ana", "Silva"), ("Aiko", "Sato"))]
        people.append(create_contact(session=session, given_name="Kept", family_name="Quiet",
                                     email="quiet@example.org", do_not_email=True))
        assert letter.id is not None
        add_recipients(session=session, letter_id=letter.id,
                       contact_ids=[person.id for person in people if person.id])
        return letter.id


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MailServer]:
    with mail_server(tmp_path) as running:
        monkeypatch.setenv("SSL_CERT_FILE", str(running.certificate))
        yield running


def fill_in(dialog: EmailMergeDialog, server: MailServer) -> None:
    dialog.host.setText(server.host)
    dialog.port.setValue(server.port)
    dialog.user.setText(USER)
    dialog.password.setText(PASSWORD)
    dialog.from_address.setText(SENDER)
    dialog.rate.setValue(0)


def test_the_dialog_previews_and_sends_each_message_once(
        qtbot: QtBot, database: Database, letter_id: int, server: MailServer) -> None:
    dialog = EmailMergeDialog(database, letter_id)
    qtbot.addWidget(dialog)
    assert dialog.messages.count() == 3
    assert dialog.left_out.item(0).text() == "Kept Quiet: do not e-mail"
    dialog.messages.setCurrentRow(1)
    assert "Dear Ms Silva," in dialog.preview.toPlainText()
    assert "silva@example.org" in dialog.header.text()
    fill_in(dialog, server)

    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Sent"), timeout=30_000)

    assert dialog.status.text() == "Sent 3 message(s)."
    assert sorted(item.recipients[0] for item in server.handler.received) == [
        "doe@example.org", "sato@example.org", "silva@example.org"]
    with database.session() as session:
        assert [row.outcome for row in session.exec(select(Dispatch)).all()] == ["sent"] * 3
    # Sending again sends nobody anything.
    dialog.send_button.click()
    qtbot.waitUntil(lambda: "sent before" in dialog.status.text(), timeout=30_000)
    assert dialog.status.text() == "Sent 0 message(s). 3 sent before."
    assert len(server.handler.received) == 3


def test_a_test_goes_to_the_sender_alone_and_is_not_recorded(
        qtbot: QtBot, database: Database, letter_id: int, server: MailServer) -> None:
    dialog = EmailMergeDialog(database, letter_id)
    qtbot.addWidget(dialog)
    fill_in(dialog, server)
    dialog.messages.setCurrentRow(2)

    dialog.test_button.click()

    [received] = server.handler.received
    assert received.recipients == [SENDER]
    assert "Dear Ms Sato," in received.message.get_body(("plain",)).get_content()
    assert b"sato@example.org" not in received.content
    assert dialog.status.text() == f"A test of Aiko Sato's message was sent to {SENDER}."
    with database.session() as session:
        assert session.exec(select(Dispatch)).all() == []


def test_a_refused_message_is_offered_again(
        qtbot: QtBot, database: Database, letter_id: int, server: MailServer) -> None:
    server.handler.refuse.add("silva@example.org")
    dialog = EmailMergeDialog(database, letter_id)
    qtbot.addWidget(dialog)
    fill_in(dialog, server)
    assert dialog.retry_refused.isHidden()

    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Sent"), timeout=30_000)

    assert dialog.status.text() == ("Sent 2 message(s). Refused: 1 (Ana Silva: 550 5.1.1 No "
                                    "such mailbox here)")
    assert not dialog.retry_refused.isHidden()
    assert dialog.retry_refused.text() == "Try the 1 refused message(s) again"
    server.handler.refuse.clear()
    dialog.retry_refused.setChecked(True)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: "sent before" in dialog.status.text(), timeout=30_000)
    assert dialog.status.text() == "Sent 1 message(s). 2 sent before."
    assert sorted(item.recipients[0] for item in server.handler.received) == [
        "doe@example.org", "sato@example.org", "silva@example.org"]
    assert dialog.retry_refused.isHidden()


def test_the_letters_tab_opens_it(qtbot: QtBot, database: Database, letter_id: int) -> None:
    page = LettersPage(database)
    qtbot.addWidget(page)
    page._show(letter_id)
    assert page.email_button.isEnabled()
    page._show(None)
    assert not page.email_button.isEnabled()


def test_pause_holds_between_two_steps_and_stop_still_ends_it() -> None:
    import threading

    from coalitiondesk.core.progress import Progress
    from coalitiondesk.ui.dialogs.email_merge_dialog import PAUSED, pausable

    advanced: list[int] = []
    closed: list[bool] = []

    def steps():  # type: ignore[no-untyped-def]
        try:
            for done in range(3):
                advanced.append(done)
                yield Progress("Sending messages", done, 3)
            return "finished"
        finally:
            closed.append(True)

    paused = threading.Event()
    run = pausable(steps(), paused)
    assert next(run).done == 0
    paused.set()
    assert [next(run).stage for _ in range(3)] == [PAUSED] * 3
    assert advanced == [0, 1]  # the step in hand waits; nothing further is started
    paused.clear()
    assert next(run) == Progress("Sending messages", 1, 3)
    run.close()  # Stop
    assert closed == [True] and advanced == [0, 1]


def test_the_report_counts_are_listed_for_translation(tmp_path: Path) -> None:
    """lupdate over the dialog's module lists each of the report's plural sentences (a
    count passed through a helper, or written as a call, is silently left out)."""
    import subprocess
    import xml.etree.ElementTree as ET

    import PySide6

    import coalitiondesk.ui.dialogs.email_merge_dialog as module

    lupdate = next(path for path in (Path(PySide6.__file__).parent / name
                                     for name in ("lupdate", "lupdate.exe")) if path.exists())
    ts = tmp_path / "listed.ts"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", "-target-language",
                    "ko_KR", module.__file__, "-ts", str(ts)], check=True, timeout=120)
    listed = {(context.findtext("name"), message.findtext("source"))
              for context in ET.parse(ts).getroot().iter("context")
              for message in context.iter("message")}
    for source in ("Sent %n message(s).", "%n sent before.", "Refused: %n",
                   "Uncertain, check your sent folder: %n"):
        assert ("EmailMergeDialog", source) in listed


@pytest.mark.parametrize("language", ["en", "ko", "ja"])
def test_it_fits_a_small_screen_with_room_for_the_server(
        qtbot: QtBot, database: Database, letter_id: int, language: str) -> None:
    from PySide6.QtCore import QLocale, QRect

    from coalitiondesk.ui.app import i18n
    from coalitiondesk.ui.dialogs.merge_dialog import fitting_size

    i18n.install_translations(language)
    try:
        dialog = EmailMergeDialog(database, letter_id)
        qtbot.addWidget(dialog)
        small = fitting_size(QRect(0, 0, 1024, 660))
        dialog.resize(small)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.minimumSizeHint().height() <= small.height()
        assert dialog.height() <= small.height()
        # A host name such as smtp.office365.com must be readable whole.
        assert dialog.host.width() >= 250
    finally:
        i18n.remove_translations()
        QLocale.setDefault(QLocale.system())


def test_the_letter_can_go_as_a_word_document(
        qtbot: QtBot, database: Database, letter_id: int, server: MailServer) -> None:
    import io

    import docx

    dialog = EmailMergeDialog(database, letter_id)
    qtbot.addWidget(dialog)
    fill_in(dialog, server)
    dialog.attach.setCurrentIndex(dialog.attach.findData("docx"))

    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Sent"), timeout=60_000)

    assert len(server.handler.received) == 3
    for item in server.handler.received:
        [attachment] = list(item.message.iter_attachments())
        assert attachment.get_filename().endswith(".docx")
        texts = [paragraph.text for paragraph in
                 docx.Document(io.BytesIO(attachment.get_content())).paragraphs]
        assert "Please sign." in texts
