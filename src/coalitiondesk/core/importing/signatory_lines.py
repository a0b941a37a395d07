"""Lines of a printed signatory list: list markers off, "Name (Country)" split.

    Burma Partnership (Thailand)                       -> Burma Partnership, TH
    International Federation for Human Rights (FIDH)   -> acronym FIDH, international
    COMJAN (Investigation Commission ... Korea)(Japan) -> COMJAN, that full name, JP
    Liberty in North Korea – LiNK (USA)                -> acronym LiNK, US
    Christian Lawyers Association for Paraguay         -> no country: it is only in the name

A trailing parenthesis is a country only when the country resolver knows it
and it is not plausibly the organization's acronym: "(ANG)" after "Association
of Nigerian Germans" is an acronym although ANG is Angola's ISO code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# Bullets that Word and mail programs leave at the start of list lines. U+F0A7
# and its neighbours are Symbol/Wingdings glyphs in Unicode's private use area:
# a list copied out of Word arrives with them.
_BULLETS = "•●○◦▪▫■□‣⁃∙·・※►▶➢➤✓✔-–—*+>"
_MARKER = re.compile(
    r"^(?:"
    rf"[{re.escape(_BULLETS)}\uf000-\uf0ff]"  # a bullet
    r"|\(?\d{1,3}[.)](?=\s)"  # 1.  1)  (1)
    r"|\(?[a-z][.)](?=\s)"  # a)  b.
    r"|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)](?=\s)"  # i.  iv)
    r")\s*"
)
_TRAILING_GROUP = re.compile(r"\s*\(([^()]*)\)\s*$")
_DASH_ACRONYM = re.compile(r"^(?P<name>.+?)\s+[–—-]\s+(?P<acronym>\S+)$")
_SMALL_WORDS = frozenset(
    ["a", "an", "and", "at", "de", "des", "du", "for", "in", "la", "le", "of", "on", "the",
     "to", "with", "&", "et", "für", "und", "y"]
)


def strip_list_marker(line: str) -> str:
    """The line without surrounding white space and its bullet or numbering."""
    text = line.strip()
    while True:
        stripped = _MARKER.sub("", text, count=1).strip()
        if stripped == text:
            return text
        text = stripped


def list_lines(text: str) -> list[str]:
    """One entry per non-empty line of a pasted list, markers stripped."""
    lines = (strip_list_marker(line) for line in text.splitlines())
    return [line for line in lines if line]


@dataclass(frozen=True)
class SignatoryParts:
    name: str
    acronym: str | None = None
    full_name: str | None = None
    country_code: str | None = None
    country_text: str | None = None
    signatory_name: str | None = None
    """The line as printed without its country, when that is not just the name."""


def looks_like_acronym(token: str) -> bool:
    """One word with at least two capitals and no lower-case run longer than the capitals.

    "FIDH", "LiNK", "KoRI", "NK-Watch" are; "Japan", "Thailand" are not.
    """
    if not token or " " in token or len(token) > 15:
        return False
    letters = [char for char in token if char.isalpha()]
    capitals = sum(1 for char in letters if char.isupper())
    return capitals >= 2 and capitals * 2 >= len(letters) - capitals


def initials(name: str) -> list[str]:
    """Candidate acronyms: initials of all words, and of the words that are not small ones."""
    words = [word for word in re.split(r"[\s\-/]+", name) if word and word[0].isalnum()]
    every = "".join(word[0] for word in words).upper()
    significant = "".join(
        word[0] for word in words if word.casefold() not in _SMALL_WORDS
    ).upper()
    return [every, significant]


def is_acronym_of(token: str, name: str) -> bool:
    letters = "".join(char for char in token if char.isalnum()).upper()
    return len(letters) >= 2 and letters in initials(name)


def _code_like(text: str) -> bool:
    return len(text) <= 3 and text.isalpha()


def country_in_parenthesis(
    inner: str, name: str, resolve: Callable[[str], str | None]
) -> str | None:
    """The country code `inner` names after `name`, or None when it is no country there."""
    text = inner.strip()
    if not text:
        return None
    if _code_like(text) and (not text.isupper() or is_acronym_of(text, name)):
        # "(in)" is not India, and "(ANG)" after "Association of Nigerian
        # Germans" is that association, not Angola.
        return None
    return resolve(text)


def split_signatory(line: str, resolve: Callable[[str], str | None]) -> SignatoryParts:
    """Name, acronym or full name, and country from one line of a signatory list."""
    text = _collapse(strip_list_marker(line))
    country_code: str | None = None
    country_text: str | None = None
    match = _TRAILING_GROUP.search(text)
    if match is not None:
        before = text[: match.start()].strip()
        code = country_in_parenthesis(match.group(1), before, resolve) if before else None
        if code is not None:
            country_code, country_text, text = code, match.group(1).strip(), before
    name, acronym, full_name = _name_parts(text)
    return SignatoryParts(
        name=name, acronym=acronym, full_name=full_name, country_code=country_code,
        country_text=country_text, signatory_name=text if text != name else None,
    )


def _name_parts(text: str) -> tuple[str, str | None, str | None]:
    """(name, acronym, full name) of a line whose country is already removed."""
    match = _TRAILING_GROUP.search(text)
    if match is not None and match.start() > 0:
        outer, inner = text[: match.start()].strip(), match.group(1).strip()
        if looks_like_acronym(inner) and not looks_like_acronym(outer):
            return outer, inner, None
        if looks_like_acronym(outer) and " " in inner:
            return outer, None, inner
        return text, None, None
    dash = _DASH_ACRONYM.match(text)
    if dash is not None and looks_like_acronym(dash.group("acronym")):
        return dash.group("name").strip(), dash.group("acronym"), None
    return text, None, None


def _collapse(text: str) -> str:
    # Word's non-breaking and narrow spaces inside a name become plain ones, so
    # that "Free NK Gulag" typed twice is the same name.
    return " ".join(
        "".join(" " if unicodedata.category(c) == "Zs" else c for c in text).split()
    )
