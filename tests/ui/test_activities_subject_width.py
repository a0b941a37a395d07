"""The Activities table keeps its Subject readable at 1024x700, in every language."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from window_support import open_window

from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import i18n

pytestmark = pytest.mark.usefixtures("fresh_settings")


@pytest.mark.parametrize("language", ["en", "ko", "ja"])
def test_the_subject_is_readable_on_a_1024_pixel_screen(
        qtbot: QtBot, demo: Database, language: str) -> None:
    i18n.install_translations(language)
    window = open_window(qtbot, demo)
    window.resize(1024, 700)
    window.tabs.setCurrentWidget(window.activities)
    qtbot.waitUntil(lambda: window.width() == 1024)
    page = window.activities
    for choice, view, model in ((page.ALL, page.view, page.model),
                                (page.DUE, page.due_view, page.due_model)):
        page.view_choice.setCurrentIndex(choice)
        qtbot.waitUntil(view.isVisible)
        subject = model.column_index("subject")
        # "Letter to Kim Jong-il" whole, not "Let…".
        needed = view.fontMetrics().horizontalAdvance("Letter to Kim Jong-il") + 8
        assert view.columnWidth(subject) >= needed
        assert view.horizontalHeader().length() <= view.viewport().width() + 1
