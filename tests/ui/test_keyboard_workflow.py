"""A coordinator who cannot use a mouse: find, edit, save and export with keys alone.

Every step is a key press sent to the widget that has the keyboard focus, so
a control that Tab cannot reach, or a dialog that traps the focus, fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.records.organizations import find_organization
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.dialogs.export_dialog import ExportDialog
from coalitiondesk.ui.dialogs.import_wizard import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportWizard,
)
from coalitiondesk.ui.dialogs.merge_dialog import MergeDialog

WORKBOOK = Path(__file__).resolve().parents[1] / "data" / "import" / "partner_members.xlsx"

TABS_ALLOWED = 40
"""One pass through the longest form; needing more means Tab is stuck somewhere (a table
walking cell by cell, a box that swallows Tab)."""


pytestmark = pytest.mark.usefixtures("fresh_settings")


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    with database.transaction() as session:
        load_demo(session=session)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is nowhere"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    """A key pressed on whatever has the focus (or the open menu), as a keyboard does."""
    target = QApplication.activePopupWidget() or focused()
    qtbot.keyClick(target, key, modifier)


def type_keys(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot: QtBot, target: QWidget) -> None:
    for _press in range(TABS_ALLOWED):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is target, f"Tab never reached {target.accessibleName()!r}"


def test_find_edit_save_and_export_without_a_mouse(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    page = window.organizations

    # Ctrl+F, then type: the table narrows as the coordinator types.
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.filter_bar.search
    type_keys(qtbot, "north korea")
    qtbot.waitUntil(lambda: page.model.count_known() and 1 < page.model.shown() < 32)
    shown = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]

    # Tab to the table; the arrow keys move through the matches.
    tab_to(qtbot, page.view)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Down)
    chosen = shown[1]
    assert page.form.display_name() == chosen

    # Enter opens the record in the form, the cursor in its first field.
    press(qtbot, Qt.Key.Key_Return)
    name_field = page.form.editor("name").widget
    assert focused() is name_field

    # Tab through the form to the city and type over it.
    city = page.form.editor("city").widget
    assert isinstance(city, QLineEdit)
    tab_to(qtbot, city)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "Seoul Metropolitan City")
    assert window.isWindowModified()

    # Ctrl+S saves: the database has it, and the form is no longer marked edited.
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with database.session() as session:
        stored = find_organization(session=session, name=chosen)
        assert stored is not None and stored.city == "Seoul Metropolitan City"
    assert not window.isWindowModified()

    # Alt+F opens the File menu, E its Export… item; the dialog is worked with Tab and Enter.
    target = tmp_path / "for partners.xlsx"
    seen: list[ExportDialog] = []
    failures: list[BaseException] = []

    def work_the_dialog() -> None:
        dialog = QApplication.activeWindow()
        if not isinstance(dialog, ExportDialog):  # until it has the keyboard
            QTimer.singleShot(20, work_the_dialog)
            return
        seen.append(dialog)
        try:
            # It opens on what the table shows (all the search's matches); the arrow
            # keys move to the selection, the one record just edited.
            scopes = dialog.scope_group.buttons()
            for _press in range(TABS_ALLOWED):
                if focused() in scopes:
                    break
                press(qtbot, Qt.Key.Key_Tab)
            assert focused() in scopes, f"Tab never reached the scope, only {focused()}"
            for _press in range(3):
                if dialog.scope_selection.isChecked():
                    break
                press(qtbot, Qt.Key.Key_Down)
            assert dialog.scope_selection.isChecked()
            tab_to(qtbot, dialog.file_edit)
            type_keys(qtbot, str(target))
            press(qtbot, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
            assert dialog.close_button.text() == "Close"
            press(qtbot, Qt.Key.Key_Escape)
        except BaseException as error:  # the modal dialog must close, or the test hangs
            failures.append(error)
            dialog.reject()

    QTimer.singleShot(0, work_the_dialog)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert QApplication.activePopupWidget() is not None, "Alt+F opened no menu"
    press(qtbot, Qt.Key.Key_E)
    if failures:
        raise failures[0]
    assert seen and not seen[0].isVisible()

    # The export took the table's current record: the one just edited, with its new city.
    rows = list(load_workbook(target).worksheets[0].iter_rows(values_only=True))
    header, records = rows[0], rows[1:]
    assert [record[header.index("Name")] for record in records] == [chosen]
    assert records[0][header.index("City")] == "Seoul Metropolitan City"


def test_print_the_letter_to_pdf_without_a_mouse(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "letters.pdf"
    seen: list[MergeDialog] = []

    def work_the_dialog() -> None:
        dialog = QApplication.activeWindow()
        if not isinstance(dialog, MergeDialog):
            QTimer.singleShot(20, work_the_dialog)
            return
        seen.append(dialog)
        # Kim Jong-il's address in the seed is a town only: it needs checking, and is
        # printed only when asked.
        tab_to(qtbot, dialog.include_incomplete)
        press(qtbot, Qt.Key.Key_Space)
        assert dialog.include_incomplete.isChecked() and dialog.document_count() == 1
        tab_to(qtbot, dialog.path)
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_keys(qtbot, str(target))
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.printed is not None, timeout=30_000)
        press(qtbot, Qt.Key.Key_Escape)

    # Ctrl+4 is the Letters tab, where the demo letter is the current one; Ctrl+P prints it.
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.letters
    QTimer.singleShot(0, work_the_dialog)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen and not seen[0].isVisible()

    # pypdf writes the gaps between words as tabs.
    text = " ".join(page.extract_text().replace("\t", " ") for page in PdfReader(target).pages)
    assert "Dear Chairman Kim Jong-il," in text


def test_import_a_workbook_without_a_mouse(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    with database.session() as session:
        before = find_organization(session=session, name="Burma Partnership")
        assert before is not None and before.email is None
    seen: list[ImportWizard] = []

    def work_the_wizard() -> None:
        wizard = QApplication.activeWindow()
        if not isinstance(wizard, ImportWizard):
            QTimer.singleShot(20, work_the_wizard)
            return
        seen.append(wizard)
        tab_to(qtbot, wizard.file_page.path)
        type_keys(qtbot, str(WORKBOOK))
        for page in (PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT):
            if page == PAGE_PREVIEW:
                # The file gives no membership status: the page asks for one.
                tab_to(qtbot, wizard.mapping_page.status)
                press(qtbot, Qt.Key.Key_Down)
            press(qtbot, Qt.Key.Key_Return)  # Next, Next, Import
            qtbot.waitUntil(lambda page=page: wizard.currentId() == page, timeout=20_000)
        qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)
        press(qtbot, Qt.Key.Key_Return)  # Finish

    QTimer.singleShot(0, work_the_wizard)
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert seen and not seen[0].isVisible()
    with database.session() as session:
        updated = find_organization(session=session, name="Burma Partnership")
        assert updated is not None and updated.email == "info@burmapartnership.example"
