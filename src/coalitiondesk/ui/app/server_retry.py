"""A save the server was away for, made again once the server answers.

When a server's connection drops during a save, nothing is written and the form
keeps the person's edits (core.storage.server_errors). `RetryWhenBack` then
tries to connect every few seconds off the UI thread, and once the server
answers calls back on the UI thread, where the page saves again: the person
sees "Reconnecting" on the form meanwhile and need not save by hand.

The probing thread is a daemon Python thread, as server_listening's is: a page
deleted while it waits must not abort the application for a running QThread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from coalitiondesk.core.storage.db import Database

# Between attempts to reach the server again.
RETRY_SECONDS = 3.0


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
