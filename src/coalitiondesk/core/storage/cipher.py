"""Encrypted databases: SQLCipher 4 files, their passphrase, and connections to them.

An encrypted database is an SQLite file whose pages SQLCipher encrypts (AES-256)
and authenticates (HMAC-SHA512), with SQLCipher 4's defaults, so that other
SQLCipher 4 tools open it with the same passphrase. Its first 16 bytes are a
random salt instead of "SQLite format 3", so it is recognised without the key.

The key of a file is derived from the passphrase and that salt as SQLCipher
derives it (PBKDF2-HMAC-SHA512, 256,000 rounds: a quarter of a second), once per
file, and handed to SQLCipher as a raw key: each further connection opens at
once. Knowing the key, the pages' HMACs are checked here, in Python, before
SQLite reads the file: a wrong passphrase is told from a damaged file, and
refused before SQLite has made or changed anything beside it.

Plain databases are opened with SQLCipher's SQLite too (3.53, without a key):
one SQLite for every file, with FTS5's secure-delete (3.44 or later), which the
search indexes of every database use. sqlcipher3 0.6.4 hands a Python function
text only up to its first NUL, which would cut the Unicode lower() registered in
core.storage.db; no text holding one is written (core.storage.nul_characters).
A plain copy made for other tools (export_copy) has its search indexes rebuilt
without secure-delete, for SQLite older than 3.44.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from coalitiondesk.core.errors import DatabaseUnavailable

SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_SIZE = 16
PAGE_SIZE = 4096  # SQLCipher 4's default
_KEY_SIZE = 32
_KDF_ROUNDS = 256_000
_HMAC_KDF_ROUNDS = 2
_HMAC_SALT_MASK = 0x3A
_IV_SIZE = 16
_HMAC_SIZE = 64
RESERVE = 80  # IV and HMAC at the end of every page, rounded to the cipher's block
_CACHE_KIB = 64 * 1024  # per connection, filled only as pages are read
# Without one page that verifies among the first ones, the passphrase is wrong.
_PAGES_FOR_WRONG_PASSPHRASE = 64
# What the driver raises, for code that reads plain and encrypted files alike.
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlcipher3.DatabaseError,)
ERRORS: tuple[type[Exception], ...] = (sqlcipher3.Error,)
# SQLite's message may quote a garbled name from a damaged schema, which neither decodes.
READ_ERRORS: tuple[type[Exception], ...] = (*DATABASE_ERRORS, UnicodeDecodeError)
DBAPI = sqlcipher3.dbapi2  # for SQLAlchemy's engines on encrypted files


def _none(value: None) -> None:
    return value


# The driver finds no adapter for None and looks for one the slow way (two attribute
# lookups that fail, each an exception caught) on every NULL it binds: an import's
# 50,000 new contacts, each with a dozen empty fields, took four times as long to
# insert. Found in the adapters table, None is bound as NULL at once.
DBAPI.register_adapter(type(None), _none)
# The FTS5 index format SQLite before 3.44 reads; secure-delete, once used, writes 5.
_FTS5_PLAIN_VERSION = 4


class PassphraseRequired(DatabaseUnavailable):
    """The database is encrypted and no passphrase was given: ask for one."""


class WrongPassphrase(DatabaseUnavailable):
    """The passphrase does not open the database; nothing was changed: ask again."""


class Passphrase:
    """A passphrase, and the keys derived from it for each file's salt.

    Kept out of repr() and str() so that it never reaches a log or a message.
    """

    def __init__(self, text: str) -> None:
        if not text:
            raise DatabaseUnavailable("A passphrase cannot be empty")
        self._secret = text.encode("utf-8")
        self._keys: dict[bytes, bytes] = {}
        self._guard = threading.Lock()

    def __repr__(self) -> str:
        return "Passphrase(…)"

    __str__ = __repr__

    def key_for(self, salt: bytes) -> bytes:
        with self._guard:
            key = self._keys.get(salt)
            if key is None:
                key = hashlib.pbkdf2_hmac("sha512", self._secret, salt, _KDF_ROUNDS, _KEY_SIZE)
                self._keys[salt] = key
            return key

    def same_as(self, other: Passphrase) -> bool:
        return hmac.compare_digest(self._secret, other._secret)


class _InUse:
    """The passphrases of the encrypted databases open in this process, by file: so that
    code given only a database's path (a backup before an import, the backups window)
    reads and writes its backups with the right key. Forgotten when the last Database
    on the file is closed (which a lock when away does)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._open: dict[Path, tuple[Passphrase, int]] = {}

    def add(self, path: Path, passphrase: Passphrase) -> None:
        key = path.resolve()
        with self._guard:
            _previous, count = self._open.get(key, (passphrase, 0))
            self._open[key] = (passphrase, count + 1)

    def remove(self, path: Path) -> None:
        key = path.resolve()
        with self._guard:
            passphrase, count = self._open.get(key, (None, 0))
            if passphrase is None:
                return
            if count <= 1:
                del self._open[key]
            else:
                self._open[key] = (passphrase, count - 1)

    def get(self, path: Path) -> Passphrase | None:
        with self._guard:
            found = self._open.get(path.resolve())
        return found[0] if found is not None else None


