"""One merged letter laid out on paper: letterhead, address block, body over pages.

The address block sits where the window of the matching envelope falls when
the letter is folded in three (A4 in a DL envelope, as DIN 5008 places it;
US Letter in a #10), or at the top for plain envelopes. The same layout
draws the PDF, the printer's pages and the preview.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPainter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from coalitiondesk.core.merge.documents import (
    SIGNATURE_SOURCE,
    Letterhead,
    MergedDocument,
    MergeJob,
)
from coalitiondesk.core.merge.geometry import ENVELOPES, PAPER_SIZE_MM, Paper
from coalitiondesk.core.merge.page import Margins
from coalitiondesk.printing.fitting import FittedText, fit_lines, lines_html
from coalitiondesk.printing.letter_fonts import job_families, letter_families
from coalitiondesk.printing.output import paper_layout
from coalitiondesk.printing.paged_body import PagedBody
from coalitiondesk.printing.units import (
    base_font,
    css_pixels,
    mm,
    mm_rect,
    text_document,
)

# The envelope each paper is folded into, in three, for a window envelope.
_FOLDED_INTO = {Paper.a4: ENVELOPES["DL"], Paper.letter: ENVELOPES["10"]}
_LETTERHEAD_MAX_MM = 25.0
_FIXED_HEIGHT = QTextBlockFormat.LineHeightTypes.FixedHeight.value
_GAP_MM = 8.0
# Clear of the window's edges, which the folded letter may shift against by a few mm.
_WINDOW_INSET_MM = 2.5
# Smaller than this, an address is hard to read for the post's machines and people.
_SMALLEST_ADDRESS_POINTS = 8.0
# A signature as tall as two lines and a half; never wider than half the text.
_SIGNATURE_MM = (18.0, 80.0)
_SIGNATURE_TAG = f'<img src="{SIGNATURE_SOURCE}">'


@dataclass(frozen=True)
class LetterSetup:
    paper: Paper = Paper.a4
    margins: Margins = field(default_factory=Margins)
    # False: plain envelopes, the address at the top under the letterhead.
    window_envelope: bool = True
    font_size: float = 10.5
    # The letter's fonts (printing.letter_fonts); empty: the application's font.
    font_families: tuple[str, ...] = ()

    @classmethod
    def for_job(cls, job: MergeJob, *, window_envelope: bool = True) -> LetterSetup:
        """The paper and margins the job was prepared with (the settings), else defaults;
        the fonts of the job's letter."""
        families = job_families(job)
        if job.page is None:
            return cls(window_envelope=window_envelope, font_families=families)
        return cls(paper=job.page.paper, margins=job.page.margins,
                   window_envelope=window_envelope, font_families=families)

    def font(self, point_size: float) -> QFont:
        return base_font(point_size, families=self.font_families)

    @property
    def size_mm(self) -> tuple[float, float]:
        return PAPER_SIZE_MM[self.paper]

    def page_layout(self) -> QPageLayout:
        return paper_layout(*self.size_mm, self.paper.value)

    def window_on_paper(self) -> QRectF:
        """The envelope window on the folded letter, in mm from the paper's corner.

        The top third of the letter sits in the envelope with the play split
        evenly above and below, so the window falls that much higher on the paper.
        """
        envelope = _FOLDED_INTO[self.paper]
        left, top, width, height = envelope.window
        fold = self.size_mm[1] / 3
        return QRectF(left, top - (envelope.height - fold) / 2, width, height)


class DrawnLetterhead:
    """The letterhead drawn at the top of every letter's first page, shared by all letters."""

    def __init__(self, letterhead: Letterhead, *, width_mm: float, max_height_mm: float,
                 families: tuple[str, ...] = ()) -> None:
        self.image = QImage()
        self.text: QTextDocument | None = None
        self.height_mm = 0.0
        self.width_mm = width_mm
        if letterhead.image_png and self.image.loadFromData(letterhead.image_png):
            scale = min(width_mm / self.image.width(), max_height_mm / self.image.height())
            self.height_mm = self.image.height() * scale
        elif letterhead.text:
            lines = letterhead.text.splitlines()
            markup = (f'<p align="center"><b style="font-size: 14pt">{lines_html(lines[:1])}</b>'
                      + (f'<br><span style="font-size: 8.5pt">{lines_html(lines[1:])}</span>'
                         if lines[1:] else "") + "</p>")
            self.text = text_document(font=base_font(10, families=families), html=markup,
                                      width=mm(width_mm))
            self.height_mm = min(self.text.size().height() / mm(1), max_height_mm)

    def draw(self, painter: QPainter, left_mm: float, top_mm: float) -> None:
        if not self.image.isNull():
            width = self.image.width() * self.height_mm / self.image.height()
            painter.drawImage(mm_rect(left_mm + (self.width_mm - width) / 2, top_mm,
                                      width, self.height_mm), self.image)
        elif self.text is not None:
            painter.save()
            painter.translate(mm(left_mm), mm(top_mm))
            self.text.drawContents(painter, QRectF(0, 0, mm(self.width_mm), mm(self.height_mm)))
            painter.restore()


