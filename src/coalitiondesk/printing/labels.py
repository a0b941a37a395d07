"""Address labels on Avery sheets, from a start position on a part-used first sheet.

Every label of a sheet is printed at one font size, so the sheet looks even:
a long name first wraps to a second line, and only when an address does not
fit at the largest size does the whole sheet shrink with it. One that does
not fit even at the smallest size is printed cut at the label's edge and
reported (before printing, by `labels_not_fitting`), never silently clipped.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPainter

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.merge.documents import MergedDocument, MergeJob
from coalitiondesk.core.merge.geometry import LABEL_SHEETS, PAPER_SIZE_MM, LabelSheet
from coalitiondesk.core.progress import Progress
from coalitiondesk.printing.fitting import (
    FittedText,
    lines_html,
    postal_lines,
    wrapped,
    wrapped_size,
)
from coalitiondesk.printing.letter_fonts import job_families
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


def _label_box(sheet: LabelSheet, slot: int) -> QRectF:
    left, top = sheet.position(slot)
    pad_x, pad_y = PADDING_MM
    return mm_rect(left + pad_x, top + pad_y, sheet.width - 2 * pad_x, sheet.height - 2 * pad_y)


@dataclass(frozen=True)
class SheetPlan:
    """The point size of each sheet, and the labels that fit on none at the smallest."""

    sizes: tuple[float, ...]
    not_fitting: tuple[NotFitting, ...]


def plan_sheets(job: MergeJob, sheet: LabelSheet, start: int = 1) -> SheetPlan:
    """Each sheet's one size: the largest at which all of its labels fit, wrapped."""
    families = job_families(job)
    sizes: list[float] = []
    not_fitting: list[NotFitting] = []
    first = 0
    while first < len(job.documents):
        room = sheet.per_sheet - (start - 1 if not sizes else 0)
        size, cut = sheet_point_size(job.documents[first:first + room], sheet, families)
        sizes.append(size)
        not_fitting.extend(cut)
        first += room
    return SheetPlan(tuple(sizes), tuple(not_fitting))


def sheet_point_size(documents: Sequence[MergedDocument], sheet: LabelSheet,
                     families: Sequence[str]) -> tuple[float, list[NotFitting]]:
    """The one size of a sheet holding `documents`, and those that fit at no size."""
    box = _label_box(sheet, 0)
    size = LARGEST_POINT_SIZE
    cut = []
    for document in documents:
        fitting = wrapped_size(postal_lines(document), width=box.width(),
                               height=box.height(), largest=size,
                               smallest=SMALLEST_POINT_SIZE, families=families)
        if fitting is None:
            cut.append(NotFitting(document.recipient_id, document.name))
            size = SMALLEST_POINT_SIZE
        else:
            size = min(size, fitting)
    return size, cut


def labels_not_fitting(*, job: MergeJob, sheet: str, start: int = 1) -> tuple[NotFitting, ...]:
    """The preflight: the labels that would be cut at their edge even at the smallest size."""
    labels = sheet_named(sheet)
    check_start(labels, start)
    return plan_sheets(job, labels, start).not_fitting


def draw_label(painter: QPainter, sheet: LabelSheet, slot: int, document: MergedDocument,
               *, point_size: float, families: Sequence[str] = ()) -> None:
    """Paint one address in slot `slot` (0-based on its sheet) at the sheet's size."""
    box = _label_box(sheet, slot)
    text = wrapped(lines_html(postal_lines(document)), point_size, box.width(), families)
    fits = text.size().height() <= box.height() + 1e-6
    FittedText(text, point_size, fits).draw(painter, box, centre_vertically=True)


def print_labels(*, job: MergeJob, device: QPagedPaintDevice, sheet: str, start: int = 1,
                 ) -> Generator[Progress, None, Printed]:
    """One label per document of `job` on `sheet` sheets, the first at position `start`
    (1-based, across then down) of the first sheet."""
    labels = sheet_named(sheet)
    check_start(labels, start)
    require_documents(job)
    total = len(job.documents)
    yield Progress(STAGE, 0, total)
    plan = plan_sheets(job, labels, start)
    families = job_families(job)
    sink = PageSink(device, sheet_layout(labels))
    try:
        painter: QPainter | None = None
        for done, document in enumerate(job.documents, start=1):
            slot = (start - 1 + done - 1) % labels.per_sheet
            if painter is None or slot == 0:
                painter = sink.new_page()
            draw_label(painter, labels, slot, document,
                       point_size=plan.sizes[(start - 1 + done - 1) // labels.per_sheet],
                       families=families)
            yield Progress(STAGE, done, total)
    finally:
        sink.close()
    return Printed(pages=sink.pages, documents=total, not_fitting=plan.not_fitting)


def write_labels(*, job: MergeJob, target: Path, sheet: str, start: int = 1,
                 ) -> Generator[Progress, None, Printed]:
    check_start(sheet_named(sheet), start)
    require_documents(job)
    with pdf_file(target, title=job.title) as writer:
        printed = yield from print_labels(job=job, device=writer, sheet=sheet, start=start)
    return Printed(pages=printed.pages, documents=printed.documents, files=(target,),
                   not_fitting=printed.not_fitting)
