"""Edit › Find Duplicates… and Change Selected…, driven as a coordinator drives them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.models import JournalOperation, OrganizationAlias
from coalitiondesk.core.records import organizations
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.dialogs.bulk_change_dialog import BulkChangeDialog
from coalitiondesk.ui.dialogs.duplicates_dialog import DuplicatesDialog

pytestmark = pytest.mark.usefixtures("fresh_settings")


@pytest.fixture
def demo(database: Database) -> Database:
    with database.transaction() as session:
        load_demo(session=session)
        organizations.create_organization(session=session, name="Human Right Watch",
                                          country_code="US", email="hrw@example.org")
    return database


def _organization(database: Database, name: str) -> organizations.Organization | None:
    with database.session() as session:
        return organizations.find_organization(session=session, name=name)


def test_a_pair_is_merged_with_the_values_ticked_on_either_side(
        qtbot: QtBot, demo: Database) -> None:
    dialog = DuplicatesDialog(demo)
    qtbot.addWidget(dialog)
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    dialog.find_pairs()
    assert dialog.list.rowCount() == 1
    assert {dialog.list.item(0, column).text() for column in (1, 2)} == {
        "Human Rights Watch", "Human Right Watch (US)"}
    rows = {dialog.fields.item(row, 0).text(): row for row in range(dialog.fields.rowCount())}
    assert {"Name", "Country code", "Email"} <= set(rows)
    # The survivor is the first record; take the other's spelling of the name.
    other_column = 1 if dialog.list.item(0, 1).text().startswith("Human Right Watch") else 2
    if other_column == 1:
        dialog.keep_second.setChecked(True)
        rows = {dialog.fields.item(r, 0).text(): r for r in range(dialog.fields.rowCount())}
    name = dialog.fields.item(rows["Name"], other_column)
    name.setCheckState(Qt.CheckState.Checked)
    assert dialog.fields.item(rows["Name"], 3 - other_column).checkState() == (
        Qt.CheckState.Unchecked)
    assert dialog.chosen_values()["name"] == "Human Right Watch"
    dialog.merge_button.click()
    assert changed == [True]
    assert dialog.list.rowCount() == 0
    kept = _organization(demo, "Human Right Watch")
    assert kept is not None and (kept.country_code, kept.email) == ("US", "hrw@example.org")
    assert _organization(demo, "Human Rights Watch") is None
    with demo.session() as session:
        assert [a.name for a in session.exec(select(OrganizationAlias)).all()] == [
            "Human Rights Watch"]


def test_not_duplicates_takes_the_pair_out_for_good(qtbot: QtBot, demo: Database) -> None:
    dialog = DuplicatesDialog(demo)
    qtbot.addWidget(dialog)
    dialog.find_pairs()
    dialog.different_button.click()
    assert dialog.list.rowCount() == 0
    dialog.find_pairs()
    assert dialog.list.rowCount() == 0
    assert dialog.why.text() == "No likely duplicates."


def _when_shown(kind: type, act: Callable[[object], None]) -> None:
    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def test_change_selected_says_how_many_change_and_one_undo_takes_it_back(
        qtbot: QtBot, demo: Database) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.organizations
    selection = page.view.selectionModel()
    for row in range(3):
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    seen: list[str] = []

    def choose(dialog: object) -> None:
        assert isinstance(dialog, BulkChangeDialog)
        assert dialog.scope_selected.isChecked()
        dialog.field.setCurrentIndex(dialog.field.findData("membership_status"))
        dialog.choice.setCurrentIndex(dialog.choice.findData("former"))
        dialog.note.setText("Left after the assembly")
        seen.append(dialog.summary.text())
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append(ok.text())
        ok.click()

    _when_shown(BulkChangeDialog, choose)
    assert window.change_selected_action.isEnabled()
    window.change_selected_action.trigger()
    assert seen == ["3 of the 3 chosen record(s) will change.", "Change 3 record(s)"]
    with demo.session() as session:
        assert organizations.count_organizations(
            session=session, filters=OrganizationFilter(membership_status="former")) == 3
        latest = session.exec(select(JournalOperation).order_by(
            JournalOperation.id.desc())).first()  # type: ignore[union-attr]
        assert latest is not None and latest.label == "Change membership status of 3 records"
    statuses = [page.model.index(row, page.model.column_index("membership_status")).data()
                for row in range(3)]
    assert statuses == ["Former"] * 3
    window.undo()
    with demo.session() as session:
        assert organizations.count_organizations(
            session=session, filters=OrganizationFilter(membership_status="former")) == 0
    for page_ in window.record_pages():
        page_.form.revert()


def test_a_change_nothing_would_alter_cannot_be_run(qtbot: QtBot, demo: Database) -> None:
    dialog = BulkChangeDialog(demo, kind="organization", selected=[],
                              filters=OrganizationFilter(search="Freedom House"))
    qtbot.addWidget(dialog)
    assert dialog.scope_filtered.isChecked() and not dialog.scope_selected.isEnabled()
    dialog.field.setCurrentIndex(dialog.field.findData("remove_tag"))
    dialog.tag.setText("no such tag")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.summary.text() == "0 of the 1 chosen record(s) will change."
    dialog.tag.setText(" ")
    assert not ok.isEnabled() and dialog.summary.text() == "A tag needs a name"


def test_an_own_field_is_set_and_cleared_on_the_chosen_records(qtbot: QtBot,
                                                              demo: Database) -> None:
    from coalitiondesk.core.records import custom_fields

    field = custom_fields.add_field(demo, record_kind="organization", label="Working group",
                                    value_type="choice", choices=["Asia", "Europe"])
    assert field.id is not None
    key = custom_fields.field_key(field.id)
    korean = OrganizationFilter(country_code="KR")
    with demo.session() as session:
        count = organizations.count_organizations(session=session, filters=korean)
    dialog = BulkChangeDialog(demo, kind="organization", selected=[], filters=korean)
    qtbot.addWidget(dialog)
    dialog.field.setCurrentIndex(dialog.field.findData(key))
    assert dialog.field.currentText() == "Own field: Working group"
    assert dialog.values.currentWidget() is dialog.own_choice
    dialog.own_choice.setCurrentIndex(dialog.own_choice.findData("Asia"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.summary.text() == f"{count} of the {count} chosen record(s) will change."
    ok.click()
    assert dialog.result_ is not None and dialog.result_.changes
    with demo.session() as session:
        assert organizations.count_organizations(session=session, filters=OrganizationFilter(
            custom=((field.id, "Asia"),))) == count
    again = BulkChangeDialog(demo, kind="organization", selected=[], filters=korean)
    qtbot.addWidget(again)
    again.field.setCurrentIndex(again.field.findData(key))
    again.own_choice.setCurrentIndex(0)  # empty: cleared
    assert again.summary.text() == f"{count} of the {count} chosen record(s) will change."
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with demo.session() as session:
        assert organizations.count_organizations(session=session, filters=OrganizationFilter(
            custom=((field.id, "Asia"),))) == 0


def test_the_records_shown_go_on_a_letter_as_recipients(qtbot: QtBot,
                                                        demo: Database) -> None:
    from coalitiondesk.core.models import Contact, Recipient, Sensitivity
    from coalitiondesk.core.records import contacts, letters
    from coalitiondesk.core.records.contacts import ContactFilter

    with demo.transaction() as session:
        letters.create_letter(session=session, title="Stop the executions")
        letter = letters.create_letter(session=session, title="Briefing")
        contacts.create_contact(session=session, given_name="Min", family_name="Kim",
                                sensitivity="restricted")
        people = session.exec(select(Contact)).all()
        restricted = sum(person.sensitivity == Sensitivity.restricted for person in people)
    assert restricted > 0
    dialog = BulkChangeDialog(demo, kind="contact", selected=[], filters=ContactFilter())
    qtbot.addWidget(dialog)
    labels = [dialog.field.itemText(row) for row in range(dialog.field.count())]
    assert "Put on a letter as recipients" in labels
    assert "Put on a letter as signatories" not in labels
    dialog.field.setCurrentIndex(dialog.field.findData("letter:recipients"))
    dialog.letter.setCurrentIndex(dialog.letter.findData(letter.id))
    total = len(people)
    assert dialog.summary.text() == (
        f"{total - restricted} of the {total} chosen record(s) will be put on the letter. "
        f"{restricted} restricted contact(s) stay off it: the letter does not allow them.")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == f"Add {total - restricted} record(s)"
    ok.click()
    with demo.session() as session:
        assert len(session.exec(select(Recipient).where(
            Recipient.letter_id == letter.id)).all()) == total - restricted
