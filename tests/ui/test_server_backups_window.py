"""The Backups window on a server database: it lists that server's backups on this
computer, backs up, restores onto the server after a confirmation naming it, saves a copy
elsewhere, and offers a volunteer neither backing up nor restoring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coalitiondesk.cli import main
from coalitiondesk.core.records import contacts, edits
from coalitiondesk.core.storage import backup, server_local_backups
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.dialogs.backups_dialog import REASON, BackupsDialog

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql

SHOTS = Path(os.environ["COALITIONDESK_SHOTS"]) if os.environ.get("COALITIONDESK_SHOTS") else None


def _answer_next(button: QMessageBox.StandardButton) -> list[str]:
    seen: list[str] = []

    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.button(button).click()
                return
        QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)
    return seen


def _shots(dialog: BackupsDialog, name: str) -> None:
    """Rendered at both screen sizes for a person to look at (COALITIONDESK_SHOTS)."""
    for width, height in ((1024, 700), (1366, 768)):
        dialog.resize(min(dialog.width(), width), min(dialog.height(), height))
        assert dialog.width() <= width and dialog.height() <= height
        if SHOTS is not None:
            dialog.grab().save(str(SHOTS / f"{name}-{width}x{height}.png"))


def _family_names(database: Database) -> set[str]:
    with database.session() as session:
        return {contact.family_name or "" for contact in contacts.list_contacts(
            session=session, limit=None)}


@pytest.fixture
def server(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    try:
        edits.save_record(database, kind="contact", name="Min-jun Parkqb",
                          values={"given_name": "Min-jun", "family_name": "Parkqb",
                                  "sensitivity": "restricted"})
        yield database
    finally:
        database.close()


def test_the_window_lists_backs_up_and_restores_a_servers_backups(
        qtbot: QtBot, server: Database, tmp_path: Path) -> None:
    dialog = BackupsDialog(server)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.isHidden() and not dialog.empty_label.isHidden()
    assert str(server_local_backups.backup_folder(server.url)) in dialog.empty_label.text()
    assert dialog.back_up_button.isEnabled() and dialog.role_note.isHidden()

    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, REASON).text() == "Made by hand"
    _shots(dialog, "server-backups")

    edits.save_record(server, kind="contact", name="Later Addedqb",
                      values={"given_name": "Later", "family_name": "Addedqb"})
    restored: list[bool] = []
    dialog.restored.connect(lambda: restored.append(True))
    seen = _answer_next(QMessageBox.StandardButton.Yes)
    dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(restored), timeout=30_000)
    assert server.display_name in seen[0] and "on the server" in seen[0]
    assert _family_names(server) == {"Parkqb"}
    assert {dialog.table.item(row, REASON).text() for row in range(2)} == {
        "Before a restore", "Made by hand"}

    # A copy saved elsewhere is a checked backup of its own.
    target = tmp_path / "travel.sqlite3"
    chosen = dialog.selected_backup()
    assert chosen is not None and dialog.save_copy_button.isEnabled()
    dialog.save_copy_to(chosen, target)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert str(target) in dialog.status.text()
    assert not backup.verify_backup(target)


def test_a_volunteer_sees_the_list_but_may_neither_back_up_nor_restore(
        qtbot: QtBot, postgresql_cluster: Cluster, pg_url: str, server: Database,
        capsys: pytest.CaptureFixture[str]) -> None:
    server_local_backups.back_up(server)
    assert main(["server", "init", pg_url]) == 0
    name = str(sa.make_url(pg_url).database)
    user = f"volunteer_{name}"
    capsys.readouterr()
    assert main(["--db", pg_url, "server", "add-user", user, "--role", "volunteer"]) == 0
    password = capsys.readouterr().out.split("shown once, not kept anywhere): ")[1].split()[0]
    volunteer = open_database(postgresql_cluster.url(name, user=user, password=password))
    try:
        dialog = BackupsDialog(volunteer)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.table.rowCount() == 1
        assert not dialog.back_up_button.isEnabled()
        assert not dialog.restore_button.isEnabled()
        assert not dialog.save_copy_button.isEnabled()
        assert "Only a coordinator" in dialog.role_note.text()
        assert not dialog.role_note.isHidden()
        _shots(dialog, "server-backups-volunteer")
        dialog.back_up_now()
        assert dialog.task is None
    finally:
        volunteer.close()
