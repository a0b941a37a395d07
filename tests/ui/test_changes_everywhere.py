"""The window and the database agree, whoever changes it: a form open during an import,
the command line beside the window, undo of every tab's delete, Ctrl+Z from a field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from window_support import answer_next_dialog, names, open_window, select

from coalitiondesk.core.models import Activity
from coalitiondesk.core.records import organizations
from coalitiondesk.core.records.letters import find_letter
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.models.table_models import KEY_ROLE

pytestmark = pytest.mark.usefixtures("fresh_settings")


@pytest.fixture
def window(qtbot: QtBot, demo: Database) -> MainWindow:
    return open_window(qtbot, demo)


def stored(database: Database, name: str) -> organizations.Organization:
    with database.session() as session:
        found = organizations.find_organization(session=session, name=name)
        assert found is not None
        return found


def import_change(database: Database, name: str) -> None:
    """What an import does to a record while its form is open."""
    with database.operation("import", "Import partners.xlsx") as operation:
        organization = organizations.find_organization(session=operation.session, name=name)
        assert organization is not None and organization.id is not None
        organizations.update_organization(
            session=operation.session, organization_id=organization.id,
            email="hrwpress@hrw.org", website="https://www.hrw.org", city="New York")


def test_a_stale_form_does_not_erase_what_an_import_wrote(
        window: MainWindow, demo: Database, qtbot: QtBot) -> None:
    page = window.organizations
    select(page, "Human Rights Watch")
    notes = page.form.editor("notes")
    notes.set_value("Met in Tokyo")
    import_change(demo, "Human Rights Watch")
    seen: list[str] = []
    answer_next_dialog("Cancel", seen)
    window.save_action.trigger()
    assert "Import partners.xlsx" in seen[0]
    after = stored(demo, "Human Rights Watch")
    assert (after.email, after.website, after.city) == (
        "hrwpress@hrw.org", "https://www.hrw.org", "New York")
    assert page.form.is_dirty()  # the person's edit is still there to decide on

    answer_next_dialog("Put my edits on top", seen)
    window.save_action.trigger()
    form = page.form
    assert form.editor("notes").value() == "Met in Tokyo"
    assert form.editor("email").value() == "hrwpress@hrw.org"
    window.save_action.trigger()
    after = stored(demo, "Human Rights Watch")
    assert (after.notes, after.email, after.city) == ("Met in Tokyo", "hrwpress@hrw.org",
                                                      "New York")


def test_a_form_without_edits_follows_a_change_made_elsewhere(
        window: MainWindow, demo: Database) -> None:
    page = window.organizations
    select(page, "Human Rights Watch")
    import_change(demo, "Human Rights Watch")  # as the command line beside the window would
    window.watcher.sync()
    assert page.form.editor("email").value() == "hrwpress@hrw.org"
    assert not page.form.is_dirty()
    assert page.current_key() == page.form.record_id


def test_a_failed_save_from_the_prompt_keeps_list_and_form_together(
        window: MainWindow, qtbot: QtBot) -> None:
    page = window.organizations
    select(page, "Human Rights Watch")
    email = page.form.editor("email").widget
    assert isinstance(email, QLineEdit)
    email.setText("not an e-mail")
    answer_next_dialog("Save", [])
    page.view.selectRow(names(page).index("Amnesty International"))
    qtbot.wait(50)
    assert page.form.display_name() == "Human Rights Watch"
    assert page.model.index(page.view.currentIndex().row(),
                            page.model.column_index("name")).data() == "Human Rights Watch"


@pytest.mark.parametrize("tab", ["organizations", "contacts", "letters", "activities"])
def test_every_tabs_delete_is_undone_by_edit_undo(
        window: MainWindow, demo: Database, qtbot: QtBot, tab: str) -> None:
    seen: list[str] = []
    if tab == "organizations":
        window.tabs.setCurrentWidget(window.organizations)
        select(window.organizations, "Human Rights Watch")
    elif tab == "contacts":
        window.tabs.setCurrentWidget(window.contacts)
        window.contacts.view.selectRow(0)
    elif tab == "letters":
        window.tabs.setCurrentWidget(window.letters)
        window.letters.view.selectRow(0)
    else:
        window.tabs.setCurrentWidget(window.activities)
        window.activities.view.selectRow(0)
    before = rows(demo)
    answer_next_dialog("Delete" if tab != "activities" else "Yes", seen)
    window.delete_action.trigger()
    assert rows(demo) != before, seen
    if tab == "letters":
        assert "32 signature" in seen[0]
    window.undo_action.trigger()
    assert rows(demo) == before


def rows(database: Database) -> tuple[int, ...]:
    from sqlmodel import func, select

    from coalitiondesk.core.models import Contact, Letter, Organization, Signature

    with database.session() as session:
        return tuple(int(session.exec(select(func.count()).select_from(model)).one())
                     for model in (Organization, Contact, Letter, Signature, Activity))


def test_deleting_a_letter_defaults_to_cancel(window: MainWindow, demo: Database) -> None:
    window.tabs.setCurrentWidget(window.letters)
    window.letters.view.selectRow(0)
    seen: list[str] = []

    def press_enter() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.defaultButton().text())
                widget.defaultButton().click()
                return
        QTimer.singleShot(20, press_enter)

    QTimer.singleShot(20, press_enter)
    window.delete_action.trigger()
    assert seen == ["Cancel"]
    with demo.session() as session:
        assert find_letter(session=session, title="Letter to Kim Jong-il") is not None


def test_ctrl_z_in_a_field_after_saving_undoes_the_save(
        window: MainWindow, demo: Database, qtbot: QtBot) -> None:
    page = window.organizations
    select(page, "Kontras")
    name = page.form.editor("name").widget
    assert isinstance(name, QLineEdit)
    name.setFocus()
    name.selectAll()
    name.insert("KontraS")
    window.save_action.trigger()
    assert stored(demo, "KontraS").name == "KontraS"
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(demo, "Kontras").name == "Kontras"


def test_a_sorted_countries_table_shows_the_country_clicked(window: MainWindow) -> None:
    countries = window.countries
    window.tabs.setCurrentWidget(countries)
    countries.view.selectRow(0)
    first = countries.details.code
    name_column = 0
    countries.view.sortByColumn(name_column, Qt.SortOrder.DescendingOrder)
    countries.view.selectRow(0)
    top = countries.model.index(0, 0).data(KEY_ROLE)
    assert top != first and countries.details.code == top


def test_showing_a_countrys_organizations_leaves_no_other_record_in_the_form(
        window: MainWindow) -> None:
    page = window.organizations
    select(page, "Human Rights Watch")  # international: no country
    window.show_country_organizations("JP")
    assert "Human Rights Watch" not in names(page)
    assert page.form.record_id is None or page.form.display_name() in names(page)


def test_the_history_window_lists_changes_and_undoes_a_chosen_one(
        window: MainWindow, demo: Database, qtbot: QtBot) -> None:
    from coalitiondesk.ui.dialogs.history_dialog import HistoryDialog

    page = window.organizations
    select(page, "Kontras")
    page.form.editor("notes").set_value("Met in Jakarta")
    window.save_action.trigger()
    select(page, "No Fence")
    page.form.editor("notes").set_value("Met in Tokyo")
    window.save_action.trigger()
    dialog = HistoryDialog(demo, window)
    qtbot.addWidget(dialog)
    dialog.undone.connect(window.watcher.sync)
    labels = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    assert labels[:2] == ["Edit No Fence", "Edit Kontras"]
    assert labels[-2:] == ["Load the demo coalition", "Add the list of countries"]
    dialog.table.selectRow(1)  # the older edit: nothing later touched Kontras
    assert dialog.undo_selected()
    assert stored(demo, "Kontras").notes != "Met in Jakarta"
    assert stored(demo, "No Fence").notes == "Met in Tokyo"
    assert dialog.table.item(0, 2).text() == "Undo Edit Kontras"
    assert dialog.table.item(2, 4).text() == "undone"
    dialog.search.setText("Kontras")
    assert all("Kontras" in dialog.table.item(row, 2).text() or
               dialog.table.item(row, 2).text().startswith(("Undo", "Load"))
               for row in range(dialog.table.rowCount()))
