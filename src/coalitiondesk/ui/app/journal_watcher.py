"""Tells the window what changed in the database, whoever changed it.

Every change is in the journal, so one cheap query ("the newest entry") tells
whether anything happened since the window last looked: a save in this
window, the import wizard, an undo, or the command line beside it. The
watcher looks right after this window's own operations (`sync`) and every
few seconds for the others, and emits the change set since its last look.
On a server it also looks as soon as the server notifies that someone's
operation was committed (ui.app.server_listening); the poll stays, for a
server that does not send them or a notification missed while it was away.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.journal.operations import EVERYTHING, ChangeSet, changes_of, latest_change
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.server_listening import ServerListening

POLL_MS = 2000


class JournalWatcher(QObject):
    changed = Signal(object)
    """A ChangeSet: what changed since the last emission."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._seen = self._latest()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.sync)
        self._timer.start()
        self._listening: ServerListening | None = None
        if not database.is_sqlite:
            self._listening = ServerListening(database.url, self)
            self._listening.heard.connect(self.sync)
            self._listening.start()

    def _latest(self) -> int:
        try:
            with self.database.session() as session:
                return latest_change(session=session)
        except (CoalitionDeskError, SQLAlchemyError):  # a file being restored: next time
            return -1

    def sync(self) -> ChangeSet:
        """Emit (and return) what changed since the last look; nothing if nothing did."""
        latest = self._latest()
        if latest < 0 or latest == self._seen:
            return ChangeSet()
        if latest < self._seen:  # the journal went back: a backup was restored
            changes = EVERYTHING
        else:
            with self.database.session() as session:
                changes = changes_of(session=session, after_change=self._seen)
        self._seen = latest
        if changes:
            self.changed.emit(changes)
        return changes

    def everything_changed(self) -> None:
        """The whole database was replaced (a restore): reload all."""
        self._seen = self._latest()
        self.changed.emit(EVERYTHING)

    def stop(self) -> None:
        self._timer.stop()
        if self._listening is not None:
            self._listening.stop()

    def resume(self) -> None:
        self._timer.start()
        if self._listening is not None:
            self._listening.start()
