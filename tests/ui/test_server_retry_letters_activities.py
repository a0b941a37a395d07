"""The letter editor, its signatories and recipients, and the activity form on a server
that goes away: the edits stay in the window, it says "Reconnecting", and they are
saved once (never twice) when the server answers; one another person saved first
meanwhile is the usual question about a record changed since it was opened."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import func, select
from window_support import answer_next_dialog, discard_edits

from coalitiondesk.core.merge import versions
from coalitiondesk.core.models import Activity, JournalOperation, Recipient, Signature
from coalitiondesk.core.records import letters
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.app import server_retry
from coalitiondesk.ui.app.main_window import MainWindow
from server_trouble import block, connection_lost_at_commit, server_away, unblock

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = [pytest.mark.postgresql, pytest.mark.usefixtures("fresh_settings")]

RECONNECTING = "Reconnecting to the server"


@pytest.fixture
def database(pg_database: Database) -> Database:
    """The window's database, here on the server."""
    return pg_database


@pytest.fixture
def elsewhere(pg_url: str, demo: Database) -> Iterator[Database]:
    """Another person's connection to the same server database."""
    other = open_database(pg_url)
    try:
        yield other
    finally:
        other.close()


def forget_edits(window: MainWindow) -> None:
    """Closing asks about unsaved edits: a test's leftovers are thrown away unasked."""
    discard_edits(window)
    window.letters.editor.revert()
    window.activities.form.load(window.activities.form.activity_id)


