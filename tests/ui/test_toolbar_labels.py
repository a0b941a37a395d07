"""The toolbar's Undo and Redo stay one word, whatever the record; the record is in the tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot
from window_support import open_window

from coalitiondesk.core.records.organizations import create_organization
from coalitiondesk.core.storage.db import Database

pytestmark = pytest.mark.usefixtures("fresh_settings")

LONG_NAME = ("Japanese Lawyers Association for Abduction and Other Human Rights Issues"
             " in North Korea")


def test_undo_button_is_short_and_its_tooltip_names_the_record(
        qtbot: QtBot, database: Database) -> None:
    window = open_window(qtbot, database)
    with database.operation("organization", f"Add {LONG_NAME}") as operation:
        create_organization(session=operation.session, name=LONG_NAME)
    window.watcher.sync()
    qtbot.waitUntil(window.undo_action.isEnabled)

    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert isinstance(toolbar, QToolBar)
    button = toolbar.widgetForAction(window.undo_action)
    assert button.text() == "Undo"
    assert LONG_NAME in button.toolTip()
    assert LONG_NAME in window.undo_action.text()  # the Edit menu still names it
    assert button.width() < 120

    window.undo_action.trigger()
    qtbot.waitUntil(window.redo_action.isEnabled)
    assert toolbar.widgetForAction(window.redo_action).text() == "Redo"
    assert LONG_NAME in window.redo_action.toolTip()
    assert toolbar.widgetForAction(window.undo_action).text() == "Undo"
