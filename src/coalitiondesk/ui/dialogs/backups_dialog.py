"""The Backups dialog: the backups of the open database, "Back up now", "Restore…",
"Save a Copy…" and the backups folder; and the daily backup run off the UI thread at start.

On a server database it lists that server's backups on this computer
(core.storage.server_local_backups): a coordinator backs up, the database's
owner restores onto the server, a volunteer only sees the list.

Wiring (for the main window): a "Backups…" action asks `ask_backup_rights(database,
window)` first (a server that cannot be reached is one message then, None), then
opens `BackupsDialog(database, window, rights=...)`; connect its `restored` signal
to `window.reload()`, since a restore replaces every record the window shows.
On opening a database ui/app/opened_database.py runs `start_daily_backup(path)`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError, DatabaseUnavailable
from coalitiondesk.core.progress import Progress
from coalitiondesk.core.storage import backup, postgresql, server_local_backups
from coalitiondesk.core.storage.backup import BackupInfo, Reason
from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.app import file_dialogs
from coalitiondesk.ui.app.i18n import date_format
from coalitiondesk.ui.app.workers import LongWork, Outcome, failure_text, show_failure

DATE, SIZE, REASON, VERIFIED = range(4)
_NO_LIMIT_MS = 24 * 3600 * 1000


def start_daily_backup(database_path: Path, *, passphrase: Passphrase | None = None
                       ) -> LongWork:
    """Back up in the background when the newest backup is a day old (on start), with no
    dialog. Connect to its `ended` at once; `join()` it before quitting.

    An encrypted database's key is handed over here: the window may close the database
    (and core forget the key) while the backup still runs.
    """
    work = LongWork(lambda: _if_due(database_path, passphrase), parent=None, dialog=False)
    work.start()
    return work


def _if_due(database_path: Path, passphrase: Passphrase | None
            ) -> Generator[Progress, None, BackupInfo | None]:
    result = backup.backup_if_due(database_path, passphrase=passphrase)
    yield Progress("Daily backup", 1, 1)
    return result


@dataclass(frozen=True)
class BackupRights:
    """What the person connected may do here: everything on a local file."""

    back_up: bool
    restore: bool


def backup_rights(database: Database) -> BackupRights:
    """Asked of the server for a server database. Raises DatabaseUnavailable, in the words
    said when a server database cannot be opened, when the server does not answer."""
    if database.path is not None:
        return BackupRights(back_up=True, restore=True)
    try:
        return BackupRights(back_up=server_local_backups.may_back_up(database),
                            restore=server_local_backups.may_restore(database))
    except sa.exc.DBAPIError as error:
        raise DatabaseUnavailable(postgresql.describe_failure(
            database.url, error.orig if error.orig is not None else error)) from None


def ask_backup_rights(database: Database, parent: QWidget | None) -> BackupRights | None:
    """`backup_rights`, or None once the person was told in one message why not."""
    try:
        return backup_rights(database)
    except CoalitionDeskError as error:
        show_failure(parent, QCoreApplication.translate("BackupsDialog", "Backups"), error)
        return None


def human_size(size: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).formattedDataSize(size, 1)


def local_time(moment: datetime, locale: QLocale | None = None) -> str:
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = locale or QLocale()
    # The locale's short date with the year in full, then its short time.
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(when, f"{date_format(locale)} {time_format}")


class BackupsDialog(QDialog):
    """Lists backups newest first; backs up and restores through core, off the UI thread."""

    restored = Signal()  # the database now holds a backup's contents: reload every view

    def __init__(self, database: Database, parent: QWidget | None = None, *,
                 rights: BackupRights | None = None) -> None:
        """`rights` as `backup_rights` gives them; asked here when not given."""
        super().__init__(parent)
        self.database = database
        self.database_path: Path | None = database.path
        self.on_server = database.path is None
        if database.path is None:
            self.folder = server_local_backups.backup_folder(database.url)
        else:
            self.folder = backup.backup_folder(database.path)
        rights = rights or backup_rights(database)
        self.may_back_up, self.may_restore = rights.back_up, rights.restore
        self.task: LongWork | None = None
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)

        intro = QLabel(self._intro(), self)
        intro.setWordWrap(True)
        self.role_note = QLabel(self._role_note(), self)
        self.role_note.setWordWrap(True)
        self.role_note.setVisible(bool(self.role_note.text()))

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Size"), self.tr("Why"), self.tr("Checked")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(DATE, QHeaderView.ResizeMode.Stretch)
        for column in (SIZE, REASON, VERIFIED):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty_label = QLabel(self.tr("No backups yet. They are kept in:\n{folder}").format(
            folder=self.folder), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.back_up_button = QPushButton(self.tr("Back up now"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.save_copy_button = QPushButton(self.tr("Save a Copy…"), self)
        self.folder_button = QPushButton(self.tr("Open backups folder"), self)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.save_copy_button.clicked.connect(self.save_copy)
        self.folder_button.clicked.connect(self.open_folder)
        actions = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.save_copy_button,
                       self.folder_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.role_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.reload()

    def _intro(self) -> str:
        policy = backup.DEFAULT_POLICY
        if self.database_path is not None:
            return self.tr(
                "CoalitionDesk backs up {name} when it starts (once a day), before every "
                "import, restore and upgrade, and when you ask. It keeps the {last} newest "
                "backups, then one a day for {daily} days, one a week for {weekly} weeks and "
                "one a month for {monthly} months. Each backup is checked before older ones "
                "are removed."
            ).format(name=self.database_path.name, last=policy.last, daily=policy.daily,
                     weekly=policy.weekly, monthly=policy.monthly)
        return self.tr(
            "Backups of the server database {name}, kept on this computer: made when a "
            "window here opens it (once a day, for a coordinator or its owner), when you "
            "ask and before a restore, each from one moment of the server while others go "
            "on working. Each holds every record, restricted contacts and private fields "
            "included, in a file only you can open on this computer but which is not "
            "encrypted (a local database's encryption does not cover it): keep this "
            "computer's disk encrypted. CoalitionDesk keeps the {last} newest backups, then "
            "one a day for {daily} days, one a week for {weekly} weeks and one a month for "
            "{monthly} months."
        ).format(name=self.database.display_name, last=policy.last, daily=policy.daily,
                 weekly=policy.weekly, monthly=policy.monthly)

    def _role_note(self) -> str:
        if not self.may_back_up:
            return self.tr("Only a coordinator backs up a server database: a volunteer's "
                           "backup would leave out the restricted contacts.")
        if not self.may_restore:
            return self.tr("Only the database's owner restores a backup onto the server.")
        return ""

    # --- the list ----------------------------------------------------------------

    def reload(self) -> None:
        if self.database_path is None:
            self.backups = server_local_backups.list_backups(self.database.url)
        else:
            self.backups = backup.list_backups(self.database_path)
        locale = QLocale()
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = {
                DATE: local_time(info.created, locale),
                SIZE: human_size(info.size, locale),
                REASON: self._reason_label(info.reason),
                VERIFIED: self.tr("Yes") if info.verified else self.tr("No"),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column == SIZE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        has_backups = bool(self.backups)
        self.table.setVisible(has_backups)
        self.empty_label.setVisible(not has_backups)
        if has_backups and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def _reason_label(self, reason: str) -> str:
        labels = {
            Reason.daily: self.tr("Daily"),
            Reason.manual: self.tr("Made by hand"),
            Reason.before_import: self.tr("Before an import"),
            Reason.before_restore: self.tr("Before a restore"),
            Reason.before_migration: self.tr("Before an upgrade"),
        }
        return labels.get(Reason(reason), reason) if reason in set(Reason) else reason

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        busy = self.task is not None
        chosen = self.selected_backup() is not None
        self.back_up_button.setEnabled(not busy and self.may_back_up)
        self.restore_button.setEnabled(not busy and chosen and self.may_restore)
        # A volunteer is not handed a copy of what their role may not see.
        self.save_copy_button.setEnabled(not busy and chosen and self.may_back_up)

    # --- actions -----------------------------------------------------------------

    def back_up_now(self) -> None:
        if self.task is not None or not self.may_back_up:
            return
        path, database = self.database_path, self.database
        if path is None:
            self._run(lambda: server_local_backups.backup_steps(database, reason=Reason.manual),
                      self._backed_up, self.tr("Backing up…"))
            return
        self._run(lambda: backup.backup_steps(path, reason=Reason.manual),
                  self._backed_up, self.tr("Backing up…"))

    def _backed_up(self, info: BackupInfo) -> None:
        self.reload()
        self.status.setText(self.tr("Backed up at {time} ({size}).").format(
            time=local_time(info.created), size=human_size(info.size)))

    def confirm_restore(self, info: BackupInfo) -> bool:
        if self.database_path is None:
            question = self.tr(
                "Replace everything on the server {name} with the backup made {time}?\n\n"
                "Everyone connected to it will see the backup's records, and what was changed "
                "on the server since then will be gone from it. A backup of the server's "
                "current state is made on this computer first, so you can go back to it from "
                "this list.").format(name=self.database.display_name,
                                     time=local_time(info.created))
        else:
            question = self.tr(
                "Replace everything in {name} with the backup made {time}?\n\n"
                "A backup of the current state is made first, so you can go back to it "
                "from this list.").format(name=self.database_path.name,
                                          time=local_time(info.created))
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if (info is None or self.task is not None or not self.may_restore
                or not self.confirm_restore(info)):
            return
        path, database = self.database_path, self.database
        if path is None:
            self._run(lambda: server_local_backups.restore_steps(database, info.path),
                      self._restored, self.tr("Restoring…"))
            return
        self._run(lambda: _restore_and_upgrade(path, info.path), self._restored,
                  self.tr("Restoring…"))

    def _restored(self, result: object) -> None:
        self.reload()
        self.status.setText(self.tr("Restored the backup. The state before it was backed up "
                                    "too and is listed above."))
        self.restored.emit()

    def save_copy(self) -> None:
        """The chosen backup, copied (and checked) to a file of the person's choosing: to
        open on its own, or to keep elsewhere. An encrypted backup's copy stays encrypted."""
        info = self.selected_backup()
        if info is None or self.task is not None or not self.may_back_up:
            return
        chosen, _filter = file_dialogs.save_file_name(
            self, kind=file_dialogs.DATABASE, title=self.tr("Save a Copy of the Backup"),
            name=info.path.name,
            filters=QCoreApplication.translate(
                "MainWindow", "CoalitionDesk databases (*.sqlite3 *.db)"))
        if not chosen:
            return
        self.save_copy_to(info, Path(chosen))

    def save_copy_to(self, info: BackupInfo, target: Path) -> None:
        key = self.database.passphrase
        self._run(lambda: backup.backup_steps(info.path, to=target, passphrase=key),
                  self._copy_saved, self.tr("Saving a copy…"))

    def _copy_saved(self, info: BackupInfo) -> None:
        self.status.setText(self.tr("Saved a copy of the backup to {path}.").format(
            path=info.path))

    def open_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    # --- running off the UI thread -------------------------------------------------

    def _run(self, steps: Callable[[], Generator[Progress, None, Any]],
             done: Callable[[Any], None], message: str) -> None:
        # No cancel: a backup or restore is quick, and one stopped half-way helps no one.
        # Progress shows in the dialog's own bar and status line.
        self.task = LongWork(steps, parent=self, dialog=False, cancellable=False)
        self._done = done
        self.task.progress.connect(self._show_progress)
        self.task.ended.connect(self._ended)
        self.status.setText(message)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._update_buttons()
        self.task.start()

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(stage)

    def _ended(self, outcome: Outcome) -> None:
        if self.task is not None:
            self.task.deleteLater()
        self.task = None
        self.progress.hide()
        self._update_buttons()
        if outcome.error is not None:
            text = failure_text(outcome.error)
            self.status.setText(text)
            QMessageBox.warning(self, self.tr("Backups"), text)
        elif outcome.succeeded:
            self._done(outcome.result)

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.join(_NO_LIMIT_MS)  # a backup or restore is never abandoned half-way
        super().done(result)


def _restore_and_upgrade(database_path: Path, backup_file: Path
                         ) -> Generator[Progress, None, backup.RestoreResult]:
    result = yield from backup.restore_steps(database_path, backup_file)
    # A backup from an older version gets today's schema, as on any open.
    open_database(database_path, create=False).close()
    return result