@pytest.fixture
def window(qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(server_retry, "RETRY_SECONDS", 0.2)
    opened = MainWindow(demo)
    qtbot.addWidget(opened, before_close_func=forget_edits)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


class NoBoxes:
    """Message boxes shown meanwhile, closed (and noted) rather than left to hang the test."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        QTimer.singleShot(3000, self._close)

    def _close(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.seen.append(widget.text())
                widget.close()


def operations(database: Database, kind: str) -> int:
    with database.session() as session:
        return int(session.exec(select(func.count()).select_from(JournalOperation).where(
            JournalOperation.kind == kind)).one())


def first_letter(window: MainWindow) -> int:
    page = window.letters
    window.tabs.setCurrentWidget(page)
    page.view.selectRow(0)
    letter_id = page.current_letter()
    assert letter_id is not None
    return letter_id


def test_a_letter_saved_while_the_server_is_away_keeps_its_edits_and_is_saved_once_back(
        qtbot: QtBot, window: MainWindow, demo: Database, postgresql_cluster: Cluster) -> None:
    page = window.letters
    letter_id = first_letter(window)
    with demo.operation("letter", "Korean version") as operation:
        versions.set_version(session=operation.session, letter_id=letter_id, language="ko",
                             body="서명 단체 여러분께")
    page.reload()
    editor = page.editor
    editor.version_box.setCurrentIndex(editor.version_box.findData("ko"))
    editor.version_box.activated.emit(editor.version_box.currentIndex())
    editor.title.setText("Release the detained defectors")
    editor.body.restore_edit("북송을 멈추십시오")
    saves = operations(demo, "letter")
    name = demo.url.database
    assert name
    with server_away(postgresql_cluster, name):
        boxes = NoBoxes()
        window.save_action.trigger()
        assert boxes.seen == []
        assert editor.general_error.isVisible()
        assert editor.general_error.text().startswith(RECONNECTING)
        assert editor.is_dirty()
        editor.closing.setText("In solidarity,")  # made meanwhile: saved too
        qtbot.wait(600)  # a few attempts, refused
        assert editor.is_dirty()
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=10_000)
    assert not editor.general_error.isVisible()
    stored = letters.letter_for_editing(demo, letter_id=letter_id).values
    assert (stored["title"], stored["closing"]) == ("Release the detained defectors",
                                                    "In solidarity,")
    assert versions.versions_of(demo, letter_id=letter_id)["ko"] == "북송을 멈추십시오"
    assert operations(demo, "letter") == saves + 1
    assert page.model.index(page.model.row_of(letter_id) or 0, 0).data() == (
        "Release the detained defectors")


def test_a_letter_another_person_saved_before_the_server_came_back_is_asked_about(
        qtbot: QtBot, window: MainWindow, demo: Database, elsewhere: Database,
        postgresql_cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    # Time enough between attempts for the other person's save to come first.
    monkeypatch.setattr(server_retry, "RETRY_SECONDS", 3.0)
    editor = window.letters.editor
    letter_id = first_letter(window)
    editor.closing.setText("With hope,")
    name = demo.url.database
    assert name
    block(postgresql_cluster, name)
    try:
        window.save_action.trigger()
        assert editor.general_error.text().startswith(RECONNECTING)
    finally:
        unblock(postgresql_cluster, name)
    values = letters.letter_for_editing(elsewhere, letter_id=letter_id)
    letters.save_letter(elsewhere, letter_id=letter_id, loaded_version=values.version,
                        values=values.values | {"status": "sent"})
    seen: list[str] = []
    answer_next_dialog("Put my edits on top", seen)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "was changed since you opened it" in seen[0]
    assert editor.is_dirty() and editor.closing.text() == "With hope,"
    window.save_action.trigger()
    assert not editor.is_dirty()
    stored = letters.letter_for_editing(demo, letter_id=letter_id).values
    assert (stored["closing"], stored["status"]) == ("With hope,", "sent")


def test_signatories_and_recipients_changed_while_the_server_is_away_change_once_back(
        qtbot: QtBot, window: MainWindow, demo: Database, postgresql_cluster: Cluster) -> None:
    page = window.letters
    letter_id = first_letter(window)
    with demo.session() as session:
        signed = {row.organization_id for row in session.exec(
            select(Signature).where(Signature.letter_id == letter_id))}
        recipients = session.exec(select(Recipient).where(
            Recipient.letter_id == letter_id)).all()
    newcomer = next(key for _label, key in page.signatories._organization_choices()
                    if key not in signed)
    gone = recipients[0].id
    assert gone is not None
    name = demo.url.database
    assert name
    with server_away(postgresql_cluster, name):
        assert not page.signatories.add_organization(newcomer)
        assert page.signatories.error.text().startswith(RECONNECTING)
        page.recipients.select(gone)
        assert not page.recipients.remove_selected()
        assert page.recipients.error.text().startswith(RECONNECTING)
        qtbot.wait(600)
    def made() -> bool:
        with demo.session() as session:
            return (newcomer in {row.organization_id for row in session.exec(
                select(Signature).where(Signature.letter_id == letter_id))}
                    and session.get(Recipient, gone) is None)
    qtbot.waitUntil(made, timeout=10_000)
    qtbot.waitUntil(lambda: not page.signatories.error.isVisible(), timeout=2000)
    assert not page.recipients.error.isVisible()
    with demo.session() as session:
        assert len(session.exec(select(Signature).where(
            Signature.letter_id == letter_id, Signature.organization_id == newcomer)).all()) == 1


def test_a_new_activity_saved_while_the_server_is_away_is_made_once_back(
        qtbot: QtBot, window: MainWindow, demo: Database, postgresql_cluster: Cluster) -> None:
    page = window.activities
    window.tabs.setCurrentWidget(page)
    page.new_activity()
    page.form.subject.set_value("Briefing on forced repatriation")
    name = demo.url.database
    assert name
    with server_away(postgresql_cluster, name):
        boxes = NoBoxes()
        window.save_action.trigger()
        assert boxes.seen == []
        assert page.form.general_error.text().startswith(RECONNECTING)
        assert page.form.is_dirty()
        page.form.notes.set_value("Ask for the list of names")
        qtbot.wait(600)
    qtbot.waitUntil(lambda: not page.form.is_dirty(), timeout=10_000)
    assert not page.form.general_error.isVisible()
    with demo.session() as session:
        made = session.exec(select(Activity).where(
            Activity.subject == "Briefing on forced repatriation")).all()
    assert [activity.notes for activity in made] == ["Ask for the list of names"]
    assert page.form.activity_id == made[0].id


def test_an_activity_another_person_saved_before_the_server_came_back_is_asked_about(
        qtbot: QtBot, window: MainWindow, demo: Database, elsewhere: Database,
        postgresql_cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    from coalitiondesk.core.records import edits

    monkeypatch.setattr(server_retry, "RETRY_SECONDS", 3.0)
    page = window.activities
    window.tabs.setCurrentWidget(page)
    page.view.selectRow(0)
    form = page.form
    activity_id = form.activity_id
    assert activity_id is not None
    form.notes.set_value("Minutes sent to the embassy")
    name = demo.url.database
    assert name
    block(postgresql_cluster, name)
    try:
        window.save_action.trigger()
        assert form.general_error.text().startswith(RECONNECTING)
    finally:
        unblock(postgresql_cluster, name)
    with elsewhere.session() as session:
        version = edits.version(session=session, kind="activity", record_id=activity_id)
        stored = session.get(Activity, activity_id)
        assert stored is not None
        subject = stored.subject
    edits.save_record(elsewhere, kind="activity", name="activity", record_id=activity_id,
                      loaded_version=version, values={"subject": subject + " (moved)"})
    seen: list[str] = []
    answer_next_dialog("Put my edits on top", seen)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "was changed since you opened it" in seen[0]
    assert form.is_dirty() and form.notes.value() == "Minutes sent to the embassy"
    assert form.subject.value() == subject + " (moved)"
    window.save_action.trigger()
    assert not form.is_dirty()
    with demo.session() as session:
        after = session.get(Activity, activity_id)
        assert after is not None
        assert (after.subject, after.notes) == (subject + " (moved)",
                                                "Minutes sent to the embassy")


def test_a_letter_whose_connection_went_during_commit_is_not_saved_again(
        qtbot: QtBot, window: MainWindow, demo: Database, pg_url: str) -> None:
    editor = window.letters.editor
    first_letter(window)
    connection_lost_at_commit(pg_url, table="letter")
    editor.closing.setText("Respectfully,")
    window.save_action.trigger()
    assert "may or may not have been saved; check with history" in (
        editor.general_error.text())
    assert not editor._retry.waiting
    assert editor.is_dirty()  # to save again, or compare, after looking at the history
