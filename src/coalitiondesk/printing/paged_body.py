"""A rich-text body drawn page by page, every line on exactly one page.

Qt paginates a QTextDocument by pushing a line that would cross the page's
foot onto the next page, but draws a paragraph that spans two pages whole on
both, relying on the clip to hide the other page's lines. On screen that looks
right; in a PDF the hidden lines are still there, so search, copy and screen
readers find them twice. Such paragraphs are therefore drawn line by line, each
line on its own page, and the rest of the page through the document's layout.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextLayout,
)

_EDGE = 0.5


@dataclass
class _Page:
    top: float
    bottom: float
    # Lines of a paragraph begun on an earlier page, then of one going on to the
    # next: drawn before and after the rest, so the text reads in order.
    lines_before: list[tuple[QTextLayout, int]] = field(default_factory=list)
    lines_after: list[tuple[QTextLayout, int]] = field(default_factory=list)


class PagedBody:
    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        size = document.pageSize()
        self.width, self.page_height = size.width(), size.height()
        self.pages = document.pageCount()
        self._plan = [_Page(index * self.page_height, (index + 1) * self.page_height)
                      for index in range(self.pages)]
        block = document.begin()
        while block.isValid():
            if self._split_across_pages(block):
                self._draw_by_lines(block)
            block = block.next()

    def _page_of(self, y: float) -> int:
        return min(self.pages - 1, max(0, math.floor((y + _EDGE) / self.page_height)))

    def _split_across_pages(self, block: QTextBlock) -> bool:
        layout = block.layout()
        if layout.lineCount() < 2:
            return False
        top = layout.position().y()
        first = self._page_of(top + layout.lineAt(0).y())
        last = self._page_of(top + layout.lineAt(layout.lineCount() - 1).y())
        # Tables and list items keep Qt's drawing: their borders and bullets
        # are not part of a line.
        return (first != last and block.textList() is None
                and QTextCursor(block).currentFrame() == self.document.rootFrame())

    def _draw_by_lines(self, block: QTextBlock) -> None:
        layout = block.layout()
        origin = layout.position().y()
        pages = [self._page_of(origin + layout.lineAt(index).y())
                 for index in range(layout.lineCount())]
        for index, page in enumerate(pages):
            plan = self._plan[page]
            (plan.lines_before if page > pages[0] else plan.lines_after).append((layout, index))
        bounds = self.document.documentLayout().blockBoundingRect(block)
        first, last = pages[0], pages[-1]
        # The document's own drawing leaves the paragraph out on every page it touches.
        self._plan[first].bottom = min(self._plan[first].bottom, bounds.top() - _EDGE)
        self._plan[last].top = max(self._plan[last].top, bounds.bottom() + _EDGE)
        for middle in range(first + 1, last):
            self._plan[middle].top = self._plan[middle].bottom

    def draw(self, painter: QPainter, index: int) -> None:
        """Page `index`, its top at the painter's origin."""
        page = self._plan[index]
        painter.save()
        painter.translate(0, -index * self.page_height)
        painter.setClipRect(QRectF(0, index * self.page_height, self.width, self.page_height))
        for layout, line in page.lines_before:
            layout.lineAt(line).draw(painter, layout.position())
        if page.top < page.bottom:
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, page.top, self.width, page.bottom - page.top)
            self.document.documentLayout().draw(painter, context)
        for layout, line in page.lines_after:
            layout.lineAt(line).draw(painter, layout.position())
        painter.restore()
