"""A coordinator's (or the owner's) window on a server database backs it up on this
computer once a day, off the UI thread, as a local database is; a volunteer's never
does; a failed daily backup is one message and the window opens all the same."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_support import answer_next_dialog

from coalitiondesk.cli import main
from coalitiondesk.core.progress import run_to_end
from coalitiondesk.core.records import edits
from coalitiondesk.core.storage import backup, server_daily_backup, server_local_backups
from coalitiondesk.core.storage.backup import BackupInfo
from coalitiondesk.core.storage.db import open_database
from coalitiondesk.ui.app.opened_database import open_for_window
from coalitiondesk.ui.app.start import launch
from coalitiondesk.ui.app.workers import Outcome

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql


def _user(pg_url: str, role: str, cluster: Cluster, capsys: pytest.CaptureFixture[str]) -> str:
    name = str(sa.make_url(pg_url).database)
    user = f"{role}_{name}"
    capsys.readouterr()
    assert main(["--db", pg_url, "server", "add-user", user, "--role", role]) == 0
    password = capsys.readouterr().out.split("shown once, not kept anywhere): ")[1].split()[0]
    return cluster.url(name, user=user, password=password)


@pytest.fixture
def server(pg_url: str) -> Iterator[str]:
    """A server database holding a restricted contact, with its two roles. (Its owner
    here is the cluster's superuser, whom the server takes for a member of every role.)"""
    assert main(["server", "init", pg_url]) == 0
    owner = open_database(pg_url)
    try:
        edits.save_record(owner, kind="contact", name="Min-jun Parkqd",
                          values={"given_name": "Min-jun", "family_name": "Parkqd",
                                  "sensitivity": "restricted"})
    finally:
        owner.close()
    yield pg_url


def _open_and_wait(qtbot: QtBot, url: str) -> Outcome:
    opened = open_for_window(url)
    assert opened is not None and opened.daily is not None
    try:
        with qtbot.waitSignal(opened.daily.ended, timeout=60_000) as ended:
            pass
    finally:
        opened.close()
    assert ended.args is not None
    outcome = ended.args[0]
    assert isinstance(outcome, Outcome)
    return outcome


def test_a_coordinators_window_backs_the_server_up_once_a_day_off_the_ui_thread(
        qtbot: QtBot, server: str, postgresql_cluster: Cluster,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from thread_spy import off_the_ui_thread, threads_running

    coordinator = _user(server, "coordinator", postgresql_cluster, capsys)
    threads = threads_running(monkeypatch, server_daily_backup, "backup_if_due")
    first = _open_and_wait(qtbot, coordinator)
    assert first.succeeded and isinstance(first.result, BackupInfo)
    assert off_the_ui_thread(threads)
    made = server_local_backups.list_backups(sa.make_url(server))
    assert [info.reason for info in made] == ["daily"]
    assert backup.verify_backup(made[0].path) == []
    # Complete: the restricted contact a volunteer would not have seen is in it.
    copy = open_database(made[0].path, create=False, migrate=False)
    try:
        with copy.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM contact WHERE family_name = 'Parkqd'").scalar() == 1
    finally:
        copy.close()

    again = _open_and_wait(qtbot, coordinator)
    assert again.succeeded and again.result is None
    assert server_local_backups.list_backups(sa.make_url(server)) == made


@pytest.mark.usefixtures("fresh_settings")
def test_starting_the_window_on_a_server_backs_it_up(
        qapp: QApplication, server: str, postgresql_cluster: Cluster,
        capsys: pytest.CaptureFixture[str]) -> None:
    coordinator = _user(server, "coordinator", postgresql_cluster, capsys)
    QTimer.singleShot(0, lambda: qapp.exit(0))
    assert launch(db_target=coordinator) == 0
    made = server_local_backups.list_backups(sa.make_url(server))
    assert [info.reason for info in made] == ["daily"]


def test_a_volunteers_window_never_backs_the_server_up(
        qtbot: QtBot, server: str, postgresql_cluster: Cluster,
        capsys: pytest.CaptureFixture[str]) -> None:
    volunteer = _user(server, "volunteer", postgresql_cluster, capsys)
    outcome = _open_and_wait(qtbot, volunteer)
    assert outcome.succeeded and outcome.result is None
    assert server_local_backups.list_backups(sa.make_url(server)) == []
    assert not server_local_backups.backup_folder(sa.make_url(server)).exists()


def test_a_daily_backup_that_fails_is_one_message_and_the_window_opens(
        qtbot: QtBot, server: str, postgresql_cluster: Cluster,
        capsys: pytest.CaptureFixture[str]) -> None:
    coordinator = _user(server, "coordinator", postgresql_cluster, capsys)
    folder = server_local_backups.backup_folder(sa.make_url(server))
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")  # where the backups would go
    try:
        seen: list[str] = []
        answer_next_dialog("OK", seen)
        opened = open_for_window(coordinator)
        assert opened is not None and opened.daily is not None
        try:
            with qtbot.waitSignal(opened.daily.ended, timeout=60_000) as ended:
                pass
            assert ended.args is not None and ended.args[0].error is not None
            qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
            assert len(seen) == 1 and str(folder) in seen[0]
            assert "Traceback" not in seen[0]
            # The window's database still answers.
            with opened.database.session() as session:
                assert session.execute(sa.text("SELECT 1")).scalar() == 1
        finally:
            opened.close()
    finally:
        folder.unlink()


def test_a_backup_is_due_once_the_newest_is_a_day_old(
        server: str, tmp_path: Path, postgresql_cluster: Cluster,
        capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(_user(server, "coordinator", postgresql_cluster, capsys))
    try:
        now = datetime.now(UTC)
        older = server_local_backups.back_up(database, folder=tmp_path,
                                             now=now - timedelta(hours=23))
        assert run_to_end(server_daily_backup.backup_if_due(
            database, folder=tmp_path, now=now)) is None
        made = run_to_end(server_daily_backup.backup_if_due(
            database, folder=tmp_path, now=now + timedelta(hours=2)))
        assert made is not None and made.reason == "daily"
        assert stat.S_IMODE(made.path.stat().st_mode) & 0o077 == 0
        assert [info.path for info in backup.backups_in(tmp_path)] == [made.path, older.path]
    finally:
        database.close()
