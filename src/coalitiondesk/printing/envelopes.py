"""Envelopes, one per recipient: the sender top left, the recipient in the window.

The sender's block carries the coalition's country when the envelope goes abroad.
Plain envelopes get the recipient where the window would be, so one setting
serves both; a page is the envelope itself, in landscape, as printers feed them.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPainter

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.merge.documents import MergedDocument, MergeJob
from coalitiondesk.core.merge.geometry import ENVELOPES, Envelope
from coalitiondesk.core.progress import Progress
from coalitiondesk.printing.fitting import fit_lines, postal_lines
from coalitiondesk.printing.letter_fonts import job_families
from coalitiondesk.printing.output import (
    NotFitting,
    PageSink,
    Printed,
    paper_layout,
    pdf_file,
    require_documents,
)
from coalitiondesk.printing.units import mm, mm_rect

STAGE = "Printing envelopes"
_SENDER_AT_MM = (10.0, 8.0)
_SENDER_BOX_MM = (85.0, 30.0)
_WINDOW_INSET_MM = 3.0


def envelope_named(name: str) -> Envelope:
    try:
        return ENVELOPES[name.upper()]
    except KeyError:
        raise InvalidInput(
            f"There is no envelope size {name!r}: choose one of {', '.join(ENVELOPES)}"
        ) from None


def envelope_layout(envelope: Envelope) -> QPageLayout:
    # Named in portrait, as the standard sizes are, so a printer recognises DL, C5 or #10.
    return paper_layout(envelope.height, envelope.width, envelope.name, landscape=True)


class EnvelopeDrawing:
    def __init__(self, job: MergeJob, envelope: Envelope) -> None:
        self.envelope = envelope
        self.families = job_families(job)
        width, height = _SENDER_BOX_MM
        self.sender = fit_lines(job.sender_lines, width=mm(width), height=mm(height),
                                largest=8.5, smallest=6.5, families=self.families)
        # Mail crossing a border comes back from abroad only with the coalition's country.
        self.sender_abroad = fit_lines(
            job.sender_abroad_lines or job.sender_lines, width=mm(width), height=mm(height),
            largest=8.5, smallest=6.5, families=self.families)

    def draw(self, painter: QPainter, document: MergedDocument) -> bool:
        """Paint one envelope; False when the address had to be cut to fit the window."""
        left, top = _SENDER_AT_MM
        width, height = _SENDER_BOX_MM
        sender = self.sender_abroad if document.abroad else self.sender
        sender.draw(painter, mm_rect(left, top, width, height))
        window_left, window_top, window_width, window_height = self.envelope.window
        inset = _WINDOW_INSET_MM
        box = mm_rect(window_left + inset, window_top + inset, window_width - 2 * inset,
                      window_height - 2 * inset)
        address = fit_lines(postal_lines(document), width=box.width(), height=box.height(),
                            largest=11, smallest=7, families=self.families)
        address.draw(painter, box, centre_vertically=True)
        return address.fits


def print_envelopes(*, job: MergeJob, device: QPagedPaintDevice, envelope: str,
                    ) -> Generator[Progress, None, Printed]:
    """One envelope of size `envelope` (DL, C5, 10) per document of `job`, on `device`."""
    size = envelope_named(envelope)
    require_documents(job)
    drawing = EnvelopeDrawing(job, size)
    total = len(job.documents)
    not_fitting = []
    yield Progress(STAGE, 0, total)
    sink = PageSink(device, envelope_layout(size))
    try:
        for done, document in enumerate(job.documents, start=1):
            if not drawing.draw(sink.new_page(), document):
                not_fitting.append(NotFitting(document.recipient_id, document.name))
            yield Progress(STAGE, done, total)
    finally:
        sink.close()
    return Printed(pages=sink.pages, documents=total, not_fitting=tuple(not_fitting))


def write_envelopes(*, job: MergeJob, target: Path, envelope: str,
                    ) -> Generator[Progress, None, Printed]:
    envelope_named(envelope)
    require_documents(job)
    with pdf_file(target, title=job.title) as writer:
        printed = yield from print_envelopes(job=job, device=writer, envelope=envelope)
    return Printed(pages=printed.pages, documents=printed.documents, files=(target,),
                   not_fitting=printed.not_fitting)
