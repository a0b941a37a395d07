"""Backups of a SQLite database: made online, verified, rotated, and restored.

A live database is never copied as a file (a copy taken while SQLite writes,
or without its -wal file, is a damaged or outdated database). Backups are
made with SQLite's online backup API, which reads one consistent snapshot
while the application keeps working, and restored with the same API, which
writes the whole database in one transaction: a crash half-way through a
restore leaves the previous state.

A backup gets its final name only after it was opened and passed
`PRAGMA integrity_check`; older backups are rotated out only after that.
Backups live in the user data folder, one folder per database:
`<data folder>/backups/<database name>/<name>-<UTC time>-<reason>.sqlite3`.

A backup of an encrypted database is encrypted with the same passphrase (and a
salt of its own), so the functions here take the database's `passphrase` (by
default, that of the database open in this process, cipher.in_use); it is
verified and restored through SQLCipher. A plain backup is never restored
over an encrypted database, nor an encrypted one over a plain database.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Generator, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import platformdirs

from coalitiondesk import APP_NAME
from coalitiondesk.core.errors import BackupFailed, SchemaTooNew
from coalitiondesk.core.progress import Progress, run_to_end
from coalitiondesk.core.storage import cipher, scratch
from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.damage import find_damage, set_aside
from coalitiondesk.core.storage.files import check_file_name, describe_os_error, fitting_name

BUSY_TIMEOUT_S = 15.0
SUFFIX = ".sqlite3"
# Tables holding the coordinator's own records: a database without any rows
# in them (only the country list) is not worth a backup.
RECORD_TABLES = ("organization", "contact", "letter", "activity", "setting")
# Interrupted backups leave a partial file; one this old was not left by a
# backup still running in another process.
_STALE_PARTIAL = timedelta(days=1)

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[a-z]+(?:-[a-z]+)*)(?:-(?P<n>\d+))?"
    + re.escape(SUFFIX) + "$"
)
_STAMP = "%Y%m%dT%H%M%SZ"

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


class Reason(StrEnum):
    """Why a backup was made; part of its file name."""

    daily = "daily"
    manual = "manual"
    before_import = "before-import"
    before_restore = "before-restore"
    before_migration = "before-migration"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC
    reason: str
    size: int
    # Only a copy that passed its integrity check is given a backup's name, so
    # every backup listed was verified when it was made.
    verified: bool = True


@dataclass(frozen=True)
class RetentionPolicy:
    """How many backups to keep: the `last` newest, then the newest backup of each
    of `daily` further days, `weekly` further weeks and `monthly` further months."""

    last: int = 5
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def describe(self) -> str:
        return (f"the {self.last} newest, then {self.daily} daily, {self.weekly} weekly and "
                f"{self.monthly} monthly")


DEFAULT_POLICY = RetentionPolicy()


# --- where backups live ----------------------------------------------------


def backups_root() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "backups"


def backup_folder(database_path: Path) -> Path:
    """The folder holding the backups of one database file.

    The default database's folder is named after it; any other database's
    name also carries a short code of its location, so that two files with
    the same name in different folders never share (and rotate) backups.
    """
    from coalitiondesk.core.storage.db import default_database_path  # db imports this module

    path = database_path.resolve()
    if path == default_database_path().resolve():
        return backups_root() / path.stem
    code = hashlib.sha256(str(path).encode()).hexdigest()[:8]
    return backups_root() / f"{path.stem}-{code}"


def list_backups(database_path: Path, *, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of a database, newest first."""
    return backups_in(folder or backup_folder(database_path))


def backups_in(folder: Path) -> list[BackupInfo]:
    """The backups in a backups folder, newest first."""
    found = []
    for path in folder.glob(f"*{SUFFIX}") if folder.is_dir() else ():
        info = _parse_name(path)
        if info is not None:
            found.append(info)
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def _parse_name(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path=path, created=created, reason=match["reason"], size=size)


