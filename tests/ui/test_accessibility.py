"""Every control a keyboard can reach has a name a screen reader can announce.

The windows are opened as the application opens them, and names come from
what ui/app/start.py installs (tests/ui/conftest.py installs the same): each window
is named once the focus is in it, as it is on a desktop.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from coalitiondesk.core.errors import DatabaseDamaged
from coalitiondesk.core.exporting import ExportKind
from coalitiondesk.core.records.letters import letter_by_title
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.accessibility import describe, unnamed_controls
from coalitiondesk.ui.app.icons import icon
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.dialogs.backups_dialog import BackupsDialog
from coalitiondesk.ui.dialogs.damaged_dialog import DamagedDialog
from coalitiondesk.ui.dialogs.export_dialog import ExportDialog
from coalitiondesk.ui.dialogs.import_wizard import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportWizard,
)
from coalitiondesk.ui.dialogs.merge_dialog import MergeDialog
from coalitiondesk.ui.dialogs.page_settings_dialog import PageSettingsDialog
from coalitiondesk.ui.widgets.recipients_panel import ResponseDialog
from coalitiondesk.ui.widgets.signatories_panel import PasteListDialog

WORKBOOK = Path(__file__).resolve().parents[1] / "data" / "import" / "partner_members.xlsx"


pytestmark = pytest.mark.usefixtures("fresh_settings")


def assert_named(window: QWidget, where: str) -> None:
    offenders = [describe(widget) for widget in unnamed_controls(window)]
    assert not offenders, f"{where}: controls without an accessible name:\n" + "\n".join(
        offenders)


def show(qtbot: QtBot, widget: QWidget) -> None:
    """As a desktop shows a new window: on screen, active, the focus in it."""
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: focus_in(widget))


def focus_in(window: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and focused.window() is window


def every_tab(qtbot: QtBot, tabs: QTabWidget, where: str, window: QWidget) -> None:
    """Each page of `tabs`, and of the tab widgets inside it, with a record in its form."""
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        here = f"{where} › {tabs.tabText(index)}"
        view = getattr(page, "view", None)
        if isinstance(view, QAbstractItemView) and view.model().rowCount():
            view.setCurrentIndex(view.model().index(0, 0))  # every field and list shown
        qtbot.wait(10)
        assert_named(window, here)
        for inner in page.findChildren(QTabWidget):
            if inner.isVisible():
                every_tab(qtbot, inner, here, window)


def test_every_tab_of_the_main_window(qtbot: QtBot, demo: Database) -> None:
    window = MainWindow(demo)
    show(qtbot, window)
    every_tab(qtbot, window.tabs, "main window", window)


def test_every_page_of_the_import_wizard(qtbot: QtBot, demo: Database) -> None:
    wizard = ImportWizard(demo, path=WORKBOOK)
    show(qtbot, wizard)
    assert_named(wizard, "file page")
    for page, where in ((PAGE_MAPPING, "mapping page"), (PAGE_PREVIEW, "preview page")):
        status = wizard.mapping_page.status  # asked: the file gives no membership status
        status.setCurrentIndex(status.count() - 1)
        wizard.button(QWizard.WizardButton.NextButton).click()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page, timeout=20_000)
        assert_named(wizard, where)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=20_000)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)
    assert_named(wizard, "result page")


@pytest.mark.parametrize("kind", [ExportKind.contacts, ExportKind.signatories])
def test_the_export_dialog(qtbot: QtBot, demo: Database, kind: ExportKind) -> None:
    dialog = ExportDialog(demo, kind=kind)
    show(qtbot, dialog)
    assert_named(dialog, f"export dialog ({kind.value})")


def test_the_backups_and_damaged_dialogs(qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    backups = BackupsDialog(demo)
    show(qtbot, backups)
    assert_named(backups, "backups dialog")
    damaged = DamagedDialog(DatabaseDamaged(
        "damaged", path=tmp_path / "c.sqlite3", problem="the file is truncated",
        moved_to=tmp_path / "c.sqlite3.damaged-x", backup=None))
    show(qtbot, damaged)
    assert_named(damaged, "damaged dialog")


def test_the_merge_and_letter_settings_dialogs(qtbot: QtBot, demo: Database) -> None:
    with demo.session() as session:
        letter = letter_by_title(session=session, title="Letter to Kim Jong-il")
    assert letter.id is not None
    merge = MergeDialog(demo, letter.id)
    show(qtbot, merge)
    for choice in (merge.letters_choice, merge.envelopes_choice, merge.labels_choice):
        choice.setChecked(True)
        assert_named(merge, f"merge dialog ({choice.text()})")
    settings = PageSettingsDialog(demo)
    show(qtbot, settings)
    assert_named(settings, "letter settings dialog")


def test_the_small_dialogs_of_the_letters_tab(qtbot: QtBot) -> None:
    for dialog, where in ((PasteListDialog(), "paste a list of signatories"),
                          (ResponseDialog("Yanghee Lee"), "record a response")):
        show(qtbot, dialog)
        assert_named(dialog, where)


def test_the_about_box(qtbot: QtBot, demo: Database) -> None:
    window = MainWindow(demo)
    show(qtbot, window)
    checked: list[str] = []

    def check_and_close() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, check_and_close)
            return
        checked.append(", ".join(describe(w) for w in unnamed_controls(box)))
        box.accept()

    QTimer.singleShot(20, check_and_close)
    window.about_action.trigger()
    assert checked == [""]


def test_a_new_dialog_gets_names_from_what_it_shows(qtbot: QtBot) -> None:
    """Without a line of accessibility code: labels, placeholders, tooltips, group titles."""
    dialog = QDialog()
    form = QFormLayout()
    labelled = QLineEdit()
    form.addRow("&Organization name:", labelled)
    hinted = QLineEdit()
    hinted.setPlaceholderText("Search partners")
    explicit = QPlainTextEdit()
    explicit.setAccessibleName("Letter body")
    tool = QToolButton()
    tool.setIcon(icon("search"))
    tool.setToolTip("Find a recipient")
    table = QTableWidget(2, 2)
    table.setToolTip("Double-click to edit")
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for widget in (hinted, explicit, tool, table):
        layout.addWidget(widget)
    show(qtbot, dialog)
    assert labelled.accessibleName() == "Organization name"
    assert hinted.accessibleName() == "Search partners"
    assert explicit.accessibleName() == "Letter body"
    assert tool.accessibleName() == "Find a recipient"
    assert table.accessibleName() == "Double-click to edit"
    assert unnamed_controls(dialog) == []


def test_an_icon_only_button_without_a_tooltip_is_reported(qtbot: QtBot) -> None:
    dialog = QDialog()
    silent = QToolButton(dialog)
    silent.setObjectName("silent_button")
    silent.setIcon(icon("search"))
    show(qtbot, dialog)
    assert [describe(w) for w in unnamed_controls(dialog)] == ["QToolButton in QDialog"]
