"""The error report: a workbook of the rows that will not be imported, and why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs

from coalitiondesk import APP_NAME
from coalitiondesk.core.exporting.columns import Column, ValueType
from coalitiondesk.core.exporting.target import PendingFile
from coalitiondesk.core.importing.plan import Action, ImportPlan, PlanRow
from coalitiondesk.core.importing.values import clean_text
from coalitiondesk.core.storage.files import fitting_name

_SUFFIX = " - import errors.xlsx"


def report_path(source: Path) -> Path:
    """Where the CLI writes the report: beside the imported file (its name shortened
    if the file's own name leaves no room for the suffix)."""
    return source.with_name(fitting_name(source.stem, suffix=_SUFFIX))


def other_report_path(source: Path) -> Path:
    """Where the report goes when the imported file's folder takes no new file (a
    read-only folder, a CD, a full disk): the user's documents folder, or failing that
    the application's data folder, which only the user may read."""
    documents = platformdirs.user_documents_path()
    folder = documents if documents.is_dir() else (
        platformdirs.user_data_path(APP_NAME, appauthor=False) / "import errors")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder / report_path(source).name


def rejected_rows(plan: ImportPlan) -> list[int]:
    """Rows whose data the import leaves out: errors, repeated rows, undecided duplicates
    (not rows whose stored record the user chose to keep)."""
    as_contacts = _people_rows(plan)
    return [position for position, row in enumerate(plan.rows)
            if (position not in as_contacts and (
                row.action is Action.error
                or (row.action is Action.skip and row.record_id is None)))
            or (position in as_contacts and _left_out(as_contacts[position]))]


def _left_out(row: PlanRow) -> bool:
    return row.action is Action.error or (row.action is Action.skip and row.record_id is None)


def _people_rows(plan: ImportPlan) -> dict[int, PlanRow]:
    """Position in the plan -> the row as a contact, for people imported as contacts."""
    if plan.people is None or plan.people_plan is None or not plan.people_as_contacts:
        return {}
    return dict(zip(plan.people.positions, plan.people_plan.rows, strict=True))


def why_left_out(plan: ImportPlan, position: int) -> str:
    """Why a row listed by rejected_rows is not imported."""
    row = _people_rows(plan).get(position, plan.rows[position])
    return "; ".join(row.problems) if row.action is Action.error else str(row.reason)


def write_error_report(plan: ImportPlan, path: Path) -> int:
    """Write the report (replacing the file atomically); returns how many rows it lists.

    It goes through the export's workbook writer: a partner's cells and headers
    reach the coordinator's spreadsheet as text, never as formulas.
    """
    # Loaded here: most imports write no report, and the writer brings in openpyxl.
    from coalitiondesk.core.exporting.xlsx import XlsxWriter

    columns = (
        Column("row", "Row", ValueType.number),
        Column("why", "Why it is not imported"),
        *(Column(f"column {index}", header) for index, header in enumerate(plan.table.headers)),
    )
    pending = PendingFile(path)
    writer = XlsxWriter(pending.temporary, columns, sheet_title="Not imported")
    listed = 0
    try:
        for position in rejected_rows(plan):
            row = plan.rows[position]
            why = why_left_out(plan, position)
            cells: list[Any] = [clean_text(cell) if isinstance(cell, str) else cell
                                for cell in row.draft.row.cells]
            cells += [None] * (len(columns) - 2 - len(cells))
            writer.write([row.number, why, *cells[:len(columns) - 2]])
            listed += 1
        writer.close()
        pending.commit()
    except BaseException:
        writer.discard()
        pending.discard()
        raise
    return listed
