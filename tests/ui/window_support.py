"""Driving the main window's tables and message boxes as a person would, for the UI tests."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.pages.record_page import RecordPage


def open_window(qtbot: QtBot, database: Database) -> MainWindow:
    """The main window on `database`, shown, closed after the test without asking."""
    window = MainWindow(database)
    qtbot.addWidget(window, before_close_func=discard_edits)
    window.show()
    qtbot.waitExposed(window)
    return window


def discard_edits(window: MainWindow) -> None:
    """Closing asks about unsaved changes; a test's leftovers are thrown away unasked."""
    for page in window.record_pages():
        page.form.revert()


def names(page: RecordPage, column: str = "name") -> list[str]:
    index = page.model.column_index(column)
    return [page.model.index(row, index).data() for row in range(page.model.rowCount())]


def select(page: RecordPage, name: str) -> None:
    row = names(page).index(name)
    page.view.setFocus()
    page.view.selectRow(row)
    assert page.form.display_name() == name


def answer_next_dialog(button_text: str, seen: list[str]) -> None:
    """Click `button_text` in the next message box to appear, noting its text."""
    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text() + "\n" + widget.informativeText())
                for button in widget.findChildren(QPushButton):
                    if button.text().replace("&", "") == button_text:
                        button.click()
                        return
        QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)
