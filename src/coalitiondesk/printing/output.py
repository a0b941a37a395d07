"""Pages painted one after another on a PDF file or a printer, in layout units from
the paper's top-left corner, and what a print run reports back."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from coalitiondesk.core.errors import CoalitionDeskError, InvalidInput
from coalitiondesk.core.exporting.target import PendingFile
from coalitiondesk.core.merge.documents import MergeJob
from coalitiondesk.core.storage.files import describe_os_error
from coalitiondesk.printing.application import ensure_gui_application
from coalitiondesk.printing.units import LAYOUT_DPI, mm


class PrintingFailed(CoalitionDeskError):
    """The printer or the PDF file could not be painted on."""


class NothingToPrint(InvalidInput):
    """Every recipient of the letter was skipped (or it has none)."""


def require_documents(job: MergeJob) -> None:
    if not job.documents:
        skipped = len(job.skipped)
        raise NothingToPrint(
            f"Nothing to print for “{job.title}”: " + (
                f"all {skipped} recipient{'' if skipped == 1 else 's'} are skipped ("
                + "; ".join(f"{item.name}: {item.reason}" for item in job.skipped) + ")"
                if skipped else "it has no recipients"))


def paper_layout(width_mm: float, height_mm: float, name: str, *,
                 landscape: bool = False) -> QPageLayout:
    """A page of the given size (given in portrait), no margins: positions are measured
    from the paper's edge. Fuzzy matching names it A4, DL... so a printer knows it."""
    size = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, name,
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, QPageLayout.Orientation.Landscape if landscape
                       else QPageLayout.Orientation.Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


@dataclass(frozen=True)
class NotFitting:
    """A recipient whose address does not fit its label or window, even shrunk and wrapped."""

    recipient_id: int
    name: str


@dataclass(frozen=True)
class Printed:
    pages: int
    documents: int
    files: tuple[Path, ...] = ()
    # The recipients whose letter was printed, for the dispatch log.
    recipient_ids: tuple[int, ...] = ()
    not_fitting: tuple[NotFitting, ...] = ()


class PageSink:
    """A painter on `device` that starts each page with the paper's corner as origin.

    The caller's QPrinter may keep hardware margins (its painter then starts at
    the printable area): the offset is taken from its page layout, so positions
    stay measured from the paper's edge on every device.
    """

    def __init__(self, device: QPagedPaintDevice, layout: QPageLayout) -> None:
        ensure_gui_application()
        self.device = device
        if not device.setPageLayout(layout):
            raise PrintingFailed("The printer does not accept this paper size")
        self.painter = QPainter()
        if not self.painter.begin(device):
            raise PrintingFailed("Cannot start printing: the printer or file is not available")
        self.pages = 0

    def new_page(self) -> QPainter:
        if self.pages and not self.device.newPage():
            raise PrintingFailed("Cannot start a new page: the printer or file is not available")
        self.pages += 1
        painter = self.painter
        painter.resetTransform()
        scale = self.device.logicalDpiX() / LAYOUT_DPI
        painter.scale(scale, scale)
        printable = self.device.pageLayout().paintRect(QPageLayout.Unit.Millimeter)
        painter.translate(-mm(printable.left()), -mm(printable.top()))
        return painter

    def close(self) -> None:
        if self.painter.isActive():
            self.painter.end()


# Less free space than this beside a PDF that stopped short: the disk filled up.
_NEARLY_FULL = 1 << 20


def _write_problem(path: Path) -> str | None:
    """Why the PDF at `path` could not be written, if the disk says why."""
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError as error:
        return describe_os_error(error)
    return "the disk is full" if free < _NEARLY_FULL else None


def check_pdf_written(path: Path, target: Path) -> None:
    """Raise PrintingFailed unless `path` is a whole PDF.

    Qt's PDF writer says nothing when a write fails: on a full disk it left an
    empty or cut-off file, and the merge reported the pages as written. A PDF
    is whole when it ends with its end-of-file marker.
    """
    try:
        with path.open("rb") as file:
            size = file.seek(0, 2)
            file.seek(max(0, size - 1024))
            tail = file.read()
    except OSError as error:
        raise PrintingFailed(f"Could not write {target}: {describe_os_error(error)}") from None
    if b"%%EOF" not in tail:
        problem = _write_problem(path) or "the file could not be written completely"
        raise PrintingFailed(f"Could not write {target}: {problem}; it was not saved")


@contextmanager
def pdf_file(target: Path, *, title: str) -> Iterator[QPdfWriter]:
    """A PDF writer on a temporary file beside `target`, moved onto it when the block ends
    without error (a half-written PDF never replaces a good one)."""
    ensure_gui_application()
    pending = PendingFile(target)
    try:
        writer = QPdfWriter(str(pending.temporary))
        writer.setResolution(LAYOUT_DPI)
        writer.setTitle(title)
        # Qt leaves these empty already; set them so no name can ever leak into the file.
        writer.setCreator("")
        writer.setAuthor("")
        try:
            yield writer
        except PrintingFailed:
            # "The printer or file is not available" is, for a file, most often a full disk.
            problem = _write_problem(pending.temporary)
            if problem is None:
                raise
            raise PrintingFailed(f"Could not write {pending.target}: {problem};"
                                 " it was not saved") from None
        # The file is complete only once the writer is gone.
        del writer
        check_pdf_written(pending.temporary, pending.target)
        pending.commit()
    except BaseException:
        pending.discard()
        raise
