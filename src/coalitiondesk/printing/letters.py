"""Merged letters to a PDF (one file, or one per recipient) or to a printer.

Each function is a generator yielding Progress, so the GUI can run it off the
UI thread and cancel it by closing the generator; `run_to_end` drives it for
the command line. Closing it mid-way removes the unfinished PDF.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from coalitiondesk.core.merge.documents import MergedDocument, MergeJob
from coalitiondesk.core.progress import Progress
from coalitiondesk.printing.file_names import safe_stem, unique_file_names
from coalitiondesk.printing.letter_layout import LaidOutLetter, LetterFrame, LetterSetup
from coalitiondesk.printing.output import PageSink, Printed, pdf_file, require_documents

STAGE = "Printing letters"
DEFAULT_NAME_FIELD = "full_name"


def print_letters(*, job: MergeJob, device: QPagedPaintDevice,
                  setup: LetterSetup | None = None) -> Generator[Progress, None, Printed]:
    """Every letter of `job` on `device` (a QPrinter or a QPdfWriter), each from a new page."""
    require_documents(job)
    setup = setup or LetterSetup.for_job(job)
    frame = LetterFrame(job, setup)
    total = len(job.documents)
    yield Progress(STAGE, 0, total)
    sink = PageSink(device, setup.page_layout())
    try:
        for done, document in enumerate(job.documents, start=1):
            _paint(sink, frame, document)
            yield Progress(STAGE, done, total)
    finally:
        sink.close()
    return Printed(pages=sink.pages, documents=total,
                   recipient_ids=tuple(document.recipient_id for document in job.documents))


def write_letters(*, job: MergeJob, target: Path, setup: LetterSetup | None = None,
                  ) -> Generator[Progress, None, Printed]:
    """Every letter of `job` in one PDF at `target`, each starting on a new page."""
    require_documents(job)
    with pdf_file(target, title=job.title) as writer:
        printed = yield from print_letters(job=job, device=writer, setup=setup)
    return Printed(pages=printed.pages, documents=printed.documents, files=(target,),
                   recipient_ids=printed.recipient_ids)


def per_recipient_targets(job: MergeJob, folder: Path, *, prefix: str = "",
                          name_field: str = DEFAULT_NAME_FIELD) -> list[Path]:
    """One PDF path per document, named after the field `name_field`."""
    stems = [safe_stem(prefix + _field(document, name_field),
                       fallback=f"{prefix}recipient {document.recipient_id}")
             for document in job.documents]
    return [folder / name for name in unique_file_names(stems, extension=".pdf")]


def write_letters_per_recipient(
        *, job: MergeJob, targets: list[Path], setup: LetterSetup | None = None,
) -> Generator[Progress, None, Printed]:
    """Each letter of `job` to its own PDF, `targets[i]` for `job.documents[i]`
    (see `per_recipient_targets`). A cancelled run keeps the letters already complete."""
    if len(targets) != len(job.documents):
        raise ValueError("one target per document")
    require_documents(job)
    setup = setup or LetterSetup.for_job(job)
    frame = LetterFrame(job, setup)
    total, pages = len(job.documents), 0
    yield Progress(STAGE, 0, total)
    for done, (document, target) in enumerate(zip(job.documents, targets, strict=True),
                                              start=1):
        with pdf_file(target, title=f"{job.title} – {document.name}") as writer:
            sink = PageSink(writer, setup.page_layout())
            try:
                _paint(sink, frame, document)
            finally:
                sink.close()
        pages += sink.pages
        yield Progress(STAGE, done, total)
    return Printed(pages=pages, documents=total, files=tuple(targets),
                   recipient_ids=tuple(document.recipient_id for document in job.documents))


def _paint(sink: PageSink, frame: LetterFrame, document: MergedDocument) -> None:
    letter = LaidOutLetter(frame, document)
    for index in range(letter.pages):
        letter.draw_page(sink.new_page(), index)


def _field(document: MergedDocument, name: str) -> str:
    value = document.fields.get(name, "")
    return value if value.strip() else document.name
