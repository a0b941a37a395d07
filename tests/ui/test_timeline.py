"""Timelines on the organization and contact forms, and the membership history a change
of status leaves, driven through the main window on the demo coalition."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from window_support import open_window

from coalitiondesk.core.journal.operations import current_user
from coalitiondesk.core.records.activities import create_activity
from coalitiondesk.core.records.contacts import ContactFilter, list_contacts
from coalitiondesk.core.records.membership import members_on, membership_history
from coalitiondesk.core.records.organizations import find_organization, update_organization
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.forms import ContactForm, OrganizationForm
from coalitiondesk.ui.pages.record_page import RecordPage

pytestmark = pytest.mark.usefixtures("fresh_settings")


def organization_id(database: Database, name: str) -> int:
    with database.session() as session:
        found = find_organization(session=session, name=name)
        assert found is not None and found.id is not None
        return found.id


@pytest.fixture
def window(qtbot: QtBot, demo: Database) -> MainWindow:
    return open_window(qtbot, demo)


def open_organization(window: MainWindow, database: Database, name: str) -> OrganizationForm:
    page: RecordPage = window.organizations
    window.tabs.setCurrentWidget(page)
    assert page.select_key(organization_id(database, name))
    form = page.form
    assert isinstance(form, OrganizationForm)
    assert form.display_name() == name
    return form


def test_an_organization_timeline_lists_its_letter_and_press_release_newest_first(
    window: MainWindow, demo: Database,
) -> None:
    form = open_organization(window, demo, "Human Rights Watch")
    timeline = form.timeline
    assert timeline.tree.isVisibleTo(form)
    assert timeline.titles() == [
        "Press release on the launch of ICNK",
        "Letter to Kim Jong-il · Signed",
        "ICNK inaugural conference, Tokyo",
        "Joined as member",
    ]
    days = [timeline.tree.topLevelItem(row).text(0) for row in range(4)]  # type: ignore[union-attr]
    assert days == ["2011-09-08", "2011-09-08", "2011-09-07", "2011-09-07"]
    kinds = [timeline.tree.topLevelItem(row).text(1) for row in range(4)]  # type: ignore[union-attr]
    assert kinds == ["Press release", "Signatory", "Conference or event", "Membership"]


def test_a_contact_timeline_lists_the_letter_received(
    qtbot: QtBot, demo: Database,
) -> None:
    with demo.session() as session:
        kim = list_contacts(session=session, filters=ContactFilter(search="Kim Jong-il"))[0]
    form = ContactForm(demo)
    qtbot.addWidget(form)
    form.load(kim.id)
    assert form.timeline.titles() == ["Letter to Kim Jong-il released",
                                      "Letter to Kim Jong-il · sent 2011-09-08"]
    form.load(None)
    assert not form.timeline.tree.isVisibleTo(form)
    assert "Once saved" in form.timeline.empty.text()


def test_double_clicking_an_activity_opens_it_on_the_activities_tab(
    window: MainWindow, demo: Database, qtbot: QtBot,
) -> None:
    form = open_organization(window, demo, "Human Rights Watch")
    tree = form.timeline.tree
    item = tree.topLevelItem(0)
    assert item is not None
    form.scroll_area.ensureWidgetVisible(tree)
    position = tree.visualItemRect(item).center()
    # A real double-click starts with a press: the view acts on the row pressed.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=position)

    assert window.tabs.currentWidget() is window.activities
    assert window.activities.form.subject.value() == "Press release on the launch of ICNK"
    assert window.activities.view.currentIndex().isValid()


def test_double_clicking_a_letter_opens_it_on_the_letters_tab(
    window: MainWindow, demo: Database, qtbot: QtBot,
) -> None:
    form = open_organization(window, demo, "Human Rights Watch")
    tree = form.timeline.tree
    item = tree.topLevelItem(1)
    assert item is not None and item.text(2) == "Letter to Kim Jong-il · Signed"
    form.scroll_area.ensureWidgetVisible(tree)
    position = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=position)

    assert window.tabs.currentWidget() is window.letters
    assert window.letters.editor.title.text() == "Letter to Kim Jong-il"


def test_a_change_of_status_with_a_date_and_note_enters_the_history(
    window: MainWindow, demo: Database, qtbot: QtBot, tmp_path: Path,
) -> None:
    form = open_organization(window, demo, "Freedom House")
    assert form.status_history.rows() == [("Member", "2011-09-07", "")]
    assert not form.status_change.isVisibleTo(form)

    form.editor("membership_status").set_value("former")
    assert form.status_change.isVisibleTo(form)
    form.status_change.date.setDate(QDate(2012, 3, 1))
    qtbot.keyClicks(form.status_change.note, "Left over the coalition's Japan strategy")
    form.scroll_area.ensureWidgetVisible(form.status_history)
    assert form.grab().save(str(tmp_path / "organization-form.png"))
    window.save_action.trigger()

    assert not form.is_dirty()
    assert form.status_history.rows()[0] == (
        "Former", "2012-03-01", "Left over the coalition's Japan strategy")
    assert form.timeline.titles()[0] == (
        "Left (former) · Left over the coalition's Japan strategy")
    freedom = organization_id(demo, "Freedom House")
    with demo.session() as session:
        assert freedom in [o.id for o in members_on(session=session, day=date(2012, 2, 29))]
        assert freedom not in [o.id for o in members_on(session=session, day=date(2012, 3, 1))]

    window.undo_action.trigger()
    form = open_organization(window, demo, "Freedom House")
    assert form.status_history.rows() == [("Member", "2011-09-07", "")]
    with demo.session() as session:
        assert len(membership_history(session=session, organization_id=freedom)) == 1


def test_editing_other_fields_leaves_the_history_alone(
    window: MainWindow, demo: Database,
) -> None:
    form = open_organization(window, demo, "Freedom House")
    form.editor("acronym").set_value("FH")
    assert not form.status_change.isVisibleTo(form)
    assert "status_changed_on" not in form.values()
    window.save_action.trigger()
    assert form.status_history.rows() == [("Member", "2011-09-07", "")]


def test_the_timeline_says_who_recorded_each_entry_and_who_last_changed_the_record(
    window: MainWindow, demo: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    hrw = organization_id(demo, "Human Rights Watch")
    loaded_by = current_user()
    # Someone else, at another desk or through the command line, adds a call and edits HRW.
    monkeypatch.setenv("LOGNAME", "field-office")
    with demo.transaction() as session:
        create_activity(session=session, organization_ids=[hrw], kind="call",
                        subject="Call about the follow-up letter",
                        activity_date=date(2011, 10, 1))
    with demo.transaction() as session:
        update_organization(session=session, organization_id=hrw, notes="Geneva office too")
    form = open_organization(window, demo, "Human Rights Watch")
    tree = form.timeline.tree
    rows = {tree.topLevelItem(row).text(2): tree.topLevelItem(row)  # type: ignore[union-attr]
            for row in range(tree.topLevelItemCount())}
    assert rows["Call about the follow-up letter"].text(3) == "field-office"
    assert rows["Press release on the launch of ICNK"].text(3) == loaded_by
    assert "field-office" in rows["Call about the follow-up letter"].toolTip(3)
    assert tree.headerItem().text(3) == "By"
    last = form.timeline.last_change
    assert last.isVisibleTo(form)
    assert "by field-office" in last.text()
