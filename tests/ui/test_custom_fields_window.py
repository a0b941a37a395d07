"""Edit › Own Fields and the forms' rows for them: a field defined in the window, set in
a contact's form, saved, searched, filtered, refused when wrong, removed after the
question naming its count of values, and brought back by an undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coalitiondesk.core.journal import undo
from coalitiondesk.core.records import contacts, custom_fields, edits
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.dialogs.custom_fields_dialog import CustomFieldsDialog
from coalitiondesk.ui.forms import ContactForm
from coalitiondesk.ui.forms.custom_values_editor import CustomValuesEditor
from coalitiondesk.ui.forms.editors import CheckEditor, ChoiceEditor, DateEditor, LineEditor


def _answer_next_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(20, press)


def _define(dialog: CustomFieldsDialog, name: str, type_index: int, choices: str = "") -> None:
    dialog.new_name.setText(name)
    dialog.new_type.setCurrentIndex(type_index)
    dialog.new_choices.setPlainText(choices)
    dialog.add_button.click()


def _found(database: Database, **filters: object) -> list[str | None]:
    with database.session() as session:
        return [contact.family_name for contact in contacts.list_contacts(
            session=session, filters=contacts.ContactFilter(**filters))]  # type: ignore[arg-type]


def test_a_field_defined_in_the_window_is_edited_in_the_form_and_found(
        qtbot: QtBot, database: Database) -> None:
    dialog = CustomFieldsDialog(database)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(1)  # contacts
    _define(dialog, "Region of origin", 0)
    _define(dialog, "Interviewed on", 2)
    _define(dialog, "Trust", 4, "High\nLow")
    _define(dialog, "Vetted", 3)
    assert dialog.changed
    assert [dialog.fields.item(row).text() for row in range(dialog.fields.count())] == [
        "Region of origin (Text)", "Interviewed on (Date)", "Trust (One of a list): High, Low",
        "Vetted (Yes or no)"]
    with database.session() as session:
        region, when, trust, vetted = custom_fields.list_custom_fields(
            session=session, record_kind="contact")

    saved = edits.save_record(database, kind="contact", name="Kim",
                              values={"family_name": "Kim"})
    form = ContactForm(database)
    qtbot.addWidget(form)
    form.load(saved.record_id)
    editor = form.editor(custom_fields.COLUMN)
    assert isinstance(editor, CustomValuesEditor) and editor.widget.isVisibleTo(form)
    assert region.id and when.id and trust.id and vetted.id
    region_editor, when_editor = editor.editor(region.id), editor.editor(when.id)
    trust_editor, vetted_editor = editor.editor(trust.id), editor.editor(vetted.id)
    assert isinstance(region_editor, LineEditor) and isinstance(when_editor, DateEditor)
    assert isinstance(trust_editor, ChoiceEditor) and isinstance(vetted_editor, CheckEditor)
    region_editor.set_value("함경북도 무산군")
    when_editor.set_value(dt.date(2024, 5, 1))
    trust_editor.set_value("High")
    vetted_editor.set_value(True)
    assert form.is_dirty()
    assert form.validate()
    edits.save_record(database, kind="contact", name="Kim", record_id=saved.record_id,
                      values=form.values())
    form.load(saved.record_id)
    assert not form.is_dirty()
    assert editor.editor(region.id).value() == "함경북도 무산군"
    assert editor.editor(when.id).value() == dt.date(2024, 5, 1)
    assert _found(database, search="무산") == ["Kim"]
    assert _found(database, custom=((trust.id, "high"), (vetted.id, True))) == ["Kim"]
    assert _found(database, custom=((when.id, "2024-05-01"),)) == ["Kim"]

    # Removing the field asks, naming how many records hold a value; undo brings it back.
    seen: list[str] = []
    dialog.fields.setCurrentRow(0)
    _answer_next_question(QMessageBox.StandardButton.Yes, seen)
    dialog.remove_selected()
    assert len(seen) == 1
    assert seen[0].startswith("Remove “Region of origin” and its value from 1 record")
    assert _found(database, search="무산") == []
    form.load(saved.record_id)
    assert region.id not in {d.id for d in editor.definitions}
    undo.undo(database)
    assert _found(database, search="무산") == ["Kim"]
    form.load(saved.record_id)
    assert editor.editor(region.id).value() == "함경북도 무산군"


def test_a_number_that_is_not_one_is_shown_under_the_fields_and_not_saved(
        qtbot: QtBot, database: Database) -> None:
    field = custom_fields.add_field(database, record_kind="organization", label="Staff",
                                    value_type="number")
    assert field.id is not None
    from coalitiondesk.ui.forms import OrganizationForm

    form = OrganizationForm(database)
    qtbot.addWidget(form)
    form.load(None)
    form.editor("name").set_value("Seoul Forum")
    editor = form.editor(custom_fields.COLUMN)
    assert isinstance(editor, CustomValuesEditor)
    editor.editor(field.id).set_value("about twelve")
    assert not form.validate()
    assert form.problems()[custom_fields.COLUMN] == "Staff: about twelve is not a number"
    editor.editor(field.id).set_value("12")
    assert form.validate()
    assert custom_fields.read_values(form.values()[custom_fields.COLUMN]) == {field.id: 12}


def test_a_name_already_taken_is_one_message_and_adds_nothing(
        qtbot: QtBot, database: Database) -> None:
    dialog = CustomFieldsDialog(database)
    qtbot.addWidget(dialog)
    _define(dialog, "Founded", 1)
    seen: list[str] = []
    _answer_next_question(QMessageBox.StandardButton.Ok, seen)
    _define(dialog, "founded", 0)
    assert seen == ["There is already a field called Founded"]
    with database.session() as session:
        assert len(custom_fields.list_custom_fields(session=session,
                                                    record_kind="organization")) == 1


def test_the_filter_bar_offers_choice_and_yes_no_fields(qtbot: QtBot, database: Database) -> None:
    from coalitiondesk.ui.widgets.filter_bar import ContactFilterBar

    bar = ContactFilterBar(database)
    qtbot.addWidget(bar)
    assert bar.own.isHidden()  # no own fields yet: the row is as before
    trust = custom_fields.add_field(database, record_kind="contact", label="Trust",
                                    value_type="choice", choices=["High", "Low"])
    custom_fields.add_field(database, record_kind="contact", label="Home region")
    assert trust.id is not None
    edits.save_record(database, kind="contact", name="Kim", values={
        "family_name": "Kim", "custom_values": custom_fields.encode_values({trust.id: "High"})})
    edits.save_record(database, kind="contact", name="Lee", values={"family_name": "Lee"})
    bar.reload_choices()
    assert not bar.own.isHidden()
    assert [bar.own.itemText(index) for index in range(bar.own.count())] == [
        "Any own field", "Trust: High", "Trust: Low"]
    bar.own.setCurrentIndex(1)
    assert bar.filters().custom == ((trust.id, "High"),)
    assert bar.is_filtering()
    with database.session() as session:
        assert [c.family_name for c in contacts.list_contacts(
            session=session, filters=bar.filters())] == ["Kim"]
    bar.clear()
    assert bar.filters().custom == ()
