"""One window per database: a second start says so and brings the first window forward.

The claim is core's DatabaseLock (the `<database>.lock` file the command line
checks before writing), so the application and the command line agree on one
file; a lock left by a crashed application is taken over. Beside it, the first
instance listens on a QLocalServer named after the database, and a second
start asks it over a QLocalSocket to raise its window. A server database is
claimed by nothing on this computer: any number of windows may show it.

Wiring (done in ui/app.py `launch()`):

    instance = claim_window(db_target)   # None: another window has it; quit
    ...open the database, make the window...
    instance.activated.connect(lambda: bring_forward(window))
    ...run...
    instance.release()
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from coalitiondesk import APP_NAME
from coalitiondesk.core.errors import DatabaseInUse
from coalitiondesk.core.storage.db import database_file, default_database_path
from coalitiondesk.core.storage.locking import DatabaseLock, LockOwner, lock_owner

_SHOW = b"show\n"
_TIMEOUT_MS = 1000


def server_name(database_path: Path) -> str:
    """A local socket name for one database and one user (sockets are shared per machine)."""
    key = f"{getpass.getuser()}\n{database_path.resolve()}"
    return "coalitiondesk-" + hashlib.sha256(key.encode()).hexdigest()[:24]


class SingleInstance(QObject):
    """This process's claim on a database, and the channel other starts use to reach it."""

    activated = Signal()  # another start on the same database asked for this window

    def __init__(self, database_path: Path | None, parent: QObject | None = None) -> None:
        """`database_path` None: a claim of nothing, which any number of windows hold."""
        super().__init__(parent)
        self.database_path = database_path
        self.name = server_name(database_path) if database_path is not None else ""
        self.lock = DatabaseLock(database_path) if database_path is not None else None
        self.server: QLocalServer | None = None
        self.refusal: DatabaseInUse | None = None

    @property
    def recovered_from(self) -> LockOwner | None:
        """The crashed application whose lock this claim took over, if any."""
        return self.lock.recovered_from if self.lock is not None else None

    def claim(self) -> bool:
        """Take the database for this window; False when another window has it."""
        if self.lock is None:
            return True
        try:
            self.lock.acquire()
        except DatabaseInUse as refused:
            self.refusal = refused
            return False
        # We hold the lock, so a socket of that name is a crashed instance's leftover.
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._answer)
        self.server.listen(self.name)
        return True

    def owner(self) -> LockOwner | None:
        return lock_owner(self.database_path) if self.database_path is not None else None

    def ask_owner_to_show(self) -> bool:
        """Ask the window holding the database to come forward; True when it was reached."""
        if not self.name:
            return False
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(_TIMEOUT_MS):
            return False
        socket.write(_SHOW)
        delivered = socket.waitForBytesWritten(_TIMEOUT_MS)
        socket.disconnectFromServer()
        return delivered

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock is not None:
            self.lock.release()

    def _answer(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_SHOW.strip()):
            self.activated.emit()


def bring_forward(window: QWidget) -> None:
    """Raise a window above others; the platform may only flash it in the task bar."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def claim_window(db_target: str | None) -> SingleInstance | None:
    """Claim the database a window is about to open. Returns None when another window
    has it: that window is asked to come forward and the user is told. A server
    database, or a path open_database will refuse anyway, needs no claim (a
    SingleInstance of nothing is returned)."""
    path = database_file(db_target)
    if path is None:
        # A server database: no file here for the command line to respect, and the
        # server itself keeps several people's windows apart (versions checked on save,
        # changes announced to every window), so one window per computer would only
        # stop a person from opening a second one.
        return SingleInstance(None, QCoreApplication.instance())
    if path == default_database_path().resolve():
        path.parent.mkdir(parents=True, exist_ok=True)  # first run: open_database would too
    if path.is_dir() or not path.parent.is_dir():
        return SingleInstance(None, QCoreApplication.instance())
    instance = SingleInstance(path, QCoreApplication.instance())
    if instance.claim():
        return instance
    reached = instance.ask_owner_to_show()
    message = str(instance.refusal)
    if reached:
        message += "\n\n" + QCoreApplication.translate(
            "SingleInstance", "Its window has been brought forward.")
    QMessageBox.information(None, APP_NAME, message)
    return None
