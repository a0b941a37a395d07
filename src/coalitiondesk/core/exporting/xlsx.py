"""The workbook a partner opens: one sheet of records, one "About this export".

openpyxl in write-only mode streams the rows to disk, so memory stays flat
for any number of records; with lxml (a dependency) the rows go straight into
its stream as whole elements (sheet_rows). The first rows
are held back just long enough to fit the column widths to them, since a
streamed sheet fixes its widths before its first row.

The sheet prints as a partner would want it: landscape, as wide as the page,
the header row on every page, and the ID column (the last) outside the print area.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
import zipfile
from copy import copy
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.packaging.core import DocumentProperties
from openpyxl.packaging.extended import ExtendedProperties
from openpyxl.styles import Alignment
from openpyxl.styles.fonts import DEFAULT_FONT
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer as openpyxl_sheet_writer
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.functions import tostring

from coalitiondesk.core.exporting import sheet_rows
from coalitiondesk.core.exporting.about import SHEET_TITLE, About
from coalitiondesk.core.exporting.columns import ID_KEY, Column, ValueType
from coalitiondesk.core.exporting.escaping import (
    FORMULA_STARTS,
    MAX_CELL_LENGTH,
    cell_text,
    needs_text_cell,
    xlsx_text,
)
from coalitiondesk.core.storage import scratch

WIDTH_SAMPLE_ROWS = 500
MIN_WIDTH, MAX_WIDTH = 6, 60
# Room for the autofilter's drop-down button beside a header.
_FILTER_BUTTON = 3
_FIXED_WIDTHS = {ValueType.date: 11, ValueType.datetime: 17, ValueType.boolean: 6}
_APP_PROPERTIES = "docProps/app.xml"
# First characters that send a string down the careful path: formula starts,
# spaces that may hide one, and "#" for strings openpyxl takes for errors.
_CAREFUL_FIRST = FORMULA_STARTS | frozenset(" \u3000\u00a0#")

# Digits and the punctuation of phone numbers: no function, reference or command.
_HARMLESS = re.compile(r"[0-9\s+\-().,/]*")

# The workbook's own font in bold: a bare Font(bold=True) names no typeface,
# and spreadsheets then fall back to a different one for the header.
_BOLD = copy(DEFAULT_FONT)
_BOLD.b = True
_TITLE = copy(_BOLD)
_TITLE.sz = 13
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_WRAP_TOP_LEFT = Alignment(wrap_text=True, vertical="top", horizontal="left")


def display_width(text: str) -> int:
    """Columns `text` takes in a spreadsheet: East Asian wide characters count twice."""
    lines = text.splitlines() or [""]
    return max(
        sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)
        for line in lines
    )


class XlsxWriter:
    """Rows in, a finished workbook at `path` out (`close`), or nothing (`discard`)."""

    def __init__(self, path: Path, columns: tuple[Column, ...], *, sheet_title: str) -> None:
        self.path = path
        self.columns = columns
        self.rows = 0
        self._workbook = Workbook(write_only=True)
        self._sheet = self._workbook.create_sheet(_sheet_title(sheet_title))
        self._pending: list[list[Any]] | None = []
        self._text_at = [index for index, column in enumerate(columns)
                         if column.type in (ValueType.text, ValueType.code)]
        self._datetime_at = [index for index, column in enumerate(columns)
                             if column.type is ValueType.datetime]

    def write(self, row: list[Any]) -> None:
        """Add a row; `row` is the writer's from here on (it is changed in place)."""
        # The common case (plain text) is decided inline: this runs once per
        # cell of exports of 100,000 rows.
        for index in self._text_at:
            text = row[index]
            if isinstance(text, str) and (
                text[:1] in _CAREFUL_FIRST or not text.isprintable()
                or len(text) > MAX_CELL_LENGTH
            ):
                row[index] = _cell_value(self._sheet, text)
        for index in self._datetime_at:
            moment = row[index]
            if moment is not None and moment.tzinfo is not None:
                row[index] = moment.astimezone(UTC).replace(tzinfo=None)
        self.rows += 1
        if self._pending is None:
            self._sheet.append(row)
            return
        self._pending.append(row)
        if len(self._pending) >= WIDTH_SAMPLE_ROWS:
            self._start()

    @property
    def sheet(self) -> Any:
        """The records' sheet, for a chart's references to it."""
        return self._sheet

    def add_chart(self, chart: Any, column: int) -> None:
        """Put `chart` (openpyxl.chart) at the top of the sheet's `column` (1 is A)."""
        self._sheet.add_chart(chart, f"{get_column_letter(column)}2")

    def _start(self) -> None:
        """Fix widths, header and frozen pane, then send the rows held back so far."""
        pending, self._pending = self._pending or [], None
        sheet = self._sheet
        for index, column in enumerate(self.columns, start=1):
            width = _column_width(column, (row[index - 1] for row in pending))
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        _set_up_pages(sheet)
        _stream_privately(sheet)
        if sheet_rows.available():
            sheet_rows.stream_rows(sheet)
        sheet.append([_header_cell(sheet, column.header) for column in self.columns])
        for row in pending:
            sheet.append(row)

    def close(self, about: About | None = None) -> None:
        """Finish the workbook at `path`; `about` adds the "About this export" sheet."""
        if self._pending is not None:
            self._start()
        last = get_column_letter(len(self.columns))
        self._sheet.auto_filter.ref = f"A1:{last}{self.rows + 1}"
        # Without an ID to leave out, the whole sheet prints, a report's chart with it.
        if len(self.columns) > 1 and self.columns[-1].key == ID_KEY:
            printed = get_column_letter(len(self.columns) - 1)
            self._sheet.print_area = f"A1:{printed}{self.rows + 1}"
        if about is not None:
            self._write_about(about)
        self._set_properties(about)
        with _Archive(self.path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            ExcelWriter(self._workbook, archive).save()

    def _write_about(self, about: About) -> None:
        sheet = self._workbook.create_sheet(SHEET_TITLE)
        sheet.column_dimensions["A"].width = 26
        sheet.column_dimensions["B"].width = 90
        title = WriteOnlyCell(sheet, value=SHEET_TITLE)
        title.font = _TITLE
        _set_up_pages(sheet, orientation="portrait", title_row=False)
        _stream_privately(sheet)
        sheet.append([title])
        sheet.append([])
        for label, value in about.lines():
            label_cell = WriteOnlyCell(sheet, value=label)
            label_cell.font = _BOLD
            label_cell.alignment = _WRAP_TOP
            value_cell = WriteOnlyCell(
                sheet, value=cell_text(value) if isinstance(value, str) else value)
            if isinstance(value, str):
                value_cell.data_type = "s"
            elif isinstance(value, datetime):
                value_cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, date):
                value_cell.number_format = "yyyy-mm-dd"
            value_cell.alignment = _WRAP_TOP_LEFT
            sheet.append([label_cell, value_cell])

    def _set_properties(self, about: About | None) -> None:
        # openpyxl would sign the file as its creator; the partner's copy names
        # neither a person nor the software that made it.
        when = about.exported_at if about else datetime.now(UTC).replace(tzinfo=None)
        self._workbook.properties = DocumentProperties(
            creator=None, lastModifiedBy=None, title=about.what if about else None,
            created=when, modified=when,
        )

    def discard(self) -> None:
        """Stop without a workbook, removing what openpyxl streamed to its temporary files.

        Those files hold the rows written so far; they must not outlive a
        cancelled or failed export.
        """
        self._pending = None
        for sheet in self._workbook.worksheets:
            writer = getattr(sheet, "_writer", None)
            if writer is None:
                continue
            with contextlib.suppress(Exception):
                if not sheet.closed:
                    sheet.close()
            with contextlib.suppress(Exception):
                writer.cleanup()


