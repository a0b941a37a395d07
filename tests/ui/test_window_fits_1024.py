"""The main window, with every tab, fits a 1024-pixel-wide screen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from window_support import open_window

from coalitiondesk.core.storage.db import Database

pytestmark = pytest.mark.usefixtures("fresh_settings")


def test_the_main_window_fits_1024_pixels(qtbot: QtBot, demo: Database) -> None:
    window = open_window(qtbot, demo)
    too_wide = {window.tabs.tabText(index): window.tabs.widget(index).minimumSizeHint().width()
                for index in range(window.tabs.count())
                if window.tabs.widget(index).minimumSizeHint().width() > 1000}
    assert too_wide == {}
    assert window.minimumSizeHint().width() <= 1024
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
