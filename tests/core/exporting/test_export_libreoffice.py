"""A real spreadsheet program opens the workbook and sees what the csv export says.

LibreOffice converts the workbook to csv; that must match CoalitionDesk's own
csv of the same export (apart from OWASP's apostrophes, which only the csv
needs): same text in Korean and Japanese, same leading zeros, and nothing
evaluated as a formula.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from exporting_support import Coalition, csv_rows, payloads

from coalitiondesk.core.exporting import ExportResult
from coalitiondesk.core.exporting.escaping import starts_like_formula
from coalitiondesk.core.records.contacts import create_contact

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


def libreoffice_csv(workbook: Path, folder: Path) -> Path:
    assert SOFFICE is not None
    folder.mkdir()
    # Its own profile: no clash with a LibreOffice the developer has open.
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(folder),
         str(workbook)],
        check=True, capture_output=True, timeout=120,
    )
    return folder / f"{workbook.stem}.csv"


def unescaped(value: str) -> str:
    return value[1:] if value.startswith("'") and starts_like_formula(value[1:]) else value


def test_libreoffice_reads_the_workbook_as_the_csv_says(
    export: Callable[..., ExportResult], coalition: Coalition, tmp_path: Path
) -> None:
    hostile = [payload for payload in payloads() if "\r" not in payload and "\t" not in payload]
    with coalition.database.transaction() as session:
        for number, payload in enumerate(hostile):
            create_contact(session=session, given_name=f"Hostile {number:02}", position=payload)
    workbook = export("contacts", name="contacts.xlsx")
    ours = export("contacts", name="contacts.csv")
    converted = libreoffice_csv(workbook.target, tmp_path / "libreoffice")
    theirs = converted.read_text(encoding="utf-8").splitlines()
    assert theirs, "LibreOffice wrote nothing"

    their_rows = list(csv.reader(theirs))
    our_rows = [[unescaped(value) for value in row] for row in csv_rows(ours.target)]
    assert their_rows[0] == our_rows[0]
    assert len(their_rows) == len(our_rows)
    for their_row, our_row in zip(their_rows, our_rows, strict=True):
        assert their_row == our_row
    flat = [value for row in their_rows for value in row]
    assert "김지훈" in flat and "事務局長" in flat and "+82 2-1234-5678" in flat
    assert "=1+1" in flat and "2" not in flat
