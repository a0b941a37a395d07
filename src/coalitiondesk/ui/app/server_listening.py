"""A window's ear on a server database: notifications heard off the UI thread.

core.storage.server_notify blocks until the server says an operation was
committed; a thread of its own does the waiting and emits `heard`, which Qt
delivers on the UI thread, so the journal watcher reads the change set at once
instead of at its next poll. A server that goes away is listened to again once
it answers; the watcher's poll carries on meanwhile, so nothing is missed, only
seen later.

The thread is a daemon Python thread rather than a QThread: a window deleted
without being closed would otherwise abort the application for destroying a
running QThread.
"""

from __future__ import annotations

import threading

import sqlalchemy as sa
from PySide6.QtCore import QObject, Signal

from coalitiondesk.core.storage.server_notify import JournalListener, ServerUnreachable

# How long one wait lasts: the longest stop() waits for the thread to end.
WAIT_SECONDS = 0.25
# Between attempts to listen again on a server that does not answer.
RECONNECT_SECONDS = 3.0


class ServerListening(QObject):
    heard = Signal()
    """Some operation was committed on the server (by anyone, this window included)."""

    def __init__(self, url: sa.URL, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._url = url
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._listen, args=(self._stopping,),
                                        name="server-listening", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=WAIT_SECONDS * 4)
        self._thread = None

    def _listen(self, stopping: threading.Event) -> None:
        listener: JournalListener | None = None
        try:
            while not stopping.is_set():
                try:
                    if listener is None:
                        listener = JournalListener(self._url)
                        self.heard.emit()  # whatever happened while nobody listened
                    if listener.wait(WAIT_SECONDS) and not stopping.is_set():
                        self.heard.emit()
                except ServerUnreachable:
                    listener = None
                    stopping.wait(RECONNECT_SECONDS)
        except RuntimeError:  # the window went away without stopping this first
            pass
        finally:
            if listener is not None:
                listener.close()
