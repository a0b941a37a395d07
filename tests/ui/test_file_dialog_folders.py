"""Open and save dialogs start in the folder last used for that kind of file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from window_support import open_window

from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import file_dialogs

pytestmark = pytest.mark.usefixtures("fresh_settings")


def answer_file_dialog(seen: list[Path], answer: Callable[[QFileDialog], None]) -> None:
    """Note the folder the next file dialog opens in, then answer it."""
    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                seen.append(Path(widget.directory().absolutePath()))
                answer(widget)
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def choose(path: Path) -> Callable[[QFileDialog], None]:
    def accept(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()
    return accept


def test_a_save_dialog_starts_where_the_last_file_of_its_kind_went(
        qtbot: QtBot, tmp_path: Path) -> None:
    exports = tmp_path / "partners"
    exports.mkdir()
    seen: list[Path] = []

    answer_file_dialog(seen, choose(exports / "members.xlsx"))
    chosen, _ = file_dialogs.save_file_name(None, kind=file_dialogs.EXPORT, title="Export",
                                            name="members.xlsx", filters="Excel (*.xlsx)")
    assert Path(chosen) == exports / "members.xlsx"

    answer_file_dialog(seen, lambda dialog: dialog.reject())
    assert file_dialogs.save_file_name(None, kind=file_dialogs.EXPORT, title="Export",
                                       name="contacts.xlsx", filters="Excel (*.xlsx)") == ("", "")
    assert seen[1] == exports
    assert file_dialogs.last_folder(file_dialogs.REPORT) == Path.home()  # each kind its own


def test_open_database_starts_beside_the_last_database(
        qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "coalition files"
    folder.mkdir()
    seen: list[Path] = []
    answer_file_dialog(seen, choose(folder / "other.sqlite3"))
    file_dialogs.save_file_name(None, kind=file_dialogs.DATABASE, title="New", name="x.sqlite3",
                                filters="Databases (*.sqlite3)")

    window = open_window(qtbot, database)
    answer_file_dialog(seen, lambda dialog: dialog.reject())
    window.open_database_action.trigger()
    assert seen[-1] == folder


def test_the_export_and_report_dialogs_start_in_their_last_folders(
        qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    from coalitiondesk.core.exporting import ExportKind
    from coalitiondesk.ui.dialogs.export_dialog import ExportDialog

    exports, reports = tmp_path / "for partners", tmp_path / "reports"
    exports.mkdir()
    reports.mkdir()
    seen: list[Path] = []

    dialog = ExportDialog(demo, kind=ExportKind.organizations)
    qtbot.addWidget(dialog)
    dialog.file_edit.clear()
    answer_file_dialog(seen, choose(exports / "members.xlsx"))
    dialog.choose_file()
    assert Path(dialog.file_edit.text()) == exports / "members.xlsx"
    dialog.file_edit.clear()
    answer_file_dialog(seen, lambda file_dialog: file_dialog.reject())
    dialog.choose_file()
    assert seen[-1] == exports

    window = open_window(qtbot, demo)
    answer_file_dialog(seen, choose(reports / "countries.pdf"))
    window.reports.choose_pdf()
    answer_file_dialog(seen, lambda file_dialog: file_dialog.reject())
    window.reports.choose_pdf()
    assert seen[-1] == reports
