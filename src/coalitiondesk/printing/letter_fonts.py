"""The fonts a letter is set in: chosen by the letter, never by the interface's language.

Qt's default font follows the desktop and the interface (Noto Sans CJK KR under
a Korean interface, DejaVu Sans under English), and the same letter would get
other line and page breaks in each. A letter names its font (or takes its
language's default), followed by the CJK fonts that draw its Hangul, kana
and hanzi, in a fixed order; the PDF embeds whichever of them it uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType
from typing import Final

from PySide6.QtGui import QFontDatabase

from coalitiondesk.core.merge.documents import MergeJob
from coalitiondesk.printing.application import ensure_gui_application

# Each language's choice in order, the first installed one taken: the Linux,
# Windows and macOS fonts that ship with each system.
_LATIN: Final = ("DejaVu Sans", "Arial", "Helvetica")
DEFAULT_FAMILIES: Final = MappingProxyType({
    "ko": ("Noto Sans CJK KR", "Malgun Gothic", "Apple SD Gothic Neo"),
    "ja": ("Noto Sans CJK JP", "Yu Gothic", "Hiragino Sans"),
    "zh": ("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"),
})
# For the other scripts a letter quotes (a Korean name in an English letter).
CJK_FALLBACKS: Final = ("Noto Sans CJK KR", "Noto Sans CJK JP", "Noto Sans CJK SC",
                        "Noto Sans CJK TC", "Malgun Gothic", "Yu Gothic", "Microsoft YaHei",
                        "Apple SD Gothic Neo", "Hiragino Sans", "PingFang SC")


def _installed(families: Sequence[str]) -> list[str]:
    ensure_gui_application()
    known = {family.casefold() for family in QFontDatabase.families()}
    return [family for family in families if family.casefold() in known]


def default_family(language: str) -> str:
    """The font a letter in `language` is set in unless it names one."""
    wanted = DEFAULT_FAMILIES.get((language or "en").split("-")[0].lower(), _LATIN)
    found = _installed(wanted) or _installed(_LATIN)
    return found[0] if found else wanted[0]


def letter_families(*, language: str, font_family: str | None) -> tuple[str, ...]:
    """The letter's font first, then the CJK fallbacks installed, each once."""
    first = (font_family or "").strip() or default_family(language)
    rest = [family for family in _installed(CJK_FALLBACKS) if family != first]
    return (first, *rest)



def job_families(job: MergeJob) -> tuple[str, ...]:
    """The fonts of the letter a merge job was made from."""
    return letter_families(language=job.language, font_family=job.font_family)
