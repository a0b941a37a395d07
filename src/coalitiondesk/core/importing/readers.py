"""Reading partners' files into one table shape: workbooks, csv files and pasted lists.

Hostile and broken files are refused before any parser sees them, each with one
sentence: an empty or oversized file, a "workbook" that is no zip or a cut-off
one, a zip bomb (parts that unpack to far more than a workbook ever holds,
whether declared or only found while unpacking), XML with entity declarations,
and a "csv" of binary garbage.

Workbook cells are read by python-calamine: about ten times faster than
openpyxl's read-only mode on the same file, and it reads sheets whose declared
dimensions are wrong (openpyxl's read-only mode trusts the declaration and
returns a single cell for `<dimension ref="A1"/>`). Date formats, both Excel
date systems and formulas' cached values come from calamine; hidden rows and
formulas without a cached value come from one pass over the sheet's XML, which
is also the pass that checks the zip.

calamine runs in a process of its own (core.calamine_process): a damaged .xls
can make it panic, and a cell far beyond the data makes it allocate, and
abort, before anything could refuse the file. An xlsx sheet's cell references
are checked first, so that those files are refused with a sentence that says
where. A file of more than MAX_ROWS rows or MAX_CELLS cells is refused with
its size, in every format: checking 1,000,000 rows for duplicates took a
minute and 2.7 GB.
"""

from __future__ import annotations

import codecs
import csv
import io
import posixpath
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.exporting.escaping import csv_unescape
from coalitiondesk.core.importing import calamine_process
from coalitiondesk.core.importing.encodings import (
    garbled_text,
    other_readings,
    prefer_east_asian,
)
from coalitiondesk.core.importing.fields import is_known_header
from coalitiondesk.core.importing.signatory_lines import list_lines

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Larger than any member list; a 50,000-contact workbook is about 4 MB."""
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
"""What all parts of a workbook may unpack to; the 50,000-contact one unpacks to ~40 MB."""
MAX_RATIO = 200
"""A part that unpacks to more than this many times its packed size is a bomb, not data."""
_RATIO_FLOOR = 8 * 1024 * 1024
MAX_ROWS = 100_000
"""Rows (lines of a csv file) an import reads: twice the largest member list tested, and
checked for duplicates in about ten seconds."""
MAX_CELLS = 5_000_000
"""Cells a sheet may span from A1 to its last cell; 50,000 contacts in 15 columns span
750,000."""
SHEET_ROWS, SHEET_COLUMNS = 1_048_576, 16_384
"""What a spreadsheet holds: rows 1 to 1,048,576, columns A to XFD."""

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CALAMINE_ONLY_SUFFIXES = frozenset({".xls", ".ods"})
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".tab"})
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "cp949", "cp932", "gb18030", "big5")
"""What detection chooses among; any Python codec name can be given instead."""
DELIMITERS = (",", ";", "\t", "|")

_HEADER_SEARCH_ROWS = 20


class UnreadableFile(InvalidInput):
    """A file refused before import: damaged, hostile, empty or in no known format."""


@dataclass
class SourceRow:
    number: int
    """1-based row of the sheet, or line of the text, for the preview and the error report."""
    cells: list[Any]
    notes: list[str] = field(default_factory=list)
    """Warnings about the row as stored: hidden, a formula without a saved value."""


@dataclass
class SheetChoice:
    name: str
    hidden: bool


@dataclass
class SourceTable:
    """A file's rows under one header row, with what the reader found out on the way."""

    name: str
    headers: list[str]
    rows: list[SourceRow]
    header_row: int | None = None
    """1-based row of the headers; None when the list has none (a pasted list)."""
    sheet: str | None = None
    sheets: list[SheetChoice] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    date1904: bool = False
    is_list: bool = False
    """One name per line, as in a printed signatory list."""
    warnings: list[str] = field(default_factory=list)
    readable_as: list[str] = field(default_factory=list)
    """A csv file whose text looks garbled: the encodings that read it cleanly, best
    first (empty when it looks right)."""

    @property
    def header_signature(self) -> tuple[str, ...]:
        return tuple(self.headers)


