from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coalitiondesk.core.errors import NotFound
from coalitiondesk.core.records import outreach
from coalitiondesk.core.records.activities import create_activity, get_activity, list_activities
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.organizations import create_organization
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.forms import OrganizationForm
from coalitiondesk.ui.forms.activity_form import LinkPicker
from coalitiondesk.ui.pages.activities_page import ActivitiesPage

TODAY = date(2026, 3, 10)


@pytest.fixture
def records(database: Database) -> tuple[int, int]:
    with database.transaction() as session:
        organization = create_organization(session=session, name="Citizens' Alliance")
        contact = create_contact(session=session, given_name="Tae Kyung", family_name="Ha",
                                 family_name_first=True)
        assert organization.id is not None and contact.id is not None
        return organization.id, contact.id


def make_page(qtbot: QtBot, database: Database) -> ActivitiesPage:
    page = ActivitiesPage(database)
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.reload()
    return page


def table_text(page: ActivitiesPage, column: str, *, due: bool = False) -> list[str]:
    model = page.due_model if due else page.model
    index = model.column_index(column)
    return [str(model.index(row, index).data()) for row in range(model.rowCount())]


def pick(qtbot: QtBot, picker: LinkPicker, text: str) -> None:
    search = picker.combo.lineEdit()
    assert search is not None
    search.clear()
    qtbot.keyClicks(search, text)
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)


def test_recording_an_activity_shows_it_in_the_table_and_the_timeline(
    qtbot: QtBot, database: Database, records: tuple[int, int],
) -> None:
    organization_id, contact_id = records
    page = make_page(qtbot, database)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.subject.edit, "Briefing on the COI report")
    page.form.kind.set_value("call")
    pick(qtbot, page.form.organizations, "Citizens' Alliance")
    pick(qtbot, page.form.contacts, "Ha Tae Kyung")
    assert page.form.organization_ids() == [organization_id]
    assert page.form.contact_ids() == [contact_id]

    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert table_text(page, "subject") == ["Briefing on the COI report"]
    assert table_text(page, "kind") == ["Call"]
    assert table_text(page, "organizations") == ["Citizens' Alliance"]
    assert table_text(page, "contacts") == ["Ha Tae Kyung"]
    with database.session() as session:
        entries = outreach.timeline(session=session, organization_id=organization_id)
    assert [entry.title for entry in entries if entry.activity_id is not None] == [
        "Briefing on the COI report"]


def test_an_empty_subject_is_refused_and_nothing_stored(
    qtbot: QtBot, database: Database,
) -> None:
    page = make_page(qtbot, database)
    qtbot.keyClicks(page.form.subject.edit, "   ")
    changes: list[object] = []
    page.changed.connect(lambda: changes.append(True))

    assert page.save() is False
    assert page.form.subject_error.isVisibleTo(page)
    assert "subject" in page.form.subject_error.text()
    assert changes == []
    with database.session() as session:
        assert list_activities(session=session) == []


def follow_ups(database: Database) -> tuple[int, int]:
    with database.transaction() as session:
        overdue = create_activity(session=session, activity_date=TODAY - timedelta(days=30),
                                  subject="Meeting with the rapporteur",
                                  follow_up_on=TODAY - timedelta(days=2))
        upcoming = create_activity(session=session, activity_date=TODAY - timedelta(days=1),
                                   subject="Letter to the G7", kind="letter_sent",
                                   follow_up_on=TODAY + timedelta(days=7))
        create_activity(session=session, activity_date=TODAY, subject="No follow-up")
        assert overdue.id is not None and upcoming.id is not None
        return overdue.id, upcoming.id


def test_the_due_view_lists_open_follow_ups_with_the_overdue_one_marked(
    qtbot: QtBot, database: Database,
) -> None:
    follow_ups(database)
    page = make_page(qtbot, database)
    page.show_due()

    assert page.tables.currentWidget() is page.due_view
    assert table_text(page, "subject", due=True) == ["Meeting with the rapporteur",
                                                     "Letter to the G7"]
    assert table_text(page, "status", due=True) == ["Overdue", "Due"]
    assert page.due_model.is_overdue(0) and not page.due_model.is_overdue(1)
    assert page.due_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.due_model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.overdue_count() == 1
    assert "1" in page.overdue_label.text()


def test_mark_done_removes_the_follow_up_from_the_due_view(
    qtbot: QtBot, database: Database,
) -> None:
    overdue_id, _upcoming_id = follow_ups(database)
    page = make_page(qtbot, database)
    page.show_due()
    page.due_view.selectRow(0)
    assert page.form.activity_id == overdue_id
    assert page.mark_done_button.isEnabled()

    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.mark_done_button, Qt.MouseButton.LeftButton)

    assert table_text(page, "subject", due=True) == ["Letter to the G7"]
    assert page.overdue_count() == 0
    assert page.overdue_label.text() == ""
    assert page.form.follow_up_done.value() is True
    page.show_due(False)
    done_row = table_text(page, "subject").index("Meeting with the rapporteur")
    assert table_text(page, "done")[done_row] == "Yes"


