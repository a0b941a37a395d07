"""`coalitiondesk copy SOURCE DEST [--replace]`: a whole database copied between a local
file and a server, either way (core.storage.server_copy).

An encrypted local file, as source or destination, is opened with its
passphrase as every command opens one; a new local destination is a plain file.
A copy from a server to a file is the coordinator's copy for travel, and a
backup that `restore` accepts.
"""

from __future__ import annotations

import argparse

import sqlalchemy as sa

from coalitiondesk.commands import EXIT_OK, passphrase
from coalitiondesk.core.errors import DatabaseUnavailable
from coalitiondesk.core.storage import cipher, postgresql
from coalitiondesk.core.storage.db import Database, database_file, open_database
from coalitiondesk.core.storage.locking import refuse_if_open
from coalitiondesk.core.storage.server_copy import copy_database, refuse_volunteer


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "copy", help="copy a whole database between a file and a server (either way)",
        description="Copy every record, its history and the change journal from SOURCE to "
        "DEST (a file path or a postgresql:// address), keeping IDs. DEST must be new or "
        "empty unless --replace is given. --db is not used.")
    parser.add_argument("source", metavar="SOURCE", help="the database to copy from")
    parser.add_argument("destination", metavar="DEST", help="the database to copy into")
    parser.add_argument("--replace", action="store_true",
                        help="replace everything DEST holds (refused otherwise)")
    parser.set_defaults(run=run)


def _open(args: argparse.Namespace, target: str, *, create: bool) -> Database:
    path = database_file(target)
    if path is not None and not create and not path.is_file():
        raise DatabaseUnavailable("There is no database at {path}", path=path)
    if path is not None and create:
        refuse_if_open(path)
    key = (passphrase(args, path=path)
           if path is not None and path.is_file() and cipher.is_encrypted(path) else None)
    # A damaged source is reported, not moved aside: the copy only reads it.
    return open_database(target, create=create, set_aside_damaged=create, passphrase=key)


def run(args: argparse.Namespace) -> int:
    source = _open(args, args.source, create=False)
    try:
        # Before a new destination file is made for nothing.
        refuse_volunteer(source)
        destination = _open(args, args.destination, create=True)
        try:
            summary = copy_database(source=source, destination=destination,
                                    replace=args.replace)
        except sa.exc.DBAPIError as error:
            refused = postgresql.refusal(error)
            if refused is None:
                raise
            raise DatabaseUnavailable(
                "The server refused the copy into {name}: copy into a server database as"
                " its owner; nothing was changed", name=destination.display_name) from None
        finally:
            destination.close()
    finally:
        source.close()
    print(f"Copied {source.display_name} to {destination.display_name}: {summary.rows} rows"
          f" in {summary.tables} tables, with their history.")
    return EXIT_OK
