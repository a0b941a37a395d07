"""File › Backups… on a server that cannot be reached: one message saying so, and nothing
else (no Backups window, no question about the form's unsaved edits, which stay)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from window_support import open_window, select

from coalitiondesk.core.records import edits
from coalitiondesk.core.storage import server_local_backups
from coalitiondesk.core.storage.db import Database
from server_trouble import server_away

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = [pytest.mark.postgresql, pytest.mark.usefixtures("fresh_settings")]


def _note_and_close_dialogs(seen: list[str]) -> QTimer:
    """Every dialog shown meanwhile noted (a message by its text) and closed."""
    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.close()
            elif isinstance(widget, QDialog) and widget.isVisible():
                # The first-run welcome may open beside, whenever the window gets to it.
                if type(widget).__name__ != "WelcomeDialog":
                    seen.append(type(widget).__name__)
                widget.reject()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    return timer


def test_backups_on_an_unreachable_server_is_one_message(
        qtbot: QtBot, pg_database: Database, postgresql_cluster: Cluster) -> None:
    edits.save_record(pg_database, kind="contact", name="Min-jun Parkqu",
                      values={"given_name": "Min-jun", "family_name": "Parkqu"})
    window = open_window(qtbot, pg_database)
    select(window.contacts, "Min-jun Parkqu")
    window.contacts.form.editor("notes").set_value("Met in Seoul")
    name = pg_database.url.database
    assert name is not None
    seen: list[str] = []
    with server_away(postgresql_cluster, name):
        watching = _note_and_close_dialogs(seen)
        window.backup_action.trigger()
        qtbot.wait(200)
        watching.stop()
    assert len(seen) == 1
    assert "lets no one in to" in seen[0] and "try again later" in seen[0]
    assert window.contacts.form.is_dirty()
    assert window.contacts.form.editor("notes").value() == "Met in Seoul"
    assert not server_local_backups.backup_folder(pg_database.url).exists()
