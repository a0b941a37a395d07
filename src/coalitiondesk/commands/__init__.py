"""One module per sub-command. Each has `register(commands)`, adding its parser with a
`run(args) -> exit status` default; `coalitiondesk.cli` lists them in MODULES."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from coalitiondesk.core.errors import DatabaseDamaged, DatabaseUnavailable
from coalitiondesk.core.storage.db import (
    Database,
    database_file,
    default_database_path,
    open_database,
)
from coalitiondesk.core.storage.files import database_storage_problem, writable
from coalitiondesk.core.storage.location import storage_warning
from coalitiondesk.core.storage.locking import refuse_if_open

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_UNHEALTHY = 3

Run = Callable[[argparse.Namespace], int]


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
    try:
        database = open_database(args.db, create=create, migrate=migrate,
                                 set_aside_damaged=write)
    except DatabaseDamaged as damaged:
        raise with_restore_hint(damaged) from None
    try:
        yield database
    except sa.exc.OperationalError as error:
        # A write the disk or the file refused: the operation rolled back.
        problem = database_storage_problem(error)
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
