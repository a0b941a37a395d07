"""The attachments panel on the record forms: a file attached, listed with its size, opened
from a user-only copy, too large a file refused in a dialog, and Edit › Undo followed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot
from sqlmodel import select
from window_support import answer_next_dialog

from coalitiondesk.core.models import Activity, Contact, Organization
from coalitiondesk.core.records import attachments
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.main_window import MainWindow


class _Viewer(QObject):
    """Stands in for the system's viewer through Qt's own URL handler hook."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url)


def _discard_edits(window: MainWindow) -> None:
    for page in window.record_pages():
        page.form.revert()


def _window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window, before_close_func=_discard_edits)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_contacts_file_is_attached_opened_and_its_undo_followed(
        qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    window = _window(qtbot, demo)
    window.tabs.setCurrentWidget(window.contacts)
    with demo.session() as session:
        contact_id = session.exec(select(Contact.id).where(
            Contact.family_name == "Robertson")).one()
    form = window.contacts.form
    form.load(contact_id)
    panel = form.attachments  # type: ignore[attr-defined]
    assert panel.empty.text() == "No files attached."
    source = tmp_path / "memorandum.pdf"
    source.write_bytes(b"%PDF-1.4 memorandum" * 100)

    assert panel.attach_path(source)

    assert panel.tree.topLevelItemCount() == 1
    row = panel.tree.topLevelItem(0)
    assert (row.text(0), row.text(1)) == ("memorandum.pdf", "2 KB")
    panel.tree.setCurrentItem(row)
    viewer = _Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        copy = panel.open_selected()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert copy is not None and viewer.opened == [QUrl.fromLocalFile(str(copy))]
    assert copy.read_bytes() == source.read_bytes() and copy.stat().st_mode & 0o077 == 0

    window.undo()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 0)
    assert panel.empty.isVisible()


def test_too_large_a_file_is_refused_in_one_dialog_and_nothing_is_attached(
        qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    window = _window(qtbot, demo)
    with demo.session() as session:
        organization_id = session.exec(select(Organization.id).where(
            Organization.name == "Amnesty International")).one()
    form = window.organizations.form
    form.load(organization_id)
    panel = form.attachments  # type: ignore[attr-defined]
    big = tmp_path / "scan.tiff"
    with big.open("wb") as file:
        file.truncate(attachments.DEFAULT_LIMIT + 1)
    seen: list[str] = []
    answer_next_dialog("OK", seen)

    assert not panel.attach_path(big)

    assert seen == ["“scan.tiff” is 25.0 MB: attachments are limited to 25 MB each\n"]
    assert panel.tree.topLevelItemCount() == 0
    with demo.session() as session:
        assert attachments.list_attachments(session=session, kind="organization",
                                            record_id=organization_id) == []


def test_a_new_record_cannot_have_files_yet(qtbot: QtBot, demo: Database) -> None:
    window = _window(qtbot, demo)
    form = window.contacts.form
    form.load(None)
    panel = form.attachments  # type: ignore[attr-defined]
    assert not panel.attach_button.isEnabled()
    assert "Once the record is saved" in panel.empty.text()


def test_an_activity_and_its_files(qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    window = _window(qtbot, demo)
    window.tabs.setCurrentWidget(window.activities)
    with demo.session() as session:
        activity_id = session.exec(select(Activity.id).order_by(Activity.id)).first()
    assert activity_id is not None
    form = window.activities.form
    form.load(activity_id)
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Minutes of the meeting")

    assert form.attachments.attach_path(minutes)

    assert form.attachments.tree.topLevelItem(0).text(1) == "22 bytes"
    with demo.session() as session:
        [kept] = attachments.list_attachments(session=session, kind="activity",
                                              record_id=activity_id)
        assert attachments.content(session=session, attachment_id=kept.id) == (
            b"Minutes of the meeting")


def test_a_letters_files_on_its_own_tab(qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    window = _window(qtbot, demo)
    window.tabs.setCurrentWidget(window.letters)
    page = window.letters
    letter_id = page.current_letter()
    assert letter_id is not None
    page.details.setCurrentWidget(page.attachments)
    reply = tmp_path / "scanned reply.png"
    reply.write_bytes(b"\x89PNG scanned reply")

    assert page.attachments.attach_path(reply)

    assert page.details.tabText(page.details.indexOf(page.attachments)) == "Attachments"
    assert page.attachments.tree.topLevelItem(0).text(0) == "scanned reply.png"
    with demo.session() as session:
        [kept] = attachments.list_attachments(session=session, kind="letter",
                                              record_id=letter_id)
    assert kept.media_type == "image/png"
