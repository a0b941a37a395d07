"""Lock when away: after some idle minutes an encrypted database's window hides its
records behind a Locked screen, closes the database and lets go of its key.

Locking closes the Database and points it at an empty in-memory database, so
that nothing left running in the window can reach the file, nor reconnect with
the key; unlocking asks the passphrase (ui.dialogs.passphrase_dialog), opens
the file again and puts the new connections in the same Database object, which
every tab holds. The widgets are left as they were: unsaved form edits survive.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.app import settings_keys
from coalitiondesk.ui.dialogs.passphrase_dialog import ask_until_open

_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.MouseMove, QEvent.Type.Wheel})


def lock_after_minutes(settings: QSettings) -> int:
    value = str(settings.value(settings_keys.LOCK_AFTER_MINUTES,
                               settings_keys.LOCK_AFTER_DEFAULT))
    return int(value) if value.isdigit() else settings_keys.LOCK_AFTER_DEFAULT


class IdleTimer(QObject):
    """`idle` once no key or mouse reached the application for `minutes` (0: never)."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.idle)
        self.enabled = minutes > 0
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self)
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
