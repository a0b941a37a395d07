"""Recognising a damaged database file, and setting it aside untouched.

The checks read the file's bytes before SQLite opens it for writing: opening
a damaged file read-write lets SQLite "recover" it, which can lose what a
specialist could still have rescued. Each check is one that a healthy
database in use by another process cannot fail, so a file is never moved
away from under a program that is using it correctly.

An encrypted database (core.storage.cipher) is checked with its passphrase:
its pages' HMACs instead of the plain header, the same write-ahead log checks
(the log's frame headers are not encrypted), then SQLite's quick check through
SQLCipher. Without the passphrase it is left alone: it is not known damaged.
"""

from __future__ import annotations

import functools
import glob
import os
import re
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from coalitiondesk.core.storage import cipher
from coalitiondesk.core.storage.cipher import SQLITE_MAGIC, PageCheck, Passphrase

_HEADER_SIZE = 100
_WAL_MAGICS = (0x377F0682, 0x377F0683)
_WAL_HEADER_SIZE = 32
_WAL_FRAME_HEADER_SIZE = 24
_WAL_VERSION = 3007000
_MASK32 = 0xFFFFFFFF
# How much of the log is checked at a time.
_WAL_READ_SIZE = 4 << 20
# A reading of the write-ahead log's index is confirmed after this pause, so
# that a writer caught half-way through updating it is not taken for damage.
_CONFIRM_AFTER_S = 0.1
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
_WAL_MISSING = "its write-ahead log (the -wal file) is missing, with changes not yet saved"
_WAL_HEADER_DAMAGED = ("its write-ahead log (the -wal file) is damaged:"
                       " its header fails its checksum")


@dataclass(frozen=True)
class Damage:
    path: Path
    problem: str  # a plain phrase: "the file is truncated"


def companions(path: Path) -> list[Path]:
    """The files SQLite keeps beside a database, which belong with it."""
    return [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]


def find_damage(path: Path, *, passphrase: Passphrase | None = None) -> Damage | None:
    """What is wrong with the database file at `path`, or None when nothing is.

    A file that is not an SQLite database at all (a text document, say) is not
    "damaged": it is for the caller to refuse, and it is left where it is. Nor is
    an encrypted one that `passphrase` does not open (cipher.refuse_locked says so).
    """
    if not path.is_file():
        return None
    encrypted = (passphrase is not None and path.stat().st_size > 0
                 and not cipher.has_plain_header(path))
    if encrypted:
        assert passphrase is not None
        problem = _confirmed(lambda file: _encrypted_file_problem(file, passphrase), path)
    else:
        problem = _confirmed(_file_problem, path)
    if problem is None:
        problem = _confirmed(_wal_problem, path)
    if problem is None:
        problem = _sqlite_problem(path, passphrase=passphrase if encrypted else None)
    return Damage(path, problem) if problem is not None else None


def _encrypted_file_problem(path: Path, passphrase: Passphrase) -> str | None:
    wal, _shm, journal = companions(path)
    size = path.stat().st_size
    settled = not wal.exists() and not journal.exists()
    if size < cipher.PAGE_SIZE or (settled and size % cipher.PAGE_SIZE):
        return "the file is truncated"
    if cipher.check_pages(path, passphrase).check is PageCheck.damaged:
        return "its first page is damaged"
    return None


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
        return ("its first bytes are overwritten" if cipher.looks_like_plain_pages(path, size)
                else None)
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


def _wal_problem(path: Path) -> str | None:
    """Compare the write-ahead log with its index (-shm), which records how much
    of the log holds committed changes not yet copied into the main file; then
    verify the log's frames as SQLite does when it reads the log after a crash.

    A finding counts only if the index did not change meanwhile: a live
    writer appends to the log, checkpoints it and removes it while it is read.
    """
    wal, shm, _journal = companions(path)
    index = _read_wal_index(shm)
    try:
        problem = _index_problem(wal, index) or _wal_frames_problem(wal, index)
    except FileNotFoundError:
        problem = _WAL_MISSING
    if problem is not None and _read_wal_index(shm) != index:
        return None
    return problem


def _index_problem(wal: Path, index: tuple[int, int, bytes, int] | None) -> str | None:
    if index is None:
        return None
    max_frame, backfilled, salts, page_size = index
    if max_frame <= backfilled:
        return None  # everything committed is already in the main file
    if not wal.exists():
        return _WAL_MISSING
    needed = _WAL_HEADER_SIZE + max_frame * (_WAL_FRAME_HEADER_SIZE + page_size)
    with wal.open("rb") as file:
        header = file.read(_WAL_HEADER_SIZE)
    if wal.stat().st_size < needed:
        return "its write-ahead log (the -wal file) is cut short"
    magic = int.from_bytes(header[0:4], "big")
    if magic not in _WAL_MAGICS or header[16:24] != salts:
        return "its write-ahead log (the -wal file) is damaged or belongs to another file"
    return None


