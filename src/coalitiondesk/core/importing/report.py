"""The error report: a workbook of the rows that will not be imported, and why."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from coalitiondesk.core.exporting.columns import Column, ValueType
from coalitiondesk.core.exporting.xlsx import XlsxWriter
from coalitiondesk.core.importing.plan import Action, ImportPlan
from coalitiondesk.core.importing.values import clean_text


def report_path(source: Path) -> Path:
    """Where the CLI writes the report: beside the imported file."""
    return source.with_name(f"{source.stem} - import errors.xlsx")


def rejected_rows(plan: ImportPlan) -> list[int]:
    """Rows whose data the import leaves out: errors, repeated rows, undecided duplicates
    (not rows whose stored record the user chose to keep)."""
    return [position for position, row in enumerate(plan.rows)
            if row.action is Action.error
            or (row.action is Action.skip and row.record_id is None)]


def write_error_report(plan: ImportPlan, path: Path) -> int:
    """Write the report (replacing the file atomically); returns how many rows it lists.

    It goes through the export's workbook writer: a partner's cells and headers
    reach the coordinator's spreadsheet as text, never as formulas.
    """
    columns = (
        Column("row", "Row", ValueType.number),
        Column("why", "Why it is not imported"),
        *(Column(f"column {index}", header) for index, header in enumerate(plan.table.headers)),
    )
    handle, temporary = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(handle)
    writer = XlsxWriter(Path(temporary), columns, sheet_title="Not imported")
    listed = 0
    try:
        for position in rejected_rows(plan):
            row = plan.rows[position]
            why = "; ".join(row.problems) if row.action is Action.error else row.reason
            cells: list[Any] = [clean_text(cell) if isinstance(cell, str) else cell
                                for cell in row.draft.row.cells]
            cells += [None] * (len(columns) - 2 - len(cells))
            writer.write([row.number, why, *cells[:len(columns) - 2]])
            listed += 1
        writer.close()
        Path(temporary).replace(path)
    except BaseException:
        writer.discard()
        Path(temporary).unlink(missing_ok=True)
        raise
    return listed
