"""What a sending run did since its last commit, one line a step, in a small file of
its own: so that the run can commit to the database once for many messages and
still, when it is killed, leave its successor knowing each message's fate.

A commit is a journaled operation and an fsync: several milliseconds, more than a
local mail server takes to receive a message. A line appended to this file (no
fsync) costs microseconds and outlives the process the moment it is written, since
it is in the operating system's keeping; only a crash of the system itself or a
power cut can lose it. So:

- the database records a batch of messages as going out (their Message-IDs)
  before the first of them goes: that commit is synced, so nothing is ever sent
  without its record, and a message recorded as going out is never sent again
  unless the person asks;
- this file says, for each of them, "reserved", "handed over" (its content about
  to go), "taken" (the server accepted it) or "refused" (with the reply);
- the next run, or the run's own next commit, turns those lines into outcomes.
  A message reserved but never handed over was not sent: its record is taken
  back, and it goes in its turn. Such a line's absence is trusted only while the
  system has not restarted since the file was written (the boot time is in its
  first line); after a restart every message of the batch not known to be taken
  stays uncertain, as a message cut off in the middle does.

The file names Message-IDs only, never a person, and lives in the per-user data
folder, named after the database and the letter.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from coalitiondesk import APP_NAME
from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.storage.files import describe_os_error

FOLDER_NAME = "mail runs"
RESERVED, AGAIN, HANDED_OVER, TAKEN, REFUSED = "r", "u", "a", "s", "f"
"""AGAIN: an uncertain message reserved to be sent again; it keeps its record."""
_SAME_BOOT_S = 2.0
"""How far two readings of the boot time may differ on one boot (clock adjustments);
a restart moves it by the time the system had been up, much more than this."""


def boot_time() -> float:
    # The monotonic clock counts from the system's start on Linux, Windows and macOS;
    # where it does not, the two readings differ and every unknown stays uncertain.
    return time.time() - time.monotonic()


@dataclass
class Logged:
    """What a run's file says."""

    boot: float | None = None
    steps: dict[str, str] = field(default_factory=dict)
    """Message-ID: its latest step."""
    replies: dict[str, str] = field(default_factory=dict)
    """A refused message's server reply."""

    @property
    def same_boot(self) -> bool:
        return self.boot is not None and abs(boot_time() - self.boot) < _SAME_BOOT_S


_writing: set[Path] = set()
"""The logs of the runs going on in this process: not another's to settle. (Another
process cannot be sending from the same database file: the application's lock
keeps a second one out.)"""


class RunLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @classmethod
    def for_letter(cls, *, database_name: str, letter_id: int) -> RunLog:
        key = hashlib.sha256(f"{database_name}\n{letter_id}".encode()).hexdigest()[:24]
        folder = platformdirs.user_data_path(APP_NAME, appauthor=False) / FOLDER_NAME
        return cls(folder / f"{key}.log")

    @property
    def in_use(self) -> bool:
        """A run in this process is writing it."""
        return self.path in _writing

    def read(self) -> Logged | None:
        """What the file says; None when there is none."""
        try:
            text = self.path.read_text("utf-8", errors="replace")
        except OSError:
            # Unreadable is as good as none: its messages stay uncertain, never resent.
            return None
        logged = Logged()
        for line in text.splitlines():
            step, _, rest = line.partition(" ")
            if step == "boot":
                with contextlib.suppress(ValueError):
                    logged.boot = float(rest)
                continue
            message_id, _, reply = rest.partition(" ")
            # A line a crash cut short is left out: a Message-ID is whole only with its
            # closing bracket.
            if not message_id.endswith(">"):
                continue
            logged.steps[message_id] = step
            if step == REFUSED:
                logged.replies[message_id] = reply
        return logged

    def write(self, step: str, message_id: str, reply: str = "") -> None:
        """Append a step. Raises InvalidInput when the file cannot be written: before
        a message's content goes, so that it is not sent without its line."""
        try:
            if self._fd is None:
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                fresh = not self.path.exists()
                self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT
                                   | getattr(os, "O_BINARY", 0), 0o600)
                _writing.add(self.path)
                if fresh:
                    os.write(self._fd, f"boot {boot_time():.3f}\n".encode())
            line = f"{step} {message_id}" + (f" {' '.join(reply.split())}" if reply else "")
            os.write(self._fd, (line + "\n").encode("utf-8"))
        except OSError as error:
            raise InvalidInput("Could not write {target}: {problem}", target=self.path,
                               problem=describe_os_error(error)) from None

    def remove(self) -> None:
        """Once everything in it is in the database."""
        self.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
            _writing.discard(self.path)
