"""One window per database: a second start is told and the first window comes forward;
the command line refuses to write under a running window; a killed window's lock is
recovered. With the real application running in its own process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coalitiondesk.core.storage.db import open_database
from coalitiondesk.core.storage.locking import lock_owner, lock_path
from coalitiondesk.ui.app.single_instance import SingleInstance, server_name
from coalitiondesk.ui.app.start import launch


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args],
                          capture_output=True, text=True, timeout=120)


def start_application(db_file: Path) -> subprocess.Popen[str]:
    """The application, offscreen, on `db_file`; returns once it holds the database."""
    process = subprocess.Popen([sys.executable, "-m", "coalitiondesk", "--db", str(db_file)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        owner = lock_owner(db_file)
        if owner is not None and owner.pid == process.pid:
            return process
        if process.poll() is not None:
            raise AssertionError(process.communicate()[1])
        time.sleep(0.05)
    process.kill()
    raise AssertionError("the application did not start")


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "coalition.sqlite3"
    open_database(path).close()
    return path


def test_a_second_claim_reaches_the_first_and_asks_it_forward(
    qtbot: QtBot, db_file: Path
) -> None:
    first = SingleInstance(db_file)
    second = SingleInstance(db_file)
    try:
        assert first.claim()
        assert not second.claim()
        assert second.refusal is not None and str(os.getpid()) in str(second.refusal)
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert second.ask_owner_to_show()
    finally:
        first.release()
    assert second.claim()  # released: the next start gets it
    second.release()
    assert not lock_path(db_file).exists()


def test_databases_are_told_apart(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a.sqlite3") != server_name(tmp_path / "b.sqlite3")
    assert server_name(tmp_path / "a.sqlite3") == server_name(tmp_path / "." / "a.sqlite3")


def test_the_running_application_holds_the_database_against_the_command_line(
    db_file: Path,
) -> None:
    application = start_application(db_file)
    try:
        refused = cli("--db", str(db_file), "demo")
        assert refused.returncode != 0 and "Traceback" not in refused.stderr
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1
        assert f"process {application.pid}" in lines[0] and "close it there first" in lines[0]
        # Reading is fine while the window is open: an online backup, for one.
        assert cli("--db", str(db_file), "backup").returncode == 0
    finally:
        application.send_signal(signal.SIGKILL)
        application.wait()
    # A crash leaves the lock file behind; it is recognised as stale.
    assert lock_path(db_file).exists()
    after = cli("--db", str(db_file), "demo")
    assert after.returncode == 0, after.stderr


def test_a_second_start_says_so_and_opens_no_window(
    qapp: QApplication, db_file: Path
) -> None:
    application = start_application(db_file)
    shown: list[str] = []

    def read_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                shown.append(widget.text())
                widget.accept()
                return
        QTimer.singleShot(20, read_and_close)

    try:
        QTimer.singleShot(0, read_and_close)
        assert launch(db_target=str(db_file)) == 0
    finally:
        application.terminate()
        application.wait(timeout=30)
    assert len(shown) == 1
    assert f"process {application.pid}" in shown[0]
    assert "brought forward" in shown[0]


def test_open_database_moves_the_claim_to_the_database_shown(
    qtbot: QtBot, db_file: Path, tmp_path: Path
) -> None:
    from coalitiondesk.core.errors import DatabaseInUse
    from coalitiondesk.core.storage.locking import refuse_if_open
    from coalitiondesk.ui.app.main_window import MainWindow
    from coalitiondesk.ui.app.opened_database import open_for_window

    other = tmp_path / "other.sqlite3"
    open_database(other).close()
    opened = open_for_window(str(db_file))
    assert opened is not None
    window = MainWindow(opened.database)
    window.opened = opened
    qtbot.addWidget(window)
    with pytest.raises(DatabaseInUse):
        refuse_if_open(db_file)
    switched = window.switch_database(str(other))
    assert switched is not None
    qtbot.addWidget(switched)
    with pytest.raises(DatabaseInUse):
        refuse_if_open(other)  # the command line cannot write under the new window
    refuse_if_open(db_file)  # and the database no longer shown is free again
    switched.close()
    refuse_if_open(other)
