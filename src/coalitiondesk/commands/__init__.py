"""One module per sub-command. Each has `register(commands)`, adding its parser with a
`run(args) -> exit status` default; `coalitiondesk.cli` lists them in MODULES.

An encrypted database's passphrase comes from COALITIONDESK_PASSPHRASE, the
file named by --passphrase-file, the system keyring (where the window was asked
to remember it), or a prompt on a terminal, in that order; never from the
command's arguments, which other users of the machine can read.

A server that does not answer (down, restarting, letting no one in) is waited
for a short while, said once on stderr, before the command gives up with the
one sentence for it (`run_patiently`). A command whose connection dropped
before any of its transactions committed is run again from the start once the
server answers, within the same wait: nothing of it was saved. One that dropped
after a commit began is never run again (it may have been saved), nor one that had
written anything to stdout already (running it again would print that part twice).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from coalitiondesk.core.errors import DatabaseDamaged, DatabaseUnavailable
from coalitiondesk.core.storage import cipher
from coalitiondesk.core.storage.cipher import Passphrase, PassphraseRequired
from coalitiondesk.core.storage.db import (
    Database,
    database_file,
    default_database_path,
    open_database,
)
from coalitiondesk.core.storage.files import database_storage_problem, writable
from coalitiondesk.core.storage.location import storage_warning
from coalitiondesk.core.storage.locking import refuse_if_open
from coalitiondesk.core.storage.postgresql import ServerNotAnswering
from coalitiondesk.core.storage.remembered import recall
from coalitiondesk.core.storage.server_errors import (
    ServerUnreachable,
    commit_uncertain,
    is_lost_connection,
    unreachable,
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_UNHEALTHY = 3

Run = Callable[[argparse.Namespace], int]

PASSPHRASE_VARIABLE = "COALITIONDESK_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "COALITIONDESK_NEW_PASSPHRASE"

# How long a command waits for a server that does not answer, and between attempts;
# the variable sets the wait for scripts that would rather fail at once (0).
SERVER_WAIT_SECONDS = 30.0
SERVER_RETRY_SECONDS = 2.0
SERVER_WAIT_VARIABLE = "COALITIONDESK_SERVER_WAIT"


def server_wait_seconds() -> float:
    given = os.environ.get(SERVER_WAIT_VARIABLE, "").strip()
    if not given:
        return SERVER_WAIT_SECONDS
    try:
        seconds = float(given)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise DatabaseUnavailable(f"{SERVER_WAIT_VARIABLE} is a number of seconds to wait for"
                                  f" a server that does not answer (0: none), not {given!r}")
    return seconds


@dataclass
class Patience:
    """One command's wait for its server: started at the first failure, said once."""

    deadline: float | None = None
    committed: bool = False
    """A transaction of the command began to commit: running it again could save twice."""
    printed: bool = False
    """The command wrote to stdout: running it again would repeat that output."""

    def note_output(self) -> None:
        self.printed = True

    def wait(self) -> bool:
        """Wait before the next attempt; False when the time to wait is over."""
        now = time.monotonic()
        if self.deadline is None:
            waited = server_wait_seconds()
            if waited <= 0:
                return False
            self.deadline = now + waited
            print("coalitiondesk: server not answering, retrying…", file=sys.stderr, flush=True)
        if now >= self.deadline:
            return False
        time.sleep(min(SERVER_RETRY_SECONDS, self.deadline - now))
        return True


_patience = Patience()


class _NotingOutput:
    """A stream (stdout, or its bytes underneath) that calls `note` before anything is
    written to it, and is otherwise the stream itself."""

    def __init__(self, stream: Any, note: Callable[[], None]) -> None:
        self._stream = stream
        self._note = note

    def write(self, data: Any) -> Any:
        if data:
            self._note()
        return self._stream.write(data)

    def writelines(self, lines: Iterable[Any]) -> None:
        lines = list(lines)
        if any(lines):
            self._note()
        self._stream.writelines(lines)

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._stream, name)
        return _NotingOutput(found, self._note) if name == "buffer" else found


def run_patiently(run: Run, args: argparse.Namespace) -> int:
    """Run the command; once more, from the start, each time its server went away
    before anything of it was committed or printed, until the server has not
    answered for SERVER_WAIT_SECONDS."""
    global _patience
    _patience = patience = Patience()
    stdout = sys.stdout
    noting = _NotingOutput(stdout, patience.note_output)
    sys.stdout = noting
    try:
        while True:
            try:
                return run(args)
            except ServerUnreachable:
                if patience.committed or patience.printed or not patience.wait():
                    raise
    finally:
        if sys.stdout is noting:
            sys.stdout = stdout


