"""Driving the main window's tables and message boxes as a person would, for the UI tests."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from coalitiondesk.ui.pages.record_page import RecordPage


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
