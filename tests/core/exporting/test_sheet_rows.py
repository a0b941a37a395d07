"""Rows written straight into the sheet's XML read back as openpyxl would have written them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from coalitiondesk.core.exporting import sheet_rows
from coalitiondesk.core.exporting.columns import Column, ValueType
from coalitiondesk.core.exporting.xlsx import XlsxWriter


def test_every_kind_of_value_reads_back(tmp_path: Path) -> None:
    assert sheet_rows.available()  # lxml is a dependency
    columns = (Column("text", "Text"), Column("number", "Number", ValueType.number),
               Column("flag", "Flag", ValueType.boolean), Column("day", "Day", ValueType.date),
               Column("moment", "Moment", ValueType.datetime), Column("code", "Code",
                                                                      ValueType.code))
    rows = [
        [" Ampersand & <angle> ", 3, True, date(2011, 9, 8), datetime(2026, 1, 2, 3, 4, 5),
         "=1+1"],
        ["대한민국 日本", 2.5, False, None, None, "+82 2-1234-5678"],
        [None, None, None, None, None, "tab\there"],
    ]
    path = tmp_path / "values.xlsx"
    writer = XlsxWriter(path, columns, sheet_title="Values")
    for row in rows:
        writer.write(list(row))
    writer.close()
    sheet = load_workbook(path).worksheets[0]
    read = [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert read[0][:3] == [" Ampersand & <angle> ", 3, True]
    assert read[0][3] == datetime(2011, 9, 8) and read[0][4] == datetime(2026, 1, 2, 3, 4, 5)
    assert read[0][5] == "=1+1" and sheet["F2"].data_type == "s"  # never a formula
    assert read[1] == ["대한민국 日本", 2.5, False, None, None, "+82 2-1234-5678"]
    assert read[2][5] == "tab\there"
    assert sheet["D2"].number_format == "yyyy-mm-dd"
    assert sheet["E2"].number_format == "yyyy-mm-dd h:mm:ss"
