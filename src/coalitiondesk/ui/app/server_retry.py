"""A save the server was away for, made again once the server answers.

When a server's connection drops during a save, nothing is written and the form
keeps the person's edits (core.storage.server_errors). `RetryWhenBack` then
tries to connect every few seconds off the UI thread, and once the server
answers calls back on the UI thread, where the page saves again: the person
sees "Reconnecting" on the form meanwhile and need not save by hand.
`save_when_back` is that whole round for any form or panel: the words shown,
the wait, and the save made again if it is still wanted. `ChangesWhenBack`
keeps a panel's changes made at once (a letter's signatories and recipients)
in their order while it waits, and makes them then.

Only a save that failed before COMMIT (ServerUnreachable) is made again; one
whose connection went during COMMIT (CommitUncertain) may have been saved and
is left to the person, so that nothing is saved twice.

A read the server does not answer (another letter picked, a search typed, Revert)
changes nothing: `reads_server` wraps such a slot so that it ends in one sentence on
the window's status bar rather than a traceback, the view put back as it was
(`restore`) and the form's edits kept; the same action works once the server answers.

The probing thread is a daemon Python thread, as server_listening's is: a page
deleted while it waits must not abort the application for a running QThread.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import threading
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from coalitiondesk.core.storage import server_errors
from coalitiondesk.core.storage.db import Database
from coalitiondesk.core.storage.server_errors import CommitUncertain, ServerUnreachable

# Between attempts to reach the server again.
RETRY_SECONDS = 3.0
# How long the status bar says the server is not answering: long enough to be read.
AWAY_MESSAGE_MS = 15_000


def server_away(error: BaseException | None) -> bool:
    """Whether a save failed because the server went away before anything was written:
    an operation's ServerUnreachable, or the driver's error from a read made before it
    (a read writes nothing). A connection lost during COMMIT is neither."""
    if isinstance(error, ServerUnreachable):
        return True
    return isinstance(error, sa.exc.DBAPIError) and server_errors.is_lost_connection(error)


def reconnecting_text() -> str:
    """What a form says while its save waits for the server."""
    return QCoreApplication.translate(
        "MainWindow", "Reconnecting to the server… Your edits are kept and will be saved"
        " once it answers.")


def reconnecting_change_text() -> str:
    """What a panel says while a change made at once (a signatory added) waits."""
    return QCoreApplication.translate(
        "MainWindow", "Reconnecting to the server… This change will be made once it answers.")


def not_answering_text() -> str:
    """What the window says when something could not be read from the server."""
    return QCoreApplication.translate(
        "MainWindow", "The server is not answering: nothing could be read from it."
        " Your edits are kept; try again once it answers.")


def say_server_away(widget: QWidget) -> None:
    """The one sentence, on the window's status bar (shown again, not added to, at
    each keystroke), or in a box where there is no main window."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(not_answering_text(), AWAY_MESSAGE_MS)
    else:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Server"),
                            not_answering_text())


def reads_server(restore: Callable[[Any], object] | None = None
                 ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A widget's slot whose reads may find the server gone: then it says so once and
    calls `restore(widget)` to put the view back as it was, instead of raising."""

    def decorate(slot: Callable[..., Any]) -> Callable[..., Any]:
        # A signal hands the wrapper all its arguments; the slot takes those it names,
        # as Qt gives a slot connected directly.
        parameters = list(inspect.signature(slot).parameters.values())[1:]
        taken = (None if any(p.kind is p.VAR_POSITIONAL for p in parameters)
                 else sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
                          for p in parameters))

        @functools.wraps(slot)
        def wrapper(self: QWidget, *args: Any, **kwargs: Any) -> Any:
            try:
                return slot(self, *args[:taken], **kwargs)
            except Exception as error:
                if not server_away(error):
                    raise
            say_server_away(self)
            if restore is not None:
                try:
                    restore(self)
                except Exception as error:  # the put-back may itself need the server
                    if not server_away(error):
                        raise
            return None

        return wrapper

    return decorate


def perhaps_not_saved_text() -> str:
    """The title of a save whose connection went during COMMIT (CommitUncertain)."""
    return QCoreApplication.translate("MainWindow", "Perhaps not saved")


def perhaps_not_deleted_text() -> str:
    return QCoreApplication.translate("MainWindow", "Perhaps not deleted")


def failure_title(error: BaseException | None, *, refused: str, uncertain: str) -> str:
    """A failed change's box title: `refused` (nothing was written), or `uncertain` when
    the connection went during COMMIT and the change may have been made."""
    return uncertain if isinstance(error, CommitUncertain) else refused


class RetryWhenBack(QObject):
    _answered = Signal(int)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        # Each wait's number: the answer to a wait replaced or cancelled is ignored.
        self._attempt = 0
        self._callback: Callable[[], object] | None = None
        self._stopped = threading.Event()
        self._answered.connect(self._on_answered)

    @property
    def waiting(self) -> bool:
        return self._callback is not None

    def wait_then(self, callback: Callable[[], object]) -> None:
        """Call `callback` on the UI thread once the server answers again."""
        self.cancel()
        self._attempt += 1
        self._callback = callback
        self._stopped = threading.Event()
        threading.Thread(target=self._probe, args=(self._attempt, self._stopped),
                         name="server-retry", daemon=True).start()

    def save_when_back(self, *, show: Callable[[str | None], object],
                       wanted: Callable[[], bool], save: Callable[[], object],
                       text: str | None = None) -> None:
        """Say `text` (else that the edits are kept) through `show` until the server
        answers, then clear it and `save` again if that is still `wanted` (the person
        may have left the record or reverted their edits meanwhile)."""
        show(text if text is not None else reconnecting_text())

        def again() -> None:
            show(None)
            if wanted():
                save()

        self.wait_then(again)

    def cancel(self) -> None:
        self._callback = None
        self._stopped.set()

    def _probe(self, attempt: int, stopped: threading.Event) -> None:
        while not stopped.is_set():
            try:
                with self._database.engine.connect() as connection:
                    connection.exec_driver_sql("SELECT 1")
            except Exception:  # any failure to connect is the server still away
                stopped.wait(RETRY_SECONDS)
                continue
            # RuntimeError: the page went away meanwhile.
            with contextlib.suppress(RuntimeError):
                self._answered.emit(attempt)
            return

    def _on_answered(self, attempt: int) -> None:
        if attempt != self._attempt or self._callback is None:
            return
        callback, self._callback = self._callback, None
        callback()


class ChangesWhenBack(QObject):
    """Changes a panel makes at once (a signatory added, a recipient removed), kept in
    their order while the server is away and made once it answers.

    A kept change is the panel's own way of making it, which keeps it here again
    if the server has gone again: the changes after it then wait behind it.
    """

    def __init__(self, database: Database, *, show: Callable[[str | None], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = show
        self._pending: list[Callable[[], object]] = []
        self._retry = RetryWhenBack(database, self)

    @property
    def waiting(self) -> bool:
        return bool(self._pending)

    def keep(self, change: Callable[[], object]) -> None:
        self._pending.append(change)
        if not self._retry.waiting:
            self._retry.save_when_back(show=self._show, wanted=lambda: True,
                                       save=self._make_kept, text=reconnecting_change_text())

    def _make_kept(self) -> None:
        pending, self._pending = self._pending, []
        for index, change in enumerate(pending):
            change()
            if self._pending:  # kept again: the server went again
                self._pending.extend(pending[index + 1:])
                return
