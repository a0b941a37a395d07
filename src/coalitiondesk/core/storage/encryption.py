"""Turning a database file encrypted, changing its passphrase, and plain copies of it.

Each change writes a new file beside the database (user-only, recorded in
core.storage.scratch so a killed run leaves nothing behind), checks it (SQLite's
integrity check and the same number of rows in every table), and only then
puts it in the database's place with one rename. The file it replaces is
overwritten with zeros before it is let go, and so are its -wal and -shm:
removing a file leaves its blocks readable on the disk. SSDs (which write
elsewhere than asked) and file-system snapshots may still keep old blocks;
the commands say so.

The caller makes sure no one has the database open (core.storage.locking).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from coalitiondesk.core.errors import DatabaseUnavailable
from coalitiondesk.core.storage import cipher, scratch
from coalitiondesk.core.storage.backup import backup_folder, list_backups
from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.damage import companions
from coalitiondesk.core.storage.files import fitting_name

_ZEROS = bytes(1 << 20)


class BackupsChoice(StrEnum):
    """What becomes of a database's existing backups when it is encrypted or rekeyed."""

    encrypt = "encrypt"  # encrypted (again) with the new passphrase
    keep = "keep"  # left as they are


@dataclass
class EncryptionResult:
    database: Path
    backups_changed: list[Path] = field(default_factory=list)
    plain_backups: list[Path] = field(default_factory=list)
    """Backups of the database still unencrypted, which the caller names to the user."""
    backup_folder: Path | None = None


def encrypt_database(path: Path, *, passphrase: Passphrase,
                     backups: BackupsChoice = BackupsChoice.encrypt) -> EncryptionResult:
    """Replace the plain database at `path` with an encrypted copy under `passphrase`."""
    if not cipher.has_plain_header(path):
        raise DatabaseUnavailable("{path} is already encrypted; to change its passphrase use "
                                  "rekey", path=path)
    _rewrite(path, source_passphrase=None, target_passphrase=passphrase)
    return _follow_with_backups(path, old=None, new=passphrase, backups=backups)


def rekey_database(path: Path, *, passphrase: Passphrase, new_passphrase: Passphrase,
                   backups: BackupsChoice = BackupsChoice.encrypt) -> EncryptionResult:
    """Replace the encrypted database at `path` with a copy under `new_passphrase`."""
    if not cipher.is_encrypted(path):
        raise DatabaseUnavailable("{path} is not encrypted; encrypt it first", path=path)
    cipher.refuse_locked(path, passphrase)
    _rewrite(path, source_passphrase=passphrase, target_passphrase=new_passphrase)
    return _follow_with_backups(path, old=passphrase, new=new_passphrase, backups=backups)


def decrypt_copy(path: Path, *, passphrase: Passphrase, to: Path) -> Path:
    """A plain copy of the encrypted database at `path`, written to `to` (a new file,
    readable by the user alone); the database itself is left as it is."""
    to = to.expanduser().resolve()
    if not cipher.is_encrypted(path):
        raise DatabaseUnavailable("{path} is not encrypted; copy it as it is", path=path)
    if to.exists():
        raise DatabaseUnavailable("{to} already exists; choose a new file name", to=to)
    if not to.parent.is_dir():
        raise DatabaseUnavailable("The folder {parent} does not exist", parent=to.parent)
    cipher.refuse_locked(path, passphrase)
    with _verified_copy(path, beside=to, source_passphrase=passphrase,
                        target_passphrase=None) as copy:
        copy.replace(to)
    return to


def _follow_with_backups(path: Path, *, old: Passphrase | None, new: Passphrase,
                         backups: BackupsChoice) -> EncryptionResult:
    result = EncryptionResult(database=path, backup_folder=backup_folder(path))
    for backup in list_backups(path):
        plain = cipher.has_plain_header(backup.path)
        if backups is BackupsChoice.encrypt and (plain or old is not None):
            if not plain and old is not None and cipher.check_pages(
                    backup.path, old).check is not cipher.PageCheck.ok:
                continue  # under yet another passphrase: not ours to open
            _rewrite(backup.path, source_passphrase=None if plain else old,
                     target_passphrase=new, journal_mode_delete=True)
            result.backups_changed.append(backup.path)
        elif plain:
            result.plain_backups.append(backup.path)
    return result


def _rewrite(path: Path, *, source_passphrase: Passphrase | None,
             target_passphrase: Passphrase | None, journal_mode_delete: bool = False) -> None:
    with _held(path) as held, _verified_copy(
            path, beside=path, source_passphrase=source_passphrase,
            target_passphrase=target_passphrase,
            journal_mode_delete=journal_mode_delete) as copy:
        _swap(path, copy, held)


