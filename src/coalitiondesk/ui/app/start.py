"""Starting the desktop application."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from coalitiondesk import APP_ID, APP_NAME
from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import accessibility, ui_thread_gc
from coalitiondesk.ui.app.app_icon import app_icon
from coalitiondesk.ui.app.i18n import ensure_translations
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.app.opened_database import (
    AlreadyOpen,
    OpenedDatabase,
    open_for_window,
    wait_for_daily_backups,
)
from coalitiondesk.ui.app.server_retry import say_server_away, server_away
from coalitiondesk.ui.app.single_instance import SingleInstance, bring_forward
from coalitiondesk.ui.text.core_messages import message

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]

QUIT_AFTER_START = "COALITIONDESK_QUIT_AFTER_START"
"""Milliseconds: that long after the main window is shown it says so on stdout and
closes. packaging/check_bundle.py uses it to prove that a built bundle opens its
window, where no one is there to close it."""


def create_main_window(database: Database) -> MainWindow:
    """The main window on an open database; needs a QApplication to exist."""
    return MainWindow(database)


def launch(*, db_target: str | None) -> int:
    """Open the database at a path or URL (None: the default file) and run the window.

    A database that cannot be opened is explained in a dialog, since a user
    starting from a desktop icon has no terminal, and then re-raised for the CLI.
    The rest is ui.opened_database's: one window per database, the damage
    check, the daily backup.
    """
    _application()
    try:
        opened = open_for_window(db_target)
    except AlreadyOpen:
        return 0  # the database is open in another window, now brought forward
    except CoalitionDeskError as error:
        QMessageBox.critical(None, APP_NAME, message(error))
        raise
    if opened is None:
        return 1
    try:
        return run_gui(opened.database, instance=opened.instance, opened=opened)
    finally:
        wait_for_daily_backups()
        opened.close()  # a window switched to another database closed its own already


def _application() -> QCoreApplication:
    # Names are set before the QApplication exists so that QSettings and the
    # platform integration (window class, dock name) pick them up.
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    # macOS settings go to ~/Library/Preferences/<reversed domain>.CoalitionDesk.plist,
    # the bundle identifier; Wayland matches the window to the installed .desktop file.
    QCoreApplication.setOrganizationDomain(".".join(reversed(APP_ID.split(".")[:-1])))
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication(sys.argv)
    ensure_translations()  # before any dialog or window sets its texts
    QApplication.setWindowIcon(app_icon())
    accessibility.install(app)
    return app


def settle_after_start() -> None:
    """Leave the objects made at start-up out of garbage collection from now on.

    Python's full collections walk every object; with Qt, SQLAlchemy and the
    window built, one took 70 to 90 ms and landed on random keystrokes in the
    search box. What start-up made lives as long as the window anyway.
    """
    gc.freeze()


def run_gui(database: Database, *, instance: SingleInstance | None = None,
            opened: OpenedDatabase | None = None) -> int:
    """Show the main window and run the event loop; returns the exit code.

    The caller keeps ownership of `database` and closes it afterwards; with
    `opened`, the window closes it (and releases its claim) when it closes.
    """
    app = _application()
    window = create_main_window(database)
    window.opened = opened
    if instance is not None:
        instance.activated.connect(lambda: bring_forward(window))
    window.show()
    settle_after_start()
    # The window's other threads (server notices, probes, an import's row checker)
    # run Python too: a collection there could destroy a Qt object the UI is using.
    ui_thread_gc.hold()
    QTimer.singleShot(0, window.offer_first_steps)
    _quit_after_start_if_asked(window)
    previous_hook = sys.excepthook
    sys.excepthook = _show_user_errors(window, previous_hook)
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        ui_thread_gc.release()


def _quit_after_start_if_asked(window: MainWindow) -> None:
    delay = os.environ.get(QUIT_AFTER_START, "")
    if not delay.isdigit():
        return

    def report_and_close() -> None:
        # The toolbar's SVG icons need Qt's svg plugins, which a bundle can lack.
        icons = [a.icon() for a in window.findChildren(QAction) if not a.icon().isNull()]
        svg = bool(icons) and all(not icon.pixmap(16).isNull() for icon in icons)
        title = window.windowTitle().replace("[*]", "")
        tabs = ", ".join(window.tabs.tabText(i) for i in range(window.tabs.count()))
        print(f"window shown: {title}; tabs: {tabs}; svg icons render: {'yes' if svg else 'no'}",
              flush=True)
        window.close()

    QTimer.singleShot(int(delay), report_and_close)


def _show_user_errors(window: MainWindow, fallback: ExceptHook) -> ExceptHook:
    """An excepthook: PySide6 reports exceptions escaping a slot through it, and
    a CoalitionDeskError is a message for the user rather than a crash."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, CoalitionDeskError):
            QMessageBox.warning(window, APP_NAME, message(error))
        elif server_away(error):  # a read no slot expected to lose its server
            say_server_away(window)
        else:
            fallback(kind, error, tb)

    return hook