# --- entry points ------------------------------------------------------------


def read_file(
    path: Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> SourceTable:
    """The table in a workbook, csv, text or vCard file; raises UnreadableFile with one
    sentence."""
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix in {".vcf", ".vcard"} or data.lstrip(b"\xef\xbb\xbf \r\n")[:11].upper() == (
            b"BEGIN:VCARD"):
        from coalitiondesk.core.importing.vcard import read_vcard

        return read_vcard(data, name=path.name)
    kind = _kind_of_file(suffix, data)
    if kind == "xlsx":
        return read_workbook_bytes(data, name=path.name, sheet=sheet)
    if kind == "other":
        return _read_other_workbook(data, name=path.name, sheet=sheet)
    text, used = decode_text(data, name=path.name, encoding=encoding)
    table = read_text(text, name=path.name, encoding=used, delimiter=delimiter,
                      list_allowed=suffix not in {".csv", ".tsv", ".tab"})
    if garbled_text(text[:65536], used):
        table.readable_as = other_readings(data, used)
    return table


def read_pasted(text: str) -> SourceTable:
    """A pasted list (one organization per line) or cells pasted from a spreadsheet."""
    if not text.strip():
        raise UnreadableFile("There is nothing to import in the pasted text")
    return read_text(text, name="pasted list", encoding=None, delimiter=None, list_allowed=True)


def sheet_choices(path: Path) -> list[SheetChoice]:
    """The sheets a workbook offers, hidden ones marked; [] for csv and text files."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return []
    data = _read_bytes(path)
    kind = _kind_of_file(suffix, data)
    if kind == "xlsx":
        _check_zip(data, name=path.name)
        return [SheetChoice(sheet.name, sheet.hidden) for sheet in _xlsx_sheets(data, path.name)]
    if kind == "other":
        if data[:4] == b"PK\x03\x04":
            _check_zip(data, name=path.name)
        return _calamine_sheets(data, path.name)
    return []


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The first bytes of an Excel 97-2003 workbook (and of other Office 97 files)."""


def _kind_of_file(suffix: str, data: bytes) -> str:
    """"xlsx", "other" (a workbook calamine reads alone: xls, ods) or "text", from the name
    and the first bytes."""
    if suffix in TEXT_SUFFIXES:
        return "text"
    if data[:4] == b"PK\x03\x04":
        # An OpenDocument file names its type first, uncompressed. Any other zip is read
        # as an xlsx, whatever its name, so that its cells are checked before calamine.
        opendocument = b"application/vnd.oasis.opendocument" in data[:100]
        return "other" if opendocument or suffix == ".ods" else "xlsx"
    if suffix in CALAMINE_ONLY_SUFFIXES or data[:8] == _OLE2:
        return "other"
    return "xlsx" if suffix in WORKBOOK_SUFFIXES else "text"


# --- guards ------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise UnreadableFile("{name} is a folder, not a file", name=path.name)
        if size == 0:
            raise UnreadableFile("{name} is empty", name=path.name)
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                "{name} is {value:.0f} MB, more than the {value2} MB an import accepts; split "
                "it into smaller files",
                name=path.name, value=size / 2**20, value2=MAX_FILE_BYTES // 2**20
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile("There is no file {path}", path=path) from None
    except PermissionError:
        raise UnreadableFile("{name} cannot be read: permission denied", name=path.name) from None
    except OSError as exc:
        raise UnreadableFile("{name} cannot be read: {value}",
                             name=path.name, value=exc.strerror or exc) from None


def _damaged(name: str) -> UnreadableFile:
    return UnreadableFile(
        "{name} is not a readable Excel workbook: it is damaged, incomplete or another kind of "
        "file",
        name=name
    )


def _bomb(name: str) -> UnreadableFile:
    return UnreadableFile(
        "{name} unpacks to far more data than a workbook holds and was refused as a possible "
        "zip bomb",
        name=name
    )


@dataclass
class _ZipScan:
    parts: dict[str, bytes]
    """The parts asked for, unpacked (worksheets' XML)."""


def _check_zip(data: bytes, *, name: str, keep: Callable[[str], bool] | None = None
               ) -> _ZipScan:
    """Unpack every part once under a budget, checking sizes, CRCs and XML declarations.

    Python's zipfile stops at each part's declared size and then checks its
    CRC, so a part that lies about its size fails here instead of unpacking
    without end inside a parser.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
        # NotImplementedError: a part needing a newer zip version than Python reads.
        raise _damaged(name) from None
    kept: dict[str, bytes] = {}
    with archive:
        infos = archive.infolist()
        if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
            raise _bomb(name)
        for info in infos:
            if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1):
                raise _bomb(name)
        budget = MAX_UNPACKED_BYTES
        for info in infos:
            if info.is_dir():
                continue
            chunks: list[bytes] = []
            wanted = keep is not None and keep(info.filename)
            try:
                with archive.open(info) as part:
                    head = b""
                    while chunk := part.read(1 << 20):
                        budget -= len(chunk)
                        if budget < 0:
                            raise _bomb(name)
                        if len(head) < 4096:
                            head += chunk[:4096]
                        if wanted:
                            chunks.append(chunk)
            except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError,
                    RuntimeError):
                # RuntimeError: an encrypted part. NotImplementedError: a compression
                # method no spreadsheet uses.
                raise _damaged(name) from None
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise UnreadableFile(
                    "{name} contains XML entity declarations, which workbooks never need; it "
                    "was refused as unsafe",
                    name=name
                )
            if wanted:
                kept[info.filename] = b"".join(chunks)
    return _ZipScan(parts=kept)


# --- workbooks ---------------------------------------------------------------


_NS = {
    "main": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "rel": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "pkg": "http://schemas.openxmlformats.org/package/2006/relationships",
}


def _is_worksheet_part(filename: str) -> bool:
    return filename.startswith("xl/worksheets/") and filename.endswith(".xml")


@dataclass
class _XlsxSheet:
    name: str
    hidden: bool
    part: str
    """Path of the sheet's XML in the zip."""


_WORKSHEET_RELATION = "/relationships/worksheet"


def _xlsx_sheets(data: bytes, name: str) -> list[_XlsxSheet]:
    """The worksheets of an xlsx, from workbook.xml and its relationships (no chart sheets)."""
    try:
        return _read_xlsx_sheets(data)
    except (zipfile.BadZipFile, ElementTree.ParseError, ValueError, EOFError, KeyError,
            LookupError):  # LookupError: an XML declaration naming no known encoding
        raise _damaged(name) from None
    except Exception as exc:  # defusedxml's refusals: entity and DTD bombs
        if type(exc).__module__.startswith("defusedxml"):
            raise UnreadableFile("{name} contains unsafe XML and was refused", name=name) from None
        raise


def _read_xlsx_sheets(data: bytes) -> list[_XlsxSheet]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        workbook_path = "xl/workbook.xml"
        if workbook_path not in names:
            return []
        workbook = ElementTree.fromstring(archive.read(workbook_path))
        rels_path = "xl/_rels/workbook.xml.rels"
        targets: dict[str, str] = {}
        if rels_path in names:
            for rel in ElementTree.fromstring(archive.read(rels_path)):
                if not rel.get("Type", "").endswith(_WORKSHEET_RELATION):
                    continue
                target = rel.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join("xl", target))
                targets[rel.get("Id", "")] = path
    found: list[_XlsxSheet] = []
    sheets = workbook.find("main:sheets", _NS)
    for sheet in sheets if sheets is not None else ():
        rel_id = sheet.get(f"{{{_NS['rel']}}}id", "")
        if rel_id in targets:
            found.append(_XlsxSheet(sheet.get("name", ""),
                                    sheet.get("state", "visible") != "visible", targets[rel_id]))
    return found


