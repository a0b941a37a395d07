"""The one way a window opens a database: at start-up, New and Open Database.

It claims a database file for this window (the command line then refuses to
write under it, and a second start brings this window forward; a server
database is claimed by nothing here), runs the damage check with the newest
good backup offered, asks the passphrase of an encrypted file (again after a
wrong one) unless one remembered in the system keyring opens it
(core.storage.remembered), starts the daily backup and warns about a synced or
network folder. A server database gets the same daily backup on this computer
for a coordinator or its owner, never for a volunteer
(core.storage.server_daily_backup). Closing releases all of it, so the
database a window no longer shows is free again.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coalitiondesk import APP_NAME
from coalitiondesk.core.progress import Progress
from coalitiondesk.core.storage import server_daily_backup
from coalitiondesk.core.storage.backup import BackupInfo
from coalitiondesk.core.storage.cipher import Passphrase, PassphraseRequired
from coalitiondesk.core.storage.db import Database, database_file, open_database
from coalitiondesk.core.storage.location import storage_warning
from coalitiondesk.core.storage.remembered import recall
from coalitiondesk.ui.app.single_instance import SingleInstance, claim_window
from coalitiondesk.ui.app.workers import LongWork, Outcome, show_failure
from coalitiondesk.ui.dialogs.backups_dialog import start_daily_backup
from coalitiondesk.ui.dialogs.damaged_dialog import open_or_recover
from coalitiondesk.ui.dialogs.passphrase_dialog import ask_until_open

# A large backup is let finish rather than cut off when the application quits.
BACKUP_WAIT_MS = 10 * 60 * 1000

_daily_backups: list[LongWork] = []
"""Every daily backup started, so that quitting waits for those still running."""


@dataclass
class OpenedDatabase:
    database: Database
    instance: SingleInstance
    daily: LongWork | None = None
    closed: bool = False

    def close(self) -> None:
        """Close the database and release the claim. A daily backup still running goes
        on in the background (it reads the file on a connection of its own): waiting
        here would freeze the window switching to another database."""
        if self.closed:
            return
        self.closed = True
        self.database.close()
        self.instance.release()


def wait_for_daily_backups() -> None:
    """Before the application quits: let running daily backups finish."""
    while _daily_backups:
        _daily_backups.pop().join(BACKUP_WAIT_MS)


def _warn_if_failed(outcome: Outcome, parent: QWidget | None) -> None:
    if outcome.error is not None:
        show_failure(parent, APP_NAME, outcome.error)


class AlreadyOpen(Exception):
    """Another window has the database; it was brought forward and the user told."""


def open_for_window(target: str | None, parent: QWidget | None = None, *,
                    passphrase: Passphrase | None = None) -> OpenedDatabase | None:
    """Open the database at a path or URL for a window; None when the person chose not to
    (a damaged file they did not recover, an encrypted one whose passphrase they did not
    give). With `passphrase` an encrypted file is not asked for. Raises AlreadyOpen, or
    CoalitionDeskError with the message to show."""
    instance = claim_window(target)
    if instance is None:
        raise AlreadyOpen(target)
    try:
        database = _open_asking(target, parent, passphrase)
    except BaseException:
        instance.release()
        raise
    if database is None:
        instance.release()
        return None
    opened = OpenedDatabase(database, instance)
    path = database.path
    if path is None:
        opened.daily = _start_server_daily_backup(database)
    else:
        opened.daily = start_daily_backup(path, passphrase=database.passphrase)
    _daily_backups.append(opened.daily)
    opened.daily.ended.connect(lambda outcome: _warn_if_failed(outcome, parent))
    if path is not None:
        warning = storage_warning(path)
        if warning is not None:
            QMessageBox.warning(parent, APP_NAME, warning)
    return opened


def _start_server_daily_backup(database: Database) -> LongWork:
    """Back up a server database on this computer in the background when its newest
    backup here is a day old, with no dialog; a volunteer's never is."""
    # A connection of its own, opened in the work's thread: the window may close its
    # database, or lock it while its person is away, before the backup ends.
    address = database.url.render_as_string(hide_password=False)

    def steps() -> Generator[Progress, None, BackupInfo | None]:
        own = open_database(address, create=False, migrate=False)
        try:
            return (yield from server_daily_backup.backup_if_due(own))
        finally:
            own.close()

    work = LongWork(steps, parent=None, dialog=False)
    work.start()
    return work


def _open_asking(target: str | None, parent: QWidget | None,
                 passphrase: Passphrase | None) -> Database | None:
    try:
        return open_or_recover(target, parent, passphrase=passphrase)
    except PassphraseRequired:
        path = database_file(target)
        name = path.name if path is not None else str(target)
        problem = None
        if path is not None:
            recalled = recall(path=path)
            if recalled.passphrase is not None:
                return open_or_recover(target, parent, passphrase=recalled.passphrase)
            if recalled.stale:
                problem = QCoreApplication.translate(
                    "PassphraseDialog", "The passphrase remembered on this computer does not "
                    "open {name}; it was forgotten. Enter the passphrase.").format(name=name)
        return ask_until_open(name, parent, lambda given: open_or_recover(
            target, parent, passphrase=given), remember_at=path, problem=problem)