def _wal_frames_problem(wal: Path, index: tuple[int, int, bytes, int] | None) -> str | None:
    """Verify the checksums of the log's committed frames.

    SQLite replays a log after a crash frame by frame and stops, without a
    word, at the first frame whose checksum fails: every change committed
    after it is lost, and pages from before it may overlay newer ones in the
    main file. So a frame that fails its checksum before the last commit is
    damage. Frames after the last commit (a transaction cut off, or being
    written now) and frames left from before the log last restarted (other
    salts) are normal. The last commit is the index's (-shm) when it describes
    this log, since a live writer may be appending beyond it; otherwise the
    last frame that verifies and ends a transaction.
    """
    try:
        with wal.open("rb") as file:
            header = file.read(_WAL_HEADER_SIZE)
            wal_header = _parse_wal_header(header)
            size = os.fstat(file.fileno()).st_size
            if wal_header is None:
                return None
            if not wal_header.valid:
                # SQLite ignores a log whose header fails: every change in it is lost.
                return _WAL_HEADER_DAMAGED if size > _WAL_HEADER_SIZE else None
            frames = _check_frames(file, wal_header, size)
            # A log restarted while it was read was read half old, half new.
            file.seek(0)
            if file.read(_WAL_HEADER_SIZE) != header:
                return None
    except FileNotFoundError:
        return None  # removed by its last connection once every change was in the file
    except OSError:
        return None
    committed = frames.last_commit
    if index is not None and index[2] == wal_header.salts:
        committed = min(index[0], frames.count)
    if frames.first_bad is not None and frames.first_bad < committed:
        return ("its write-ahead log (the -wal file) is damaged: changes saved in it"
                " fail their checksum")
    return None


@dataclass(frozen=True)
class _WalHeader:
    big_endian: bool  # the byte order of the checksums' words, from the magic
    page_size: int
    salts: bytes
    checksum: tuple[int, int]
    valid: bool  # right version and page size, and the header's own checksum matches


def _parse_wal_header(header: bytes) -> _WalHeader | None:
    """The log's header, or None when there is no log to read (too short, or not
    a log at all: SQLite then ignores the file, and the index check above speaks)."""
    if len(header) < _WAL_HEADER_SIZE:
        return None
    magic = int.from_bytes(header[0:4], "big")
    if magic not in _WAL_MAGICS:
        return None
    big_endian = bool(magic & 1)
    version = int.from_bytes(header[4:8], "big")
    page_size = int.from_bytes(header[8:12], "big")
    checksum = (int.from_bytes(header[24:28], "big"), int.from_bytes(header[28:32], "big"))
    valid = (version == _WAL_VERSION and 512 <= page_size <= 65536
             and not page_size & (page_size - 1)
             and wal_checksum(header[:24], big_endian=big_endian) == checksum)
    return _WalHeader(big_endian, page_size, header[16:24], checksum, valid)


