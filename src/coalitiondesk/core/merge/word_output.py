"""Merged letters as a Word document (.docx) a partner can edit: one letter per
section, each starting on a new page, with the same text as the PDF.

Each letter: the letterhead, the address block (unless the body places it),
the body with its paragraphs, lists, alignment, bold and italic, and the
signature image between the closing and the signatory block. The paper and
margins are the letter settings'. A plain function on a MergeJob, so the
command line, the merge dialog and the e-mail merge can all call it.
"""

from __future__ import annotations

import io
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.exceptions import UnrecognizedImageError
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.exporting.target import PendingFile
from coalitiondesk.core.merge.documents import MergedDocument, MergeJob
from coalitiondesk.core.merge.geometry import PAPER_SIZE_MM, Paper
from coalitiondesk.core.merge.html_blocks import Block, blocks
from coalitiondesk.core.merge.versions import primary
from coalitiondesk.core.progress import Progress
from coalitiondesk.core.storage.files import describe_os_error

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

STAGE = "Writing the Word document"
_STEP = 25
_ALIGN: Final = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                 "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
_LIST_STYLE: Final = {("ul", 0): "List Bullet", ("ul", 1): "List Bullet 2",
                      ("ul", 2): "List Bullet 3", ("ol", 0): "List Number",
                      ("ol", 1): "List Number 2", ("ol", 2): "List Number 3"}
# The font Word on Windows and macOS has for each script the letter is written in,
# when the letter names none: the .docx is opened on the partner's computer.
_FONTS: Final = {"ko": "Malgun Gothic", "ja": "Yu Gothic", "zh": "Microsoft YaHei"}
_LATIN_FONT: Final = "Arial"
_SIGNATURE_HEIGHT_MM: Final = 18.0
_LETTERHEAD_HEIGHT_MM: Final = 25.0


@dataclass(frozen=True)
class WrittenDocx:
    documents: int
    target: Path
    recipient_ids: tuple[int, ...]
    """The recipients whose letter was written, for the dispatch log."""


def write_docx(*, job: MergeJob, target: Path) -> Generator[Progress, None, WrittenDocx]:
    """Every letter of `job` in one .docx at `target`, each in a section of its own that
    starts on a new page. Written beside `target` and moved onto it once whole; closing
    the generator part-way leaves `target` as it was."""
    if not job.documents:
        raise InvalidInput("Nothing to write for “{title}”: no recipient can be written to",
                           title=job.title)
    total = len(job.documents)
    yield Progress(STAGE, 0, total)
    document = _new_document(job)
    writer = _LetterWriter(document, job)
    for done, merged in enumerate(job.documents, start=1):
        writer.write(merged, first=done == 1)
        if done % _STEP == 0 or done == total:
            yield Progress(STAGE, done, total)
    pending = PendingFile(target)
    try:
        document.save(str(pending.temporary))
        pending.commit()
    except OSError as error:
        pending.discard()
        raise InvalidInput("Could not write {target}: {problem}", target=target,
                           problem=describe_os_error(error)) from None
    except BaseException:
        pending.discard()
        raise
    return WrittenDocx(documents=total, target=pending.target,
                       recipient_ids=tuple(merged.recipient_id for merged in job.documents))


def _new_document(job: MergeJob) -> Document:
    document = docx.Document()
    properties = document.core_properties
    # python-docx's template names its own author; no one's name goes into the file.
    properties.author = properties.last_modified_by = ""
    properties.title = job.title
    properties.comments = ""
    normal = document.styles["Normal"]
    font = normal.font
    font.size = Pt(10.5)
    latin = job.font_family or _LATIN_FONT
    font.name = latin
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), _FONTS.get(primary(job.language), _FONTS["ko"])
              if not job.font_family else latin)
    paper = job.page.paper if job.page is not None else Paper.a4
    width, height = PAPER_SIZE_MM[paper]
    section = document.sections[0]
    section.page_width, section.page_height = Mm(width), Mm(height)
    if job.page is not None:
        margins = job.page.margins
        section.top_margin, section.bottom_margin = Mm(margins.top), Mm(margins.bottom)
        section.left_margin, section.right_margin = Mm(margins.left), Mm(margins.right)
    return document


class _LetterWriter:
    def __init__(self, document: Document, job: MergeJob) -> None:
        self.document = document
        self.job = job
        self.signature = job.signature_image
        self.letterhead_image = job.letterhead.image_png
        self.letterhead_lines = [line for line in job.letterhead.text.splitlines()
                                 if line.strip()]
        self._cache: dict[str, list[Block]] = {}

    def write(self, merged: MergedDocument, *, first: bool) -> None:
        document = self.document
        if not first:
            document.add_section(WD_SECTION.NEW_PAGE)
        self._letterhead()
        if not merged.body_has_address and merged.address_lines:
            self._lines(merged.address_lines)
            document.add_paragraph()
        for block in self._blocks(merged.body_html):
            self._block(block)

    def _blocks(self, body: str) -> list[Block]:
        # Bodies that came out the same (no recipient field in them) are read once.
        found = self._cache.get(body)
        if found is None:
            found = blocks(body)
            if len(self._cache) < 64:
                self._cache[body] = found
        return found

    def _letterhead(self) -> None:
        if self.letterhead_image:
            paragraph = self.document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._picture(paragraph, self.letterhead_image, _LETTERHEAD_HEIGHT_MM)
        elif self.letterhead_lines:
            paragraph = self.document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            head = paragraph.add_run(self.letterhead_lines[0])
            head.bold = True
            head.font.size = Pt(14)
            for line in self.letterhead_lines[1:]:
                run = paragraph.add_run()
                run.add_break()
                run.add_text(line)
                run.font.size = Pt(8.5)

    def _lines(self, lines: Sequence[str]) -> None:
        self.document.add_paragraph("\n".join(lines)).paragraph_format.space_after = Pt(0)

    def _block(self, block: Block) -> None:
        style = None
        if block.list_kind:
            style = _LIST_STYLE.get((block.list_kind, min(block.level, 2)))
        elif block.heading:
            style = f"Heading {min(block.heading, 9)}"
        paragraph = self.document.add_paragraph(style=style)
        if block.align in _ALIGN:
            paragraph.alignment = _ALIGN[block.align]
        for run in block.runs:
            if run.signature:
                self._picture(paragraph, self.signature, _SIGNATURE_HEIGHT_MM)
                continue
            # python-docx writes each "\n" of a run's text as a line break (<w:br/>).
            written = paragraph.add_run(run.text)
            if run.bold:
                written.bold = True
            if run.italic:
                written.italic = True
            if run.underline:
                written.underline = True

    def _picture(self, paragraph: Paragraph, data: bytes, height_mm: float) -> None:
        if not data:
            return
        try:
            paragraph.add_run().add_picture(io.BytesIO(data), height=Mm(height_mm))
        except (UnrecognizedImageError, ValueError, ZeroDivisionError):
            # An image Word cannot show is left out rather than spoiling the document.
            return
