"""The Backups window of a server database says when its backups on this computer are
made: the daily one when a window opens it, besides those asked for and before a restore;
and it fits the smaller screens."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.dialogs.backups_dialog import BackupsDialog

pytestmark = pytest.mark.postgresql

SHOTS = Path(os.environ["COALITIONDESK_SHOTS"]) if os.environ.get("COALITIONDESK_SHOTS") else None


def test_the_server_backups_window_names_the_daily_backup(
        qtbot: QtBot, pg_database: Database) -> None:
    dialog = BackupsDialog(pg_database)
    qtbot.addWidget(dialog)
    dialog.show()
    [intro] = [label.text() for label in dialog.findChildren(QLabel)
               if label.text().startswith("Backups of the server database")]
    assert "once a day, for a coordinator or its owner" in intro
    assert "when you ask and before a restore" in intro
    for width, height in ((1024, 700), (1366, 768)):
        dialog.resize(min(dialog.width(), width), min(dialog.height(), height))
        assert dialog.width() <= width and dialog.height() <= height
        if SHOTS is not None:
            dialog.grab().save(str(SHOTS / f"server-backups-{width}x{height}.png"))