def _new_name(folder: Path, stem: str, created: datetime, reason: str) -> Path:
    base = f"{stem}-{created.astimezone(UTC).strftime(_STAMP)}-{reason}"
    candidate = folder / f"{base}{SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}{SUFFIX}"
        number += 1
    return candidate


# --- making a backup ---------------------------------------------------------


def backup_steps(
    database_path: Path,
    *,
    reason: Reason = Reason.manual,
    to: Path | None = None,
    folder: Path | None = None,
    policy: RetentionPolicy = DEFAULT_POLICY,
    now: datetime | None = None,
    passphrase: Passphrase | None = None,
    name: str | None = None,
) -> Generator[Progress, None, BackupInfo]:
    """Back up a database file, yielding progress; returns the verified backup.

    With `to`, the backup is written to that file (which must not exist yet)
    and no rotation happens. Otherwise it goes into the database's backups
    folder, and older backups beyond `policy` are removed once it is verified.
    An encrypted database's backup is encrypted with its `passphrase`. The
    backups' names start with `name` (by default, the database file's stem).
    Raises BackupFailed, leaving older backups untouched.
    """
    source = database_path
    if not source.is_file():
        raise BackupFailed("There is no database at {source} to back up", source=source)
    created = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    if to is not None:
        check_file_name(to, what="backup file")
        destination = to.expanduser().resolve()
        if destination.exists():
            raise BackupFailed("{destination} already exists; choose a new file name",
                               destination=destination)
        if not destination.parent.is_dir():
            raise BackupFailed("The folder {parent} does not exist", parent=destination.parent)
    else:
        folder = folder or backup_folder(source)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupFailed("Cannot create the backups folder {folder}: {value}",
                               folder=folder, value=exc.strerror or exc) from None
        _remove_stale_partials(folder)
        destination = _new_name(folder, name or source.stem, created, reason)
    partial = destination.with_name(fitting_name(
        destination.name, prefix=".", suffix=f".{os.getpid()}.partial",
        reserve=len("-journal")))
    total = 3 if to is None else 2
    try:
        # User-only (SQLite gives its journal the same permissions), and removed on
        # the next start if this process is killed before it is done (core.scratch).
        partial.unlink(missing_ok=True)  # left by a killed process that had our id
        scratch.create_private(partial)
        scratch.record(partial, *(partial.with_name(partial.name + end)
                                  for end in ("-journal", "-wal", "-shm")))
        yield Progress("Copying the database", 0, total)
        passphrase = _passphrase_of(source, _known(source, passphrase))
        _copy_online(source, partial, passphrase=passphrase)
        yield Progress("Checking the copy", 1, total)
        problems = verify_backup(partial, passphrase=passphrase)
        if problems:
            raise BackupFailed("The backup of {source} failed its check ({problems}); older "
                               "backups were kept",
                               source=source, problems=problems[0])
        _fsync(partial)
        partial.replace(destination)
        _fsync_folder(destination.parent)
    except OSError as exc:
        raise BackupFailed("Could not write the backup {destination}: {exc}",
                           destination=destination, exc=describe_os_error(exc)) from None
    finally:
        partial.unlink(missing_ok=True)
    info = BackupInfo(path=destination, created=created, reason=str(reason),
                      size=destination.stat().st_size)
    if to is None:
        assert folder is not None
        yield Progress("Removing old backups", 2, total)
        prune(folder, policy=policy)
    return info


def back_up(
    database_path: Path,
    *,
    reason: Reason = Reason.manual,
    to: Path | None = None,
    folder: Path | None = None,
    policy: RetentionPolicy = DEFAULT_POLICY,
    now: datetime | None = None,
    passphrase: Passphrase | None = None,
) -> BackupInfo:
    """`backup_steps` run to the end, for callers without a progress bar."""
    return run_to_end(backup_steps(database_path, reason=reason, to=to, folder=folder,
                                  policy=policy, now=now, passphrase=passphrase))


def _known(database_path: Path, passphrase: Passphrase | None) -> Passphrase | None:
    return passphrase if passphrase is not None else cipher.in_use.get(database_path)


