"""One application per database: a lock file beside it, held while a window has it open.

The file (`<database>.lock`) records who holds it: process id, program and
computer, the format of Qt's QLockFile. Holding it means holding an operating
system lock on it (flock on Unix, a byte-range lock on Windows), which the
system releases when the process ends however it ends; so a lock file left
behind by a crashed or killed application is recognised as stale and taken
over, never obeyed. Pure Python, so that the command line checks the very
same lock the application takes, without Qt.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from coalitiondesk import APP_NAME
from coalitiondesk.core.errors import DatabaseInUse, DatabaseUnavailable, Message

LOCK_SUFFIX = ".lock"
# A holder releasing, or another process probing, owns the lock for a moment.
_RETRY_FOR_S = 0.5
_RETRY_EVERY_S = 0.05
# Windows locks a byte range; one far beyond the text keeps the text readable.
_WINDOWS_LOCK_OFFSET = 1 << 30


@dataclass(frozen=True)
class LockOwner:
    pid: int
    application: str
    hostname: str

    def describe(self) -> str:
        where = ("this computer" if self.hostname == socket.gethostname()
                 else f"the computer {self.hostname}")
        if self.pid <= 0:
            return f"{self.application or APP_NAME} on {where}"
        return f"{self.application or APP_NAME}, process {self.pid} on {where}"


def lock_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + LOCK_SUFFIX)


class DatabaseLock:
    """The application's claim on one database; `acquire()` or use as a context manager."""

    def __init__(self, database_path: Path, *, application: str = APP_NAME) -> None:
        self.database_path = database_path
        self.path = lock_path(database_path)
        self.application = application
        self._descriptor: int | None = None
        # Who held the lock before a crash, when acquire() took over a stale one.
        self.recovered_from: LockOwner | None = None

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def acquire(self) -> None:
        """Take the lock, or raise DatabaseInUse naming who holds it."""
        if self._descriptor is not None:
            return
        deadline = time.monotonic() + _RETRY_FOR_S
        while True:
            try:
                descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise DatabaseUnavailable(
                    "Cannot open {database_path} for writing: the lock file {name} cannot be "
                    "created there ({value})",
                    database_path=self.database_path, name=self.path.name,
                    value=exc.strerror or exc
                ) from None
            if _lock(descriptor):
                if _still_the_lock_file(descriptor, self.path):
                    break
                # A holder released (and removed) the file between our open and lock.
                _unlock(descriptor)
                os.close(descriptor)
                continue
            owner = _read_owner(descriptor)
            os.close(descriptor)
            if time.monotonic() >= deadline:
                raise DatabaseInUse(_in_use_message(self.database_path, owner))
            time.sleep(_RETRY_EVERY_S)
        self.recovered_from = _read_owner(descriptor)
        record = f"{os.getpid()}\n{self.application}\n{socket.gethostname()}\n".encode()
        os.ftruncate(descriptor, 0)
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.write(descriptor, record)
        os.fsync(descriptor)
        self._descriptor = descriptor

    def release(self) -> None:
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        if os.name == "posix":
            # Removed while still locked, so that no one can lock the old file after us.
            with contextlib.suppress(OSError):
                self.path.unlink()
            _unlock(descriptor)
            os.close(descriptor)
        else:
            _unlock(descriptor)
            os.close(descriptor)
            with contextlib.suppress(OSError):  # another instance may have it open
                self.path.unlink()

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def lock_owner(database_path: Path) -> LockOwner | None:
    """Who holds the application's lock on a database now; None when no one does
    (including a lock file left behind by a process that has ended)."""
    try:
        descriptor = os.open(lock_path(database_path), os.O_RDONLY)
    except OSError:
        return None  # no lock file (or none we may read): no one holds it
    try:
        if _lock(descriptor, shared=True):
            _unlock(descriptor)
            return None
        return _read_owner(descriptor) or LockOwner(pid=0, application="", hostname="")
    finally:
        os.close(descriptor)


def refuse_if_open(database_path: Path) -> None:
    """Raise DatabaseInUse when the application has the database open: the command
    line does not write under a running window."""
    owner = lock_owner(database_path)
    if owner is not None:
        raise DatabaseInUse(_in_use_message(database_path, owner))


def _in_use_message(database_path: Path, owner: LockOwner | None) -> Message:
    holder = owner.describe() if owner is not None else APP_NAME
    return Message("{path} is open in {holder}; close it there first, or wait until it is"
                   " closed", path=database_path, holder=holder)


def _still_the_lock_file(descriptor: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(descriptor), path.stat())
    except FileNotFoundError:
        return False


def _read_owner(descriptor: int) -> LockOwner | None:
    try:
        os.lseek(descriptor, 0, os.SEEK_SET)
        text = os.read(descriptor, 4096)
    except OSError:
        return None
    lines = text.decode("utf-8", "replace").splitlines()
    if not lines or not lines[0].strip().isdigit():
        return None
    return LockOwner(pid=int(lines[0]),
                     application=lines[1] if len(lines) > 1 else "",
                     hostname=lines[2] if len(lines) > 2 else "")


if sys.platform == "win32":
    import msvcrt

    def _lock(descriptor: int, *, shared: bool = False) -> bool:
        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(descriptor: int, *, shared: bool = False) -> bool:
        try:
            fcntl.flock(descriptor, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                return False
            # No flock here (some network file systems): fall back to asking
            # whether the recorded process still runs on this computer.
            return not _recorded_process_alive(descriptor)
        return True

    def _unlock(descriptor: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(descriptor, fcntl.LOCK_UN)

    def _recorded_process_alive(descriptor: int) -> bool:
        owner = _read_owner(descriptor)
        if owner is None or owner.pid == os.getpid():
            return False
        if owner.hostname != socket.gethostname():
            return True  # cannot tell from here: assume it is in use
        try:
            os.kill(owner.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True


def try_lock(descriptor: int) -> bool:
    """Lock an open file exclusively, without waiting; False while another process holds
    it. The system releases the lock when the process ends, however it ends."""
    return _lock(descriptor)


def unlock(descriptor: int) -> None:
    _unlock(descriptor)


def owner_record(application: str = APP_NAME) -> bytes:
    """What a lock file says about its holder: this process, program and computer."""
    return f"{os.getpid()}\n{application}\n{socket.gethostname()}\n".encode()
