"""A merged letter's HTML as paragraphs of formatted runs, for writers that are not
a browser (the .docx writer).

Only what a letter's body holds is understood: paragraphs and headings, line
breaks, lists, alignment, bold, italic and underline (as tags or as the styles
Qt's editor writes), and the signature image's place. Anything else keeps its
text and loses its look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Final

from coalitiondesk.core.merge.documents import SIGNATURE_SOURCE


@dataclass(frozen=True)
class Run:
    text: str
    """"\n" is a line break inside the paragraph."""
    bold: bool = False
    italic: bool = False
    underline: bool = False
    signature: bool = False
    """The signature image's place; its text is empty."""


@dataclass
class Block:
    runs: list[Run] = field(default_factory=list)
    align: str = ""
    """"", "left", "center", "right" or "justify"."""
    list_kind: str = ""
    """"ul" or "ol" for a list item, else ""."""
    level: int = 0
    """How deep a list item is nested, 0 for the outermost list."""
    heading: int = 0

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


_BLOCK_TAGS: Final = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                "blockquote"})
_WEIGHT: Final = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.I)
_ITALIC: Final = re.compile(r"font-style\s*:\s*italic", re.I)
_UNDERLINE: Final = re.compile(r"text-decoration\s*:[^;]*underline", re.I)
_ALIGN: Final = re.compile(r"text-align\s*:\s*(left|center|right|justify)", re.I)
_SPACES: Final = re.compile(r"[ \t\r\n]+")


@dataclass
class _Style:
    tag: str
    bold: bool
    italic: bool
    underline: bool


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.styles: list[_Style] = [_Style("", False, False, False)]
        self.lists: list[str] = []
        self.skip = 0  # inside <head>, <style>, <script>

    def _block(self) -> Block:
        if self.current is None:
            self.current = Block(list_kind=self.lists[-1] if self.lists else "",
                                 level=max(0, len(self.lists) - 1))
            self.blocks.append(self.current)
        return self.current

    def _close_block(self) -> None:
        self.current = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        style = values.get("style", "")
        if tag in ("head", "style", "script", "title"):
            self.skip += 1
            return
        if tag in ("ul", "ol"):
            self._close_block()
            self.lists.append(tag)
            return
        if tag in _BLOCK_TAGS:
            self._close_block()
            block = self._block()
            if tag != "li":
                block.list_kind, block.level = "", 0
            if tag.startswith("h") and tag[1:].isdigit():
                block.heading = int(tag[1:])
            align = values.get("align", "") or ""
            found = _ALIGN.search(style)
            block.align = (found.group(1) if found else align).lower()
        if tag == "br":
            self._add("\n")
            return
        if tag == "img":
            if values.get("src") == SIGNATURE_SOURCE:
                self._block().runs.append(Run("", signature=True))
            return
        if tag in ("br", "hr", "meta", "link", "input"):
            return
        outer = self.styles[-1]
        self.styles.append(_Style(
            tag,
            outer.bold or tag in ("b", "strong") or bool(_WEIGHT.search(style)),
            outer.italic or tag in ("i", "em") or bool(_ITALIC.search(style)),
            outer.underline or tag == "u" or bool(_UNDERLINE.search(style))))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "img", "hr", "meta", "link", "input"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "style", "script", "title"):
            self.skip = max(0, self.skip - 1)
            return
        if tag in ("ul", "ol"):
            self._close_block()
            if self.lists:
                self.lists.pop()
            return
        for index in range(len(self.styles) - 1, 0, -1):
            if self.styles[index].tag == tag:
                del self.styles[index:]
                break
        if tag in _BLOCK_TAGS:
            self._close_block()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        text = _SPACES.sub(" ", data)
        if not text.strip() and self.current is None:
            return  # the space between blocks
        self._add(text)

    def _add(self, text: str) -> None:
        block = self._block()
        style = self.styles[-1]
        runs = block.runs
        if runs and not runs[-1].signature and (runs[-1].bold, runs[-1].italic,
                                                 runs[-1].underline) == (
                style.bold, style.italic, style.underline):
            runs[-1] = Run(runs[-1].text + text, style.bold, style.italic, style.underline)
        else:
            runs.append(Run(text, style.bold, style.italic, style.underline))


def blocks(fragment: str) -> list[Block]:
    """The paragraphs of an HTML fragment, with their runs; spaces at a paragraph's
    start and end and beside its line breaks trimmed, empty paragraphs left out."""
    reader = _Reader()
    reader.feed(fragment)
    reader.close()
    found = []
    for block in reader.blocks:
        block.runs = _trimmed(block.runs)
        if block.runs:
            found.append(block)
    return found


def _trimmed(runs: list[Run]) -> list[Run]:
    cleaned = [Run(re.sub(r" *\n *", "\n", run.text), run.bold, run.italic, run.underline,
                   run.signature) for run in runs]
    while cleaned and not cleaned[0].signature and not cleaned[0].text.strip():
        cleaned.pop(0)
    while cleaned and not cleaned[-1].signature and not cleaned[-1].text.strip():
        cleaned.pop()
    if cleaned and not cleaned[0].signature:
        first = cleaned[0]
        cleaned[0] = Run(first.text.lstrip(" "), first.bold, first.italic, first.underline)
    if cleaned and not cleaned[-1].signature:
        last = cleaned[-1]
        cleaned[-1] = Run(last.text.rstrip(" "), last.bold, last.italic, last.underline)
    return cleaned