in_use = _InUse()


def has_plain_header(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def is_encrypted(path: Path) -> bool:
    """Whether the file looks like an encrypted database: whole pages without SQLite's
    header, and without the plain pages of a database whose first bytes were overwritten."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            page = file.read(PAGE_SIZE)
        return (size >= PAGE_SIZE and size % PAGE_SIZE == 0
                and not page.startswith(SQLITE_MAGIC) and _random_looking(page[-RESERVE:])
                and not looks_like_plain_pages(path, size))
    except OSError:
        return False


def _random_looking(data: bytes) -> bool:
    """Page 1's IV and HMAC are random bytes (about 68 different values in 80); text,
    zeros and a plain page's end are far from it."""
    return len(set(data)) >= len(data) // 2


# First bytes of the b-tree, freelist and overflow pages that follow page 1.
_PAGE_KINDS = frozenset({0x00, 0x02, 0x05, 0x0A, 0x0D})


def looks_like_plain_pages(path: Path, size: int) -> bool:
    """Whether a file without SQLite's header is still laid out in plain database pages
    (an encrypted file's pages begin with random bytes)."""
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


def read_salt(path: Path) -> bytes:
    with path.open("rb") as file:
        return file.read(SALT_SIZE)


class PageCheck(Enum):
    ok = "ok"
    wrong_passphrase = "wrong passphrase"
    damaged = "damaged"


@dataclass(frozen=True)
class PageReport:
    check: PageCheck
    bad_pages: tuple[int, ...] = ()


def check_pages(path: Path, passphrase: Passphrase, *, every_page: bool = False) -> PageReport:
    """Page 1's HMAC under the passphrase's key, and the other pages' when it fails (or
    with `every_page`). Every page failing means a wrong passphrase: a damaged file
    still has pages that verify."""
    key = passphrase.key_for(read_salt(path))
    hmac_key = _hmac_key(key, read_salt(path))
    bad: list[int] = []
    good_beyond_first = False
    with path.open("rb") as file:
        number = 0
        while True:
            page = file.read(PAGE_SIZE)
            if len(page) < PAGE_SIZE:
                break
            number += 1
            verified = _page_verifies(page, number, hmac_key)
            if not verified:
                bad.append(number)
            elif number > 1:
                good_beyond_first = True
            if number == 1 and verified and not every_page:
                return PageReport(PageCheck.ok)
            if bad and not every_page and (
                    good_beyond_first or number >= _PAGES_FOR_WRONG_PASSPHRASE):
                break
    if not bad:
        return PageReport(PageCheck.ok)
    if not good_beyond_first:
        return PageReport(PageCheck.wrong_passphrase, tuple(bad))
    return PageReport(PageCheck.damaged, tuple(bad))


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    mask = bytes(byte ^ _HMAC_SALT_MASK for byte in salt)
    return hashlib.pbkdf2_hmac("sha512", key, mask, _HMAC_KDF_ROUNDS, _KEY_SIZE)


def _page_verifies(page: bytes, number: int, hmac_key: bytes) -> bool:
    start = SALT_SIZE if number == 1 else 0
    end = PAGE_SIZE - RESERVE
    body, iv = page[start:end], page[end:end + _IV_SIZE]
    stored = page[end + _IV_SIZE:end + _IV_SIZE + _HMAC_SIZE]
    computed = hmac.new(hmac_key, body + iv + number.to_bytes(4, "little"),
                        hashlib.sha512).digest()
    return hmac.compare_digest(computed, stored)


def refuse_locked(path: Path, passphrase: Passphrase | None) -> None:
    """Raise PassphraseRequired or WrongPassphrase for an encrypted file this passphrase
    does not open; reads the file only. A damaged file passes: the damage check says."""
    if not is_encrypted(path):
        return
    if passphrase is None:
        raise PassphraseRequired("{path} is encrypted: enter its passphrase", path=path)
    if check_pages(path, passphrase).check is PageCheck.wrong_passphrase:
        raise WrongPassphrase("That passphrase does not open {path}; nothing was changed",
                              path=path)


def key_pragma(key: bytes, salt: bytes | None = None) -> str:
    """PRAGMA key with a raw key (no derivation in SQLCipher); with `salt`, for a new
    file, which SQLCipher then writes as its first bytes."""
    text = key.hex() + (salt.hex() if salt is not None else "")
    return f"PRAGMA key = \"x'{text}'\""


def new_salt() -> bytes:
    return os.urandom(SALT_SIZE)


def connect(path: Path, *, passphrase: Passphrase | None = None, read_only: bool = False,
            read_write: bool = False, timeout: float = 15.0, new_salt_: bytes | None = None,
            check_same_thread: bool = True) -> Any:
    """A DB-API connection to a database file, through SQLCipher's SQLite whether the file
    is plain or encrypted: keyed for an encrypted file, or a new one given a passphrase;
    without a key for a plain one (or without a passphrase).

    `read_only` opens with mode=ro; `read_write` with mode=rw (the file must exist).
    A new (missing or empty) file takes `new_salt_` when given, a fresh salt otherwise.
    """
    mode = "ro" if read_only else "rw" if read_write else None
    address = f"file:{quote(str(path))}" + (f"?mode={mode}" if mode else "")
    connection = sqlcipher3.connect(address, uri=True, timeout=timeout,
                                    check_same_thread=check_same_thread)
    existing = path.is_file() and path.stat().st_size > 0
    if passphrase is None or (existing and has_plain_header(path)):
        return connection
    try:
        if existing:
            connection.execute(key_pragma(passphrase.key_for(read_salt(path))))
        else:
            salt = new_salt_ or new_salt()
            connection.execute(key_pragma(passphrase.key_for(salt), salt))
        # SQLCipher logs a failed HMAC on stderr itself; our messages say it once.
        connection.execute("PRAGMA cipher_log_level = NONE")
        # A page is decrypted each time it enters SQLite's cache, where the operating
        # system's cache serves a plain file: the default 2 MB made a search keystroke
        # at 100,000 contacts three times as slow as on a plain file.
        connection.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
    except BaseException:
        connection.close()
        raise
    return connection


def export_copy(source: Path, target: Path, *, source_passphrase: Passphrase | None,
                target_passphrase: Passphrase | None) -> None:
    """Write every table, index, trigger and the schema version of `source` into `target`
    (which must not exist), encrypted with `target_passphrase` or plain without one."""
    connection = sqlcipher3.connect(f"file:{quote(str(source))}?mode=rw", uri=True,
                                    timeout=15.0)
    try:
        connection.isolation_level = None
        connection.execute("PRAGMA cipher_log_level = NONE")
        if source_passphrase is not None:
            connection.execute(key_pragma(source_passphrase.key_for(read_salt(source))))
        if target_passphrase is not None:
            salt = new_salt()
            raw = target_passphrase.key_for(salt).hex() + salt.hex()
            connection.execute("ATTACH DATABASE ? AS copy KEY ?", (str(target), f"x'{raw}'"))
        else:
            connection.execute("ATTACH DATABASE ? AS copy KEY ''", (str(target),))
        # One read transaction: the copy is one consistent state of the source.
        connection.execute("BEGIN")
        connection.execute("SELECT sqlcipher_export('copy')")
        version = connection.execute("PRAGMA main.user_version").fetchone()[0]
        connection.execute("COMMIT")
        connection.execute(f"PRAGMA copy.user_version = {int(version)}")
        connection.execute("DETACH DATABASE copy")
    finally:
        connection.close()
    _suit_search_indexes(target, passphrase=target_passphrase)



def _suit_search_indexes(path: Path, *, passphrase: Passphrase | None) -> None:
    """FTS5's secure-delete (a deleted row's entries leave the index at once) in an
    encrypted copy, which SQLCipher's SQLite reads; none in a plain one, which an
    SQLite older than 3.44 (Python's own) may read: once used, secure-delete marks
    the index with a format those cannot read, until it is rebuilt without it."""
    # A fresh connection: the one that exported has not loaded the copy's new schema.
    connection = sqlcipher3.connect(f"file:{quote(str(path))}?mode=rw", uri=True, timeout=15.0)
    try:
        connection.isolation_level = None
        connection.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            connection.execute(key_pragma(passphrase.key_for(read_salt(path))))
        indexes = [str(name) for name, in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")]
        for index in indexes:
            settings = dict(connection.execute(f'SELECT k, v FROM "{index}_config"'))
            if passphrase is not None:
                _fts5_command(connection, index, "'secure-delete', 1")
            elif settings.get("secure-delete") or settings.get("version") != _FTS5_PLAIN_VERSION:
                _fts5_command(connection, index, "'secure-delete', 0")
                _fts5_command(connection, index, "'rebuild', NULL")
    finally:
        connection.close()


def _fts5_command(connection: Any, index: str, values: str) -> None:
    connection.execute(f'INSERT INTO "{index}" ("{index}", rank) VALUES ({values})')