def _passphrase_of(path: Path, passphrase: Passphrase | None) -> Passphrase | None:
    """The passphrase an existing file is read with: None for a plain one. Raises
    PassphraseRequired or WrongPassphrase for an encrypted file it does not open."""
    cipher.refuse_locked(path, passphrase)
    return None if cipher.has_plain_header(path) else passphrase


def _connect_read_only(path: Path, passphrase: Passphrase | None = None) -> Any:
    return cipher.connect(path, passphrase=passphrase, read_only=True, timeout=BUSY_TIMEOUT_S)


def _copy_online(source: Path, destination: Path, *,
                 passphrase: Passphrase | None = None) -> None:
    try:
        # Read-write mode (without writing), unlike the read-only checks: as the
        # last connection to close, it tidies away the -wal and -shm files.
        reader = cipher.connect(source, passphrase=passphrase, read_write=True,
                                timeout=BUSY_TIMEOUT_S)
    except cipher.ERRORS as exc:
        raise BackupFailed("Cannot read {source}: {exc}", source=source, exc=exc) from None
    try:
        # The empty partial file takes the passphrase with a salt of its own.
        writer = cipher.connect(destination, passphrase=passphrase)
        try:
            # All pages in one step: one consistent snapshot, read while the
            # application goes on writing (WAL), never restarted by its writes.
            reader.backup(writer, pages=-1)
            # A backup is one self-contained file, without -wal and -shm.
            writer.execute("PRAGMA journal_mode = DELETE")
        finally:
            writer.close()
    except cipher.DATABASE_ERRORS as exc:
        raise BackupFailed("Could not back up {source}: {exc}", source=source, exc=exc) from None
    finally:
        reader.close()


def verify_backup(path: Path, *, passphrase: Passphrase | None = None) -> list[str]:
    """What PRAGMA integrity_check finds wrong with a backup file; empty when it is sound.
    An encrypted backup is sound only under `passphrase`."""
    try:
        connection = _connect_read_only(path, passphrase)
        try:
            rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except cipher.DATABASE_ERRORS as exc:
        return [str(exc)]
    except UnicodeDecodeError:  # SQLite's message quotes a garbled name from the schema
        return ["database disk image is malformed (its schema cannot be read)"]
    return [] if rows == ["ok"] else rows


def _fsync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; folders cannot be opened on Windows.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove_stale_partials(folder: Path) -> None:
    cutoff = datetime.now(UTC) - _STALE_PARTIAL
    for partial in folder.glob(".*.partial"):
        try:
            if datetime.fromtimestamp(partial.stat().st_mtime, UTC) < cutoff:
                partial.unlink()
        except OSError:
            pass


# --- rotation ----------------------------------------------------------------


def retained(items: Iterable[tuple[K, datetime]], policy: RetentionPolicy) -> set[K]:
    """Which items (key, time) a retention policy keeps. Pure: no files involved.

    Each rule walks from the newest item back and keeps the newest item of each
    day (week, month) not already kept by an earlier rule, until it has kept its
    number; so the daily, weekly and monthly rules reach ever further back.
    """
    ordered = sorted(items, key=lambda item: item[1], reverse=True)
    kept = {key for key, _ in ordered[:max(1, policy.last)]}
    rules: Sequence[tuple[Callable[[datetime], object], int]] = (
        (lambda moment: moment.date(), policy.daily),
        (lambda moment: moment.isocalendar()[:2], policy.weekly),
        (lambda moment: (moment.year, moment.month), policy.monthly),
    )
    for period_of, count in rules:
        newly_kept = 0
        last_period: object = None
        for key, moment in ordered:
            if newly_kept >= count:
                break
            period = period_of(moment)
            if period == last_period:
                continue
            last_period = period
            if key not in kept:
                kept.add(key)
                newly_kept += 1
    return kept


def prune(folder: Path, *, policy: RetentionPolicy = DEFAULT_POLICY) -> list[Path]:
    """Remove the backups in `folder` that `policy` does not keep; returns them."""
    backups = backups_in(folder)
    keep = retained(((b.path, b.created) for b in backups), policy)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


