"""One module per sub-command. Each has `register(commands)`, adding its parser with a
`run(args) -> exit status` default; `coalitiondesk.cli` lists them in MODULES."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from coalitiondesk.core.db import Database, open_database

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_UNHEALTHY = 3

Run = Callable[[argparse.Namespace], int]


@contextmanager
def opened(args: argparse.Namespace, *, create: bool = True, migrate: bool = True
           ) -> Iterator[Database]:
    """The database named by --db (or the default), closed when the command ends."""
    database = open_database(args.db, create=create, migrate=migrate)
    try:
        yield database
    finally:
        database.close()
