"""Backups of a server database on this computer, in the local backups' format.

`coalitiondesk backup` and the Backups window, on a server: the whole database
is copied (core.storage.server_copy, in one read-only REPEATABLE READ
snapshot, so that others' writes meanwhile never tear it) into a new SQLite
file, which then becomes a backup exactly as a local database's does
(core.storage.backup: copied online, checked, named, rotated, readable by the
user alone). They live under the same backups folder as local backups, in a
folder of each server database, named after its host, port and name (never
its user or password), so that every coordinator of it on this computer sees
the same list.

Such a backup holds every row, restricted contacts and private fields
included: a volunteer's copy would silently leave those out, so a volunteer
is refused. It is a plain SQLite file: the server has no passphrase to encrypt
it with, and a local database's encryption does not reach it.

A restore puts a backup's rows back onto the server, replacing everything on
it in one transaction (IDs, history and journal as they were in the backup),
after a backup of the server's current state. Only the database's owner
restores: keeping the journal's triggers quiet while the rows go in, and
moving the server's id sequences on, are its owner's to do.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Generator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from coalitiondesk.core.errors import BackupFailed
from coalitiondesk.core.progress import Progress, run_to_end
from coalitiondesk.core.storage import backup, postgresql, scratch, server_copy, server_roles
from coalitiondesk.core.storage.backup import (
    DEFAULT_POLICY,
    SUFFIX,
    BackupInfo,
    Reason,
    RetentionPolicy,
)
from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.core.storage.files import check_file_name, describe_os_error
from coalitiondesk.core.storage.server_copy import CopySummary

# libpq's default port, so that an address with and without it share one folder.
_DEFAULT_PORT = "5432"


@dataclass(frozen=True)
class ServerRestoreResult:
    server: str
    restored_from: Path
    # The server's state before the restore, backed up on this computer.
    safety_backup: BackupInfo
    copied: CopySummary


# --- where they live -------------------------------------------------------------


def _query(url: sa.URL, key: str) -> str:
    value = url.query.get(key)
    if isinstance(value, tuple):
        value = value[0] if value else None
    return str(value or "")


def backup_stem(url: sa.URL) -> str:
    """The start of the backups' file names: the database's name, safe in a file name."""
    return re.sub(r"[^\w-]", "_", url.database or "server")[:60] or "server"


def backup_folder(url: sa.URL) -> Path:
    """The folder holding the backups of the server database at `url` on this computer."""
    host = url.host or _query(url, "host")
    port = str(url.port or _query(url, "port") or _DEFAULT_PORT)
    where = f"{host}:{port}/{url.database or ''}"
    code = hashlib.sha256(where.encode()).hexdigest()[:8]
    return backup.backups_root() / f"{backup_stem(url)}-server-{code}"


def list_backups(url: sa.URL) -> list[BackupInfo]:
    """The backups of the server database at `url` on this computer, newest first."""
    return backup.backups_in(backup_folder(url))


# --- who may ---------------------------------------------------------------------


def may_back_up(database: Database) -> bool:
    """Whether the person connected sees every row (a coordinator or the owner)."""
    with database.engine.connect() as connection:
        return server_roles.current_role(connection) is not server_roles.Role.volunteer


def may_restore(database: Database) -> bool:
    """Whether the person connected owns the database's tables."""
    with database.engine.connect() as connection:
        names = [table.name for table in server_copy.copied_tables(connection)]
        others = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"
            " AND relname = ANY(%(tables)s) AND NOT pg_has_role(current_user, relowner,"
            " 'MEMBER')", {"tables": names}).scalar()
    return not others


def refuse_volunteer(database: Database) -> None:
    if not may_back_up(database):
        raise BackupFailed("Only a coordinator backs up {name}: a volunteer's backup would"
                           " leave out the restricted contacts and private fields; nothing"
                           " was written", name=database.display_name)


def refuse_unless_owner(database: Database) -> None:
    if not may_restore(database):
        raise BackupFailed("Only the owner of {name} restores a backup onto it: connect as"
                           " the owner (who ran `coalitiondesk server init`); nothing was"
                           " changed", name=database.display_name)


# --- backing up ------------------------------------------------------------------


