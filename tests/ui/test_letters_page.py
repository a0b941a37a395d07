"""The Letters tab: the editor, its fields and problems, signatories and recipients."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from coalitiondesk.core.merge.templates import is_rich_text
from coalitiondesk.core.records import outreach
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.letters import find_letter, get_letter
from coalitiondesk.core.records.organizations import find_organization
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.pages.letters_page import LettersPage
from coalitiondesk.ui.widgets.recipients_panel import RecipientModel, ResponseDialog
from coalitiondesk.ui.widgets.signatories_panel import SignatoriesPanel, SignatoryModel

DEMO_LETTER = "Letter to Kim Jong-il"


def make_page(qtbot: QtBot, database: Database) -> LettersPage:
    page = LettersPage(database)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def stored_body(database: Database, letter_id: int) -> str:
    with database.session() as session:
        return get_letter(session=session, letter_id=letter_id).body


def field_action(page: LettersPage, key: str) -> QAction:
    for group in page.editor.body.field_menu.actions():
        submenu = group.menu()
        for action in submenu.actions() if submenu is not None else []:
            if action.data() == key:
                return action
    raise AssertionError(f"no menu entry for {key}")


def organization_id(database: Database, name: str) -> int:
    with database.session() as session:
        found = find_organization(session=session, name=name)
        assert found is not None and found.id is not None
        return found.id


# --- the editor ---------------------------------------------------------------------


def test_the_demo_letter_is_listed_with_its_counts(qtbot: QtBot, demo: Database) -> None:
    page = make_page(qtbot, demo)
    model = page.model
    assert model.rowCount() == 1
    cells = model.row_at(0).cells
    assert cells[model.column_index("title")] == DEMO_LETTER
    assert cells[model.column_index("signatories")] == 32
    assert cells[model.column_index("recipients")] == 1
    assert page.editor.title.text() == DEMO_LETTER
    assert "{{ salutation }}" in page.editor.body.edit.toPlainText()
    assert not page.is_dirty()


def test_typing_and_inserting_a_field_is_saved_in_the_body(
        qtbot: QtBot, demo: Database) -> None:
    page = make_page(qtbot, demo)
    letter_id = page.new_letter("Appeal to the Minister")
    assert letter_id is not None
    assert page.editor.title.text() == "Appeal to the Minister"
    body = page.editor.body.edit
    qtbot.keyClicks(body, "To ")
    field_action(page, "full_name").trigger()
    qtbot.keyClicks(body, ", with our thanks.")
    assert page.is_dirty()
    assert page.editor.save_button.isEnabled()
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)

    assert stored_body(demo, letter_id) == "To {{ full_name }}, with our thanks."
    assert not page.is_dirty()
    assert page.editor.body.problem_messages() == []


def test_formatting_is_kept_as_rich_text(qtbot: QtBot, demo: Database) -> None:
    page = make_page(qtbot, demo)
    letter_id = page.new_letter("Formatted")
    assert letter_id is not None
    body = page.editor.body
    qtbot.keyClicks(body.edit, "Urgent")
    body.edit.selectAll()
    body.bold_action.trigger()
    assert page.save()
    saved = stored_body(demo, letter_id)
    assert is_rich_text(saved)
    assert "font-weight" in saved and "Urgent" in saved
    page.editor.load(letter_id)
    assert page.editor.body.edit.toPlainText() == "Urgent"
    assert not page.is_dirty()


def test_an_unknown_field_is_named_under_the_editor(qtbot: QtBot, demo: Database) -> None:
    page = make_page(qtbot, demo)
    page.new_letter("Misspelt")
    problems = page.editor.body.problems
    qtbot.keyClicks(page.editor.body.edit, "{{ salutaton }}")
    qtbot.waitUntil(problems.isVisible, timeout=3000)
    assert "salutaton" in problems.text()
    page.editor.body.edit.clear()
    qtbot.keyClicks(page.editor.body.edit, "{{ salutation }}")
    qtbot.waitUntil(lambda: not problems.isVisible(), timeout=3000)


def test_leaving_a_letter_with_unsaved_changes_asks_first(
        qtbot: QtBot, demo: Database) -> None:
    page = make_page(qtbot, demo)
    first = page.new_letter("First")
    second = page.new_letter("Second")
    assert first is not None and second is not None
    qtbot.keyClicks(page.editor.closing, " truly")

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
    page.view.selectRow(page.model.row_of(first) or 0)
    assert page.current_letter() == second and page.is_dirty()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Save))
    page.view.selectRow(page.model.row_of(first) or 0)
    assert page.current_letter() == first
    with demo.session() as session:
        assert get_letter(session=session, letter_id=second).closing == (
            "Yours sincerely, truly")


def test_a_new_letter_with_a_taken_title_is_refused(qtbot: QtBot, demo: Database) -> None:
    page = make_page(qtbot, demo)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().close())  # type: ignore[union-attr]
    assert page.new_letter(DEMO_LETTER.upper()) is None
    assert page.model.rowCount() == 1


# --- signatories --------------------------------------------------------------------


def add_by_typing(qtbot: QtBot, panel: SignatoriesPanel, name: str) -> None:
    search = panel.picker.lineEdit()
    assert search is not None
    search.clear()
    qtbot.keyClicks(search, name)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def organizations_in_order(panel: SignatoriesPanel) -> list[str]:
    return [item.organization for item in panel.model.items]


def test_signatories_are_added_reordered_and_signed(qtbot: QtBot, demo: Database) -> None:
    page = make_page(qtbot, demo)
    page.new_letter("Joint statement")
    panel = page.signatories
    page.details.setCurrentWidget(panel)
    for name in ("Human Rights Watch", "Conectas", "Free NK Gulag"):
        add_by_typing(qtbot, panel, name)
    assert organizations_in_order(panel) == ["Human Rights Watch", "Conectas", "Free NK Gulag"]
    assert {item.status for item in panel.model.items} == {"invited"}
    assert panel.block_lines() == []  # only signed organizations print

    model = panel.model
    for row in range(3):
        assert model.setData(model.index(row, SignatoryModel.STATUS), "signed")
    assert panel.block_lines() == ["Human Rights Watch", "Conectas (Brazil)", "Free NK Gulag (ROK)"]
    assert model.index(0, SignatoryModel.STATUS).data() == "Signed"
    assert model.index(0, SignatoryModel.DATE).data() == date.today().isoformat()

    panel.select(model.items[0].signature_id)
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert organizations_in_order(panel) == ["Conectas", "Human Rights Watch", "Free NK Gulag"]
    assert panel.block_lines()[:2] == ["Conectas (Brazil)", "Human Rights Watch"]
    assert panel.selected_id() == model.items[1].signature_id  # the moved one stays selected

    assert model.setData(model.index(2, SignatoryModel.STATUS), "withdrawn")
    assert panel.block_lines() == ["Conectas (Brazil)", "Human Rights Watch"]

    qtbot.mouseClick(panel.sort_button, Qt.MouseButton.LeftButton)
    assert organizations_in_order(panel) == ["Conectas", "Free NK Gulag", "Human Rights Watch"]
    row = page.model.row_of(page.current_letter())
    assert page.model.row_at(row or 0).cells[page.model.column_index("signatories")] == 2


def test_status_is_chosen_from_a_drop_down(qtbot: QtBot, demo: Database) -> None:
    page = make_page(qtbot, demo)
    page.new_letter("Drop-down")
    panel = page.signatories
    page.details.setCurrentWidget(panel)
    panel.add_organization(organization_id(demo, "Conectas"))
    index = panel.model.index(0, SignatoryModel.STATUS)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    combo = panel.view.indexWidget(index) or panel.view.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("signed"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: panel.block_lines() == ["Conectas (Brazil)"], timeout=3000)


def test_a_pasted_list_opens_the_import_wizard_for_this_letter(
        qtbot: QtBot, demo: Database) -> None:
    page = make_page(qtbot, demo)
    page.new_letter("Pasted")
    wizard = page.signatories.open_import("Burma Partnership (Thailand)\nKontras (Indonesia)\n")
    assert wizard.letter_title == "Pasted"
    assert wizard.file_page.from_text.isChecked()
    assert "Kontras" in wizard.file_page.text.toPlainText()
    wizard.reject()


# --- recipients ---------------------------------------------------------------------


@pytest.fixture
def people(demo: Database) -> dict[str, int]:
    with demo.transaction() as session:
        made = {
            "mailable": create_contact(
                session=session, given_name="Yanghee", family_name="Lee",
                street="Palais des Nations", city="Geneva", postcode="1211",
                address_country_code="CH"),
            "no_mail": create_contact(
                session=session, given_name="Marzuki", family_name="Darusman",
                street="Jl. Sudirman 1", city="Jakarta", address_country_code="ID",
                do_not_mail=True),
        }
        return {key: contact.id for key, contact in made.items() if contact.id is not None}


def reasons(page: LettersPage) -> dict[str, str]:
    model = page.recipients.model
    return {model.index(row, RecipientModel.NAME).data():
            model.index(row, RecipientModel.PRINTS).data() for row in range(model.rowCount())}


def test_recipients_show_whether_they_will_print_and_why_not(
        qtbot: QtBot, demo: Database, people: dict[str, int]) -> None:
    page = make_page(qtbot, demo)
    page.new_letter("Mailing to rapporteurs")
    panel = page.recipients
    page.details.setCurrentWidget(panel)
    search = panel.picker.lineEdit()
    assert search is not None
    qtbot.keyClicks(search, "Yanghee Lee")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.sources.selected_contacts = lambda: [people["no_mail"]]
    panel.add_from("selected_contacts")
    assert reasons(page) == {"Yanghee Lee": "✓", "Marzuki Darusman": "Do not mail"}
    assert panel.summary.text() == "1 of 2 will be printed"

    assert panel.add(contact_ids=[people["mailable"]]) == 0  # already on the letter
    assert panel.model.rowCount() == 2
    row = page.model.row_of(page.current_letter())
    assert page.model.row_at(row or 0).cells[page.model.column_index("recipients")] == 2

    panel.view.selectRow(1)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert list(reasons(page)) == ["Yanghee Lee"]


def test_recording_a_response_shows_in_the_list_and_on_the_timeline(
        qtbot: QtBot, demo: Database, people: dict[str, int]) -> None:
    page = make_page(qtbot, demo)
    page.new_letter("Request for a meeting")
    panel = page.recipients
    panel.add(contact_ids=[people["mailable"]])
    panel.view.selectRow(0)

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ResponseDialog)
        dialog.note.setPlainText("Agreed to meet in Geneva")
        dialog.accept()

    QTimer.singleShot(0, respond)
    assert panel.record_response()
    response = panel.model.index(0, RecipientModel.RESPONSE).data()
    assert date.today().isoformat() in response and "Agreed to meet in Geneva" in response
    with demo.session() as session:
        entries = outreach.timeline(session=session, contact_id=people["mailable"])
    assert any("Agreed to meet in Geneva" in entry.detail for entry in entries)


def test_no_reply_by_the_deadline_is_one_action(
        qtbot: QtBot, demo: Database, people: dict[str, int]) -> None:
    page = make_page(qtbot, demo)
    page.new_letter("Unanswered")
    panel = page.recipients
    panel.add(contact_ids=[people["mailable"]])
    panel.view.selectRow(0)

    def no_reply() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ResponseDialog)
        dialog.no_reply.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, no_reply)
    assert panel.record_response()
    assert "No reply by" in panel.model.index(0, RecipientModel.RESPONSE).data()


def test_the_demo_letter_in_the_window_saves_with_ctrl_s(
        qtbot: QtBot, demo: Database) -> None:
    from coalitiondesk.ui.app.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    index = window.tabs.indexOf(window.letters)
    assert window.tabs.tabText(index) == "Letters"
    assert index == window.tabs.indexOf(window.contacts) + 1
    window.tabs.setCurrentWidget(window.letters)
    editor = window.letters.editor
    editor.closing.setText("With respect,")
    assert window.save_action.isEnabled() and window.isWindowModified()
    window.save_action.trigger()
    with demo.session() as session:
        letter = find_letter(session=session, title=DEMO_LETTER)
        assert letter is not None and letter.closing == "With respect,"
    assert not window.isWindowModified()


def test_the_window_adds_the_selected_contact_and_opens_the_merge_dialog(
        qtbot: QtBot, demo: Database) -> None:
    from coalitiondesk.ui.app.main_window import MainWindow
    from coalitiondesk.ui.dialogs.merge_dialog import MergeDialog

    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.contacts)
    assert window.contacts.select_key(_contact_id(demo, "Ha"))
    window.tabs.setCurrentWidget(window.letters)
    panel = window.letters.recipients
    assert panel.add_from("selected_contacts") == 1
    assert "Ha Tae Kyung" in reasons(window.letters)

    window.letters.new_letter("Thanks to Conectas")
    window.tabs.setCurrentWidget(window.organizations)
    assert window.organizations.select_key(organization_id(demo, "Conectas"))
    window.tabs.setCurrentWidget(window.letters)
    signatories = window.letters.signatories
    qtbot.mouseClick(signatories.from_tab_button, Qt.MouseButton.LeftButton)
    assert organizations_in_order(signatories) == ["Conectas"]
    window.letters.view.selectRow(window.letters.model.row_of(1) or 0)

    opened: list[MergeDialog] = []

    def close_the_dialog() -> None:
        # The dialog merges the letter off the UI thread before it opens.
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MergeDialog):
            QTimer.singleShot(20, close_the_dialog)
            return
        opened.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close_the_dialog)
    window.print_action.trigger()
    # Ha has no postal address; Kim Jong-il's (a town only) needs checking.
    assert opened and opened[0].document_count() == 0
    left_out = [opened[0].skipped.item(row).text() for row in range(opened[0].skipped.count())]
    assert any("Ha Tae Kyung" in line for line in left_out)
    assert "Kim Jong-il: Check the address: street" in left_out


def _contact_id(database: Database, family_name: str) -> int:
    from coalitiondesk.core.records.contacts import ContactFilter, list_contacts

    with database.session() as session:
        found = [c for c in list_contacts(session=session, filters=ContactFilter())
                 if c.family_name == family_name]
    assert found and found[0].id is not None
    return found[0].id
