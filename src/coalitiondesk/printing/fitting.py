"""Address text shrunk, then wrapped, to fit a box; what still does not fit is said so."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QTextDocument

from coalitiondesk.core.merge.documents import MergedDocument
from coalitiondesk.printing.units import base_font, text_document

_STEP = 0.5


@dataclass
class FittedText:
    document: QTextDocument
    point_size: float
    fits: bool

    @property
    def height(self) -> float:
        return self.document.size().height()

    def draw(self, painter: QPainter, box: QRectF, *, centre_vertically: bool = False) -> None:
        """Draw inside `box`; text that did not fit is cut at the box, never spills over."""
        top = box.top()
        if centre_vertically and self.fits:
            top += max(0.0, (box.height() - self.height) / 2)
        painter.save()
        painter.translate(QPointF(box.left(), top))
        self.document.drawContents(painter, QRectF(0, 0, box.width(), box.bottom() - top))
        painter.restore()


def postal_lines(document: MergedDocument) -> tuple[str, ...]:
    """The address as the post wants it on envelopes and labels (capitals where asked)."""
    return document.postal_lines or document.address_lines


def lines_html(lines: Sequence[str]) -> str:
    return "<br>".join(html.escape(line) for line in lines)


def fit_lines(lines: Sequence[str], *, width: float, height: float,
              largest: float, smallest: float, families: Sequence[str] = ()) -> FittedText:
    """The largest point size at which `lines` fit `width` × `height` (layout units):
    first each line kept whole, shrinking down to `smallest`; failing that, lines
    wrapped at word boundaries, again from `largest` down."""
    markup = lines_html(lines)
    for wrap in (False, True):
        size = largest
        while size >= smallest - 1e-9:
            document = text_document(font=base_font(size, families=families), html=markup,
                                     wrap=wrap, width=width if wrap else None)
            if _inside(document, width, height):
                return FittedText(document, size, True)
            size -= _STEP
    document = text_document(font=base_font(smallest, families=families), html=markup,
                             width=width)
    return FittedText(document, smallest, False)


def _inside(document: QTextDocument, width: float, height: float) -> bool:
    return (document.idealWidth() <= width + 1e-6
            and document.size().height() <= height + 1e-6)


def wrapped_size(lines: Sequence[str], *, width: float, height: float, largest: float,
                 smallest: float, families: Sequence[str] = ()) -> float | None:
    """The largest point size at which `lines`, wrapped at word boundaries (a long name
    on two lines), fit `width` × `height`; None when not even `smallest` does."""
    markup = lines_html(lines)
    size = largest
    while size >= smallest - 1e-9:
        if _inside(wrapped(markup, size, width, families), width, height):
            return size
        size -= _STEP
    return None


def wrapped(markup: str, size: float, width: float, families: Sequence[str]) -> QTextDocument:
    return text_document(font=base_font(size, families=families), html=markup, width=width)
