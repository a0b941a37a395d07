"""Layout units: everything is laid out once against a reference device at LAYOUT_DPI.

Text measured against the printer, the PDF writer or the preview's screen
resolution would break lines differently on each; laying out against one
reference resolution and scaling the painter makes the preview show exactly
the lines and pages the PDF and the printer get.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument, QTextOption

from coalitiondesk.printing.application import ensure_gui_application

LAYOUT_DPI = 1200
_MM_PER_INCH = 25.4
_CSS_DPI = 96

_reference: QImage | None = None


def mm(value: float) -> float:
    """Millimetres in layout units."""
    return value / _MM_PER_INCH * LAYOUT_DPI


def to_mm(value: float) -> float:
    return value * _MM_PER_INCH / LAYOUT_DPI


def css_pixels(value: float) -> float:
    """Layout units as the CSS pixels (1/96 inch) rich text measures lengths in:
    Qt scales a document's margins and line heights to its device's resolution."""
    return value * _CSS_DPI / LAYOUT_DPI


def mm_rect(left: float, top: float, width: float, height: float) -> QRectF:
    return QRectF(mm(left), mm(top), mm(width), mm(height))


def reference_device() -> QImage:
    """The device every text layout is measured against (never painted on)."""
    global _reference
    if _reference is None:
        ensure_gui_application()
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _reference = image
    return _reference


def base_font(point_size: float, *, bold: bool = False,
              families: Sequence[str] = ()) -> QFont:
    """The application's font, or `families` in that order (a letter's fonts)."""
    ensure_gui_application()
    font = QFont()
    if families:
        font.setFamilies(list(families))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def text_document(*, font: QFont, width: float | None = None, html: str = "",
                  plain: str = "", wrap: bool = True,
                  images: Mapping[str, QImage] | None = None) -> QTextDocument:
    """A text block laid out in layout units; `width` None leaves lines unbroken.
    `images`: what the html's <img src> names, by name."""
    document = QTextDocument()
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name),
                             image)
    document.documentLayout().setPaintDevice(reference_device())
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap
                       else QTextOption.WrapMode.NoWrap)
    document.setDefaultTextOption(option)
    if html:
        document.setHtml(html)
    else:
        document.setPlainText(plain)
    if width is not None:
        document.setTextWidth(width)
    return document
