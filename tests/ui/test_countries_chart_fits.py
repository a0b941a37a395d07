"""The Countries tab's chart names every bar at 1024x700, in Korean and Japanese too."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot
from window_support import open_window

from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import i18n

pytestmark = pytest.mark.usefixtures("fresh_settings")


@pytest.mark.parametrize("language", ["en", "ko", "ja"])
def test_every_bar_keeps_its_name_on_a_small_screen(
        qtbot: QtBot, demo: Database, language: str) -> None:
    i18n.install_translations(language)
    window = open_window(qtbot, demo)
    window.resize(1024, 700)
    window.tabs.setCurrentWidget(window.countries)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.countries.chart.isVisible())
    chart = window.countries.chart.chart()
    axis = next(axis for axis in chart.axes() if isinstance(axis, QBarCategoryAxis))
    assert axis.count() >= 9
    assert not axis.truncateLabels()  # a name is never cut to "…"
    # Room for each name's line, so that QtCharts hides none of them.
    band = chart.plotArea().height() / axis.count()
    assert band >= 1.2 * QFontMetrics(axis.labelsFont()).height()


@pytest.mark.parametrize("language", ["en", "ko", "ja"])
def test_the_countries_name_column_stays_readable_on_a_small_screen(
        qtbot: QtBot, demo: Database, language: str) -> None:
    i18n.install_translations(language)
    window = open_window(qtbot, demo)
    window.resize(1024, 700)
    window.tabs.setCurrentWidget(window.countries)
    view = window.countries.view
    qtbot.waitUntil(lambda: window.width() == 1024 and view.isVisible())
    name = window.countries.model.column_index("name")
    needed = max(view.fontMetrics().horizontalAdvance(text)
                 for text in ("オーストラリア連邦", "Bosnia and Herzegovina")) - 8
    assert view.columnWidth(name) >= needed  # was "ア…" in Japanese
