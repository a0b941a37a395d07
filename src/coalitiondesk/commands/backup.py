"""`coalitiondesk backup [--to FILE] [--list]`: a verified online backup, or the list of them.

On a server database (--db postgresql://...), a backup is a copy on this
computer in the local backups' format (core.storage.server_local_backups),
which `restore` and the Backups window take; `server backup` is pg_dump's.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coalitiondesk.commands import EXIT_OK, opened
from coalitiondesk.core.progress import run_to_end
from coalitiondesk.core.storage import postgresql, server_local_backups
from coalitiondesk.core.storage.backup import (
    DEFAULT_POLICY,
    BackupInfo,
    backup_folder,
    backup_steps,
    list_backups,
)
from coalitiondesk.core.storage.db import database_file, database_url


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "backup", help="back up the database (verified; older backups are rotated out)",
        description="Back up the database into its backups folder with SQLite's online "
        f"backup, verify it, then rotate older backups out (keeping {DEFAULT_POLICY.describe()})."
        " Safe while CoalitionDesk is open. A server database (a coordinator's or its owner's"
        " connection) is copied in one consistent snapshot into a backup on this computer, in"
        " the same format, holding every restricted contact; `server backup` is pg_dump's.",
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--to", metavar="FILE", type=Path,
                        help="write the backup to FILE instead (never rotated out)")
    choice.add_argument("--list", action="store_true",
                        help="list the backups of the database, newest first")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = database_file(args.db)
    if path is None:
        return _server(args)
    if args.list:
        return _list(path)
    # Read-only: a damaged database is reported, not moved; an old schema is
    # backed up as it is.
    with opened(args, create=False, migrate=False):
        backup = run_to_end(backup_steps(path, to=args.to))
    print(f"Backed up {path} to {backup.path} ({human_size(backup.size)}, verified).")
    return EXIT_OK


def _server(args: argparse.Namespace) -> int:
    url = database_url(args.db)
    if args.list:
        return _listed(postgresql.display_address(url), server_local_backups.backup_folder(url),
                       server_local_backups.list_backups(url))
    with opened(args, create=False) as database:
        backup = server_local_backups.back_up(database, to=args.to)
    print(f"Backed up {database.display_name} to {backup.path} ({human_size(backup.size)},"
          " verified). It holds every restricted contact and is not encrypted: keep this"
          " computer's disk encrypted.")
    return EXIT_OK


def _list(path: Path) -> int:
    return _listed(str(path), backup_folder(path), list_backups(path))


def _listed(name: str, folder: Path, backups: list[BackupInfo]) -> int:
    if not backups:
        print(f"No backups of {name} yet; they go in {folder}.")
        return EXIT_OK
    print(f"Backups of {name}, in {folder}:")
    for backup in backups:
        print(describe(backup))
    return EXIT_OK


def describe(backup: BackupInfo) -> str:
    when = backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"  {when}  {human_size(backup.size):>9}  {backup.reason:<16}  {backup.path.name}"


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")
