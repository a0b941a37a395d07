"""F1 on any tab opens the user guide at a part written about that tab."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from window_support import open_window

from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.user_guide import TAB_SECTIONS, anchor_name

pytestmark = pytest.mark.usefixtures("fresh_settings")


def test_f1_opens_each_tabs_own_part_of_the_guide(qtbot: QtBot, database: Database) -> None:
    window = open_window(qtbot, database)
    names = [getattr(page, "name", "") for page in window.pages()]
    assert set(names) <= set(TAB_SECTIONS), "a tab without its part of the guide"
    opened: dict[str, str] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        window.guide_action.trigger()
        guide = window.guide
        assert guide is not None
        name = getattr(window.tabs.widget(index), "name", "")
        wanted = TAB_SECTIONS[name]
        qtbot.waitUntil(lambda: anchor_name(guide.section_shown()) == wanted)  # noqa: B023
        opened[name] = guide.section_shown()
    # Each tab but Letters (whose part is the sign-on letter walk-through) has its own part.
    assert len(set(opened.values())) == len(opened)
    assert opened["reports"] == "The Reports tab"