def test_editing_an_activity_changes_the_stored_one(
    qtbot: QtBot, database: Database, records: tuple[int, int],
) -> None:
    organization_id, _contact_id = records
    overdue_id, _upcoming_id = follow_ups(database)
    page = make_page(qtbot, database)
    page.view.selectRow(table_text(page, "subject").index("Meeting with the rapporteur"))
    assert page.form.activity_id == overdue_id

    page.form.subject.edit.setText("Meeting with the Special Rapporteur")
    pick(qtbot, page.form.organizations, "Citizens' Alliance")
    page.form.follow_up.set_value(None)
    assert page.save()

    assert "Meeting with the Special Rapporteur" in table_text(page, "subject")
    with database.session() as session:
        activity = get_activity(session=session, activity_id=overdue_id)
        assert activity.subject == "Meeting with the Special Rapporteur"
        assert activity.follow_up_on is None
        assert [a.id for a in list_activities(
            session=session, organization_id=organization_id)] == [overdue_id]
    assert table_text(page, "subject", due=True) == ["Letter to the G7"]


def test_deleting_an_activity_after_confirming(qtbot: QtBot, database: Database) -> None:
    overdue_id, _upcoming_id = follow_ups(database)
    page = make_page(qtbot, database)
    page.view.selectRow(table_text(page, "subject").index("Meeting with the rapporteur"))

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)

    assert "Meeting with the rapporteur" not in table_text(page, "subject")
    assert page.form.activity_id is None
    assert not page.delete_button.isEnabled()
    with database.session() as session, pytest.raises(NotFound):
        get_activity(session=session, activity_id=overdue_id)


# --- the letter, unsaved changes, undo, saved columns ------------------------------------


