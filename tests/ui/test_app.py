from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from coalitiondesk.core.errors import DatabaseUnavailable
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import ui_thread_gc
from coalitiondesk.ui.app.start import launch, run_gui


def titles() -> list[str]:
    """Titles of the visible windows, without the unsaved-changes placeholder."""
    return [w.windowTitle().replace("[*]", "") for w in QApplication.topLevelWidgets()
            if w.isVisible()]


def test_run_gui_shows_window_and_returns_exit_code(qapp: QApplication, database: Database) -> None:
    hook = sys.excepthook
    seen: list[str] = []

    def quit_when_shown() -> None:
        seen.extend(titles())
        # Whatever thread the window starts, Python collects on this one alone.
        seen.append(f"collector held: {ui_thread_gc.held()}, automatic: {gc.isenabled()}")
        qapp.exit(3)

    QTimer.singleShot(0, quit_when_shown)
    assert run_gui(database) == 3
    assert "CoalitionDesk — coalition.sqlite3" in seen
    assert "collector held: True, automatic: False" in seen
    assert not ui_thread_gc.held() and gc.isenabled()
    assert QCoreApplication.applicationName() == "CoalitionDesk"
    assert QCoreApplication.organizationName() == "CoalitionDesk"
    assert sys.excepthook is hook


def test_launch_explains_a_database_that_cannot_be_opened(
    qapp: QApplication, tmp_path: Path
) -> None:
    shown: list[str] = []

    def read_and_close_dialog() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                shown.append(widget.text())
                widget.accept()

    timer = QTimer()
    timer.timeout.connect(read_and_close_dialog)
    timer.start(50)
    with pytest.raises(DatabaseUnavailable):
        launch(db_target=str(tmp_path))  # a folder, not a database file
    timer.stop()
    assert shown == [f"{tmp_path} is a folder, not a database file"]


def test_launch_opens_the_window_on_the_given_database(
    qapp: QApplication, tmp_path: Path
) -> None:
    seen: list[str] = []

    def quit_when_shown() -> None:
        seen.extend(titles())
        qapp.exit(0)

    QTimer.singleShot(0, quit_when_shown)
    assert launch(db_target=str(tmp_path / "new.sqlite3")) == 0
    assert "CoalitionDesk — new.sqlite3" in seen
    assert (tmp_path / "new.sqlite3").exists()
