"""Files in progress: readable by the user alone, and removed after a crash.

An export, a merged letter, a report, an import's error report and a backup are
written to a temporary file first and moved onto their target only when
complete. A process killed half-way (SIGKILL, a power cut, a crash inside Qt)
used to leave those files behind, with names and addresses in them: hidden
`.NAME.*.tmp` files beside an export or merge target, openpyxl's streamed
sheets in the shared temporary folder, `.NAME.*.partial` and its `-journal`
beside a `backup --to` target. So:

- temporary files are created readable and writable by the user alone (0600);
  a finished file takes the permissions a saved file has as it replaces its
  target (backups stay user-only);
- each process keeps a folder of its own, `<data folder>/in progress/<pid>-...`
  (0700), locked by the operating system while the process runs. It records
  there every temporary file the process makes beside a target, and holds the
  files that need not be beside one (openpyxl's streamed sheets);
- `clean_up()`, on every start, takes each such folder whose lock is free (its
  process has ended, however it ended), removes the files it recorded, then
  the folder. A process that ends normally removes its own.

A temporary file beside its target stays there, rather than in the user-only
folder, because moving it onto the target must be a rename on one file system:
atomic, so that a half-written file never replaces a good one.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import json
import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from coalitiondesk import APP_NAME
from coalitiondesk.core.storage.locking import owner_record, try_lock, unlock

FOLDER_NAME = "in progress"
_RECORD = "files"
_LOCK = "lock"
# A lock file its process never wrote (killed between creating and locking it):
# left alone this long, in case that process is only slow.
_UNCLAIMED_FOR_S = 3600.0
_LOCK_WAIT_S = 10.0

_guard = threading.Lock()


@dataclass
class _Session:
    pid: int
    folder: Path
    descriptor: int


_session: _Session | None = None


def root() -> Path:
    """The folder holding every process's folder of files in progress."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / FOLDER_NAME


def _own() -> _Session:
    """This process's folder, made and locked on first use (again in a forked child)."""
    global _session
    with _guard:
        if _session is not None and _session.pid == os.getpid():
            return _session
        base = root()
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=base))  # 0700
        descriptor = os.open(folder / _LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        # clean_up() may hold the new lock for a moment, finds it unclaimed and lets go.
        deadline = time.monotonic() + _LOCK_WAIT_S
        while not try_lock(descriptor):
            if time.monotonic() > deadline:
                os.close(descriptor)
                raise OSError(f"Cannot lock {folder / _LOCK}")
            time.sleep(0.01)
        os.lseek(descriptor, 0, os.SEEK_SET)  # Windows locks a byte far beyond the text
        os.write(descriptor, owner_record())
        _session = _Session(pid=os.getpid(), folder=folder, descriptor=descriptor)
        atexit.register(_finish, _session)
        return _session


def record(*paths: Path) -> None:
    """Note temporary files this process is about to make, for removal if it is killed
    before it removes or renames them. Call before creating them."""
    session = _own()
    lines = "".join(json.dumps(os.fspath(path)) + "\n" for path in paths)
    with _guard, (session.folder / _RECORD).open("a", encoding="ascii") as file:
        file.write(lines)


def new_file(*, suffix: str = "") -> Path:
    """A new, empty file in this process's user-only folder (removed with it)."""
    handle, name = tempfile.mkstemp(suffix=suffix, dir=_own().folder)
    os.close(handle)
    return Path(name)


def create_private(path: Path) -> None:
    """Create `path`, which must not exist, readable and writable by the user alone."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


@functools.cache
def _umask() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # the only portable way to read it is to set it
    os.umask(mask)
    return mask


def make_public(path: Path) -> None:
    """Give a finished file the permissions any file the user saves gets."""
    with contextlib.suppress(OSError):
        path.chmod(0o666 & ~_umask())


def clean_up() -> list[Path]:
    """Remove what processes that ended without tidying up left in progress; returns the
    files removed. Never raises: a start must not fail over this."""
    removed: list[Path] = []
    try:
        folders = [folder for folder in root().iterdir() if folder.is_dir()]
    except OSError:
        return removed
    own = _session.folder if _session is not None and _session.pid == os.getpid() else None
    for folder in folders:
        if folder == own:
            continue
        with contextlib.suppress(OSError):
            removed += _clean_folder(folder)
    return removed


def _clean_folder(folder: Path) -> list[Path]:
    try:
        descriptor = os.open(folder / _LOCK, os.O_RDWR)
    except FileNotFoundError:
        if time.time() - folder.stat().st_mtime < _UNCLAIMED_FOR_S:
            return []  # being set up right now
        return _remove(folder)
    try:
        if not try_lock(descriptor):
            return []  # its process still runs
        try:
            os.lseek(descriptor, 0, os.SEEK_SET)
            claimed = os.read(descriptor, 64)
            if not claimed and time.time() - os.fstat(descriptor).st_mtime < _UNCLAIMED_FOR_S:
                return []  # its process is between creating and locking it
            return _remove(folder)
        finally:
            unlock(descriptor)
    finally:
        os.close(descriptor)


def _remove(folder: Path) -> list[Path]:
    removed = []
    for path in _recorded(folder):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue
        removed.append(path)
    shutil.rmtree(folder, ignore_errors=True)
    return removed


def _recorded(folder: Path) -> list[Path]:
    try:
        text = (folder / _RECORD).read_text(encoding="ascii", errors="replace")
    except OSError:
        return []
    paths = []
    for line in text.splitlines():
        try:
            paths.append(Path(json.loads(line)))
        except (ValueError, TypeError):
            continue  # a line cut short by the kill
    return paths


def _finish(session: _Session) -> None:
    """At a normal exit: whatever is still recorded was abandoned; remove it."""
    if session.pid != os.getpid():
        return
    with contextlib.suppress(OSError):
        _remove(session.folder)
    with contextlib.suppress(OSError):
        os.close(session.descriptor)
