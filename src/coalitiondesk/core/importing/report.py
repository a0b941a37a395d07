"""The error report: a workbook of the rows that will not be imported, and why."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from coalitiondesk.core.importing.plan import Action, ImportPlan
from coalitiondesk.core.importing.values import clean_text

# A cell starting with one of these is a formula to Excel; a partner's text
# must not run as one when the coordinator opens the report.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def report_path(source: Path) -> Path:
    """Where the CLI writes the report: beside the imported file."""
    return source.with_name(f"{source.stem} - import errors.xlsx")


def rejected_rows(plan: ImportPlan) -> list[int]:
    """Rows whose data the import leaves out: errors, repeated rows, undecided duplicates
    (not rows whose stored record the user chose to keep)."""
    return [position for position, row in enumerate(plan.rows)
            if row.action is Action.error
            or (row.action is Action.skip and row.record_id is None)]


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_error_report(plan: ImportPlan, path: Path) -> int:
    """Write the report (replacing the file atomically); returns how many rows it lists."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Not imported")
    bold = Font(bold=True)
    headers = ["Row", "Why it is not imported", *plan.table.headers]
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    listed = 0
    for position in rejected_rows(plan):
        row = plan.rows[position]
        why = "; ".join(row.problems) if row.action is Action.error else row.reason
        cells = [_safe(clean_text(cell) if isinstance(cell, str) else cell)
                 for cell in row.draft.row.cells]
        sheet.append([row.number, why, *cells])
        listed += 1
    handle, temporary = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        workbook.save(temporary)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return listed