def _calamine_sheets(data: bytes, name: str) -> list[SheetChoice]:
    try:
        return [SheetChoice(sheet, hidden) for sheet, hidden in calamine_process.sheets(data)]
    except calamine_process.ReadRefused as refused:
        raise _refusal(refused, name) from None


def _refusal(refused: calamine_process.ReadRefused, name: str, sheet: str = "") -> UnreadableFile:
    if refused.reason == "password":
        return UnreadableFile("{name} is protected by a password; save a copy without it",
                              name=name)
    if refused.reason == "too large":
        return _too_large(name, sheet, refused.rows, refused.columns)
    if refused.reason == "timed out":
        return UnreadableFile("{name} could not be read in the time a workbook of its size "
                              "takes; it is damaged, or too large: split it into smaller files",
                              name=name)
    if refused.reason == "unavailable":
        return UnreadableFile("{name} cannot be read: the spreadsheet reader did not start",
                              name=name)
    return _damaged(name)  # "damaged" and "crashed"


def _too_large(name: str, sheet: str, rows: int, columns: int) -> UnreadableFile:
    where = f" (sheet {sheet!r})" if sheet else ""
    if rows > MAX_ROWS:
        return UnreadableFile(
            "{name}{where} has {rows:,} rows; an import reads at most {max_rows:,}: split it "
            "into smaller files",
            name=name, where=where, rows=rows, max_rows=MAX_ROWS)
    return UnreadableFile(
        "{name}{where} spans {rows:,} rows by {columns:,} columns, {value:,} cells; an import "
        "reads at most {max_cells:,}: remove the columns it does not need",
        name=name, where=where, rows=rows, columns=columns, value=rows * columns,
        max_cells=MAX_CELLS)


