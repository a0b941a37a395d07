"""Help › User guide: the bundled guide with its screenshots; F1 opens the current tab's part."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QPixmap
from pytestqt.qtbot import QtBot
from window_support import open_window

from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.user_guide import guide_path

pytestmark = pytest.mark.usefixtures("fresh_settings")


def test_f1_on_the_letters_tab_opens_the_guide_at_letters_with_its_pictures(
        qtbot: QtBot, database: Database) -> None:
    window = open_window(qtbot, database)
    window.tabs.setCurrentWidget(window.letters)
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    guide = window.guide
    assert guide is not None and guide.isVisible()
    qtbot.waitUntil(lambda: guide.section_shown().startswith("From a sign-on letter"))
    assert "Importing a partner's workbook" in guide.headings()

    screen = window.screen().availableGeometry()
    assert guide.width() <= screen.width() and guide.height() <= screen.height()
    document = guide.browser.document()
    image_name = "screenshots/guide/welcome.png"
    assert "](" + image_name in guide_path().read_text(encoding="utf-8")
    image = guide.browser.loadResource(document.ResourceType.ImageResource.value,
                                       QUrl(image_name))
    assert not QImage.fromData(image).isNull() if isinstance(image, bytes | QByteArray) else (
        isinstance(image, QImage | QPixmap) and not image.isNull())  # found beside the guide
    assert guide.browser.horizontalScrollBar().maximum() == 0  # pictures fit the window


def test_the_guide_opens_at_the_top_for_a_part_it_does_not_have(
        qtbot: QtBot, database: Database) -> None:
    window = open_window(qtbot, database)
    guide = window.show_user_guide()
    assert not guide.show_section("no-such-part")
    assert guide.browser.verticalScrollBar().value() == 0
