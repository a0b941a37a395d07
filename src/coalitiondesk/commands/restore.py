"""`coalitiondesk restore FILE`: replace the database with a backup, after backing it up.

On a server database (--db postgresql://..., as its owner) the backup's rows
replace everything on the server, after a backup of its state on this
computer (core.storage.server_local_backups).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coalitiondesk.commands import (
    EXIT_OK,
    opened,
    passphrase,
    refuse_to_write_under_the_application,
)
from coalitiondesk.core.errors import BackupFailed
from coalitiondesk.core.progress import run_to_end
from coalitiondesk.core.records.contacts import count_contacts
from coalitiondesk.core.records.organizations import count_organizations
from coalitiondesk.core.storage import cipher, server_local_backups
from coalitiondesk.core.storage.backup import restore_steps
from coalitiondesk.core.storage.db import database_file, default_database_path


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "restore", help="restore the database from a backup (the current state is backed up "
        "first)",
        description="Replace the database with a backup. The current state is backed up "
        "first (a damaged database is moved aside instead). Refused while CoalitionDesk has "
        "the database open. A server database's owner restores onto the server: the backup's "
        "rows replace everything on it (IDs, history and journal as in the backup), after a "
        "backup of its current state on this computer; others connected see the change.",
    )
    parser.add_argument("file", metavar="FILE", type=Path,
                        help="the backup to restore (see: coalitiondesk backup --list)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = database_file(args.db)
    if path is None:
        return _onto_server(args)
    refuse_to_write_under_the_application(args)
    if not path.parent.is_dir():
        if path != default_database_path().resolve():
            raise BackupFailed(f"The folder {path.parent} does not exist")
        path.parent.mkdir(parents=True)
    # An encrypted database and its backups share one passphrase.
    encrypted = next((file for file in (path, args.file) if cipher.is_encrypted(file)), None)
    result = run_to_end(restore_steps(
        path, args.file,
        passphrase=passphrase(args, path=encrypted) if encrypted is not None else None))
    if result.safety_backup is not None:
        print(f"Backed up the state before the restore to {result.safety_backup.path}.")
    if result.set_aside is not None:
        print(f"Moved the damaged database aside, untouched, to {result.set_aside}.")
    # Opening brings a backup made by an older version up to date.
    with opened(args, create=False) as database, database.session() as session:
        organizations = count_organizations(session=session)
        contacts = count_contacts(session=session)
    print(f"Restored {path} from {result.restored_from}: {organizations} organizations, "
          f"{contacts} contacts.")
    return EXIT_OK


def _onto_server(args: argparse.Namespace) -> int:
    key = passphrase(args, path=args.file) if cipher.is_encrypted(args.file) else None
    with opened(args, create=False) as database:
        result = server_local_backups.restore(database, args.file, passphrase=key)
        with database.session() as session:
            organizations = count_organizations(session=session)
            contacts = count_contacts(session=session)
    print(f"Backed up the server's state before the restore to {result.safety_backup.path}.")
    print(f"Restored {result.server} from {result.restored_from}: {organizations} "
          f"organizations, {contacts} contacts.")
    return EXIT_OK
