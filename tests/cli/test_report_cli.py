"""`coalitiondesk report`, run as a user runs it: real processes, real files read back."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from coalitiondesk.core.demo import load_demo, load_demo_data
from coalitiondesk.core.reports import REPORTS
from coalitiondesk.core.storage.db import open_database


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "coalition.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        load_demo(session=session)
    database.close()
    return path


def test_list_names_every_report() -> None:
    result = run("report", "--list")
    assert result.returncode == 0, result.stderr
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == list(REPORTS)


def test_members_by_country_as_a_workbook(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "members.xlsx"
    result = run("--db", str(demo_file), "report", "members-by-country", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Members by country" in result.stdout
    workbook = load_workbook(out)
    sheet = workbook.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Country", "Members")
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    members = [item for item in load_demo_data()["organizations"]
               if item.get("membership_status", "member") == "member"]
    assert sum(int(row[1]) for row in rows[1:]) == len(members)
    assert workbook.sheetnames[1] == "About this export"
    # Read raw: openpyxl, reading, would fill in its own name for a missing creator.
    with zipfile.ZipFile(out) as archive:
        properties = archive.read("docProps/core.xml") + archive.read("docProps/app.xml")
    assert b"openpyxl" not in properties and b"creator>" not in properties


def test_membership_over_time_as_a_pdf(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "membership.pdf"
    result = run("--db", str(demo_file), "report", "membership-over-time", "--out", str(out))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    # Monthly rows from the launch in 2011 to today fill several A4 pages.
    assert len(reader.pages) > 1
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Membership over time" in first and "2011-09" in first
    assert f"page 1 of {len(reader.pages)}" in first
    assert f"page {len(reader.pages)} of {len(reader.pages)}" in " ".join(
        reader.pages[-1].extract_text().split())
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out),
                        str(tmp_path / "page")], check=True, timeout=60)
        assert (tmp_path / "page-1.png").stat().st_size > 1000


@pytest.mark.parametrize("args, fragment", [
    (("report", "nonsense", "--out", "x.xlsx"), "no report 'nonsense'"),
    (("report", "letters", "--out", "x.docx"), "neither a workbook"),
    (("report", "letters"), "--out"),
    (("report",), "--list"),
])
def test_bad_requests_end_with_one_line(demo_file: Path, tmp_path: Path,
                                        args: tuple[str, ...], fragment: str) -> None:
    result = run("--db", str(demo_file), *[str(tmp_path / a) if a.startswith("x.") else a
                                           for a in args])
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert fragment in lines[0]
    assert list(tmp_path.iterdir()) == []
