"""Told plainly: the database is damaged, where the damaged file went, and which backup
can take its place.

Wiring (done in ui/app.py `launch()`, through `open_or_recover`): when
`open_database` raises DatabaseDamaged, show `DamagedDialog(error)`; after
`exec()`, `choice` says whether to restore `error.backup`, start an empty
database, or quit.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import DatabaseDamaged
from coalitiondesk.core.storage.backup import BackupInfo, list_backups, restore
from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.db import Database, open_database


class Choice(StrEnum):
    restore = "restore"
    start_empty = "start_empty"
    quit = "quit"


class DamagedDialog(QDialog):
    def __init__(self, error: DatabaseDamaged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.choice = Choice.quit
        self.backup = _backup_info(error)
        self.setWindowTitle(self.tr("The database is damaged"))

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self._explanation(), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumWidth(460)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)

        buttons = QDialogButtonBox(self)
        if self.backup is not None:
            self.main_button = QPushButton(self.tr("Restore this backup"), self)
            self.main_button.clicked.connect(lambda: self._choose(Choice.restore))
        else:
            self.main_button = QPushButton(self.tr("Start with an empty database"), self)
            self.main_button.clicked.connect(lambda: self._choose(Choice.start_empty))
        self.main_button.setDefault(True)
        buttons.addButton(self.main_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("Quit"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(lambda: self._choose(Choice.quit))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

    def _explanation(self) -> str:
        error = self.error
        parts = [self.tr("CoalitionDesk cannot use {file}: {problem}.").format(
            file=error.path, problem=error.problem)]
        if error.moved_to is not None:
            parts.append(self.tr(
                "Nothing was deleted. The damaged file was moved aside, unchanged, to:\n{moved}\n\n"
                "Someone who knows SQLite may still rescue recent changes from it."
            ).format(moved=error.moved_to))
        if self.backup is not None:
            when = QLocale().toString(
                QDateTime.fromSecsSinceEpoch(int(self.backup.created.timestamp())),
                QLocale.FormatType.LongFormat)
            parts.append(self.tr(
                "The newest good backup was made {time} ({size}). Restore it to carry on; "
                "changes made after it are not in it.").format(
                time=when, size=QLocale().formattedDataSize(self.backup.size, 1)))
        else:
            parts.append(self.tr(
                "There is no backup of this database. You can start again with an empty "
                "database, and CoalitionDesk will back it up from now on."))
        return "\n\n".join(parts)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.quit:
            self.reject()
        else:
            self.accept()


def _backup_info(error: DatabaseDamaged) -> BackupInfo | None:
    if error.backup is None:
        return None
    for info in list_backups(error.path):
        if info.path == error.backup:
            return info
    # A backup outside the usual folder: describe it from the file itself.
    path = Path(error.backup)
    if not path.exists():
        return None
    return BackupInfo(path=path, created=datetime.fromtimestamp(path.stat().st_mtime, UTC),
                      reason="", size=path.stat().st_size)


def open_or_recover(db_target: str | None, parent: QWidget | None = None, *,
                    passphrase: Passphrase | None = None) -> Database | None:
    """open_database for the application: a damaged file is explained, and the newest good
    backup restored (or an empty database started) if the user wants; None means quit."""
    try:
        return open_database(db_target, passphrase=passphrase)
    except DatabaseDamaged as error:
        dialog = DamagedDialog(error, parent)
        dialog.exec()
        if dialog.choice is Choice.quit:
            return None
        if dialog.choice is Choice.restore and error.backup is not None:
            restore(error.path, error.backup, passphrase=passphrase)
        return open_database(db_target, passphrase=passphrase)
