"""Lock when away: after some idle minutes an encrypted database's window hides its
records behind a Locked screen, closes the database and lets go of its key.

Locking closes the Database and points it at an empty in-memory database, so
that nothing left running in the window can reach the file, nor reconnect with
the key; unlocking asks the passphrase (ui.dialogs.passphrase_dialog), opens
the file again and puts the new connections in the same Database object, which
every tab holds. The widgets are left as they were: unsaved form edits survive.
Unlocking always asks: a passphrase remembered in the system keyring is not used
for it, or the lock would keep out nobody who sits down at the computer.

`AwayLock` is one window's lock: its idle timer, the Locked screen in place of
the tabs, and what closing a locked window means. The minutes are a setting
(0: never), changed from File › Security and applied to the open window at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.app import settings_keys
from coalitiondesk.ui.dialogs.passphrase_dialog import ask_until_open

if TYPE_CHECKING:
    from coalitiondesk.ui.app.main_window import MainWindow

_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.MouseMove, QEvent.Type.Wheel})


def lock_after_minutes(settings: QSettings) -> int:
    value = str(settings.value(settings_keys.LOCK_AFTER_MINUTES,
                               settings_keys.LOCK_AFTER_DEFAULT))
    return int(value) if value.isdigit() else settings_keys.LOCK_AFTER_DEFAULT


def set_lock_after_minutes(settings: QSettings, minutes: int) -> None:
    settings.setValue(settings_keys.LOCK_AFTER_MINUTES, max(0, minutes))
    settings.sync()


class IdleTimer(QObject):
    """`idle` once no key or mouse reached the application for `minutes` (0: never)."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.enabled = False
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """From now on; the minutes count from this moment."""
        self.enabled = minutes > 0
        self.timer.stop()
        self.timer.setInterval(max(minutes, 0) * 60_000)
        self.restart()

    def restart(self) -> None:
        if self.enabled:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class LockedScreen(QWidget):
    unlockRequested = Signal()

    def __init__(self, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Locked"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(self.tr("{name} was closed while you were away. Enter its passphrase "
                              "to carry on; unsaved changes are kept.").format(
                                  name=database_name), self)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("Unlock…"), self)
        self.unlock_button.clicked.connect(self.unlockRequested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)


def let_go(database: Database) -> None:
    """Close the database and drop its engines (which could reconnect with the key)."""
    database.release()


def take_back(database: Database, path: Path, parent: QWidget | None) -> bool:
    """Ask the passphrase and reopen the file into the same Database; False on Cancel."""
    reopened = ask_until_open(path.name, parent, lambda passphrase: open_database(
        path, create=False, passphrase=passphrase))
    if reopened is None:
        return False
    database.take_over(reopened)
    return True


class AwayLock(QObject):
    """One window's lock when away: idle minutes, then the Locked screen and no key."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.idle = IdleTimer(self._minutes(), self)
        self.idle.idle.connect(self.lock)
        self._tabs: QWidget | None = None
        """The window's tabs while the Locked screen stands in for them."""

    def _minutes(self) -> int:
        return lock_after_minutes(QSettings()) if self.window.database.encrypted else 0

    def apply_setting(self) -> None:
        """The minutes of the setting, now (a plain database's window never locks)."""
        if not self.is_locked():
            self.idle.set_minutes(self._minutes())

    def is_locked(self) -> bool:
        return self._tabs is not None

    def lock(self) -> None:
        """Away: hide the records, close the database and let go of its key."""
        window = self.window
        path = window.database.path
        if self.is_locked() or not window.database.encrypted or path is None:
            return
        self.idle.stop()
        window.watcher.stop()
        window.reports.shutdown()
        if window.opened is not None and window.opened.daily is not None:
            window.opened.daily.join()  # it reads the file with the key
        let_go(window.database)
        self._tabs = window.takeCentralWidget()
        screen = LockedScreen(path.name, window)
        screen.unlockRequested.connect(self.unlock)
        window.setCentralWidget(screen)
        self._enable_commands(False)

    def unlock(self) -> bool:
        window = self.window
        path = window.database.path
        if self._tabs is None or path is None:
            return False
        if not take_back(window.database, path, window):
            return False
        window.setCentralWidget(self._tabs)  # the Locked screen goes
        self._tabs.show()
        self._tabs = None
        self._enable_commands(True)
        window.watcher.resume()
        window.watcher.sync()
        self.idle.restart()
        return True

    def _enable_commands(self, enabled: bool) -> None:
        self.window.menuBar().setEnabled(enabled)
        for toolbar in self.window.findChildren(QToolBar):
            toolbar.setEnabled(enabled)

    def may_close(self) -> bool | None:
        """Closing the window: None when it is not locked, or unlocked now (its tabs are
        asked as usual); True when it closes locked, the unsaved edits given up; False
        to stay open."""
        if not self.is_locked() or self.unlock():
            return None
        return self._close_anyway()

    def _close_anyway(self) -> bool:
        """Without the key nothing can be saved: closing drops the unsaved edits."""
        if not any(page.is_dirty() for page in self.window.pages()):
            return True
        answer = QMessageBox.question(
            self.window, QCoreApplication.translate("MainWindow", "Locked"),
            QCoreApplication.translate(
                "MainWindow",
                "Close without unlocking? The changes you had not saved are lost."),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Close
