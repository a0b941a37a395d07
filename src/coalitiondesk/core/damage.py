"""Recognising a damaged database file, and setting it aside untouched.

The checks read the file's bytes before SQLite opens it for writing: opening
a damaged file read-write lets SQLite "recover" it, which can lose what a
specialist could still have rescued. Each check is one that a healthy
database in use by another process cannot fail, so a file is never moved
away from under a program that is using it correctly.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100
_WAL_MAGICS = (0x377F0682, 0x377F0683)
_WAL_HEADER_SIZE = 32
_WAL_FRAME_HEADER_SIZE = 24
# First bytes of the b-tree, freelist and overflow pages that follow page 1.
_PAGE_KINDS = frozenset({0x00, 0x02, 0x05, 0x0A, 0x0D})
# A reading of the write-ahead log's index is confirmed after this pause, so
# that a writer caught half-way through updating it is not taken for damage.
_CONFIRM_AFTER_S = 0.1
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Damage:
    path: Path
    problem: str  # a plain phrase: "the file is truncated"


def companions(path: Path) -> list[Path]:
    """The files SQLite keeps beside a database, which belong with it."""
    return [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]


def find_damage(path: Path) -> Damage | None:
    """What is wrong with the database file at `path`, or None when nothing is.

    A file that is not an SQLite database at all (a text document, say) is not
    "damaged": it is for the caller to refuse, and it is left where it is.
    """
    if not path.is_file():
        return None
    problem = _confirmed(_file_problem, path)
    if problem is None:
        problem = _confirmed(_wal_problem, path)
    if problem is None:
        problem = _sqlite_problem(path)
    return Damage(path, problem) if problem is not None else None


def _confirmed(check: Callable[[Path], str | None], path: Path) -> str | None:
    """A problem seen twice, a moment apart: another process's writer caught half-way
    (a checkpoint growing the file, a WAL being reset) must not pass for damage."""
    if check(path) is None:
        return None
    time.sleep(_CONFIRM_AFTER_S)
    return check(path)


def _file_problem(path: Path) -> str | None:
    wal, _shm, journal = companions(path)
    busy = wal.exists() or journal.exists()
    # The header before the size: a writer only grows the file while a WAL or a
    # journal exists, so a size read after the header is never the older one.
    with path.open("rb") as file:
        header = file.read(_HEADER_SIZE)
    size = path.stat().st_size
    # Pages are only added to the main file by a checkpoint or a rollback
    # journal's transaction; without either file beside it, its size is final.
    settled = not busy and not wal.exists() and not journal.exists()
    if size == 0:
        return None  # a new, empty database (SQLite treats it so), unless a WAL says otherwise
    if not header.startswith(SQLITE_MAGIC):
        return "its first bytes are overwritten" if _looks_like_pages(path, size) else None
    if len(header) < _HEADER_SIZE:
        return "the file is truncated"
    page_size = _page_size(header)
    if page_size is None:
        return "its header is damaged"
    if settled:
        pages_in_header = int.from_bytes(header[28:32], "big")
        header_count_valid = header[24:28] == header[92:96]
        if size % page_size or (header_count_valid and pages_in_header * page_size > size):
            return "the file is truncated"
    return None


def _page_size(header: bytes) -> int | None:
    value = int.from_bytes(header[16:18], "big")
    size = 65536 if value == 1 else value
    if size < 512 or size & (size - 1):
        return None
    return size


def _looks_like_pages(path: Path, size: int) -> bool:
    """Whether a file without SQLite's header is still laid out in database pages."""
    with path.open("rb") as file:
        for page_size in (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512):
            pages = size // page_size
            if size % page_size or pages < 2:
                continue
            kinds = []
            for number in range(1, min(pages, 8)):
                file.seek(number * page_size)
                kinds.append(file.read(1)[0])
            if all(kind in _PAGE_KINDS for kind in kinds) and any(kinds):
                return True
    return False


def _wal_problem(path: Path) -> str | None:
    """Compare the write-ahead log with its index (-shm), which records how much
    of the log holds committed changes not yet copied into the main file."""
    wal, shm, _journal = companions(path)
    index = _read_wal_index(shm)
    if index is None:
        return None
    max_frame, backfilled, salts, page_size = index
    if max_frame <= backfilled:
        return None  # everything committed is already in the main file
    if not wal.exists():
        return "its write-ahead log (the -wal file) is missing, with changes not yet saved"
    needed = _WAL_HEADER_SIZE + max_frame * (_WAL_FRAME_HEADER_SIZE + page_size)
    with wal.open("rb") as file:
        header = file.read(_WAL_HEADER_SIZE)
    if wal.stat().st_size < needed:
        return "its write-ahead log (the -wal file) is cut short"
    magic = int.from_bytes(header[0:4], "big")
    if magic not in _WAL_MAGICS or header[16:24] != salts:
        return "its write-ahead log (the -wal file) is damaged or belongs to another file"
    return None


def _read_wal_index(shm: Path) -> tuple[int, int, bytes, int] | None:
    """mxFrame, nBackfill, salts and page size from a -shm file, or None when unusable.

    The index header is written twice in a row; SQLite trusts it only when
    both copies agree, and so do we. Its integers are in the machine's order;
    the salts are the log header's own bytes.
    """
    try:
        with shm.open("rb") as file:
            data = file.read(136)
    except OSError:
        return None
    if len(data) < 100 or data[0:48] != data[48:96]:
        return None
    order = sys.byteorder

    def u32(offset: int) -> int:
        return int.from_bytes(data[offset:offset + 4], order)

    initialized = data[12]
    if not initialized:
        return None
    raw_page_size = int.from_bytes(data[14:16], order)
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512:
        return None
    return u32(16), u32(96), data[32:40], page_size


def _sqlite_problem(path: Path) -> str | None:
    """SQLite's own quick check, through a read-only connection (which sees the WAL)."""
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=15)
    except sqlite3.Error:
        return None  # cannot be opened at all: refused later with its own message
    try:
        rows = connection.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as exc:
        return _problem_from_error(str(exc), path)
    finally:
        connection.close()
    result = str(rows[0][0]) if rows else "ok"
    return None if result == "ok" else f"SQLite finds it damaged: {result}"


def _problem_from_error(detail: str, path: Path) -> str | None:
    if "malformed" in detail or "corrupt" in detail:
        return "SQLite finds it damaged (database disk image is malformed)"
    if "not a database" in detail:
        # The magic is right (checked earlier), so the rest of the header is wrong.
        with path.open("rb") as file:
            right_magic = file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
        return "its header is damaged" if right_magic else None
    return None  # locked, unreadable: not evidence of damage


def set_aside(path: Path, *, now: datetime | None = None) -> Path:
    """Rename the database and its companion files out of the way, unchanged.

    The new name keeps SQLite's pairing (X, X-wal, X-shm), so the set-aside
    copy can itself be opened, or handed to someone who can rescue it.
    """
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 2
    while target.exists() or any(c.exists() for c in companions(target)):
        target = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
        number += 1
    path.replace(target)
    for companion, moved in zip(companions(path), companions(target), strict=True):
        if companion.exists():
            companion.replace(moved)
    return target
