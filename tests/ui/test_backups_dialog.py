"""The Backups and Damaged-database dialogs, clicked as a coordinator clicks them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.errors import DatabaseDamaged
from coalitiondesk.core.records import organizations
from coalitiondesk.core.storage import backup
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.app.start import launch
from coalitiondesk.ui.dialogs.backups_dialog import DATE, REASON, VERIFIED, BackupsDialog
from coalitiondesk.ui.dialogs.damaged_dialog import Choice, DamagedDialog, open_or_recover

SHOTS = Path(os.environ["COALITIONDESK_SHOTS"]) if os.environ.get("COALITIONDESK_SHOTS") else None


def organization_count(database: Database) -> int:
    with database.session() as session:
        return organizations.count_organizations(session=session)


def answer_next_message_box(button: QMessageBox.StandardButton) -> list[str]:
    """Click `button` on the next message box that appears; returns its text once seen."""
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


def save_shot(widget: QWidget, name: str) -> None:
    """Rendered for a person to look at when COALITIONDESK_SHOTS names a folder."""
    if SHOTS is not None:
        widget.grab().save(str(SHOTS / name))


@pytest.fixture
def dialog(qtbot: QtBot, demo: Database) -> Iterator[BackupsDialog]:
    widget = BackupsDialog(demo)
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def test_the_list_shows_backups_newest_first(qtbot: QtBot, demo: Database) -> None:
    assert demo.path is not None
    now = datetime.now(UTC)
    backup.back_up(demo.path, reason=backup.Reason.daily, now=now - timedelta(days=3))
    backup.back_up(demo.path, reason=backup.Reason.before_import, now=now - timedelta(days=1))
    widget = BackupsDialog(demo)
    qtbot.addWidget(widget)
    widget.show()
    save_shot(widget, "backups-dialog.png")
    assert widget.table.rowCount() == 2
    assert [widget.table.item(row, REASON).text() for row in range(2)] == [
        "Before an import", "Daily"]
    assert widget.table.item(0, VERIFIED).text() == "Yes"
    assert widget.table.item(0, DATE).text()
    assert widget.restore_button.isEnabled()


def test_an_empty_list_says_where_backups_go(dialog: BackupsDialog) -> None:
    assert dialog.table.isHidden() and not dialog.empty_label.isHidden()
    assert str(dialog.folder) in dialog.empty_label.text()
    assert not dialog.restore_button.isEnabled()


def test_back_up_now(qtbot: QtBot, dialog: BackupsDialog, demo: Database) -> None:
    assert demo.path is not None
    dialog.back_up_button.click()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.table.rowCount() == 1,
                    timeout=15_000)
    made = backup.list_backups(demo.path)
    assert len(made) == 1 and made[0].reason == "manual"
    assert backup.verify_backup(made[0].path) == []
    assert "Backed up" in dialog.status.text()


def test_restore_asks_first_then_brings_the_backup_back(
    qtbot: QtBot, demo: Database
) -> None:
    assert demo.path is not None
    good = backup.back_up(demo.path, now=datetime.now(UTC) - timedelta(hours=2))
    with demo.transaction() as session:
        for organization in organizations.list_organizations(session=session)[:5]:
            assert organization.id is not None
            organizations.delete_organization(session=session,
                                              organization_id=organization.id)
    assert organization_count(demo) == 34
    widget = BackupsDialog(demo)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.selected_backup() == good

    seen = answer_next_message_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(widget.restored, timeout=15_000):
        widget.restore_button.click()

    assert "A backup of the current state is made first" in seen[0]
    assert organization_count(demo) == 39
    reasons = [info.reason for info in backup.list_backups(demo.path)]
    assert reasons[0] == "before-restore"
    qtbot.waitUntil(lambda: widget.task is None)
    assert widget.table.rowCount() == 2


def test_cancelling_the_restore_changes_nothing(qtbot: QtBot, demo: Database) -> None:
    assert demo.path is not None
    backup.back_up(demo.path)
    with demo.transaction() as session:
        organizations.create_organization(session=session, name="Added later")
    widget = BackupsDialog(demo)
    qtbot.addWidget(widget)
    widget.show()
    restored: list[bool] = []
    widget.restored.connect(lambda: restored.append(True))
    seen = answer_next_message_box(QMessageBox.StandardButton.Cancel)
    widget.restore_button.click()
    assert seen and restored == [] and widget.task is None
    assert organization_count(demo) == 40
    assert len(backup.list_backups(demo.path)) == 1


# --- a damaged database -----------------------------------------------------------


def damaged_with_backup(tmp_path: Path) -> tuple[Path, backup.BackupInfo]:
    path = tmp_path / "coalition.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        load_demo(session=session)
    database.close()
    good = backup.back_up(path, reason=backup.Reason.daily)
    os.truncate(path, path.stat().st_size // 2 // 4096 * 4096)
    return path, good


def test_the_damaged_dialog_explains_and_offers_the_newest_backup(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path, good = damaged_with_backup(tmp_path)
    with pytest.raises(DatabaseDamaged) as raised:
        open_database(path)
    assert raised.value.backup == good.path
    dialog = DamagedDialog(raised.value)
    qtbot.addWidget(dialog)
    dialog.show()
    save_shot(dialog, "damaged-dialog.png")
    text = dialog.message.text()
    assert "the file is truncated" in text
    assert str(raised.value.moved_to) in text and "Nothing was deleted" in text
    assert "newest good backup" in text
    assert dialog.main_button.text() == "Restore this backup"
    dialog.main_button.click()
    assert dialog.choice is Choice.restore and dialog.result() == 1


def test_without_a_backup_the_dialog_offers_an_empty_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    error = DatabaseDamaged("damaged", path=tmp_path / "c.sqlite3",
                            problem="its first bytes are overwritten",
                            moved_to=tmp_path / "c.sqlite3.damaged-x", backup=None)
    dialog = DamagedDialog(error)
    qtbot.addWidget(dialog)
    assert "There is no backup" in dialog.message.text()
    assert dialog.main_button.text() == "Start with an empty database"
    dialog.quit_button.click()
    assert dialog.choice is Choice.quit


def choose_in_damaged_dialog(choice: Callable[[DamagedDialog], None]) -> list[str]:
    seen: list[str] = []

    def pick() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, DamagedDialog) and widget.isVisible():
                seen.append(widget.message.text())
                choice(widget)
                return
        QTimer.singleShot(20, pick)

    QTimer.singleShot(0, pick)
    return seen


def test_opening_a_damaged_database_restores_the_backup_when_asked(
    qapp: QApplication, tmp_path: Path
) -> None:
    path, _good = damaged_with_backup(tmp_path)
    seen = choose_in_damaged_dialog(lambda dialog: dialog.main_button.click())
    database = open_or_recover(str(path))
    assert database is not None and seen
    try:
        assert organization_count(database) == 39
        moved = list(tmp_path.glob("coalition.sqlite3.damaged-*"))
        assert len(moved) == 1
    finally:
        database.close()


def test_quitting_from_the_damaged_dialog_opens_nothing(
    qapp: QApplication, tmp_path: Path
) -> None:
    path, _good = damaged_with_backup(tmp_path)
    choose_in_damaged_dialog(lambda dialog: dialog.quit_button.click())
    assert open_or_recover(str(path)) is None
    assert not path.exists()  # set aside, and nothing new made in its place


def test_starting_the_application_backs_up_once_a_day(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "coalition.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        load_demo(session=session)
    database.close()

    for _ in range(2):
        QTimer.singleShot(0, lambda: qapp.exit(0))
        assert launch(db_target=str(path)) == 0
    made = backup.list_backups(path)
    assert [info.reason for info in made] == ["daily"]
    assert backup.verify_backup(made[0].path) == []


# --- off the UI thread ------------------------------------------------------------


def test_backing_up_and_restoring_run_off_the_ui_thread_with_their_stages(
        qtbot: QtBot, dialog: BackupsDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    from thread_spy import off_the_ui_thread, threads_running

    backing_up = threads_running(monkeypatch, backup, "backup_steps")
    restoring = threads_running(monkeypatch, backup, "restore_steps")
    stages: list[str] = []
    dialog.back_up_button.click()
    assert dialog.task is not None
    dialog.task.progress.connect(lambda stage, _done, _total: stages.append(stage))
    qtbot.waitUntil(lambda: dialog.task is None and dialog.table.rowCount() == 1,
                    timeout=15_000)
    assert off_the_ui_thread(backing_up)
    assert "Copying the database" in stages

    answer_next_message_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.restored, timeout=15_000):
        dialog.restore_button.click()
    assert off_the_ui_thread(restoring)


def test_the_daily_backup_runs_off_the_ui_thread_when_a_database_opens(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from thread_spy import off_the_ui_thread, threads_running

    from coalitiondesk.ui.app.opened_database import open_for_window

    path = tmp_path / "coalition.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        load_demo(session=session)
    database.close()
    threads = threads_running(monkeypatch, backup, "backup_if_due")
    opened = open_for_window(str(path))
    assert opened is not None and opened.daily is not None
    try:
        with qtbot.waitSignal(opened.daily.ended, timeout=15_000) as ended:
            pass
        assert ended.args is not None and ended.args[0].succeeded
        assert off_the_ui_thread(threads)
        assert [info.reason for info in backup.list_backups(path)] == ["daily"]
    finally:
        opened.close()
