"""A letter's body from a Word (.docx) or OpenDocument (.odt) file, as the rich text
the letter editor saves.

Kept: paragraphs and headings, line breaks, bulleted and numbered lists,
alignment, bold, italic and underline, and merge fields, whether typed as
{{ field }} or inserted as Word's MERGEFIELD fields (which become {{ field }}).
Tables keep their text, a paragraph per cell; headers, footers, pictures and
comments are left behind. An .odt file is converted to .docx by LibreOffice
first, when it is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from coalitiondesk.core.errors import InvalidInput

if TYPE_CHECKING:
    from docx.document import Document

SUFFIXES: Final = (".docx", ".odt")
_MERGEFIELD: Final = re.compile(r'^\s*MERGEFIELD\s+(?:"([^"]+)"|(\S+))', re.I)
_ALIGN: Final = {"center": "center", "right": "right", "end": "right", "both": "justify",
                 "distribute": "justify"}
_CONVERT_SECONDS: Final = 120
_W_P, _W_TBL, _W_R = qn("w:p"), qn("w:tbl"), qn("w:r")
_W_HYPERLINK, _W_FLDSIMPLE = qn("w:hyperlink"), qn("w:fldSimple")
_W_FLDCHAR, _W_INSTR = qn("w:fldChar"), qn("w:instrText")
_W_INS, _W_SMARTTAG = qn("w:ins"), qn("w:smartTag")


def field_name(instruction: str) -> str | None:
    """The merge field a Word field instruction names: "salutation" for
    ' MERGEFIELD  Salutation \\* MERGEFORMAT '; None for other fields."""
    found = _MERGEFIELD.match(instruction)
    if found is None:
        return None
    name = (found.group(1) or found.group(2)).strip()
    return re.sub(r"[\s-]+", "_", name).lower()


def read_body(path: Path) -> str:
    """The body of the Word or OpenDocument file at `path`, as rich text (HTML).

    Refuses, with one sentence, a file of another kind, a damaged one, and an
    .odt file when LibreOffice is not installed to convert it.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InvalidInput("{name} is not a Word or OpenDocument text file (.docx or .odt)",
                           name=path.name)
    if not path.is_file():
        raise InvalidInput("There is no file {path}", path=path)
    if suffix == ".odt":
        with tempfile.TemporaryDirectory(prefix="coalitiondesk-odt-") as folder:
            return _body_of(_converted(path, Path(folder)), shown=path)
    return _body_of(path, shown=path)


def _body_of(path: Path, *, shown: Path) -> str:
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError):
        raise InvalidInput("{name} cannot be read as a Word document: it is damaged or of "
                           "another kind", name=shown.name) from None
    html = "\n".join(_paragraphs(document))
    if not html.strip():
        raise InvalidInput("{name} has no text to use as the letter's body", name=shown.name)
    return html