def wal_checksum(data: bytes, seed: tuple[int, int] = (0, 0), *,
                 big_endian: bool) -> tuple[int, int]:
    """SQLite's log checksum of `data` (a multiple of 8 bytes), continuing from `seed`:
    for each pair of 32-bit words x0, x1, s0 += x0 + s1 and s1 += x1 + s0."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0, s1 = seed
    for position in range(0, len(words), 2):
        s0 = (s0 + words[position] + s1) & _MASK32
        s1 = (s1 + words[position + 1] + s0) & _MASK32
    return s0, s1


@dataclass(frozen=True)
class _Frames:
    count: int  # whole frames in the file
    last_commit: int  # frames up to the last one that verifies and ends a transaction
    first_bad: int | None  # index of the first frame that does not verify


def _check_frames(file: BinaryIO, header: _WalHeader, size: int) -> _Frames:
    """Every whole frame checked against its own stored checksum, continuing from the
    checksum stored in the frame before it (the header, for the first): so one
    damaged frame fails alone, and the commits after it are still found."""
    import numpy as np  # only here, when there is a log: it is checked in bulk

    frame_size = _WAL_FRAME_HEADER_SIZE + header.page_size
    count = (size - _WAL_HEADER_SIZE) // frame_size
    coefficients, seed_factors = _checksum_coefficients(header.page_size)
    order = ">u4" if header.big_endian else "<u4"
    salts = np.frombuffer(header.salts, ">u4").astype(np.uint64)
    previous = np.array(header.checksum, dtype=np.uint64)
    per_read = max(1, _WAL_READ_SIZE // frame_size)
    last_commit = 0
    first_bad: int | None = None
    file.seek(_WAL_HEADER_SIZE)
    for start in range(0, count, per_read):
        chunk = file.read(min(per_read, count - start) * frame_size)
        frames = len(chunk) // frame_size
        if frames == 0:
            break
        chunk = chunk[:frames * frame_size]
        fields = np.frombuffer(chunk, ">u4").reshape(frames, -1)[:, :6].astype(np.uint64)
        words = np.frombuffer(chunk, order).reshape(frames, -1).astype(np.uint64)
        # The checksum covers the frame header's first 8 bytes, then the page.
        summed = np.concatenate((words[:, :2], words[:, 6:]), axis=1)
        stored = fields[:, 4:6]
        seeds = np.vstack((previous, stored[:-1]))
        with np.errstate(over="ignore"):  # arithmetic modulo 2**64, then 2**32
            computed = (summed @ coefficients + seeds @ seed_factors) & _MASK32
        ok = ((fields[:, 0] > 0) & (fields[:, 2:4] == salts).all(axis=1)
              & (computed == stored).all(axis=1))
        commits = np.flatnonzero(ok & (fields[:, 1] > 0))
        if commits.size:
            last_commit = start + int(commits[-1]) + 1
        bad = np.flatnonzero(~ok)
        if first_bad is None and bad.size:
            first_bad = start + int(bad[0])
        previous = stored[-1]
    return _Frames(count=count, last_commit=last_commit, first_bad=first_bad)


@functools.lru_cache(maxsize=4)
def _checksum_coefficients(page_size: int) -> tuple[Any, Any]:
    """The checksum of a frame as a linear function of its words and its seed.

    One step maps (s0, s1) to M(s0, s1) + (x0, x0 + x1) with M = [[1, 1], [1, 2]],
    the square of the Fibonacci matrix, so M**m = [[F(2m-1), F(2m)], [F(2m), F(2m+1)]]
    and a pair of words m steps before the end adds F(2m+1) x0 + F(2m) x1 to s0
    and F(2m+2) x0 + F(2m+1) x1 to s1; the seed is multiplied by M**n.
    """
    import numpy as np

    pairs = (8 + page_size) // 8
    fibonacci = [0, 1]
    for _ in range(2 * pairs + 1):
        fibonacci.append((fibonacci[-1] + fibonacci[-2]) & _MASK32)
    coefficients = np.zeros((2 * pairs, 2), dtype=np.uint64)
    for pair in range(pairs):
        m = pairs - 1 - pair
        coefficients[2 * pair] = (fibonacci[2 * m + 1], fibonacci[2 * m + 2])
        coefficients[2 * pair + 1] = (fibonacci[2 * m], fibonacci[2 * m + 1])
    n = pairs
    seed_factors = np.array([[fibonacci[2 * n - 1], fibonacci[2 * n]],
                             [fibonacci[2 * n], fibonacci[2 * n + 1]]], dtype=np.uint64)
    return coefficients, seed_factors


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


def _sqlite_problem(path: Path, *, passphrase: Passphrase | None = None) -> str | None:
    """SQLite's own quick check, through a read-only connection (which sees the WAL)."""
    try:
        connection = cipher.connect(path, passphrase=passphrase, read_only=True, timeout=15)
    except cipher.ERRORS:
        return None  # cannot be opened at all: refused later with its own message
    try:
        rows = connection.execute("PRAGMA quick_check(1)").fetchall()
    except cipher.DATABASE_ERRORS as exc:
        if passphrase is not None and "not a database" in str(exc):
            # Page 1 verified under this key: another page fails its HMAC.
            return "SQLite finds it damaged (a page fails its check)"
        return _problem_from_error(str(exc), path)
    except UnicodeDecodeError:
        # SQLite's message quotes a garbled object name from the schema, which
        # the sqlite3 module cannot even decode.
        return "SQLite finds it damaged (its schema cannot be read)"
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


def set_aside_copies(path: Path) -> list[Path]:
    """The copies of a database that `set_aside` moved out of its way, oldest first."""
    name = re.compile(re.escape(path.name) + r"\.damaged-(\d{8}T\d{6}Z)(?:-(\d+))?")
    found = []
    for candidate in path.parent.glob(glob.escape(path.name) + ".damaged-*"):
        match = name.fullmatch(candidate.name)
        if match is not None:
            found.append((match[1], int(match[2] or 1), candidate))
    return [candidate for *_order, candidate in sorted(found)]


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
