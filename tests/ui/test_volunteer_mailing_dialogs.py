"""A volunteer's print merge and e-mail merge on a shared server: the recipients whose
home address they may not read are named before anything is written, with the offer of
their organization's address, never used unasked. Real server, real files read back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_support import answer_next_dialog

from coalitiondesk.cli import main
from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.records import contacts
from coalitiondesk.core.records.letters import create_letter
from coalitiondesk.core.records.organizations import create_organization
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.dialogs.email_merge_dialog import EmailMergeDialog
from coalitiondesk.ui.dialogs.merge_dialog import MergeDialog

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = [pytest.mark.postgresql, pytest.mark.usefixtures("fresh_settings")]

SECRET = "Safehousezq"
USE = "Use their organization's address"


@dataclass
class Mailing:
    volunteer: Database
    printed: int
    """A letter placing the address, to the organization and to both contacts."""
    mailed: int
    """A letter whose body does not place the address, to both contacts."""


@pytest.fixture
def mailing(postgresql_cluster: Cluster, pg_url: str,
            capsys: pytest.CaptureFixture[str]) -> Iterator[Mailing]:
    assert main(["server", "init", pg_url]) == 0
    owner = open_database(pg_url)
    try:
        with owner.operation() as operation:
            session = operation.session
            forum = create_organization(session=session, name="Asia Forumqz",
                                        street="12 Ratchadamnoen Road", city="Bangkok",
                                        postcode="10200", address_country_code="TH",
                                        country_code="TH")
            lee = contacts.create_contact(
                session=session, given_name="Ji-woo", family_name="Leeqz",
                email="jiwoo@example.org", street=f"12 {SECRET} road", city="Ansan",
                postcode="15234", address_country_code="KR")
            han = contacts.create_contact(
                session=session, given_name="Na-ra", family_name="Hanqz",
                email="nara@example.org", street=f"8 {SECRET} lane", city="Suwon",
                postcode="16489", address_country_code="KR")
            assert lee.id is not None and han.id is not None and forum.id is not None
            contacts.set_affiliations(session=session, contact_id=lee.id,
                                      affiliations=[{"organization_id": forum.id}])
            printed = create_letter(session=session, title="Appeal on detentions",
                                    body="<p>{{ address_block }}</p><p>{{ salutation }}</p>")
            mailed = create_letter(session=session, title="Note on detentions",
                                   body="<p>{{ salutation }}</p><p>We write again.</p>")
            assert printed.id is not None and mailed.id is not None
            add_recipients(session=session, letter_id=printed.id,
                           contact_ids=[lee.id, han.id], organization_ids=[forum.id])
            add_recipients(session=session, letter_id=mailed.id, contact_ids=[lee.id, han.id])
            ids = printed.id, mailed.id
    finally:
        owner.close()
    name = sa.make_url(pg_url).database
    assert name is not None
    user = f"mailer_{name}"
    capsys.readouterr()
    assert main(["--db", pg_url, "server", "add-user", user, "--role", "volunteer"]) == 0
    password = capsys.readouterr().out.split("shown once, not kept anywhere): ")[1].split()[0]
    database = open_database(postgresql_cluster.url(name, user=user, password=password))
    try:
        yield Mailing(database, *ids)
    finally:
        database.close()


def _merge_dialog(qtbot: QtBot, mailing: Mailing, target: Path) -> MergeDialog:
    dialog = MergeDialog(mailing.volunteer, mailing.printed)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(target))
    return dialog


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_print_merge_names_them_and_asks_before_writing(
        qtbot: QtBot, mailing: Mailing, tmp_path: Path) -> None:
    target = tmp_path / "letters.pdf"
    dialog = _merge_dialog(qtbot, mailing, target)
    assert dialog.withheld.isVisible()
    shown = dialog.withheld.warning.text()
    assert "Ji-woo Leeqz (Asia Forumqz)" in shown
    assert "Na-ra Hanqz (no organization address)" in shown
    for width, height in ((1024, 700), (1366, 768)):
        dialog.resize(width - 40, height - 60)
        qtbot.wait(50)
        dialog.grab().save(str(tmp_path / f"merge-{width}.png"))

    seen: list[str] = []
    answer_next_dialog("Cancel", seen)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert "Ji-woo Leeqz (Asia Forumqz)" in seen[0]
    assert dialog.printed is None and not target.exists()

    answer_next_dialog(USE, seen)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.printed is not None or "Not printed" in dialog.outcome.text(),
                    timeout=20_000)
    assert dialog.printed is not None and dialog.printed.documents == 2
    text = _text(target)
    assert text.count("Ratchadamnoen") == 2 and "Ji-woo" in text
    assert "Na-ra" not in text and SECRET not in text
    assert dialog.withheld.use_organization.isChecked()
    assert "Na-ra Hanqz (no organization address)" in dialog.withheld.warning.text()


def test_leaving_them_out_writes_the_others_only(
        qtbot: QtBot, mailing: Mailing, tmp_path: Path) -> None:
    target = tmp_path / "letters.pdf"
    dialog = _merge_dialog(qtbot, mailing, target)
    seen: list[str] = []
    answer_next_dialog("Leave them out", seen)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.printed is not None or "Not printed" in dialog.outcome.text(),
                    timeout=20_000)
    assert dialog.printed is not None and dialog.printed.documents == 1
    text = _text(target)
    assert "Asia Forumqz" in text and "Ji-woo" not in text and "Na-ra" not in text


def test_the_e_mail_merge_asks_only_when_the_message_shows_the_address(
        qtbot: QtBot, mailing: Mailing, tmp_path: Path) -> None:
    dialog = EmailMergeDialog(mailing.volunteer, mailing.mailed)
    qtbot.addWidget(dialog)
    dialog.show()
    # The body places no address: both get their message.
    assert not dialog.withheld.isVisible()
    assert dialog.job is not None and len(dialog.job.messages) == 2
    # Their letter attached carries it: they are named, and left out until answered.
    dialog.attach.setCurrentIndex(dialog.attach.findData("pdf"))
    assert dialog.withheld.isVisible()
    assert dialog.job is not None and dialog.job.messages == ()
    for width, height in ((1024, 700), (1366, 768)):
        dialog.resize(width - 40, height - 60)
        qtbot.wait(50)
        dialog.grab().save(str(tmp_path / f"email-{width}.png"))
    # Saving (as sending) asks first; cancelled, nothing more happens.
    seen: list[str] = []
    answer_next_dialog("Cancel", seen)
    dialog.save_eml()
    assert "Na-ra Hanqz (no organization address)" in seen[0]
    answer_next_dialog(USE, seen)
    assert dialog.withheld.confirm()
    assert dialog.job is not None
    assert [item.name for item in dialog.job.messages] == ["Ji-woo Leeqz"]
    folder = tmp_path / "mail"
    folder.mkdir()
    dialog.write_eml(folder, sender="desk@coalition.example")
    qtbot.waitUntil(lambda: any(folder.glob("*.eml")) and "Wrote" in dialog.status.text(),
                    timeout=20_000)
    [eml] = folder.glob("*.eml")
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    [attached] = list(message.iter_attachments())
    pdf = tmp_path / "attached.pdf"
    pdf.write_bytes(attached.get_content())
    assert "Ratchadamnoen" in _text(pdf) and SECRET not in _text(pdf)