# --- when to back up -----------------------------------------------------------


def has_records(database_path: Path, *, passphrase: Passphrase | None = None) -> bool:
    """Whether the database holds any of the coordinator's own records."""
    if not database_path.is_file() or database_path.stat().st_size == 0:
        return False
    try:
        connection = _connect_read_only(database_path, _known(database_path, passphrase))
    except cipher.ERRORS:
        return False
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        return any(
            connection.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None
            for table in RECORD_TABLES if table in tables
        )
    except cipher.READ_ERRORS:
        return False
    finally:
        connection.close()


def backup_if_due(
    database_path: Path,
    *,
    max_age: timedelta = timedelta(days=1),
    folder: Path | None = None,
    policy: RetentionPolicy = DEFAULT_POLICY,
    now: datetime | None = None,
    passphrase: Passphrase | None = None,
) -> BackupInfo | None:
    """Back up when the newest backup is older than `max_age` (on start, say).

    Returns the new backup, or None when none was due or the database holds
    no records yet.
    """
    now = now or datetime.now(UTC)
    backups = list_backups(database_path, folder=folder)
    if backups and now - backups[0].created < max_age:
        return None
    if not has_records(database_path, passphrase=passphrase):
        return None
    return run_to_end(backup_steps(database_path, reason=Reason.daily, folder=folder,
                                  policy=policy, now=now, passphrase=passphrase))


def newest_good_backup(database_path: Path, *, folder: Path | None = None,
                       passphrase: Passphrase | None = None) -> BackupInfo | None:
    """The newest backup that passes its integrity check now (an encrypted one, under
    `passphrase`)."""
    passphrase = _known(database_path, passphrase)
    for backup in list_backups(database_path, folder=folder):
        if not verify_backup(backup.path, passphrase=passphrase):
            return backup
    return None


# --- restoring -------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    # The state replaced by the restore: backed up, or (when damaged) set aside.
    safety_backup: BackupInfo | None
    set_aside: Path | None


def check_restorable(backup_file: Path, *, passphrase: Passphrase | None = None) -> None:
    """Refuse, with a plain reason, a file that cannot be restored. An encrypted backup
    needs its `passphrase` (PassphraseRequired, WrongPassphrase)."""
    from coalitiondesk.core.storage.db import known_revision  # db imports this module

    if not backup_file.is_file():
        raise BackupFailed("There is no backup file at {backup_file}", backup_file=backup_file)
    passphrase = _passphrase_of(backup_file, passphrase)
    problems = verify_backup(backup_file, passphrase=passphrase)
    if problems:
        detail = problems[0]
        if "not a database" in detail:
            raise BackupFailed("{backup_file} is not a CoalitionDesk backup",
                               backup_file=backup_file)
        raise BackupFailed("{backup_file} is damaged and cannot be restored ({detail})",
                           backup_file=backup_file, detail=detail)
    revision = _revision(backup_file, passphrase)
    if revision is None:
        raise BackupFailed("{backup_file} is not a CoalitionDesk backup", backup_file=backup_file)
    if not known_revision(revision):
        raise SchemaTooNew("{backup_file} was written by a newer version of CoalitionDesk; "
                           "update CoalitionDesk to restore it",
                           backup_file=backup_file)


def _revision(path: Path, passphrase: Passphrase | None = None) -> str | None:
    connection = _connect_read_only(path, passphrase)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except cipher.READ_ERRORS:
        return None
    finally:
        connection.close()
    return str(row[0]) if row else None


