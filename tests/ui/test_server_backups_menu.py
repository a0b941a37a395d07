"""File › Backups… on a server database opens the Backups window of that server's
backups on this computer, as it does for a local file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from window_support import open_window

from coalitiondesk.core.records import edits
from coalitiondesk.core.storage import server_local_backups
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.dialogs.backups_dialog import REASON, BackupsDialog

pytestmark = [pytest.mark.postgresql, pytest.mark.usefixtures("fresh_settings")]


@pytest.fixture
def server(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    try:
        edits.save_record(database, kind="contact", name="Min-jun Parkqm",
                          values={"given_name": "Min-jun", "family_name": "Parkqm",
                                  "sensitivity": "restricted"})
        yield database
    finally:
        database.close()


def test_file_backups_opens_the_servers_backups_window(qtbot: QtBot, server: Database) -> None:
    made = server_local_backups.back_up(server)
    window = open_window(qtbot, server)
    seen: list[str] = []

    def look_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, BackupsDialog) and widget.isVisible():
                seen.append(str(widget.folder))
                seen.extend(widget.table.item(row, REASON).text()
                            for row in range(widget.table.rowCount()))
                seen.append("may back up" if widget.back_up_button.isEnabled() else "")
                widget.reject()
                return
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.accept()
                return
        QTimer.singleShot(20, look_and_close)

    QTimer.singleShot(0, look_and_close)
    window.backup_action.trigger()
    assert seen == [str(made.path.parent), "Made by hand", "may back up"]
    assert made.path.parent == server_local_backups.backup_folder(server.url)