def _choose_sheet(choices: list[SheetChoice], sheet: str | None, name: str) -> SheetChoice:
    if not choices:
        raise UnreadableFile("{name} has no worksheet", name=name)
    if sheet is None:
        visible = [choice for choice in choices if not choice.hidden]
        return (visible or choices)[0]
    for choice in choices:
        if choice.name == sheet:
            return choice
    for choice in choices:
        if choice.name.casefold() == sheet.strip().casefold():
            return choice
    listed = ", ".join(repr(choice.name) for choice in choices)
    raise UnreadableFile("{name} has no sheet named {sheet!r} (it has {listed})",
                         name=name, sheet=sheet, listed=listed)


def read_workbook_bytes(data: bytes, *, name: str, sheet: str | None = None) -> SourceTable:
    """The chosen sheet (default: the first visible one) of an xlsx workbook."""
    if data[:4] != b"PK\x03\x04":
        raise _damaged(name)
    # Checked before any parser opens it: calamine reads shared strings on opening.
    scan = _check_zip(data, name=name, keep=_is_worksheet_part)
    sheets = _xlsx_sheets(data, name)
    choices = [SheetChoice(found.name, found.hidden) for found in sheets]
    chosen = _choose_sheet(choices, sheet, name)
    part = next(found.part for found in sheets if found.name == chosen.name)
    xml = scan.parts.get(part)
    if xml:
        _check_extent(xml, name=name, sheet=chosen.name)
    grid, merges = _calamine_grid(data, chosen.name, name)
    table = build_table(grid, name=name, merges=merges, notes=_sheet_notes(xml))
    table.sheet, table.sheets, table.date1904 = chosen.name, choices, _is_date1904(data)
    if chosen.hidden:
        table.warnings.append(f"The sheet {chosen.name!r} is hidden in the workbook")
    others = [choice.name for choice in choices if choice.name != chosen.name]
    if others:
        table.warnings.append("Other sheets not imported: " + ", ".join(others))
    return table


def _read_other_workbook(data: bytes, *, name: str, sheet: str | None) -> SourceTable:
    if data[:4] == b"PK\x03\x04":  # OpenDocument
        _check_zip(data, name=name)
    choices = _calamine_sheets(data, name)
    chosen = _choose_sheet(choices, sheet, name)
    grid, merges = _calamine_grid(data, chosen.name, name)
    table = build_table(grid, name=name, merges=merges)
    table.sheet, table.sheets = chosen.name, choices
    return table


