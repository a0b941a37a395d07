"""Characters no installed font can draw, found before anything is printed.

Qt picks a fallback font for each character the chosen font lacks (Noto CJK
for Hangul, kana and hanzi, for example); a character no font has comes out
as an empty box. Shaping the text the way printing does and looking for the
missing-glyph index tells exactly which characters those are.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtGui import QTextLayout

from coalitiondesk.core.merge.documents import MergeJob
from coalitiondesk.printing.units import base_font

_MISSING_GLYPH = 0
_TAG = re.compile(r"<[^>]*>")
_INVISIBLE = {"Cc", "Cf", "Zs", "Zl", "Zp"}


def missing_glyphs(texts: Iterable[str]) -> list[tuple[str, str]]:
    """Each text holding characters no installed font can draw, with those characters."""
    found = []
    for text in dict.fromkeys(texts):
        missing = "".join(character for character in dict.fromkeys(text)
                          if _drawable_check_needed(character) and not _drawable(character))
        if missing:
            found.append((text, missing))
    return found


def job_missing_glyphs(job: MergeJob) -> list[tuple[str, str]]:
    """`missing_glyphs` over everything a merge job prints: names, addresses, bodies."""
    texts: list[str] = [*job.sender_lines, *job.letterhead.text.splitlines()]
    for document in job.documents:
        texts.extend(document.address_lines)
        texts.extend(line for line in html.unescape(_TAG.sub("\n", document.body_html))
                     .splitlines() if line.strip())
    return missing_glyphs(texts)


def _drawable_check_needed(character: str) -> bool:
    # Spaces and invisible controls (joiners, marks of direction) draw nothing by
    # design; private-use characters (Word's symbol-font bullets) do need a glyph.
    return unicodedata.category(character) not in _INVISIBLE


@lru_cache(maxsize=4096)
def _drawable(character: str) -> bool:
    layout = QTextLayout(character, base_font(10))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    return bool(runs) and all(_MISSING_GLYPH not in run.glyphIndexes() for run in runs)