def restore_steps(
    database_path: Path,
    backup_file: Path,
    *,
    folder: Path | None = None,
    now: datetime | None = None,
    passphrase: Passphrase | None = None,
) -> Generator[Progress, None, RestoreResult]:
    """Replace the database's contents with a backup's, after saving the current state.

    The current database is backed up first (reason "before-restore"); if it
    is damaged it is set aside instead. The copy is one SQLite transaction
    into the live file, so other connections and the WAL stay consistent and
    an interruption leaves the previous state. The caller then opens the
    database again with `open_database`, which brings an older backup's
    schema up to date.

    An encrypted database and its encrypted backups share the `passphrase`. A
    missing (or empty) database is restored encrypted if the backup is.
    """
    check_file_name(backup_file, what="backup file")
    backup_file = backup_file.expanduser().resolve()
    if backup_file == database_path.resolve():
        raise BackupFailed("A database cannot be restored from itself")
    passphrase = _known(database_path, passphrase)
    yield Progress("Checking the backup", 0, 3)
    check_restorable(backup_file, passphrase=passphrase)
    encrypted_backup = not cipher.has_plain_header(backup_file)
    safety: BackupInfo | None = None
    moved: Path | None = None
    if database_path.is_file() and database_path.stat().st_size > 0:
        _refuse_mixed(database_path, encrypted_backup=encrypted_backup)
        if find_damage(database_path, passphrase=passphrase) is not None:
            moved = set_aside(database_path, now=now)
        else:
            refuse_foreign_target(database_path, passphrase=passphrase)
            yield Progress("Backing up the current state", 1, 3)
            safety = run_to_end(backup_steps(database_path, reason=Reason.before_restore,
                                            folder=folder, now=now, passphrase=passphrase))
    yield Progress("Restoring", 2, 3)
    _restore_online(backup_file, database_path,
                    passphrase=passphrase if encrypted_backup else None)
    return RestoreResult(database=database_path, restored_from=backup_file,
                         safety_backup=safety, set_aside=moved)


def _refuse_mixed(database_path: Path, *, encrypted_backup: bool) -> None:
    """A plain backup restored into an encrypted database would store its records
    unencrypted (and SQLite's backup cannot copy between the two kinds)."""
    encrypted_database = cipher.is_encrypted(database_path)
    if encrypted_database and not encrypted_backup:
        raise BackupFailed("{database_path} is encrypted and this backup is not; encrypt the "
                           "backup first or restore it to another file",
                           database_path=database_path)
    if encrypted_backup and not encrypted_database:
        raise BackupFailed("This backup is encrypted and {database_path} is not; encrypt the "
                           "database first or restore the backup to another file",
                           database_path=database_path)


def refuse_foreign_target(database_path: Path, *, passphrase: Passphrase | None = None) -> None:
    """Refuse to restore over a file that is not a CoalitionDesk database (another
    application's SQLite file, a document): it is not ours to replace."""
    from coalitiondesk.core.storage.db import is_own_schema  # db imports this module

    refusal = BackupFailed("{database_path} is not a CoalitionDesk database; a backup is not "
                           "restored over it",
                           database_path=database_path)
    encrypted = passphrase is not None and cipher.is_encrypted(database_path)
    if not encrypted and not cipher.has_plain_header(database_path):
        raise refusal
    try:
        connection = _connect_read_only(database_path, passphrase if encrypted else None)
        try:
            tables = {str(name) for name, in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except cipher.READ_ERRORS:
        raise refusal from None
    if tables - {"alembic_version"} and not is_own_schema(tables):
        raise refusal


def restore(database_path: Path, backup_file: Path, *, folder: Path | None = None,
            now: datetime | None = None, passphrase: Passphrase | None = None) -> RestoreResult:
    """`restore_steps` run to the end."""
    return run_to_end(restore_steps(database_path, backup_file, folder=folder, now=now,
                                    passphrase=passphrase))


def _restore_online(backup_file: Path, database_path: Path, *,
                    passphrase: Passphrase | None = None) -> None:
    reader = _connect_read_only(backup_file, passphrase)
    try:
        writer = cipher.connect(database_path, passphrase=passphrase, timeout=BUSY_TIMEOUT_S)
        try:
            writer.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            # One step: the whole database is written in one transaction.
            reader.backup(writer, pages=-1)
        finally:
            writer.close()
    except cipher.DATABASE_ERRORS as exc:
        raise BackupFailed("Could not restore {database_path} from {backup_file}: {exc}",
                           database_path=database_path, backup_file=backup_file, exc=exc
                           ) from None
    finally:
        reader.close()