Cell = tuple[int, int]


def _calamine_grid(data: bytes, sheet: str, name: str
                   ) -> tuple[list[list[Any]], list[tuple[Cell, Cell]]]:
    try:
        return calamine_process.grid(data, sheet, max_rows=MAX_ROWS, max_cells=MAX_CELLS)
    except calamine_process.ReadRefused as refused:
        raise _refusal(refused, name, sheet) from None


# A reference with two letters or more, or six digits or more: rare in member lists, and
# the only kind that can reach far enough to matter. (A literal start is several times
# faster to search for than one after \s or \b; the space before is checked in Python.)
_FAR_REFERENCE = re.compile(rb'r\s*=\s*["\']([A-Za-z]{2,}\d*|[A-Za-z]*\d{6,})["\']')
_ROW_NUMBERS = re.compile(rb'<row\s[^<>]*?\br="(\d{1,5})"')


def _check_extent(xml: bytes, *, name: str, sheet: str) -> None:
    """Refuses a sheet whose cells reach beyond what a spreadsheet holds, or what an import
    reads, before calamine allocates a grid up to them. Cheap: one scan of the XML (two when
    it has columns beyond Z), and Python looks only at references that are far out."""
    last_row = last_column = 0
    for found in _FAR_REFERENCE.finditer(xml):
        if xml[found.start() - 1:found.start()] not in (b" ", b"\t", b"\r", b"\n"):
            continue  # another attribute ending in "r" (color="FF0000")
        reference = found.group(1).decode("ascii").upper()
        letters = reference.rstrip("0123456789")
        digits = reference[len(letters):]
        column = _column_number(letters) if len(letters) <= 3 else SHEET_COLUMNS + 1
        row = int(digits) if 0 < len(digits) <= 12 else (0 if not digits else 10**12)
        if column > SHEET_COLUMNS:
            raise UnreadableFile(
                "{name} refers to column {letters} of sheet {sheet!r}, beyond the last column a "
                "spreadsheet has (XFD); it is damaged",
                name=name, letters=letters[:12], sheet=sheet)
        if row > SHEET_ROWS:
            shown = f"{row:,}" if row < 10**12 else digits[:20] + "…"
            raise UnreadableFile(
                "{name} refers to row {shown} of sheet {sheet!r}, beyond the last row a "
                "spreadsheet has ({sheet_rows:,}); it is damaged",
                name=name, shown=shown, sheet=sheet, sheet_rows=SHEET_ROWS)
        if column * max(row, 1) > MAX_CELLS or row > MAX_ROWS:
            raise UnreadableFile(
                "{name} has a cell at {reference} of sheet {sheet!r}, far beyond a member list: "
                "an import reads at most {max_rows:,} rows and {max_cells:,} cells",
                name=name, reference=reference, sheet=sheet, max_rows=MAX_ROWS,
                max_cells=MAX_CELLS)
        last_row, last_column = max(last_row, row), max(last_column, column)
    if last_column:  # beyond Z: the rows, up to 99,999, may make too many cells
        last_row = max([last_row, *map(int, _ROW_NUMBERS.findall(xml))])
        if last_row * last_column > MAX_CELLS:
            raise _too_large(name, sheet, last_row, last_column)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _is_date1904(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        except KeyError:
            return False
    properties = workbook.find("main:workbookPr", _NS)
    value = properties.get("date1904", "") if properties is not None else ""
    return value.lower() in {"1", "true"}


# [^<>] rather than [^>]: a "<" that is never closed then costs one look, not a scan to the
# end of the part from every "<" before it.
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^<>]*)>")
_ROW_NUMBER = re.compile(rb'\br="(\d{1,12})"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_CELL_OPEN = re.compile(rb"<(?:\w+:)?c\b[^<>]*>")
_CELL_REF = re.compile(rb'\br="([A-Z]+)(\d{1,12})"')
_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]|<(?:\w+:)?is>")


