"""Address labels on Avery sheets, from a start position on a part-used first sheet.

Each address shrinks, then wraps, to fit its label; one that still does not
fit is printed cut at the label's edge and reported, never silently clipped.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPainter

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.merge.documents import MergedDocument, MergeJob
from coalitiondesk.core.merge.geometry import LABEL_SHEETS, PAPER_SIZE_MM, LabelSheet
from coalitiondesk.core.progress import Progress
from coalitiondesk.printing.fitting import fit_lines, postal_lines
from coalitiondesk.printing.output import (
    NotFitting,
    PageSink,
    Printed,
    paper_layout,
    pdf_file,
    require_documents,
)
from coalitiondesk.printing.units import mm_rect

STAGE = "Printing labels"
# Inside the label, clear of the die-cut edge a printer may miss by a millimetre.
PADDING_MM = (3.0, 2.0)
LARGEST_POINT_SIZE = 10.0
SMALLEST_POINT_SIZE = 6.0


def sheet_named(name: str) -> LabelSheet:
    try:
        return LABEL_SHEETS[name.upper()]
    except KeyError:
        raise InvalidInput(
            f"There is no label sheet {name!r}: choose one of {', '.join(LABEL_SHEETS)}"
        ) from None


def check_start(sheet: LabelSheet, start: int) -> None:
    if not 1 <= start <= sheet.per_sheet:
        raise InvalidInput(f"The start position must be between 1 and {sheet.per_sheet} "
                           f"on a {sheet.name} sheet, not {start}")


def sheet_layout(sheet: LabelSheet) -> QPageLayout:
    width, height = PAPER_SIZE_MM[sheet.paper]
    return paper_layout(width, height, sheet.paper.value)


def sheet_count(sheet: LabelSheet, labels: int, start: int) -> int:
    return 0 if not labels else (start - 1 + labels - 1) // sheet.per_sheet + 1


def draw_label(painter: QPainter, sheet: LabelSheet, slot: int,
               document: MergedDocument) -> bool:
    """Paint one address in slot `slot` (0-based on its sheet); False if it had to be cut."""
    left, top = sheet.position(slot)
    pad_x, pad_y = PADDING_MM
    box = mm_rect(left + pad_x, top + pad_y, sheet.width - 2 * pad_x, sheet.height - 2 * pad_y)
    address = fit_lines(postal_lines(document), width=box.width(), height=box.height(),
                        largest=LARGEST_POINT_SIZE, smallest=SMALLEST_POINT_SIZE)
    address.draw(painter, box, centre_vertically=True)
    return address.fits


def print_labels(*, job: MergeJob, device: QPagedPaintDevice, sheet: str, start: int = 1,
                 ) -> Generator[Progress, None, Printed]:
    """One label per document of `job` on `sheet` sheets, the first at position `start`
    (1-based, across then down) of the first sheet."""
    labels = sheet_named(sheet)
    check_start(labels, start)
    require_documents(job)
    total = len(job.documents)
    not_fitting = []
    yield Progress(STAGE, 0, total)
    sink = PageSink(device, sheet_layout(labels))
    try:
        painter: QPainter | None = None
        for done, document in enumerate(job.documents, start=1):
            slot = (start - 1 + done - 1) % labels.per_sheet
            if painter is None or slot == 0:
                painter = sink.new_page()
            if not draw_label(painter, labels, slot, document):
                not_fitting.append(NotFitting(document.recipient_id, document.name))
            yield Progress(STAGE, done, total)
    finally:
        sink.close()
    return Printed(pages=sink.pages, documents=total, not_fitting=tuple(not_fitting))


def write_labels(*, job: MergeJob, target: Path, sheet: str, start: int = 1,
                 ) -> Generator[Progress, None, Printed]:
    check_start(sheet_named(sheet), start)
    require_documents(job)
    with pdf_file(target, title=job.title) as writer:
        printed = yield from print_labels(job=job, device=writer, sheet=sheet, start=start)
    return Printed(pages=printed.pages, documents=printed.documents, files=(target,),
                   not_fitting=printed.not_fitting)
