"""Starting the desktop application."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from coalitiondesk import APP_NAME
from coalitiondesk.core.db import Database, open_database
from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.ui.main_window import MainWindow

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def create_main_window(database: Database) -> MainWindow:
    """The main window on an open database; needs a QApplication to exist."""
    return MainWindow(database)


def launch(*, db_target: str | None) -> int:
    """Open the database at a path or URL (None: the default file) and run the window.

    A database that cannot be opened is explained in a dialog, since a user
    starting from a desktop icon has no terminal, and then re-raised for the CLI.
    """
    _application()
    try:
        database = open_database(db_target)
    except CoalitionDeskError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        raise
    try:
        return run_gui(database)
    finally:
        database.close()


def _application() -> QCoreApplication:
    # Names are set before the QApplication exists so that QSettings and the
    # platform integration (window class, dock name) pick them up.
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    return QApplication.instance() or QApplication(sys.argv)


def run_gui(database: Database) -> int:
    """Show the main window and run the event loop; returns the exit code.

    The caller keeps ownership of `database` and closes it afterwards.
    """
    app = _application()
    window = create_main_window(database)
    window.show()
    previous_hook = sys.excepthook
    sys.excepthook = _show_user_errors(window, previous_hook)
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook


def _show_user_errors(window: MainWindow, fallback: ExceptHook) -> ExceptHook:
    """An excepthook: PySide6 reports exceptions escaping a slot through it, and
    a CoalitionDeskError is a message for the user rather than a crash."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, CoalitionDeskError):
            QMessageBox.warning(window, APP_NAME, str(error))
        else:
            fallback(kind, error, tb)

    return hook
