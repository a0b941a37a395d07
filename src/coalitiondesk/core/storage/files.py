"""Files the user names and files we write: names the file system cannot take are
refused in one sentence, and what the operating system says goes wrong is told in
plain words.

File systems limit each name in a path (a file's or a folder's) to 255 bytes
(ext4, APFS, NTFS in UTF-16 units, which UTF-8 bytes never undercount): a
longer name fails deep inside a stat() or an open() with "File name too long".
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from coalitiondesk.core.errors import InvalidInput, Term

NAME_MAX = 255
"""Bytes in one name of a path, file or folder."""
PATH_MAX = 4095
"""Bytes in a whole path (Linux; other systems take at least as many)."""

_SAYING = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "the file or folder may not be changed (permission denied or locked)",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EFBIG: "the file is too large for its disk",
    errno.EIO: "the disk reported a read or write error",
    errno.ENOENT: "it does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "it is a folder",
}


class NameTooLong(InvalidInput):
    """A path holds a name longer than file systems allow."""


def name_size(name: str) -> int:
    """Bytes `name` takes on disk (undecodable bytes kept as they were)."""
    return len(os.fsencode(name))


def shortened(text: str, *, keep: int = 40) -> str:
    """`text` cut in the middle to about `keep` characters, its end (an extension) kept."""
    if len(text) <= keep + 12:
        return text
    return f"{text[:keep]}…{text[-10:]}"


def check_file_name(path: Path, *, what: str = "file") -> None:
    """Raise NameTooLong, in one sentence, when a name in `path` is longer than file
    systems take; nothing is created or read."""
    whole = name_size(str(path))
    if whole > PATH_MAX:
        raise NameTooLong("The path “{path}” is {whole:,} bytes long; file systems take paths "
                          "of at most {path_max:,} bytes",
                          path=shortened(str(path)), whole=whole, path_max=PATH_MAX)
    for part in path.parts:
        size = name_size(part)
        if size > NAME_MAX:
            noun = Term(what) if part == path.name else Term("folder")
            raise NameTooLong(
                "The {noun} name “{part}” is {size:,} bytes long; file systems take names of at "
                "most {name_max} bytes: choose a shorter name",
                noun=noun, part=shortened(part), size=size, name_max=NAME_MAX)


def fitting_name(name: str, *, prefix: str = "", suffix: str = "", reserve: int = 0) -> str:
    """`prefix + name + suffix`, with `name` cut (at a character) so that the whole
    stays within NAME_MAX bytes, less `reserve` (for what SQLite adds: "-journal"): for
    the temporary files written beside a target whose own name is close to the limit."""
    room = NAME_MAX - reserve - name_size(prefix) - name_size(suffix)
    encoded = os.fsencode(name)
    if len(encoded) > room:
        name = encoded[:max(room, 0)].decode("utf-8", "ignore")
    return f"{prefix}{name}{suffix}"


def describe_os_error(error: OSError) -> str:
    """What went wrong, in a few plain words ("the disk is full")."""
    said = _SAYING.get(error.errno or 0)
    if said is not None:
        return said
    return (error.strerror or str(error)).strip() or type(error).__name__


def is_disk_full(error: BaseException) -> bool:
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)


# SQLite's own words for the storage failures a user can act on (sqlite3 and
# SQLAlchemy pass them on unchanged), and ours.
_DATABASE_SAYS = (
    ("database or disk is full", "the disk is full"),
    ("attempt to write a readonly database",
     "the file is read-only (or locked against changes)"),
    ("disk i/o error", "the disk reported a read or write error"),
    ("unable to open database file", "its folder takes no new files"),
)


def database_storage_problem(error: BaseException) -> str | None:
    """What a failed database write says about the disk or the file ("the disk is
    full"), or None when it is not about storage."""
    orig = getattr(error, "orig", None)
    text = str(orig if orig is not None else error).lower()
    for words, said in _DATABASE_SAYS:
        if words in text:
            return said
    return None


def writable(path: Path) -> bool:
    """Whether the file may be changed: False for a read-only or immutable file."""
    return os.access(path, os.W_OK)
