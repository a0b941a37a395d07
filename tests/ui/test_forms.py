from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coalitiondesk.core.records.contacts import ContactFilter, list_contacts
from coalitiondesk.core.records.organizations import find_organization, update_organization
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import i18n
from coalitiondesk.ui.forms import ContactForm, DiscardChoice, OrganizationForm
from coalitiondesk.ui.forms.editors import LineEditor


def organization_id(database: Database, name: str) -> int:
    with database.session() as session:
        organization = find_organization(session=session, name=name)
        assert organization is not None and organization.id is not None
        return organization.id


def contact_id(database: Database, family_name: str) -> int:
    with database.session() as session:
        found = [c.id for c in list_contacts(session=session, filters=ContactFilter(
            search=family_name)) if c.family_name == family_name]
    assert len(found) == 1 and found[0] is not None
    return found[0]


@pytest.fixture
def organization_form(qtbot: QtBot, demo: Database) -> OrganizationForm:
    form = OrganizationForm(demo)
    qtbot.addWidget(form)
    form.resize(420, 800)
    form.load(organization_id(demo, "Free NK Gulag"))
    form.show()
    return form


@pytest.fixture
def contact_form(qtbot: QtBot, demo: Database) -> ContactForm:
    form = ContactForm(demo)
    qtbot.addWidget(form)
    form.resize(420, 800)
    form.load(contact_id(demo, "Ha"))
    form.show()
    return form


def line(form: OrganizationForm | ContactForm, name: str) -> QLineEdit:
    editor = form.editor(name)
    assert isinstance(editor, LineEditor)
    return editor.edit


def problem(form: OrganizationForm | ContactForm, name: str) -> str:
    """The message shown under a field, as the user sees it ('' when none is shown)."""
    label = form._errors[name]
    return label.text() if label.isVisibleTo(form) else ""