class LetterFrame:
    """What every letter of one job shares: the setup and the letterhead."""

    def __init__(self, job: MergeJob, setup: LetterSetup) -> None:
        self.job = job
        self.setup = setup
        width, height = setup.size_mm
        margins = setup.margins
        self.content = QRectF(margins.left, margins.top, width - margins.left - margins.right,
                              height - margins.top - margins.bottom)
        window = setup.window_on_paper()
        room = (window.top() - 3 - margins.top if setup.window_envelope
                else _LETTERHEAD_MAX_MM)
        self.letterhead = DrawnLetterhead(
            job.letterhead, width_mm=self.content.width(),
            max_height_mm=max(5.0, min(_LETTERHEAD_MAX_MM, room)), families=setup.font_families)
        self.signature = QImage()
        if job.signature_image:
            self.signature.loadFromData(job.signature_image)
        self._families: dict[str, tuple[str, ...]] = {}

    def body_families(self, language: str) -> tuple[str, ...]:
        """The fonts of a version's body: the letter's, unless the version is in another
        language and the letter names no font of its own (a Korean version of an English
        letter is set in its language's default font, not in the English one)."""
        setup, job = self.setup, self.job
        if (not setup.font_families or job.font_family or not language
                or language.split("-")[0] == job.language.split("-")[0]):
            return setup.font_families
        if language not in self._families:
            self._families[language] = letter_families(language=language, font_family=None)
        return self._families[language]

    def body_html(self, document: MergedDocument) -> str:
        """The body with the signature image's size set, or its place removed when the
        letter has no image Qt can read."""
        html_text = document.body_html
        if _SIGNATURE_TAG not in html_text:
            return html_text
        if self.signature.isNull():
            return html_text.replace(f"<p>{_SIGNATURE_TAG}</p>", "").replace(_SIGNATURE_TAG, "")
        height, widest = _SIGNATURE_MM
        scale = min(height / self.signature.height(), widest / self.signature.width())
        size = (f'width="{css_pixels(mm(self.signature.width() * scale)):.1f}" '
                f'height="{css_pixels(mm(self.signature.height() * scale)):.1f}"')
        return html_text.replace(_SIGNATURE_TAG, f'<img src="{SIGNATURE_SOURCE}" {size}>')

    def address_box(self) -> QRectF:
        """Where the address block may go, in mm."""
        if self.setup.window_envelope:
            window = self.setup.window_on_paper()
            return window.adjusted(0, _WINDOW_INSET_MM, -2 * _WINDOW_INSET_MM,
                                   -_WINDOW_INSET_MM)
        top = self.content.top() + (self.letterhead.height_mm + _GAP_MM
                                    if self.letterhead.height_mm else 0)
        return QRectF(self.content.left(), top, min(100.0, self.content.width()), 60.0)


class LaidOutLetter:
    """One recipient's letter, laid out; `draw_page` paints page `index` of it."""

    def __init__(self, frame: LetterFrame, document: MergedDocument) -> None:
        self.frame = frame
        self.document = document
        setup = frame.setup
        content = frame.content
        box = frame.address_box()
        self.address_box = box
        self.address: FittedText | None = None
        if document.body_has_address:
            # The template places the address itself, as its first lines: the
            # body then starts where the address block would.
            body_top = box.top()
        else:
            self.address = fit_lines(
                document.address_lines, width=mm(box.width()), height=mm(box.height()),
                largest=setup.font_size,
                smallest=min(_SMALLEST_ADDRESS_POINTS, setup.font_size),
                families=setup.font_families)
            address_bottom = box.top() + self.address.height / mm(1)
            if setup.window_envelope:
                address_bottom = max(address_bottom, box.bottom())
            body_top = address_bottom + _GAP_MM

        self.page_height = mm(content.height())
        body_font = base_font(setup.font_size,
                              families=frame.body_families(document.language))
        body = text_document(font=body_font, html=frame.body_html(document),
                             width=mm(content.width()),
                             images={SIGNATURE_SOURCE: frame.signature}
                             if not frame.signature.isNull() else None)
        _reserve_top(body, mm(body_top - content.top()))
        body.setPageSize(QSizeF(mm(content.width()), self.page_height))
        self.body = PagedBody(body)
        self.pages = self.body.pages

    def draw_page(self, painter: QPainter, index: int) -> None:
        """Paint page `index` (0-based); the painter's origin is the paper's corner,
        in layout units."""
        content = self.frame.content
        if index == 0:
            self.frame.letterhead.draw(painter, content.left(), content.top())
            if self.address is not None:
                box = self.address_box
                self.address.draw(painter, mm_rect(
                    box.left(), box.top(), box.width(),
                    max(box.height(), self.address.height / mm(1))))
        painter.save()
        painter.translate(mm(content.left()), mm(content.top()))
        self.body.draw(painter, index)
        painter.restore()
        if self.pages > 1:
            number = QCoreApplication.translate("printing", "Page %1 of %2").replace(
                "%1", str(index + 1)).replace("%2", str(self.pages))
            footer = text_document(font=self.frame.setup.font(8), width=mm(content.width()),
                                   html=f'<p align="center">{html.escape(number)}</p>')
            painter.save()
            painter.translate(mm(content.left()), mm(content.bottom() + 4))
            footer.drawContents(painter)
            painter.restore()


def _reserve_top(body: QTextDocument, height: float) -> None:
    """Start the body `height` layout units down the first page, leaving the rest of
    the pages whole: an empty first line of that height (a first paragraph's top
    margin is ignored, and the root frame's margin would repeat on every page)."""
    if height <= 0:
        return
    cursor = QTextCursor(body)
    cursor.insertBlock()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    listed = cursor.currentList()
    if listed is not None:
        listed.remove(cursor.block())
    spacer = QTextBlockFormat()
    spacer.setLineHeight(css_pixels(height), _FIXED_HEIGHT)
    cursor.setBlockFormat(spacer)