def backup_steps(
    database: Database,
    *,
    reason: Reason = Reason.manual,
    to: Path | None = None,
    folder: Path | None = None,
    policy: RetentionPolicy = DEFAULT_POLICY,
    now: datetime | None = None,
) -> Generator[Progress, None, BackupInfo]:
    """Back up the server `database` on this computer, yielding progress; returns the
    verified backup. With `to`, into that new file (never rotated out); otherwise into
    the server's backups folder, rotated as local backups are. Raises BackupFailed."""
    if to is not None:
        _refuse_taken(to)
    copy = scratch.new_file(suffix=SUFFIX)
    try:
        # Inside: a server gone since the window opened is one sentence, as below.
        refuse_volunteer(database)
        yield Progress("Copying the database", 0, 3)
        local = open_database(copy)
        try:
            server_copy.copy_database(source=database, destination=local, replace=True)
        finally:
            local.close()
        # Checked, named, rotated and fsynced as a local backup is.
        info = yield from backup.backup_steps(
            copy, reason=reason, to=to, folder=folder or backup_folder(database.url),
            policy=policy, now=now, name=backup_stem(database.url))
    except sa.exc.DBAPIError as error:
        raise BackupFailed("Could not back up {source}: {exc}", source=database.display_name,
                           exc=postgresql.describe_failure(database.url, error)) from None
    finally:
        _remove(copy)
    return info


def back_up(database: Database, *, reason: Reason = Reason.manual, to: Path | None = None,
            folder: Path | None = None, policy: RetentionPolicy = DEFAULT_POLICY,
            now: datetime | None = None) -> BackupInfo:
    """`backup_steps` run to the end."""
    return run_to_end(backup_steps(database, reason=reason, to=to, folder=folder,
                                   policy=policy, now=now))


def _refuse_taken(to: Path) -> None:
    """The target's refusals, before the server is read for nothing."""
    check_file_name(to, what="backup file")
    destination = to.expanduser().resolve()
    if destination.exists():
        raise BackupFailed("{destination} already exists; choose a new file name",
                           destination=destination)
    if not destination.parent.is_dir():
        raise BackupFailed("The folder {parent} does not exist", parent=destination.parent)


def _remove(path: Path) -> None:
    for end in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + end).unlink(missing_ok=True)


# --- restoring -------------------------------------------------------------------


def restore_steps(
    database: Database,
    backup_file: Path,
    *,
    folder: Path | None = None,
    now: datetime | None = None,
    passphrase: Passphrase | None = None,
) -> Generator[Progress, None, ServerRestoreResult]:
    """Replace everything on the server `database` with a backup's rows, after backing up
    its current state; an encrypted backup is read with its `passphrase`. One transaction
    on the server: a failed restore leaves it as it was. Raises BackupFailed."""
    check_file_name(backup_file, what="backup file")
    backup_file = backup_file.expanduser().resolve()
    # A copy to open: opening a backup would change it (its journal mode), and one made
    # by an older version is brought to this version's schema first.
    copy = scratch.new_file(suffix=SUFFIX)
    copy.unlink()
    try:
        # Inside: a server gone since the window opened is one sentence, as below.
        refuse_unless_owner(database)
        yield Progress("Checking the backup", 0, 3)
        backup.check_restorable(backup_file, passphrase=passphrase)
        run_to_end(backup.backup_steps(backup_file, to=copy, passphrase=passphrase))
        local = open_database(copy, create=False, passphrase=passphrase)
        # Opening an older backup's copy backed the copy up before migrating it.
        shutil.rmtree(backup.backup_folder(copy), ignore_errors=True)
        try:
            yield Progress("Backing up the current state", 1, 3)
            safety = run_to_end(backup_steps(database, reason=Reason.before_restore,
                                             folder=folder, now=now))
            yield Progress("Restoring", 2, 3)
            copied = server_copy.copy_database(source=local, destination=database,
                                               replace=True)
        finally:
            local.close()
    except sa.exc.DBAPIError as error:
        raise BackupFailed("Could not restore {database_path} from {backup_file}: {exc}",
                           database_path=database.display_name, backup_file=backup_file,
                           exc=postgresql.describe_failure(database.url, error)) from None
    except OSError as error:
        raise BackupFailed("Could not restore {database_path} from {backup_file}: {exc}",
                           database_path=database.display_name, backup_file=backup_file,
                           exc=describe_os_error(error)) from None
    finally:
        _remove(copy)
    return ServerRestoreResult(server=database.display_name, restored_from=backup_file,
                               safety_backup=safety, copied=copied)


def restore(database: Database, backup_file: Path, *, folder: Path | None = None,
            now: datetime | None = None,
            passphrase: Passphrase | None = None) -> ServerRestoreResult:
    """`restore_steps` run to the end."""
    return run_to_end(restore_steps(database, backup_file, folder=folder, now=now,
                                    passphrase=passphrase))
