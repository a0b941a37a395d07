"""The first start: an empty database offers the demo, an import, or nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coalitiondesk.core.demo import is_empty, load_demo
from coalitiondesk.core.records.letters import letter_by_title, signatory_lines
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.dialogs.import_wizard import ImportWizard
from coalitiondesk.ui.dialogs.welcome_dialog import WelcomeDialog

pytestmark = pytest.mark.usefixtures("fresh_settings")


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_demo_is_one_click_away_on_an_empty_database(
        window: MainWindow, database: Database, qtbot: QtBot) -> None:
    dialog = window.offer_first_steps()
    assert isinstance(dialog, WelcomeDialog) and dialog.isVisible()
    assert "coalition.sqlite3" in dialog.intro.text()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with database.session() as session:
        assert not is_empty(session=session)
        letter = letter_by_title(session=session, title="Letter to Kim Jong-il")
        assert len(signatory_lines(session=session, letter_id=letter.id or 0)) == 32
    assert window.organizations.model.rowCount() == 39


def test_start_empty_changes_nothing(window: MainWindow, database: Database, qtbot: QtBot) -> None:
    dialog = window.offer_first_steps()
    assert dialog is not None
    dialog.empty_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with database.session() as session:
        assert is_empty(session=session)


def test_a_database_with_records_is_not_greeted(window: MainWindow, database: Database) -> None:
    with database.transaction() as session:
        load_demo(session=session)
    assert window.offer_first_steps() is None


def test_import_opens_the_wizard(window: MainWindow, qtbot: QtBot) -> None:
    seen: list[object] = []

    def close_wizard() -> None:
        wizard = QApplication.activeModalWidget()
        seen.append(wizard)
        if wizard is not None:
            wizard.close()

    dialog = window.offer_first_steps()
    assert dialog is not None
    QTimer.singleShot(200, close_wizard)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], ImportWizard)
