"""File names made from recipients' field values: safe on every system, never colliding,
never leaving the chosen folder."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
# Windows refuses these as names whatever the extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
             *(f"LPT{n}" for n in range(1, 10))}
# Bytes, not characters: file systems limit encoded names to 255 bytes; room is
# left for " (999)" and the extension.
_MAX_BYTES = 200


def safe_stem(value: str, *, fallback: str) -> str:
    # Invisible and control characters (C1 controls, direction marks, lone
    # surrogates) would make a name that looks like another one, or none.
    visible = "".join(character if character.isprintable() else " "
                      for character in unicodedata.normalize("NFC", value))
    stem = _UNSAFE.sub(" ", visible)
    stem = " ".join(stem.split()).strip(" .")
    encoded = stem.encode("utf-8")[:_MAX_BYTES]
    stem = encoded.decode("utf-8", errors="ignore").strip(" .")
    if not stem:
        return fallback
    if stem.split(".")[0].upper() in _RESERVED:
        return f"_{stem}"
    return stem


def unique_file_names(stems: Iterable[str], *, extension: str) -> list[str]:
    """`stems` made unique, ignoring case (as Windows and macOS compare names)."""
    taken: set[str] = set()
    names = []
    for stem in stems:
        name, number = f"{stem}{extension}", 1
        while name.casefold() in taken:
            number += 1
            name = f"{stem} ({number}){extension}"
        taken.add(name.casefold())
        names.append(name)
    return names