def _sheet_notes(xml: bytes | None) -> dict[int, list[str]]:
    """Row number -> what the sheet's XML says about the row that the values do not.

    Linear in the size of the XML, whatever it holds: each search below starts
    where the previous one of its kind stopped (400,000 empty <f/> tags after
    the sheet data once took minutes).
    """
    notes: dict[int, list[str]] = {}
    if not xml:
        return notes
    last_row = 0
    # The regular expressions stop at every tag of a 30 MB sheet; a plain search for
    # the text they need first (in C, at memory speed) skips them when it is absent.
    hidden = b'hidden="1"' in xml or b'hidden="true"' in xml
    for match in _ROW_TAG.finditer(xml) if hidden else ():
        number_match = _ROW_NUMBER.search(match.group(1))
        last_row = int(number_match.group(1)) if number_match else last_row + 1
        if _HIDDEN.search(match.group(1)):
            notes.setdefault(last_row, []).append("hidden in the workbook")
    previous = cell_end = 0
    formulas = b"<f" in xml or b":f" in xml  # <f> or a prefixed <x:f>
    for match in _FORMULA.finditer(xml) if formulas else ():
        # The cell around the formula starts at the last "<c" before it; with none since
        # the previous formula, this one is in the same cell, already looked at.
        start = xml.rfind(b"<c", previous, match.start())
        previous = match.end()
        if start < 0:
            continue
        if cell_end < match.end():
            cell_end = xml.find(b"/c>", match.end())
            if cell_end < 0:
                break  # no cell ends after this: no later formula is in a whole cell
        opening = _CELL_OPEN.match(xml, start)
        next_cell = xml.find(b"<c", match.end(), cell_end)
        value_end = cell_end if next_cell < 0 else next_cell
        if opening is None or _VALUE.search(xml, match.end(), value_end):
            continue
        ref = _CELL_REF.search(opening.group(0))
        if ref is not None:
            cell = (ref.group(1) + ref.group(2)).decode()
            notes.setdefault(int(ref.group(2)), []).append(
                f"the formula in {cell} has no saved value; open and save the file in Excel or"
                " LibreOffice first"
            )
    return notes