def click_box(qtbot: QtBot, box: QWidget) -> None:
    """Click a check box on its box: a box stretched across the form is not clickable
    at its centre, right of its text."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def answer_dialog(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click `button` in the message box about to open, noting its text."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


# --- loading -----------------------------------------------------------------------


def test_organization_shows_demo_record(organization_form: OrganizationForm) -> None:
    form = organization_form
    assert form.title.text() == "Free NK Gulag"
    assert line(form, "name").text() == "Free NK Gulag"
    values = form.values()
    assert values["name"] == "Free NK Gulag"
    assert values["country_code"] == "KR"
    assert values["kind"] == "ngo"
    assert values["membership_status"] == "member"
    assert values["show_country_on_signature"] is True
    assert values["joined_on"] == date(2011, 9, 7)  # as its membership history says
    assert form.editor("country_code").widget.currentText() == "South Korea"
    assert form.tags() == ["ICNK founding member"]
    assert not form.is_dirty()
    assert not form.save_button.isEnabled() and not form.revert_button.isEnabled()


def test_contact_shows_demo_record(contact_form: ContactForm) -> None:
    form = contact_form
    assert form.title.text() == "Ha Tae Kyung"
    assert form.name_preview.text() == "Ha Tae Kyung"
    assert form.salutation_preview.text() == "Dear Mr Ha,"
    values = form.values()
    assert values["native_name"] == "하태경"
    assert values["family_name_first"] is True
    assert values["address_country_code"] == "KR"
    assert values["preferred_language"] == "ko"
    assert values["sensitivity"] == "normal"
    assert [a["role"] for a in form.affiliations()] == [None]
    assert form.affiliations_editor.state()[0]["organization"] == "Open Radio for North Korea"
    assert not form.restricted_banner.isVisibleTo(form)


def test_values_hold_model_fields_only(contact_form: ContactForm) -> None:
    from coalitiondesk.core.models import ContactBase

    assert set(contact_form.values()) == set(ContactBase.model_fields)


def test_new_record_starts_empty(qtbot: QtBot, demo: Database) -> None:
    form = ContactForm(demo)
    qtbot.addWidget(form)
    form.load(None)
    assert form.record_id is None
    assert form.title.text() == "New contact"
    assert form.affiliations() == []
    assert form.values()["given_name"] is None
    assert not form.is_dirty()
    assert not form.validate()
    assert problem(form, "given_name") == (
        "A contact needs a given name, a family name or a native-script name")


# --- dirty state -------------------------------------------------------------------


def test_editing_makes_dirty_and_revert_cleans(
    organization_form: OrganizationForm, qtbot: QtBot
) -> None:
    form = organization_form
    name = line(form, "name")
    qtbot.keyClick(name, Qt.Key.Key_End)
    with qtbot.waitSignal(form.dirtyChanged) as dirty:
        qtbot.keyClicks(name, " (Seoul)")
    assert dirty.args == [True]
    assert form.is_dirty()
    assert form.save_button.isEnabled() and form.revert_button.isEnabled()
    assert form.title.text() == "Free NK Gulag (Seoul) (edited)"

    with qtbot.waitSignal(form.dirtyChanged) as clean:
        qtbot.mouseClick(form.revert_button, Qt.MouseButton.LeftButton)
    assert clean.args == [False]
    assert name.text() == "Free NK Gulag"
    assert not form.is_dirty() and not form.save_button.isEnabled()
    assert form.title.text() == "Free NK Gulag"


def test_undoing_an_edit_by_hand_is_not_a_change(organization_form: OrganizationForm) -> None:
    form = organization_form
    form.editor("kind").set_value("network")
    assert form.is_dirty()
    form.editor("kind").set_value("ngo")
    assert not form.is_dirty()
    # Spaces at the ends are dropped on save, so they change nothing.
    line(form, "name").setText("Free NK Gulag  ")
    assert not form.is_dirty()


def test_every_kind_of_field_makes_the_form_dirty(organization_form: OrganizationForm) -> None:
    form = organization_form
    edits: dict[str, Callable[[], None]] = {
        "tags": lambda: form.editor("tags").set_value("ICNK founding member, press"),
        "notes": lambda: form.editor("notes").set_value("Runs a gulag database."),
        "joined_on": lambda: form.editor("joined_on").set_value(date(2011, 9, 8)),
        "show_country_on_signature": lambda: form.editor(
            "show_country_on_signature").set_value(False),
        "country_code": lambda: form.editor("country_code").set_value("JP"),
    }
    for name, edit in edits.items():
        edit()
        assert form.is_dirty(), name
        form.revert()
        assert not form.is_dirty(), name


def test_country_is_found_by_typing(organization_form: OrganizationForm, qtbot: QtBot) -> None:
    combo = organization_form.editor("country_code").widget
    search = combo.lineEdit()
    search.selectAll()
    qtbot.keyClicks(search, "japan")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert organization_form.values()["country_code"] == "JP"
    assert combo.currentText() == "Japan"
    # Text naming no country does not stay on screen pretending to be the choice.
    search.selectAll()
    qtbot.keyClicks(search, "Kor")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert organization_form.values()["country_code"] == "JP"
    assert combo.currentText() == "Japan"


def test_dates_are_optional(organization_form: OrganizationForm, qtbot: QtBot) -> None:
    form = organization_form
    dates = form.editor("left_on").widget
    click_box(qtbot, dates.box)
    assert form.values()["left_on"] == date.today()
    dates.edit.setDate(date(2011, 9, 8))
    assert form.values()["left_on"] == date(2011, 9, 8)
    click_box(qtbot, dates.box)
    assert form.values()["left_on"] is None
    assert not form.is_dirty()


# --- validation --------------------------------------------------------------------


def test_invalid_values_are_explained_beside_their_fields(
    organization_form: OrganizationForm, qtbot: QtBot
) -> None:
    form = organization_form
    line(form, "email").setText("office.freenk.org")
    line(form, "phone").setText("02-123")
    line(form, "website").setText("localhost")
    line(form, "name").setText("")
    with qtbot.assertNotEmitted(form.saveRequested):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.validate()
    assert problem(form, "email") == "The e-mail address is missing an @"
    assert problem(form, "phone") == "02-123 is too short for a phone number in South Korea"
    assert problem(form, "website") == (
        "localhost needs a site name with a dot in it, as in www.example.org")
    assert problem(form, "name") == "An organization needs a name"
    # Fixing a field takes its message away at once.
    qtbot.keyClicks(line(form, "name"), "Free NK Gulag")
    assert problem(form, "name") == ""
    assert problem(form, "email") != ""


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    i18n.install_translations("ko")
    yield
    i18n.remove_translations()


def test_in_korean_a_field_is_explained_in_korean(
    korean: None, organization_form: OrganizationForm
) -> None:
    form = organization_form
    line(form, "email").setText("office.freenk.org")
    assert not form.validate()
    shown = problem(form, "email")
    assert shown == "이메일 주소에 @가 없습니다"
    assert "@" in shown and shown != "The e-mail address is missing an @"


def test_address_is_checked_when_the_user_leaves_the_field(
    contact_form: ContactForm, qtbot: QtBot
) -> None:
    email = line(contact_form, "email")
    qtbot.keyClicks(email, "ha@@example.org")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert problem(contact_form, "email") == "The e-mail address has more than one @"
    email.clear()
    qtbot.keyClicks(email, "ha@example.org")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert problem(contact_form, "email") == ""


def test_valid_edit_is_normalised_and_save_requested(
    organization_form: OrganizationForm, qtbot: QtBot, demo: Database
) -> None:
    form = organization_form
    qtbot.keyClicks(line(form, "phone"), "02-123-4567")
    qtbot.keyClicks(line(form, "website"), "freenk.org")
    form.editor("tags").set_value("ICNK founding member,  press , Press")
    with qtbot.waitSignal(form.saveRequested):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    values = form.values()
    assert values["phone"] == "+82 2-123-4567"
    assert values["website"] == "https://freenk.org"
    assert form.tags() == ["ICNK founding member", "press"]

    # What the main window does with it: save through a core service, then reload.
    record_id = form.record_id
    assert record_id is not None
    with demo.transaction() as session:
        update_organization(session=session, organization_id=record_id, tags=form.tags(),
                            **values)
    form.load(record_id)
    assert not form.is_dirty()
    assert line(form, "phone").text() == "+82 2-123-4567"
    assert form.tags() == ["ICNK founding member", "press"]


def test_korean_phone_number_normalises(contact_form: ContactForm) -> None:
    line(contact_form, "phone").setText("02-123-4567")
    assert contact_form.validate()
    assert contact_form.values()["phone"] == "+82 2-123-4567"


def test_focus_first_field_and_display_name(
    organization_form: OrganizationForm, qtbot: QtBot
) -> None:
    organization_form.activateWindow()
    organization_form.focus_first_field()
    name = line(organization_form, "name")
    assert name.hasFocus() or QApplication.focusWidget() is name
    assert name.selectedText() == "Free NK Gulag"
    assert organization_form.display_name() == "Free NK Gulag"
    organization_form.load(None)
    assert organization_form.display_name() == "the new organization"
    assert organization_form.title.text() == "New organization"


def test_mark_clean_after_saving(organization_form: OrganizationForm) -> None:
    line(organization_form, "acronym").setText("FNKG")
    assert organization_form.is_dirty()
    organization_form.mark_clean()
    assert not organization_form.is_dirty()
    organization_form.revert()
    assert line(organization_form, "acronym").text() == "FNKG"


def test_show_problems_from_elsewhere(organization_form: OrganizationForm) -> None:
    # A problem found on save (say, by the database) for no field shows above the fields.
    organization_form.show_problems({"name": "Another organization has this name",
                                     "": "The database is locked"})
    assert problem(organization_form, "name") == "Another organization has this name"
    assert organization_form.general_error.text() == "The database is locked"
    organization_form.show_problems({})
    assert problem(organization_form, "name") == ""
    assert not organization_form.general_error.isVisibleTo(organization_form)


# --- names -------------------------------------------------------------------------


def test_name_previews_follow_the_fields(contact_form: ContactForm, qtbot: QtBot) -> None:
    form = contact_form
    assert form.name_preview.text() == "Ha Tae Kyung"
    click_box(qtbot, form.editor("family_name_first").widget)
    assert form.name_preview.text() == "Tae Kyung Ha"
    assert form.title.text() == "Tae Kyung Ha (edited)"
    qtbot.keyClicks(line(form, "salutation"), "Dear Representative Ha,")
    assert form.salutation_preview.text() == "Dear Representative Ha,"
    line(form, "salutation").clear()
    assert form.salutation_preview.text() == "Dear Mr Ha,"
    assert line(form, "salutation").placeholderText() == "Automatic: Dear Mr Ha,"


def type_hangul(widget: QWidget, syllables: list[list[str]]) -> None:
    """As a Korean input method types: each syllable composed in preedit, then committed."""
    for steps in syllables:
        for preedit in steps[:-1]:
            QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))
        commit = QInputMethodEvent()
        commit.setCommitString(steps[-1])
        QApplication.sendEvent(widget, commit)


def test_korean_and_japanese_text_round_trip(qtbot: QtBot, demo: Database) -> None:
    form = ContactForm(demo)
    qtbot.addWidget(form)
    form.load(None)
    native = line(form, "native_name")
    native.setFocus()
    type_hangul(native, [["ㅎ", "하", "하"], ["ㅌ", "태", "태"], ["ㄱ", "겨", "경", "경"]])
    assert native.text() == "하태경"
    assert form.values()["native_name"] == "하태경"
    assert form.title.text() == "하태경 (edited)"
    assert form.validate()
    line(form, "family_name").setText("横田")
    line(form, "given_name").setText("めぐみ")
    form.editor("family_name_first").set_value(True)
    assert form.values()["family_name"] == "横田"
    assert form.name_preview.text() == "横田 めぐみ"


# --- restricted --------------------------------------------------------------------


def test_restricted_contact_shows_a_banner(contact_form: ContactForm) -> None:
    form = contact_form
    form.editor("sensitivity").set_value("restricted")
    assert form.restricted_banner.isVisibleTo(form)
    assert form.restricted_banner.text() == (
        "Restricted: never exported or shared unless explicitly included")
    assert form.values()["sensitivity"] == "restricted"
    form.revert()
    assert not form.restricted_banner.isVisibleTo(form)


# --- affiliations ------------------------------------------------------------------


def test_affiliations_add_edit_remove(contact_form: ContactForm, qtbot: QtBot) -> None:
    form = contact_form
    editor = form.affiliations_editor
    before = form.affiliations()
    open_radio = organization_id(form.database, "Open Radio for North Korea")
    assert before == [{"organization_id": open_radio, "role": None, "start_date": None,
                       "end_date": None}]

    # Find by any part of the name, as a coordinator types it.
    qtbot.keyClicks(editor.picker.lineEdit(), "Free NK Gulag")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert form.is_dirty()
    added = form.affiliations()[-1]
    assert added == {"organization_id": organization_id(form.database, "Free NK Gulag"),
                     "role": None, "start_date": None, "end_date": None}
    editor.table.item(1, editor.ROLE).setText("  Adviser ")
    editor.table.item(1, editor.START).setText("2011-09-08")
    assert form.affiliations()[-1]["role"] == "Adviser"
    assert form.affiliations()[-1]["start_date"] == date(2011, 9, 8)
    assert form.validate()

    editor.table.selectRow(0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [a["role"] for a in form.affiliations()] == ["Adviser"]

    form.revert()
    assert form.affiliations() == before
    assert not form.is_dirty()


def test_affiliation_date_problems(contact_form: ContactForm) -> None:
    editor = contact_form.affiliations_editor
    editor.table.item(0, editor.START).setText("2012-01-01")
    editor.table.item(0, editor.END).setText("last year")
    assert not contact_form.validate()
    assert problem(contact_form, "affiliations") == (
        "Open Radio for North Korea: last year is not a date; write it as YYYY-MM-DD")
    editor.table.item(0, editor.END).setText("2011-12-31")
    assert not contact_form.validate()
    assert problem(contact_form, "affiliations") == (
        "Open Radio for North Korea: The end date is before the start date")


def test_saved_affiliations_come_back(contact_form: ContactForm, demo: Database) -> None:
    from coalitiondesk.core.records.contacts import set_affiliations

    editor = contact_form.affiliations_editor
    assert editor.pick("free nk gulag")
    editor.add_picked()
    editor.table.item(1, editor.ROLE).setText("Adviser")
    editor.table.item(1, editor.END).setText("2013-12-31")
    assert contact_form.validate()
    record_id = contact_form.record_id
    assert record_id is not None
    with demo.transaction() as session:
        set_affiliations(session=session, contact_id=record_id,
                         affiliations=contact_form.affiliations())
    contact_form.load(record_id)
    assert [(row["organization"], row["role"], row["end_date"])
            for row in editor.state()] == [
        ("Open Radio for North Korea", "", ""), ("Free NK Gulag", "Adviser", "2013-12-31")]


def test_picker_refuses_text_that_names_no_organization(
    contact_form: ContactForm, qtbot: QtBot
) -> None:
    editor = contact_form.affiliations_editor
    qtbot.keyClicks(editor.picker.lineEdit(), "No Such Organization")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(contact_form.affiliations()) == 1
    assert not contact_form.is_dirty()


# --- leaving with unsaved changes --------------------------------------------------


def test_maybe_discard_without_changes_asks_nothing(organization_form: OrganizationForm) -> None:
    assert organization_form.maybe_discard(organization_form) is DiscardChoice.DISCARD


@pytest.mark.parametrize(("button", "choice"), [
    (QMessageBox.StandardButton.Save, DiscardChoice.SAVE),
    (QMessageBox.StandardButton.Discard, DiscardChoice.DISCARD),
    (QMessageBox.StandardButton.Cancel, DiscardChoice.CANCEL),
])
def test_maybe_discard_returns_the_choice(
    organization_form: OrganizationForm, button: QMessageBox.StandardButton,
    choice: DiscardChoice,
) -> None:
    line(organization_form, "acronym").setText("FNKG")
    seen: list[str] = []
    answer_dialog(button, seen)
    assert organization_form.maybe_discard(organization_form) is choice
    assert seen == ["Save changes to Free NK Gulag?"]


def test_maybe_discard_stays_when_saving_is_impossible(contact_form: ContactForm) -> None:
    line(contact_form, "email").setText("ha at example.org")
    seen: list[str] = []
    answer_dialog(QMessageBox.StandardButton.Save, seen)
    assert contact_form.maybe_discard(contact_form) is DiscardChoice.CANCEL
    assert seen == ["Save changes to Ha Tae Kyung?"]
    assert problem(contact_form, "email") == "The e-mail address is missing an @"


# --- fitting the pane --------------------------------------------------------------


@pytest.mark.parametrize("kind", ["organization", "contact"])
def test_form_fits_a_narrow_pane(
    kind: str, organization_form: OrganizationForm, contact_form: ContactForm,
    qtbot: QtBot, tmp_path: Path,
) -> None:
    form = organization_form if kind == "organization" else contact_form
    form.editor("sensitivity" if kind == "contact" else "kind").set_value(
        "restricted" if kind == "contact" else "network")
    qtbot.waitExposed(form)
    image = tmp_path / f"{kind}.png"
    assert form.grab().save(str(image))
    assert image.stat().st_size > 0
    # It fits the pane beside the table, and nothing sticks out to the right, where
    # no scroll bar would reach it.
    assert form.minimumSizeHint().width() <= 380
    content = form.scroll_area.widget()
    assert content.width() <= form.scroll_area.viewport().width()
    for editor in form._editors.values():
        right = editor.widget.mapTo(content, editor.widget.rect().topRight()).x()
        assert right <= content.width(), editor
    # Taller than the pane, so the fields scroll while the buttons stay in view.
    assert form.scroll_area.verticalScrollBar().maximum() > 0
    assert form.save_button.isVisibleTo(form)