def passphrase(args: argparse.Namespace, *, path: Path) -> Passphrase:
    """The passphrase of the encrypted database (or backup) at `path`."""
    found = _given(PASSPHRASE_VARIABLE, getattr(args, "passphrase_file", None))
    stale = ""
    if found is None:
        recalled = recall(path=path)
        if recalled.passphrase is not None:
            return recalled.passphrase
        if recalled.stale:
            stale = ("the passphrase remembered on this computer does not open it and was"
                     " forgotten; ")
    if found is None and sys.stdin.isatty():
        if stale:
            print(f"coalitiondesk: {path}: {stale.removesuffix('; ')}", file=sys.stderr)
        found = getpass.getpass(f"Passphrase for {path}: ")
    if not found:
        raise PassphraseRequired(
            f"{path} is encrypted: {stale}give its passphrase in {PASSPHRASE_VARIABLE}, in a"
            " file named with --passphrase-file, or run the command on a terminal")
    return Passphrase(found)


def new_passphrase(args: argparse.Namespace, *, variable: str, file: Path | None) -> Passphrase:
    """A passphrase to encrypt with: from `variable`, `file`, or asked twice on a terminal."""
    found = _given(variable, file)
    if found is None and sys.stdin.isatty():
        found = getpass.getpass("New passphrase: ")
        if found != getpass.getpass("The new passphrase again: "):
            raise DatabaseUnavailable("The two passphrases differ; nothing was changed")
    if not found:
        option = ("--passphrase-file" if variable == PASSPHRASE_VARIABLE
                  else "--new-passphrase-file")
        raise DatabaseUnavailable(
            f"Give the new passphrase in {variable}, in a file named with {option}, or run"
            " the command on a terminal; nothing was changed")
    return Passphrase(found)


def _given(variable: str, file: Path | None) -> str | None:
    if os.environ.get(variable):
        return os.environ[variable]
    if file is None:
        return None
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DatabaseUnavailable(f"Cannot read the passphrase file {file}: "
                                  f"{getattr(error, 'strerror', None) or error}") from None
    # An editor ends the file with a newline that is not part of the passphrase.
    return text.removesuffix("\n").removesuffix("\r")


def passphrase_if_encrypted(args: argparse.Namespace) -> Passphrase | None:
    """The passphrase when --db names an encrypted file; None for a plain one (asking
    for nothing)."""
    path = database_file(args.db)
    if path is None or not cipher.is_encrypted(path):
        return None
    return passphrase(args, path=path)


@contextmanager
def opened(args: argparse.Namespace, *, create: bool = True, migrate: bool = True,
           write: bool = False) -> Iterator[Database]:
    """The database named by --db (or the default), closed when the command ends.

    A command that changes the database passes `write=True`: it is refused while
    the application has the database open, warned about a network or synced
    folder, and a damaged file is moved aside (a read-only command leaves it be).
    """
    if write:
        refuse_to_write_under_the_application(args)
    patience = _patience
    while True:
        try:
            database = open_database(args.db, create=create, migrate=migrate,
                                     set_aside_damaged=write,
                                     passphrase=passphrase_if_encrypted(args))
            break
        except DatabaseDamaged as damaged:
            raise with_restore_hint(damaged) from None
        except ServerNotAnswering:
            if not patience.wait():
                raise

    def committing(_connection: sa.Connection) -> None:
        patience.committed = True

    sa.event.listen(database.engine, "commit", committing)
    try:
        yield database
    except sa.exc.DBAPIError as error:
        if is_lost_connection(error):
            # A read (or a write outside an operation) that found the server gone.
            raise (commit_uncertain() if patience.committed else unreachable()) from None
        # A write the disk or the file refused: the operation rolled back.
        problem = (database_storage_problem(error)
                   if isinstance(error, sa.exc.OperationalError) else None)
        if problem is None:
            raise
        raise DatabaseUnavailable(f"Cannot write to {database.display_name}: {problem};"
                                  " nothing was changed") from None
    finally:
        database.close()


def refuse_to_write_under_the_application(args: argparse.Namespace) -> None:
    path = database_file(args.db)
    if path is None:
        return
    refuse_if_open(path)
    if path.is_file() and not writable(path):
        raise DatabaseUnavailable(f"Cannot write to {path}: the file is read-only (or locked"
                                  " against changes); nothing was changed")
    warning = storage_warning(path)
    if warning is not None:
        print(f"coalitiondesk: warning: {warning}", file=sys.stderr)


def with_restore_hint(damaged: DatabaseDamaged) -> DatabaseDamaged:
    """The same error, telling a command-line user how to restore the backup it names."""
    message = str(damaged)
    if damaged.backup is not None:
        where = ("" if damaged.path == default_database_path().resolve()
                 else f' --db "{damaged.path}"')
        message += f' (restore it with: coalitiondesk{where} restore "{damaged.backup}")'
    return DatabaseDamaged(message, path=damaged.path, problem=damaged.problem,
                           moved_to=damaged.moved_to, backup=damaged.backup)


def left_off_letter(*, already: int, restricted: int) -> str:
    """What of a choice was not put on a letter, as " (…)" after the count, or ""."""
    skipped = [f"{already:,} on it already"] if already else []
    if restricted:
        skipped.append(f"{restricted:,} restricted, which the letter does not allow")
    return f" ({'; '.join(skipped)})" if skipped else ""