# --- text: csv and pasted lists ---------------------------------------------


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def detect_encoding(data: bytes) -> str | None:
    """The encoding of a text file among ENCODINGS, or None when it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    sample = data[:65536]
    odd_zeros = sample[1::2].count(0)
    even_zeros = sample[0::2].count(0)
    half = max(len(sample) // 2, 1)
    if odd_zeros > 0.3 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.3 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    if 0 in sample:
        return None
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    preferred = prefer_east_asian(sample)
    if preferred is not None:
        return preferred
    from charset_normalizer import from_bytes  # only files that are not UTF-8 need it

    best = from_bytes(sample, cp_isolation=["cp1252", "cp949", "cp932", "gb18030", "big5"]
                      ).best()
    return None if best is None else str(best.encoding)


def decode_text(data: bytes, *, name: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of a csv or text file and the encoding it was read with."""
    used = encoding or detect_encoding(data)
    if used is None:
        raise UnreadableFile("{name} does not look like a text or csv file", name=name)
    try:
        text = data.decode(used)
    except LookupError:
        raise UnreadableFile("{used!r} is not an encoding CoalitionDesk knows", used=used) from None
    except UnicodeDecodeError:
        if encoding is not None:
            raise UnreadableFile("{name} cannot be read as {encoding}",
                                 name=name, encoding=encoding) from None
        raise UnreadableFile("{name} does not look like a text or csv file", name=name) from None
    text = text.removeprefix("\ufeff")
    if _looks_binary(text):
        raise UnreadableFile("{name} does not look like a text or csv file", name=name)
    return text, used


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(
        1 for char in sample
        if (char not in "\t\n\r\f" and unicodedata.category(char) in {"Cc", "Cn", "Cs"})
        or char == "\ufffd"
    )
    return controls > max(2, len(sample) // 200)


def detect_delimiter(text: str) -> str | None:
    """The delimiter that splits the first lines into the same number (>1) of fields."""
    lines = [line for line in text[:65536].splitlines()[:50] if line.strip()]
    if len(lines) > 1 and len(text) > 65536:
        lines = lines[:-1]  # likely cut in the middle
    best: tuple[float, int, str] | None = None
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not counts:
            continue
        modal = max(set(counts), key=counts.count)
        if modal < 2:
            continue
        score = (counts.count(modal) / len(counts), modal, delimiter)
        if best is None or score[:2] > best[:2]:
            best = score
    if best is None or best[0] < 0.6:
        return None
    return best[2]


def read_text(
    text: str,
    *,
    name: str,
    encoding: str | None,
    delimiter: str | None,
    list_allowed: bool,
) -> SourceTable:
    """A csv table, or a list of names when no delimiter splits the lines (and lists are
    allowed)."""
    if not text.strip():
        raise UnreadableFile("{name} is empty", name=name)
    used = delimiter or detect_delimiter(text)
    if used is None and list_allowed:
        return _list_table(text, name=name, encoding=encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=used or ",", strict=False)
    grid: list[list[Any]] = []
    widest = 0
    read_to = 0  # the last line of the rows read so far
    try:
        for row in reader:
            widest = max(widest, len(row))
            if len(grid) == MAX_ROWS or (len(grid) + 1) * widest > MAX_CELLS:
                # Counted, not kept: the figure is worth the second it takes.
                total = len(grid) + 1 + sum(1 for _ in reader)
                raise _too_large(name, "", total, widest)
            # Our csv exports (and careful partners) defuse formulas with an apostrophe.
            grid.append([csv_unescape(cell) for cell in row])
            read_to = reader.line_num
    except csv.Error as error:
        if "field limit" in str(error):
            limit = csv.field_size_limit()
            raise UnreadableFile(
                "{name}: a cell starting on line {value:,} is longer than {limit:,} characters, "
                "more than an import takes (a quotation mark left open joins the lines after it "
                "into one cell)",
                name=name, value=read_to + 1, limit=limit) from None
        raise UnreadableFile("{name} is not a readable csv file", name=name) from None
    table = build_table(grid, name=name)
    table.encoding, table.delimiter = encoding, used or ","
    return table


def _list_table(text: str, *, name: str, encoding: str | None) -> SourceTable:
    lines = text.splitlines()
    if len(lines) > MAX_ROWS:
        raise _too_large(name, "", len(lines), 1)
    rows = [
        SourceRow(number=number, cells=[entry])
        for number, line in enumerate(lines, start=1)
        for entry in list_lines(line)
    ]
    if not rows:
        raise UnreadableFile("{name} has no names in it", name=name)
    return SourceTable(name=name, headers=["Name (Country)"], rows=rows, encoding=encoding,
                       is_list=True)


# --- from a grid of cells to a table -----------------------------------------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _usable_merges(grid: list[list[Any]], merges: Iterable[tuple[Cell, Cell]], name: str
                   ) -> list[tuple[Cell, Cell]]:
    """The merged ranges cut to the cells the grid has, each once.

    30,000 copies of A1:XFD1048576 fill in as one; distinct ranges that
    overlap, which no spreadsheet writes, are damage (filling them in would
    cost their summed areas).
    """
    height = len(grid)
    width = max((len(row) for row in grid), default=0)
    usable = sorted({
        ((top, left), (min(bottom, height - 1), min(right, width - 1)))
        for (top, left), (bottom, right) in merges
        if 0 <= top <= bottom and 0 <= left <= right and top < height and left < width
    })
    covered = sum((bottom - top + 1) * (right - left + 1)
                  for (top, left), (bottom, right) in usable)
    if covered > height * width:
        raise UnreadableFile("{name} has merged cells that overlap, which spreadsheets do not "
                             "write; it is damaged",
                             name=name)
    return usable