def _row_counts(path: Path, passphrase: Passphrase | None) -> dict[str, int]:
    """Rows of each table, but for a search index's own structure, which a copy may hold
    differently (cipher.export_copy sets secure-delete, or rebuilds the index)."""
    connection = cipher.connect(path, passphrase=passphrase, read_only=True)
    try:
        indexes = [str(name) for name, in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND sql LIKE 'CREATE VIRTUAL TABLE%'")]
        structure = {f"{index}_{part}" for index in indexes for part in ("data", "idx", "config")}
        tables = [str(name) for name, in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
            "'CREATE VIRTUAL TABLE%' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
                for table in tables if table not in structure}
    finally:
        connection.close()


def _integrity(path: Path, passphrase: Passphrase | None) -> list[str]:
    connection = cipher.connect(path, passphrase=passphrase, read_only=True)
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


@contextlib.contextmanager
def _verified_copy(source: Path, *, beside: Path, source_passphrase: Passphrase | None,
                   target_passphrase: Passphrase | None,
                   journal_mode_delete: bool = False) -> Iterator[Path]:
    """A checked copy of `source` in a new user-only file beside `beside`; removed
    (overwritten first) unless the caller moved it away."""
    copy = beside.with_name(fitting_name(beside.name, prefix=".",
                                         suffix=f".{os.getpid()}.copy",
                                         reserve=len("-journal")))
    scratch.record(copy, *companions(copy))
    copy.unlink(missing_ok=True)  # left by a killed process that had our id
    scratch.create_private(copy)
    try:
        cipher.export_copy(source, copy, source_passphrase=source_passphrase,
                           target_passphrase=target_passphrase)
        if journal_mode_delete:
            _leave_rollback_journal(copy, target_passphrase)
        problems = [line for line in _integrity(copy, target_passphrase) if line != "ok"]
        expected = _row_counts(source, source_passphrase)
        if not problems and _row_counts(copy, target_passphrase) != expected:
            problems = ["its tables do not hold the same rows"]
        if problems:
            raise DatabaseUnavailable("The copy of {source} failed its check ({problem}); "
                                      "nothing was changed", source=source, problem=problems[0])
        with copy.open("rb+") as file:
            os.fsync(file.fileno())
        yield copy
    finally:
        if copy.exists():
            _shred(copy)


def _leave_rollback_journal(path: Path, passphrase: Passphrase | None) -> None:
    """A backup is one self-contained file, without -wal and -shm."""
    connection = cipher.connect(path, passphrase=passphrase)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


@contextlib.contextmanager
def _held(path: Path) -> Iterator[list[BinaryIO]]:
    """The database file and its companions, opened before they are replaced or removed
    so that their own blocks (not whatever file takes their name) are overwritten."""
    files: list[BinaryIO] = []
    try:
        for candidate in (path, *companions(path)):
            with contextlib.suppress(FileNotFoundError):
                files.append(candidate.open("rb+"))
        yield files
    finally:
        for file in files:
            file.close()


def _swap(path: Path, copy: Path, held: list[BinaryIO]) -> None:
    """Put `copy` in the place of `path`, and overwrite the replaced file's blocks."""
    # The old -wal and -shm must go first: beside the new file they would be taken for
    # its own log. Their changes are in the file already (its last connection closed).
    for companion in companions(path):
        if companion.exists():
            _shred(companion)
    if os.name == "posix":
        copy.replace(path)
        _fsync_folder(path.parent)
    else:
        # Windows cannot replace a file that is open: move it aside, then overwrite it.
        for file in held:
            file.close()
        aside = path.with_name(fitting_name(path.name, prefix=".",
                                            suffix=f".{os.getpid()}.old"))
        # Not recorded for clean-up: after a crash right here it is the only database.
        path.replace(aside)
        copy.replace(path)
        _shred(aside)
        return
    for file in held:
        _zero(file)


def _shred(path: Path) -> None:
    """Overwrite a file with zeros, then remove it."""
    with contextlib.suppress(FileNotFoundError):
        with path.open("rb+") as file:
            _zero(file)
        path.unlink()


def _zero(file: BinaryIO) -> None:
    size = os.fstat(file.fileno()).st_size
    file.seek(0)
    written = 0
    while written < size:
        written += file.write(_ZEROS[:min(len(_ZEROS), size - written)])
    file.flush()
    os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
