"""The Countries tab's table fits a 1024x700 window in English, Korean and Japanese: every
column in view without scrolling sideways, and the heads of the short columns whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_support import open_window

from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import i18n

pytestmark = pytest.mark.usefixtures("fresh_settings")


@pytest.mark.parametrize("language", ["en", "ko", "ja"])
def test_the_countries_table_needs_no_sideways_scrolling_at_1024(
        qtbot: QtBot, demo: Database, language: str) -> None:
    i18n.install_translations(language)
    window = open_window(qtbot, demo)
    window.resize(1024, 700)
    window.tabs.setCurrentWidget(window.countries)
    view = window.countries.view
    qtbot.waitUntil(lambda: window.width() == 1024 and view.isVisible())
    model, header = window.countries.model, view.horizontalHeader()
    assert not any(header.isSectionHidden(column) for column in range(model.columnCount()))
    assert view.horizontalScrollBar().maximum() == 0
    assert header.length() <= view.viewport().width()
    # Codes and counts give way to nothing: their heads are read whole ("コ…" before).
    for key in ("code", "members", "organizations", "contacts"):
        column = model.column_index(key)
        head = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert header.fontMetrics().horizontalAdvance(head) < header.sectionSize(column), head
    # What a narrowed column cuts short is in its cells' tooltips.
    row = model.row_of("KR")
    assert row is not None
    subregion = model.index(row, model.column_index("subregion"))
    assert subregion.data(Qt.ItemDataRole.ToolTipRole) == subregion.data()
