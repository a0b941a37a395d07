"""Pages as images for the print preview, drawn by the very code that prints them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from coalitiondesk.core.merge.documents import MergeJob
from coalitiondesk.core.merge.geometry import PAPER_SIZE_MM
from coalitiondesk.printing.envelopes import EnvelopeDrawing, envelope_named
from coalitiondesk.printing.labels import (
    check_start,
    draw_label,
    sheet_count,
    sheet_named,
    sheet_point_size,
)
from coalitiondesk.printing.letter_fonts import job_families
from coalitiondesk.printing.letter_layout import LaidOutLetter, LetterFrame, LetterSetup
from coalitiondesk.printing.units import LAYOUT_DPI


def page_count(job: MergeJob, document_index: int, setup: LetterSetup | None = None) -> int:
    """How many pages the letter to `job.documents[document_index]` takes."""
    return _letter(job, document_index, setup).pages


def render_page(job: MergeJob, document_index: int, page_index: int, dpi: float,
                setup: LetterSetup | None = None) -> QImage:
    """Page `page_index` (0-based) of letter `document_index`, as a white page at `dpi`."""
    letter = _letter(job, document_index, setup)
    if not 0 <= page_index < letter.pages:
        raise IndexError(f"The letter has {letter.pages} pages, not {page_index + 1}")
    width, height = letter.frame.setup.size_mm
    return _page_image(width, height, dpi, lambda painter: letter.draw_page(painter, page_index))


def render_envelope(job: MergeJob, document_index: int, envelope: str, dpi: float) -> QImage:
    """The envelope for `job.documents[document_index]`, landscape, at `dpi`."""
    size = envelope_named(envelope)
    drawing = EnvelopeDrawing(job, size)
    document = job.documents[document_index]
    return _page_image(size.width, size.height, dpi,
                       lambda painter: drawing.draw(painter, document))


def label_sheet_count(job: MergeJob, sheet: str, start: int = 1) -> int:
    labels = sheet_named(sheet)
    check_start(labels, start)
    return sheet_count(labels, len(job.documents), start)


def render_label_sheet(job: MergeJob, sheet: str, start: int, sheet_index: int,
                       dpi: float) -> QImage:
    """Sheet `sheet_index` (0-based) of the job's labels, the first at `start`."""
    labels = sheet_named(sheet)
    check_start(labels, start)
    first = sheet_index * labels.per_sheet - (start - 1)

    on_sheet = {slot: job.documents[first + slot] for slot in range(labels.per_sheet)
                if 0 <= first + slot < len(job.documents)}
    families = job_families(job)
    size, _cut = sheet_point_size(list(on_sheet.values()), labels, families)

    def draw(painter: QPainter) -> None:
        for slot, document in on_sheet.items():
            draw_label(painter, labels, slot, document, point_size=size, families=families)

    width, height = PAPER_SIZE_MM[labels.paper]
    return _page_image(width, height, dpi, draw)


def _letter(job: MergeJob, index: int, setup: LetterSetup | None) -> LaidOutLetter:
    return LaidOutLetter(LetterFrame(job, setup or LetterSetup.for_job(job)), job.documents[index])


def _page_image(width_mm: float, height_mm: float, dpi: float,
                draw: Callable[[QPainter], object]) -> QImage:
    image = QImage(round(width_mm / 25.4 * dpi), round(height_mm / 25.4 * dpi),
                   QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(dpi / LAYOUT_DPI, dpi / LAYOUT_DPI)
        draw(painter)
    finally:
        painter.end()
    return image
