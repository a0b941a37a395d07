""".ods and .xls workbooks as LibreOffice writes them import as an .xlsx does: every
non-empty cell stored or reported as not imported (issue 14).

The workbook is written here with openpyxl and converted by LibreOffice itself
(`soffice --headless --convert-to`), so that the files are LibreOffice's own output,
not a library's imitation of it.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlmodel import select

from coalitiondesk.core.importing import (
    Action,
    ImportKind,
    apply_import,
    guess_mapping,
    prepare_import,
    read_file,
    run_to_end,
)
from coalitiondesk.core.importing.values import clean_text
from coalitiondesk.core.models import MembershipStatus, Organization
from coalitiondesk.core.records import tags as tag_service
from coalitiondesk.core.storage.db import Database

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

HEADERS = ["Name", "Acronym", "Country", "E-mail", "Phone", "Postcode", "Joined", "Tags",
           "Notes", "Board seats", "Last visit"]
ROWS: list[list[Any]] = [
    ["Human Rights Watch", "HRW", "United States", "hrw@example.org", "+1 212 290 4700",
     "10118", date(2019, 3, 4), "Member; Donor", "Line one\nLine two", 3,
     datetime(2024, 5, 6, 14, 30)],
    ["북한인권시민연합", "NKHR", "대한민국", None, None, "04519", date(2021, 11, 30), None,
     "서울", 1.5, None],
    ["Life Funds for North Korean Refugees", None, "日本", "lfnkr@example.jp", None,
     "0012345", None, "Partner", None, None, "next spring"],
]
# The cells the registry stores, per row, as the records hold them.
STORED = [
    {"name": "Human Rights Watch", "acronym": "HRW", "country_code": "US",
     "email": "hrw@example.org", "phone": "+1 212-290-4700", "postcode": "10118",
     "joined_on": date(2019, 3, 4), "notes": "Line one\nLine two",
     "tags": ["Donor", "Member"]},
    {"name": "북한인권시민연합", "acronym": "NKHR", "country_code": "KR", "postcode": "04519",
     "joined_on": date(2021, 11, 30), "notes": "서울"},
    {"name": "Life Funds for North Korean Refugees", "country_code": "JP",
     "email": "lfnkr@example.jp", "postcode": "0012345", "tags": ["Partner"]},
]
NOT_IMPORTED = [("Board seats", 2), ("Last visit", 2)]


def libreoffice_copy(folder: Path, suffix: str) -> Path:
    """The sheet above written as .xlsx, then converted by LibreOffice to `suffix`."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Members"
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    for cell in sheet["F"][1:]:  # postcodes keep their leading zeros as text
        cell.number_format = "@"
    source = folder / "members.xlsx"
    workbook.save(source)
    out = folder / "converted"
    # A profile of the test's own: a second LibreOffice running elsewhere would
    # otherwise take the conversion over, or refuse it.
    profile = (folder / "profile").as_uri()
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", suffix.lstrip("."), "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    converted = out / f"members{suffix}"
    assert converted.exists()
    return converted


def stored(database: Database) -> list[dict[str, Any]]:
    wanted = ("name", "acronym", "country_code", "email", "phone", "postcode", "joined_on",
              "notes")
    found = []
    with database.session() as session:
        for organization in session.exec(select(Organization).order_by(Organization.id)):
            values = {name: getattr(organization, name) for name in wanted
                      if getattr(organization, name) not in (None, "")}
            assert organization.id is not None
            tags = tag_service.organization_tags(session=session,
                                                 organization_id=organization.id)
            if tags:
                values["tags"] = sorted(tags)
            found.append(values)
    return found


@pytest.mark.parametrize("suffix", [".ods", ".xls"])
def test_a_libreoffice_workbook_is_stored_or_reported_cell_by_cell(
        database: Database, tmp_path: Path, suffix: str) -> None:
    table = read_file(libreoffice_copy(tmp_path, suffix))
    assert table.headers == HEADERS
    assert len(table.rows) == len(ROWS)
    mapping = guess_mapping(table, ImportKind.organizations)
    plan = run_to_end(prepare_import(database=database, table=table,
                                     kind=ImportKind.organizations, mapping=mapping,
                                     new_status=MembershipStatus.member))
    assert plan.counts()[Action.error] == 0, [row.problems for row in plan.rows]
    reported = [(column.header, column.values) for column in plan.not_imported_columns()]
    assert reported == NOT_IMPORTED
    mapped = {header for header, key in zip(table.headers, mapping, strict=True) if key}
    for row in table.rows:
        for header, cell in zip(table.headers, row.cells, strict=False):
            if clean_text(cell) is not None:
                assert header in mapped or header in dict(reported), (header, cell)
    run_to_end(apply_import(database=database, plan=plan))
    assert stored(database) == STORED