def soffice() -> str | None:
    """LibreOffice's command, if it is installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in (Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
                      Path("C:/Program Files/LibreOffice/program/soffice.exe")):
        if candidate.is_file():
            return str(candidate)
    return None


def _converted(path: Path, folder: Path) -> Path:
    command = soffice()
    if command is None:
        raise InvalidInput("Reading {name} needs LibreOffice, which is not installed: save "
                           "it as a Word document (.docx) and read that instead",
                           name=path.name)
    # A profile of its own: a LibreOffice window already open would otherwise take
    # the conversion and return at once without doing it.
    profile = (folder / "profile").as_uri()
    try:
        subprocess.run([command, f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "docx", "--outdir", str(folder), str(path)],
                       check=False, capture_output=True, timeout=_CONVERT_SECONDS)
    except (OSError, subprocess.TimeoutExpired):
        raise InvalidInput("LibreOffice could not convert {name}", name=path.name) from None
    result = folder / (path.stem + ".docx")
    if not result.is_file():
        raise InvalidInput("LibreOffice could not convert {name}: it is damaged or not a "
                           "text document, or LibreOffice Writer is not installed",
                           name=path.name)
    return result


def _paragraphs(document: Document) -> Iterator[str]:
    numbering = _Numbering(document)
    lists: list[str] = []  # the lists open, outermost first
    for element in _body_paragraphs(document.element.body):
        item = numbering.kind(element)
        level = numbering.level(element) if item else 0
        wanted = level + 1 if item else 0
        while len(lists) > wanted:
            yield f"</{lists.pop()}>"
        while item and len(lists) < wanted:
            lists.append(item)
            yield f"<{item}>"
        if item and lists and lists[-1] != item:
            yield f"</{lists.pop()}>"
            lists.append(item)
            yield f"<{item}>"
        inner = "".join(_inline(Paragraph(element, document._body)))
        if not inner.strip() and not item:
            continue
        tag = "li" if item else _heading(element) or "p"
        align = _alignment(element)
        attribute = f' align="{align}"' if align else ""
        yield f"<{tag}{attribute}>{inner}</{tag}>"
    while lists:
        yield f"</{lists.pop()}>"


def _body_paragraphs(parent: Any) -> Iterator[Any]:
    for child in parent.iterchildren():
        if child.tag == _W_P:
            yield child
        elif child.tag == _W_TBL:
            yield from child.iter(_W_P)


def _style_id(paragraph: Any) -> str:
    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return (style.get(qn("w:val")) or "") if style is not None else ""


def _heading(paragraph: Any) -> str:
    found = re.fullmatch(r"(?:Heading|berschrift|Titre)\s*([1-6])", _style_id(paragraph),
                         re.I)
    return f"h{found.group(1)}" if found else ""


def _alignment(paragraph: Any) -> str:
    jc = paragraph.find(f"{qn('w:pPr')}/{qn('w:jc')}")
    return _ALIGN.get(jc.get(qn("w:val")) or "", "") if jc is not None else ""


class _Numbering:
    """Which paragraphs are list items, and whether bulleted or numbered."""

    def __init__(self, document: Document) -> None:
        self.formats: dict[tuple[str, int], str] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for level in node.findall(qn("w:lvl")):
                fmt = level.find(qn("w:numFmt"))
                levels[int(level.get(qn("w:ilvl")) or 0)] = (
                    fmt.get(qn("w:val")) if fmt is not None else "bullet") or "bullet"
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            reference = num.find(qn("w:abstractNumId"))
            levels = abstract.get(reference.get(qn("w:val")) if reference is not None
                                  else None, {})
            for level, fmt in levels.items():
                self.formats[(num.get(qn("w:numId")) or "", level)] = fmt

    def _num(self, paragraph: Any) -> tuple[str, int] | None:
        numbered = paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if numbered is None:
            return None
        num = numbered.find(qn("w:numId"))
        level = numbered.find(qn("w:ilvl"))
        num_id = (num.get(qn("w:val")) or "") if num is not None else ""
        if num_id in ("", "0"):
            return None
        return num_id, int((level.get(qn("w:val")) or 0) if level is not None else 0)

    def kind(self, paragraph: Any) -> str:
        """ "ul", "ol" or "" for a paragraph that is not a list item."""
        found = self._num(paragraph)
        if found is None:
            style = _style_id(paragraph).lower()
            if style.startswith("listbullet"):
                return "ul"
            return "ol" if style.startswith("listnumber") else ""
        return "ul" if self.formats.get(found, "bullet") in ("bullet", "none") else "ol"

    def level(self, paragraph: Any) -> int:
        found = self._num(paragraph)
        return min(found[1], 8) if found is not None else 0


def _inline(paragraph: Paragraph) -> Iterator[str]:
    """The paragraph's text as HTML, fields made {{ field }}."""
    instruction: list[str] | None = None  # inside a field's instruction
    in_result = False  # between a field's "separate" and "end": Word's shown value
    for element in _runs(paragraph._p):
        if element.tag == _W_FLDSIMPLE:
            name = field_name(element.get(qn("w:instr")) or "")
            if name is not None:
                yield f"{{{{ {name} }}}}"
            else:
                yield from (_run_html(Run(run, paragraph)) for run in element.iter(_W_R))
            continue
        mark = element.find(_W_FLDCHAR)
        if mark is not None:
            kind = mark.get(qn("w:fldCharType"))
            if kind == "begin":
                instruction, in_result = [], False
            elif kind == "separate" and instruction is not None:
                in_result = True
                name = field_name("".join(instruction))
                if name is not None:
                    yield f"{{{{ {name} }}}}"
                    instruction = None
            elif kind == "end":
                if instruction is not None and not in_result:
                    name = field_name("".join(instruction))
                    if name is not None:
                        yield f"{{{{ {name} }}}}"
                instruction, in_result = None, False
            continue
        if instruction is not None and not in_result:
            instruction.extend(text.text or "" for text in element.iter(_W_INSTR))
            continue
        if in_result and instruction is None:
            continue  # the value Word shows for a merge field already written
        yield _run_html(Run(element, paragraph))


def _runs(paragraph: Any) -> Iterator[Any]:
    for child in paragraph.iterchildren():
        if child.tag in (_W_R, _W_FLDSIMPLE):
            yield child
        elif child.tag in (_W_HYPERLINK, _W_INS, _W_SMARTTAG):
            yield from _runs(child)


def _run_html(run: Run) -> str:
    text = escape(run.text, quote=False).replace("\n", "<br>").replace("\t", " ")
    if not text:
        return ""
    style = run.style if run.style is not None and run.style.name != "Default Paragraph Font" \
        else None
    if run.underline or (style is not None and style.font.underline):
        text = f"<u>{text}</u>"
    if run.italic or (style is not None and style.font.italic):
        text = f"<i>{text}</i>"
    if run.bold or (style is not None and style.font.bold):
        text = f"<b>{text}</b>"
    return text
