"""`coalitiondesk backup [--to FILE] [--list]`: a verified online backup, or the list of them."""

from __future__ import annotations

import argparse
from pathlib import Path

from coalitiondesk.commands import EXIT_OK, opened
from coalitiondesk.core.errors import BackupFailed
from coalitiondesk.core.progress import run_to_end
from coalitiondesk.core.storage.backup import (
    DEFAULT_POLICY,
    BackupInfo,
    backup_folder,
    backup_steps,
    list_backups,
)
from coalitiondesk.core.storage.db import database_file


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "backup", help="back up the database (verified; older backups are rotated out)",
        description="Back up the database into its backups folder with SQLite's online "
        f"backup, verify it, then rotate older backups out (keeping {DEFAULT_POLICY.describe()})."
        " Safe while CoalitionDesk is open.",
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
        raise BackupFailed("Backups of a server database are made on the server")
    if args.list:
        return _list(path)
    # Read-only: a damaged database is reported, not moved; an old schema is
    # backed up as it is.
    with opened(args, create=False, migrate=False):
        backup = run_to_end(backup_steps(path, to=args.to))
    print(f"Backed up {path} to {backup.path} ({human_size(backup.size)}, verified).")
    return EXIT_OK


def _list(path: Path) -> int:
    folder = backup_folder(path)
    backups = list_backups(path)
    if not backups:
        print(f"No backups of {path} yet; they go in {folder}.")
        return EXIT_OK
    print(f"Backups of {path}, in {folder}:")
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
