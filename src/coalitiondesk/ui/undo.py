"""The undo stack's commands: each wraps one core `Change`, applied in its own transaction."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from coalitiondesk.core.db import Database
from coalitiondesk.core.history import Change


class RecordCommand(QUndoCommand):
    """A change already made when pushed; undo() and redo() replay it on the database.

    `changed` is called with the record id after every undo and redo, so the
    window can refresh and select the record.
    """

    def __init__(self, database: Database, change: Change, text: str,
                 changed: Callable[[Change, bool], None]) -> None:
        super().__init__(text)
        self._database = database
        self._change = change
        self._changed = changed
        self._applied = True  # QUndoStack.push calls redo(): the change is already made

    def undo(self) -> None:
        with self._database.transaction() as session:
            self._change.undo(session=session)
        self._applied = False
        self._changed(self._change, False)

    def redo(self) -> None:
        if self._applied:
            return
        with self._database.transaction() as session:
            self._change.redo(session=session)
        self._applied = True
        self._changed(self._change, True)