def _set_up_pages(sheet: Any, *, orientation: str = "landscape",
                  title_row: bool = True) -> None:
    """A4 fitted to the page's width (as many pages down as it takes), the header
    repeated on each. Set before the stream starts: it writes them first."""
    sheet.page_setup.orientation = orientation
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title_row:
        sheet.print_title_rows = "1:1"


def _stream_privately(sheet: Any) -> None:
    """Start a write-only sheet's stream in this process's user-only folder of files in
    progress (core.scratch) rather than the shared temporary folder, where openpyxl
    puts it and where a killed export left its rows behind. Call once the sheet's
    widths and panes are set, as openpyxl writes them at the start of the stream."""
    if sheet._writer is not None:
        return
    out = str(scratch.new_file(suffix=".xml"))
    # openpyxl's own list, which its cleanup() and its exit handler work from.
    openpyxl_sheet_writer.ALL_TEMP_FILES.append(out)
    sheet._writer = openpyxl_sheet_writer.WorksheetWriter(sheet, out=out)
    sheet._writer.write_top()


class _Archive(zipfile.ZipFile):
    """The workbook's zip, with application properties that name no library."""

    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        name = getattr(zinfo_or_arcname, "filename", zinfo_or_arcname)
        if name == _APP_PROPERTIES:
            properties = ExtendedProperties()
            properties.Application = None
            properties.AppVersion = None
            data = tostring(properties.to_tree())
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)


def _sheet_title(text: str) -> str:
    for char in "[]:*?/\\":
        text = text.replace(char, " ")
    return text[:31].strip() or "Export"


def _header_cell(sheet: Any, text: str) -> Cell:
    """A bold header cell, its text escaped as any cell's: headers can come from a partner's
    file (the import's error report repeats them)."""
    value = _cell_value(sheet, text)
    cell = value if isinstance(value, Cell) else WriteOnlyCell(sheet, value=value)
    cell.font = _BOLD
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell


def _cell_value(sheet: Any, text: str) -> Any:
    """`text` as a cell takes it.

    Every string is written as a string cell, which no spreadsheet evaluates
    on opening; openpyxl only needs telling for "=..." and error codes. Other
    formula-like text is marked with a quote prefix as well, so that it stays
    text when the partner edits the cell, except for plain numbers with
    punctuation ("+82 2 1234 5678", "-5"), which could at worst become
    arithmetic: styling 50,000 phone numbers would slow large exports down.
    """
    text = xlsx_text(str(text))
    if not text:
        return None
    if not needs_text_cell(text) or (
        not text.startswith("=") and _HARMLESS.fullmatch(text) is not None
    ):
        return text
    cell = WriteOnlyCell(sheet)
    cell.value = text
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def _column_width(column: Column, values: Any) -> float:
    fixed = _FIXED_WIDTHS.get(column.type)
    widest = display_width(column.header) + _FILTER_BUTTON
    if fixed is not None:
        return float(max(fixed, widest))
    for value in values:
        if value is None:
            continue
        if isinstance(value, Cell):
            value = value.value
        if isinstance(value, date):
            continue
        widest = max(widest, display_width(str(value)) + 1)
        if widest >= MAX_WIDTH:
            break
    return float(min(max(widest, MIN_WIDTH), MAX_WIDTH))
