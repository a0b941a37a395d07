"""A save or delete whose connection went during COMMIT may have been made: its box says
"Perhaps not saved" or "Perhaps not deleted", never "Not saved" over a sentence that
says it may have been saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from window_support import discard_edits

from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.main_window import MainWindow
from server_trouble import connection_lost_at_commit

pytestmark = [pytest.mark.postgresql, pytest.mark.usefixtures("fresh_settings")]

UNCERTAIN = "may or may not have been saved; check with history"


@pytest.fixture
def database(pg_database: Database) -> Database:
    """The window's database, here on the server."""
    return pg_database


@pytest.fixture
def window(qtbot: QtBot, demo: Database) -> MainWindow:
    opened = MainWindow(demo)
    qtbot.addWidget(opened, before_close_func=discard_edits)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def boxes_seen() -> list[tuple[str, str]]:
    """The title and text of each message box shown from now on, closed when seen."""
    seen: list[tuple[str, str]] = []

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append((widget.windowTitle(), widget.text()))
                widget.close()
                return
        QTimer.singleShot(50, close)

    QTimer.singleShot(50, close)
    return seen


def test_an_organization_whose_save_lost_its_connection_at_commit_is_perhaps_not_saved(
        qtbot: QtBot, window: MainWindow, pg_url: str) -> None:
    page = window.organizations
    window.tabs.setCurrentWidget(page)
    page.view.selectRow(0)
    connection_lost_at_commit(pg_url, table="organization")
    page.form.editor("notes").set_value("Met at the embassy")
    seen = boxes_seen()
    window.save_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    title, text = seen[0]
    assert title == "Perhaps not saved"
    assert UNCERTAIN in text
    assert page.form.is_dirty()


def test_a_letter_whose_delete_lost_its_connection_at_commit_is_perhaps_not_deleted(
        qtbot: QtBot, window: MainWindow, pg_url: str) -> None:
    page = window.letters
    window.tabs.setCurrentWidget(page)
    page.view.selectRow(0)
    letter_id = page.current_letter()
    assert letter_id is not None
    connection_lost_at_commit(pg_url, table="journal_operation")
    seen = boxes_seen()
    assert not page.delete_letter(letter_id)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    title, text = seen[0]
    assert title == "Perhaps not deleted"
    assert UNCERTAIN in text