def answer_next_question(qtbot: QtBot, button: QMessageBox.StandardButton,
                         seen: list[str]) -> None:
    """Press `button` in the next message box to appear, noting its text."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(20, press)


def test_an_activity_records_the_letter_it_is_about(
    qtbot: QtBot, database: Database,
) -> None:
    from coalitiondesk.core.records.letters import create_letter

    with database.transaction() as session:
        letter = create_letter(session=session, title="Letter to the G7",
                               letter_date=TODAY)
    page = make_page(qtbot, database)
    page.new_activity()
    qtbot.keyClicks(page.form.subject.edit, "Letter to the G7 sent by courier")
    page.form.kind.set_value("letter_sent")
    page.form.letter.setCurrentIndex(page.form.letter.findText("Letter to the G7"))
    assert page.save()

    saved = page.form.activity_id
    assert saved is not None
    with database.session() as session:
        assert get_activity(session=session, activity_id=saved).letter_id == letter.id
    page.new_activity()
    assert page.form.letter.currentData() is None
    page.view.selectRow(0)
    assert page.form.letter.currentText() == "Letter to the G7"


def test_switching_activity_with_unsaved_changes_asks_first(
    qtbot: QtBot, database: Database,
) -> None:
    overdue_id, upcoming_id = follow_ups(database)
    page = make_page(qtbot, database)
    subjects = table_text(page, "subject")
    page.view.selectRow(subjects.index("Meeting with the rapporteur"))
    page.form.subject.edit.setText("Meeting with the Special Rapporteur")
    assert page.form.is_dirty()

    seen: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.Cancel, seen)
    page.view.selectRow(subjects.index("Letter to the G7"))
    assert seen == ["Save changes to “Meeting with the Special Rapporteur”?"]
    assert page.form.activity_id == overdue_id
    assert page.form.subject.value() == "Meeting with the Special Rapporteur"

    answer_next_question(qtbot, QMessageBox.StandardButton.Save, seen)
    page.view.selectRow(table_text(page, "subject").index("Letter to the G7"))
    assert page.form.activity_id == upcoming_id
    assert not page.form.is_dirty()
    with database.session() as session:
        assert get_activity(session=session, activity_id=overdue_id).subject == (
            "Meeting with the Special Rapporteur")


def window_on(qtbot: QtBot, database: Database, tmp_path: object) -> MainWindow:
    QApplication.setOrganizationName("CoalitionDeskTests")
    QApplication.setApplicationName(f"activities-{id(tmp_path)}")
    QSettings().clear()
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.activities)
    return window


def test_undo_and_redo_of_an_activity_edit_and_delete(
    qtbot: QtBot, database: Database, tmp_path: object,
) -> None:
    overdue_id, _upcoming_id = follow_ups(database)
    window = window_on(qtbot, database, tmp_path)
    page = window.activities
    page.view.selectRow(table_text(page, "subject").index("Meeting with the rapporteur"))
    page.form.subject.edit.setText("Meeting with the Special Rapporteur")
    assert page.save()
    assert window.undo_action.text().replace("&", "") == (
        "Undo Edit activity “Meeting with the Special Rapporteur”")

    window.undo_action.trigger()
    with database.session() as session:
        assert get_activity(session=session, activity_id=overdue_id).subject == (
            "Meeting with the rapporteur")
    assert page.form.activity_id == overdue_id
    assert page.form.subject.value() == "Meeting with the rapporteur"
    assert "Meeting with the rapporteur" in table_text(page, "subject")

    window.redo_action.trigger()
    assert page.form.subject.value() == "Meeting with the Special Rapporteur"

    assert page.delete_activity(overdue_id)
    assert "Meeting with the Special Rapporteur" not in table_text(page, "subject")
    window.undo_action.trigger()
    with database.session() as session:
        assert get_activity(session=session, activity_id=overdue_id).follow_up_on == (
            TODAY - timedelta(days=2))
    assert page.form.activity_id == overdue_id


def test_undo_of_a_new_activity_takes_it_off_the_timeline(
    qtbot: QtBot, database: Database, records: tuple[int, int], tmp_path: object,
) -> None:
    organization_id, _contact_id = records
    window = window_on(qtbot, database, tmp_path)
    page = window.activities
    page.new_activity()
    qtbot.keyClicks(page.form.subject.edit, "Call with the alliance")
    pick(qtbot, page.form.organizations, "Citizens' Alliance")
    assert page.save()
    window.tabs.setCurrentWidget(window.organizations)
    assert window.organizations.select_key(organization_id)
    form = window.organizations.form
    assert isinstance(form, OrganizationForm)
    assert "Call with the alliance" in form.timeline.titles()

    window.undo_action.trigger()
    with database.session() as session:
        assert list_activities(session=session) == []
    assert "Call with the alliance" not in form.timeline.titles()
    assert page.form.activity_id is None


def test_leaving_the_tab_with_unsaved_changes_asks_first(
    qtbot: QtBot, database: Database, tmp_path: object,
) -> None:
    follow_ups(database)
    window = window_on(qtbot, database, tmp_path)
    page = window.activities
    page.view.selectRow(0)
    page.form.notes.set_value("Bring the report")
    seen: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.Cancel, seen)
    window.tabs.setCurrentWidget(window.organizations)
    assert len(seen) == 1
    assert window.tabs.currentWidget() is page

    answer_next_question(qtbot, QMessageBox.StandardButton.Discard, seen)
    window.tabs.setCurrentWidget(window.organizations)
    assert window.tabs.currentWidget() is window.organizations
    assert not page.form.is_dirty()


def test_column_widths_order_and_sorting_come_back(
    qtbot: QtBot, database: Database, tmp_path: object,
) -> None:
    follow_ups(database)
    window = window_on(qtbot, database, tmp_path)
    page = window.activities
    header = page.view.horizontalHeader()
    header.moveSection(page.model.column_index("subject"), 0)
    page.view.setColumnWidth(page.model.column_index("kind"), 222)
    header.setSectionHidden(page.model.column_index("contacts"), True)
    page.view.sortByColumn(page.model.column_index("subject"), Qt.SortOrder.AscendingOrder)
    window.save_settings()
    window.close()

    again = MainWindow(database)
    qtbot.addWidget(again)
    view = again.activities.view
    model = again.activities.model
    assert view.horizontalHeader().visualIndex(model.column_index("subject")) == 0
    assert view.columnWidth(model.column_index("kind")) == 222
    assert view.horizontalHeader().isSectionHidden(model.column_index("contacts"))
    assert table_text(again.activities, "subject") == sorted(
        table_text(again.activities, "subject"))


def test_the_window_new_and_save_actions_work_on_the_activities_tab(
    qtbot: QtBot, database: Database, tmp_path: object,
) -> None:
    window = window_on(qtbot, database, tmp_path)
    page = window.activities
    assert window.new_action.isEnabled() and not window.save_action.isEnabled()
    window.new_action.trigger()
    qtbot.keyClicks(page.form.subject.edit, "Call with the rapporteur's office")
    assert window.save_action.isEnabled() and window.isWindowModified()
    window.save_action.trigger()

    assert table_text(page, "subject") == ["Call with the rapporteur's office"]
    assert not window.save_action.isEnabled() and not window.isWindowModified()
    assert window.delete_action.isEnabled()
    assert window.undo_action.text().replace("&", "") == (
        "Undo Add activity “Call with the rapporteur's office”")


def test_saving_an_activity_runs_off_the_ui_thread(
    qtbot: QtBot, database: Database, records: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from thread_spy import off_the_ui_thread, threads_running

    from coalitiondesk.core.records import edits

    threads = threads_running(monkeypatch, edits, "save_record")
    page = make_page(qtbot, database)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.subject.edit, "Call with the rapporteur's office")
    assert page.save()
    assert off_the_ui_thread(threads)
    assert table_text(page, "subject") == ["Call with the rapporteur's office"]
