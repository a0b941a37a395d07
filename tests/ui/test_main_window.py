"""The main window driven as a coordinator drives it: real widgets, a real database file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from window_support import answer_next_dialog, names, open_window, select

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.organizations import OrganizationFilter, count_organizations
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.models.table_models import PAGE_SIZE

pytestmark = pytest.mark.usefixtures("fresh_settings")


@pytest.fixture
def demo(database: Database) -> Database:
    with database.transaction() as session:
        load_demo(session=session)
        create_contact(session=session, given_name="Ji-hoon", family_name="Kim",
                       family_name_first=True, native_name="김지훈", sensitivity="restricted")
    return database


@pytest.fixture
def window(qtbot: QtBot, demo: Database) -> MainWindow:
    return open_window(qtbot, demo)


def close_next_window(kind: type[QDialog], seen: list[QDialog]) -> None:
    """Reject the next window of `kind` to appear (it is modal), noting it in `seen`."""
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                seen.append(widget)
                widget.reject()
                return
        QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def type_text(widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    widget.insert(text)  # as typing does: textEdited and textChanged both fire


def type_hangul(widget: QWidget, syllables: list[list[str]]) -> None:
    """Type as a Korean input method does: each syllable composed in preedit, then committed.

    QTest.keyClicks cannot: it accepts ASCII only.
    """
    for steps in syllables:
        for preedit in steps[:-1]:
            QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))
        commit = QInputMethodEvent()
        commit.setCommitString(steps[-1])
        QApplication.sendEvent(widget, commit)


def count_named(database: Database, text: str) -> int:
    with database.session() as session:
        return count_organizations(session=session, filters=OrganizationFilter(search=text))


# --- the window ----------------------------------------------------------------------------


def test_menus_toolbar_and_status_bar(window: MainWindow, demo: Database) -> None:
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Help"]
    assert window.tabs.tabText(0) == "Organizations"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Organizations", "Countries", "Contacts", "Letters", "Activities", "Reports"]
    assert window.counts_label.text() == "39 of 39 organizations shown"
    assert window.database_label.text() == str(demo.path)
    for action in (window.new_action, window.import_action, window.undo_action):
        assert not action.icon().isNull()
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"


def test_tables_show_names_in_the_right_order_and_mark_restricted(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.contacts)
    people = names(window.contacts)
    assert "Ha Tae Kyung" in people and "Phil Robertson" in people
    ha = people.index("Ha Tae Kyung")
    model = window.contacts.model
    assert model.index(ha, model.column_index("native_name")).data() == "하태경"
    assert model.index(ha, model.column_index("organizations")).data() == (
        "Open Radio for North Korea")
    kim = people.index("Kim Ji-hoon")
    assert model.index(kim, model.column_index("sensitivity")).data() == "Restricted"
    assert isinstance(model.index(kim, 0).data(Qt.ItemDataRole.BackgroundRole), QBrush)
    assert model.index(ha, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert window.counts_label.text() == "5 of 5 contacts shown"


# --- search, filters, sorting ----------------------------------------------------------------


def test_search_as_you_type_with_a_hangul_substring(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.contacts)
    window.find_action.trigger()
    search = window.contacts.filter_bar.search
    assert search.hasFocus()
    type_hangul(search, [["ㅌ", "태", "태"], ["ㄱ", "겨", "경", "경"]])
    assert search.text() == "태경"
    assert names(window.contacts) == ["Ha Tae Kyung"]
    assert window.counts_label.text() == "1 of 5 contacts shown"


def test_filters_combine_with_the_search(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.organizations.filter_bar
    bar.set_country("KR")
    assert len(names(window.organizations)) == 8
    bar.membership.setCurrentIndex(bar.membership.findData("non_member"))
    assert names(window.organizations) == ["Daily NK"]
    bar.membership.setCurrentIndex(0)
    qtbot.keyClicks(bar.search, "radio")
    assert names(window.organizations) == ["Free North Korea Radio", "Open Radio for North Korea"]
    window.clear_filters_action.trigger()
    assert len(names(window.organizations)) == 39


def test_contacts_filtered_by_organization_read_on_first_use(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.contacts)
    combo = window.contacts.filter_bar.organization
    assert combo.count() == 1  # only "Any organization" until someone opens it
    combo.setFocus()
    assert combo.count() == 1 + 39
    combo.setCurrentIndex(combo.findText("Leiden University"))
    assert names(window.contacts) == ["Christopher Green"]
    window.contacts.filter_bar.sensitivity.setCurrentIndex(2)  # restricted
    assert names(window.contacts) == []


def test_sorting_by_a_column_both_ways(window: MainWindow) -> None:
    page = window.organizations
    country = page.model.column_index("country")
    page.view.sortByColumn(country, Qt.SortOrder.AscendingOrder)
    countries = names(page, "country")
    national = countries.index("Belgium")
    assert set(countries[:national]) == {"International"}
    assert countries[national:] == sorted(countries[national:])
    page.view.sortByColumn(country, Qt.SortOrder.DescendingOrder)
    assert names(page, "country")[0] == "United States"


def test_long_lists_load_page_by_page(qtbot: QtBot, database: Database) -> None:
    from coalitiondesk.core.records.organizations import create_organization

    with database.transaction() as session:
        for number in range(PAGE_SIZE * 2 + 10):
            create_organization(session=session, name=f"Member {number:04d}")
    window = open_window(qtbot, database)
    model = window.organization_model
    # The first page shows at once; the matches are counted right after.
    assert model.rowCount() == PAGE_SIZE
    qtbot.waitUntil(model.count_known)
    assert model.shown() == PAGE_SIZE * 2 + 10
    assert window.counts_label.text() == f"{PAGE_SIZE * 2 + 10} of {PAGE_SIZE * 2 + 10} " \
        "organizations shown"
    with qtbot.waitSignal(model.matchesCounted):
        window.organizations.filter_bar.search.setText("member")
    assert window.counts_label.text().startswith(f"{PAGE_SIZE * 2 + 10} of ")
    window.organizations.view.scrollToBottom()
    while model.canFetchMore():
        model.fetchMore()
    assert names(window.organizations)[-1] == f"Member {PAGE_SIZE * 2 + 9:04d}"


# --- create, edit, validate, undo ---------------------------------------------------------


def test_create_edit_undo_and_redo(window: MainWindow, demo: Database, qtbot: QtBot) -> None:
    page = window.organizations
    window.new_action.trigger()
    form = page.form
    assert form.record_id is None
    name = form.editor("name").widget
    assert isinstance(name, QLineEdit)
    type_text(name, "Seoul Human Rights Film Festival")
    form.editor("country_code").set_value("KR")
    assert window.save_action.isEnabled()
    window.save_action.trigger()
    assert count_named(demo, "film festival") == 1
    assert form.record_id is not None and not form.is_dirty()
    assert page.current_key() == form.record_id
    assert window.undo_action.text().replace("&", "") == (
        "Undo Add Seoul Human Rights Film Festival")

    type_text(name, "Seoul Human Rights Film Festival (SHRFF)")
    window.save_action.trigger()
    assert "Seoul Human Rights Film Festival (SHRFF)" in names(page)

    window.undo_action.trigger()  # the edit
    assert "Seoul Human Rights Film Festival" in names(page)
    assert form.editor("name").value() == "Seoul Human Rights Film Festival"
    window.undo_action.trigger()  # the creation
    assert count_named(demo, "film festival") == 0
    assert window.counts_label.text() == "39 of 39 organizations shown"
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert count_named(demo, "SHRFF") == 1
    assert page.form.display_name() == "Seoul Human Rights Film Festival (SHRFF)"


def test_invalid_input_is_explained_and_nothing_saved(window: MainWindow, demo: Database) -> None:
    window.tabs.setCurrentWidget(window.contacts)
    select(window.contacts, "Phil Robertson")
    form = window.contacts.form
    email = form.editor("email").widget
    assert isinstance(email, QLineEdit)
    undo_before = window.undo_action.text()
    type_text(email, "phil.hrw.org")
    window.save_action.trigger()
    assert "@" in form.problems()["email"]
    assert window.undo_action.text() == undo_before  # nothing new to undo
    with demo.session() as session:
        from coalitiondesk.core.records.contacts import ContactFilter, list_contacts

        stored = list_contacts(session=session, filters=ContactFilter(search="robertson"))
        assert stored[0].email is None


def test_leaving_unsaved_changes_asks_first(window: MainWindow, qtbot: QtBot) -> None:
    page = window.organizations
    select(page, "Conectas")
    notes = page.form.editor("notes")
    notes.set_value("Met in São Paulo")
    assert page.form.is_dirty() and window.isWindowModified()
    seen: list[str] = []
    answer_next_dialog("Cancel", seen)
    page.view.selectRow(names(page).index("Kontras"))
    assert seen and "Conectas" in seen[0]
    assert page.form.display_name() == "Conectas"  # still on the edited record
    answer_next_dialog("Discard", seen)
    page.view.selectRow(names(page).index("Kontras"))
    assert page.form.display_name() == "Kontras"
    assert not window.isWindowModified()


# --- delete ------------------------------------------------------------------------------------


def test_delete_says_what_it_touches_and_can_be_undone(
    window: MainWindow, demo: Database, qtbot: QtBot
) -> None:
    page = window.organizations
    select(page, "Human Rights Watch")
    seen: list[str] = []
    answer_next_dialog("Cancel", seen)
    window.delete_action.trigger()
    assert "1 contact affiliation" in seen[0] and "1 signature" in seen[0]
    assert count_named(demo, "human rights watch") == 1

    answer_next_dialog("Delete", seen)
    window.delete_action.trigger()
    assert count_named(demo, "human rights watch") == 0
    assert "Human Rights Watch" not in names(page)
    window.undo_action.trigger()
    assert count_named(demo, "human rights watch") == 1
    assert page.form.display_name() == "Human Rights Watch"


def test_delete_key_in_a_text_field_does_not_delete_the_record(
    window: MainWindow, demo: Database, qtbot: QtBot
) -> None:
    page = window.organizations
    select(page, "No Fence")
    name = page.form.editor("name").widget
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert count_named(demo, "no fence") == 1


# --- countries ---------------------------------------------------------------------------------


def test_country_drill_down(window: MainWindow, qtbot: QtBot) -> None:
    window.tabs.setCurrentWidget(window.countries)
    view = window.countries.view
    row = window.countries.model.row_of("JP")
    assert row is not None
    index = window.countries.model.index(row, 1)
    view.scrollTo(index)
    qtbot.wait(20)
    # A real double-click starts with a click; Qt's test double-click alone does not.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=view.visualRect(index).center())
    assert window.tabs.currentWidget() is window.organizations
    shown = names(window.organizations)
    assert len(shown) == 6 and "No Fence" in shown
    assert window.organizations.filter_bar.country.currentData() == "JP"


def test_short_form_edit_reaches_the_countries_table(window: MainWindow) -> None:
    page = window.countries
    window.tabs.setCurrentWidget(page)
    page.select_code("US")
    page.details.short_form.setText("U.S.A.")
    page.details.save_short_form.click()
    row = page.model.row_of("US")
    assert row is not None
    assert page.model.index(row, page.model.column_index("short_form")).data() == "U.S.A."
    members = page.model.index(row, page.model.column_index("members")).data()
    assert members == 4


def test_chart_counts_members(window: MainWindow) -> None:
    counts = dict(window.countries.model.members_by_country())
    assert counts["South Korea"] == 7  # Daily NK is not a member
    assert counts["Japan"] == 6
    window.countries.chart_by.setCurrentIndex(1)
    assert dict(window.countries.model.members_by_region())["Asia"] == 15


# --- remembered state -----------------------------------------------------------------------------


def test_window_state_comes_back_in_a_new_window(window: MainWindow, qtbot: QtBot,
                                                 demo: Database) -> None:
    window.resize(window.minimumSizeHint().width(), 700)  # fits the 800-pixel offscreen screen
    size = window.size()
    window.tabs.setCurrentWidget(window.contacts)
    page = window.contacts
    email = page.model.column_index("email")
    page.view.horizontalHeader().setSectionHidden(email, True)
    page.view.setColumnWidth(0, 333)
    page.view.sortByColumn(page.model.column_index("country"), Qt.SortOrder.DescendingOrder)
    window.close()

    again = open_window(qtbot, demo)
    assert again.tabs.currentWidget() is again.contacts
    assert again.size() == size
    header = again.contacts.view.horizontalHeader()
    assert header.isSectionHidden(email)
    assert again.contacts.view.columnWidth(0) == 333
    assert header.sortIndicatorSection() == again.contacts.model.column_index("country")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert names(again.contacts, "country")[0] == "South Korea"


def test_dropping_a_spreadsheet_opens_the_import_wizard_on_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    from coalitiondesk.ui.dialogs.import_wizard import ImportWizard

    workbook = Path(__file__).parents[1] / "data" / "import" / "partner_members.xlsx"
    assert workbook.exists()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(workbook))])
    event = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    seen: list[QDialog] = []
    close_next_window(ImportWizard, seen)
    window.dropEvent(event)
    assert len(seen) == 1
    assert isinstance(seen[0], ImportWizard)
    assert seen[0].file_page.path.text() == str(workbook)


def test_window_renders_every_tab(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        image = tmp_path / f"tab{index}.png"
        assert window.grab().save(str(image))
        assert image.stat().st_size > 10_000


def test_export_opens_on_the_current_tab_and_filter(window: MainWindow, qtbot: QtBot) -> None:
    from coalitiondesk.ui.dialogs.export_dialog import ExportDialog

    window.tabs.setCurrentWidget(window.contacts)
    qtbot.keyClicks(window.contacts.filter_bar.search, "robertson")
    opened: list[QDialog] = []
    close_next_window(ExportDialog, opened)
    window.export_action.trigger()
    assert len(opened) == 1
    dialog = opened[0]
    assert isinstance(dialog, ExportDialog)
    assert dialog.kind_box.currentData() == "contacts"
    assert "robertson" in dialog.scope_filter.text()


def test_backups_window_opens_from_the_file_menu(window: MainWindow) -> None:
    from coalitiondesk.ui.dialogs.backups_dialog import BackupsDialog

    opened: list[QDialog] = []
    close_next_window(BackupsDialog, opened)
    window.backup_action.trigger()
    assert len(opened) == 1


def test_overdue_follow_ups_show_in_the_status_bar(qtbot: QtBot, demo: Database) -> None:
    from datetime import date, timedelta

    from coalitiondesk.core.records.activities import create_activity

    with demo.transaction() as session:
        create_activity(session=session, activity_date=date(2011, 9, 7), subject="Thank Kontras",
                        follow_up_on=date.today() - timedelta(days=3))
    window = open_window(qtbot, demo)
    assert window.overdue_label.text() == "1 follow-up(s) overdue"
    window.tabs.setCurrentWidget(window.activities)
    window.activities.show_due(True)
    window.activities.due_view.selectRow(0)
    window.activities.mark_done()
    assert window.overdue_label.text() == ""
