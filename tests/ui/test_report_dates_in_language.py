"""The Reports tab writes its dates as the interface's language does, as lists and forms do."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from window_support import open_window

from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import i18n

pytestmark = pytest.mark.usefixtures("fresh_settings")


@pytest.mark.parametrize(("language", "written"), [("ko", "2012. 1. 15."), ("ja", "2012/01/15")])
def test_as_of_and_made_in_the_languages_date_format(
        qtbot: QtBot, demo: Database, language: str, written: str) -> None:
    i18n.install_translations(language)
    window = open_window(qtbot, demo)
    page = window.reports
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.busy() and page.report() is not None)
    page.select("membership-over-time")
    qtbot.waitUntil(lambda: page.as_of.isEnabled() and not page.busy())
    with qtbot.waitSignal(page.reportShown, timeout=20_000):
        page.as_of.set_value(date(2012, 1, 15))
    qtbot.waitUntil(lambda: not page.busy())
    shown = page.dates.text()
    assert shown.startswith(written), shown
    assert "-" not in shown.replace(" · ", "")  # no ISO date left
    assert "2012-01-15" not in shown
