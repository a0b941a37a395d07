"""A write-only sheet's rows written straight into its XML stream through lxml.

openpyxl makes a Cell object for every value it streams, checks it and writes
it element by element: nine tenths of an export's time. Here a row of plain
values (text already made safe by the xlsx writer, numbers, yes/no, dates) is
built as one lxml element and serialised in C; any other value (a styled cell)
is handed to openpyxl's own cell writer, so it is written exactly as before.
The XML is what openpyxl writes: inline strings, numbers, booleans, dates as
numbers in openpyxl's date styles.
"""

from __future__ import annotations

from collections.abc import Generator
from datetime import date, datetime
from typing import Any

import openpyxl
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell._writer import etree_write_cell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


def available() -> bool:
    """Whether openpyxl streams through lxml, which this writes into."""
    return bool(openpyxl.LXML)


class _Into:
    """What openpyxl's element-building cell writer writes to: a list of elements."""

    __slots__ = ("elements",)

    def __init__(self) -> None:
        self.elements: list[Any] = []

    def write(self, element: Any) -> None:
        self.elements.append(element)


def stream_rows(sheet: Any) -> None:
    """Take over `sheet`'s rows: its `append` then writes through `_rows` below.
    Call once its stream has started (its widths and panes are written)."""
    rows = _rows(sheet)
    next(rows)
    sheet._rows = rows


def _escaped(text: str) -> str:
    if "&" not in text and "<" not in text and ">" not in text:
        return text
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rows(sheet: Any) -> Generator[None, list[Any], None]:
    from lxml.etree import XMLParser, fromstring, tostring

    # A row's XML is text made here and parsed by lxml in C: building it element by
    # element in Python cost as much as openpyxl's own writing.
    parser = XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    writer = sheet._writer
    xf = writer.xf.send(True)
    letters: list[str] = []
    # Dates are numbers in a date format's style; the style's number is openpyxl's own.
    styles = {kind: WriteOnlyCell(sheet, value=kind(2000, 1, 1)).style_id
              for kind in (date, datetime)}
    epoch = sheet.parent.epoch
    plain_dates = not sheet.parent.iso_dates
    with xf.element("sheetData"):
        number = 1
        try:
            while True:
                values = yield
                if len(letters) < len(values):
                    letters = [get_column_letter(index) for index in range(1, len(values) + 1)]
                suffix = str(number)
                parts = [f'<row r="{suffix}">']
                for index, value in enumerate(values):
                    if value is None:
                        continue
                    kind = type(value)
                    if kind is str and value.isprintable():
                        if not value:
                            continue
                        space = (' xml:space="preserve"'
                                 if value[0].isspace() or value[-1].isspace() else "")
                        parts.append(f'<c r="{letters[index]}{suffix}" t="inlineStr"><is>'
                                     f"<t{space}>{_escaped(value)}</t></is></c>")
                    elif kind is int or kind is float:
                        parts.append(f'<c r="{letters[index]}{suffix}" t="n"><v>{value}</v></c>')
                    elif kind is bool:
                        parts.append(f'<c r="{letters[index]}{suffix}" t="b">'
                                     f"<v>{1 if value else 0}</v></c>")
                    elif (kind is datetime or kind is date) and plain_dates and (
                            kind is date or value.tzinfo is None):
                        parts.append(f'<c r="{letters[index]}{suffix}" s="{styles[kind]}" '
                                     f't="n"><v>{to_excel(value, epoch)}</v></c>')
                    else:
                        parts.extend(tostring(element, encoding="unicode") for element in
                                     _other(sheet, value, index + 1, number))
                parts.append("</row>")
                xf.write(fromstring("".join(parts), parser))
                number += 1
        except GeneratorExit:
            pass
    writer.xf.send(None)


def _other(sheet: Any, value: Any, column: int, row: int) -> list[Any]:
    """A value the fast path does not write, as openpyxl writes it."""
    cell = value if isinstance(value, Cell) else WriteOnlyCell(sheet, value=value)
    cell.column, cell.row = column, row
    if cell._value is None and not cell.has_style:
        return []
    into = _Into()
    etree_write_cell(into, sheet, cell, cell.has_style)
    return into.elements