def _fill_merges(grid: list[list[Any]], merges: Iterable[tuple[Cell, Cell]],
                 header_index: int | None) -> None:
    """A merged range's value in every cell it covers: down its first column always,
    across only in the header row (a merged notes cell must not fill the email column)."""
    for (top, left), (bottom, right) in merges:
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for row in range(top, min(bottom, len(grid) - 1) + 1):
            columns = range(left, right + 1) if row == header_index else range(left, left + 1)
            for column in columns:
                cells = grid[row]
                if column >= len(cells):
                    cells.extend([None] * (column + 1 - len(cells)))
                if _blank(cells[column]):
                    cells[column] = value


def _header_index(grid: list[list[Any]]) -> int | None:
    """The first row among the top ones with the most known headers; else the first
    non-empty row."""
    best: tuple[int, int] | None = None
    first: int | None = None
    seen = 0
    for index, row in enumerate(grid):
        if all(_blank(cell) for cell in row):
            continue
        first = index if first is None else first
        known = sum(1 for cell in row if isinstance(cell, str) and is_known_header(cell))
        if known and (best is None or known > best[0]):
            best = (known, index)
        seen += 1
        if seen >= _HEADER_SEARCH_ROWS:
            break
    return best[1] if best is not None else first


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _unique(headers: list[str]) -> list[str]:
    """A header merged across columns, "Address" twice, becomes "Address", "Address 2"."""
    seen: dict[str, int] = {}
    unique: list[str] = []
    for header in headers:
        count = seen.get(header.casefold(), 0) + 1
        seen[header.casefold()] = count
        unique.append(header if count == 1 else f"{header} {count}")
    return unique


def build_table(
    grid: list[list[Any]],
    *,
    name: str,
    merges: Iterable[tuple[Cell, Cell]] = (),
    notes: dict[int, list[str]] | None = None,
) -> SourceTable:
    """Headers and data rows from a grid whose row i is the file's row i + 1."""
    merges = _usable_merges(grid, merges, name)
    _fill_merges(grid, merges, None)
    header_index = _header_index(grid)
    if header_index is None:
        raise UnreadableFile("{name} has no rows to import", name=name)
    header_cells = grid[header_index]
    single_column = all(
        sum(1 for cell in row if not _blank(cell)) <= 1 for row in grid[header_index:][:50])
    if single_column and not any(
            isinstance(cell, str) and is_known_header(cell) for cell in header_cells):
        # A list of names typed into one column, with no header row.
        has_header = False
        header_index = header_index - 1
        headers = ["Name (Country)"]
    else:
        has_header = True
        _fill_merges(grid, merges, header_index)
        header_cells = grid[header_index]
        headers = _unique([
            (str(cell).strip() if not _blank(cell) else f"Column {_column_letter(index)}")
            for index, cell in enumerate(header_cells)
        ])
    width = len(headers)
    rows: list[SourceRow] = []
    all_notes = notes or {}
    warnings: list[str] = []
    for index in range(header_index + 1, len(grid)):
        cells = grid[index]
        # Most rows start with a value: the first cell settles it without a generator.
        if (not cells or _blank(cells[0])) and all(_blank(cell) for cell in cells):
            warnings.extend(f"Row {index + 1}: {note}" for note in all_notes.get(index + 1, ())
                            if "formula" in note)
            continue
        if len(cells) > width:
            extra = cells[width:]
            if any(not _blank(cell) for cell in extra):
                for position in range(width, len(cells)):
                    headers.append(f"Column {_column_letter(position)}")
                width = len(headers)
        cells = list(cells) + [None] * (width - len(cells))
        rows.append(SourceRow(number=index + 1, cells=cells,
                              notes=list(all_notes.get(index + 1, ()))))
    for row in rows:
        if len(row.cells) < width:
            row.cells.extend([None] * (width - len(row.cells)))
    return SourceTable(name=name, headers=headers, rows=rows,
                       header_row=header_index + 1 if has_header else None,
                       is_list=not has_header, warnings=warnings)
