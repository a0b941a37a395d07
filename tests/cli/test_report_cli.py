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
from coalitiondesk.core.records.contacts import add_affiliation, create_contact
from coalitiondesk.core.records.organizations import list_organizations
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
        member = next(organization for organization in list_organizations(session=session)
                      if organization.membership_status == "member")
        person = create_contact(session=session, given_name="Eun-ji", family_name="Yoon",
                                sensitivity="restricted")
        assert person.id is not None and member.id is not None
        add_affiliation(session=session, contact_id=person.id, organization_id=member.id)
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
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Membership over time" in first and "2011-09" in first
    # Months in which nothing changed are one row, not pages of identical months.
    assert len(reader.pages) <= 2
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


CHARTED = [name for name in REPORTS if name != "member-directory"]


@pytest.mark.parametrize("name", CHARTED)
def test_each_workbook_has_a_chart_of_every_row(demo_file: Path, tmp_path: Path,
                                                name: str) -> None:
    out = tmp_path / f"{name}.xlsx"
    result = run("--db", str(demo_file), "report", name, "--out", str(out))
    assert result.returncode == 0, result.stderr
    workbook = load_workbook(out)
    sheet = workbook.worksheets[0]
    assert len(sheet._charts) == 1
    chart = sheet._charts[0]
    rows = sheet.max_row
    assert chart.series
    for series in chart.series:
        # The values cover the table's rows 2..last, every one of them.
        assert rows_referred(series.val.numRef.f) == (2, rows)
    about = {row[0]: row[1] for row in workbook["About this export"].iter_rows(
        min_row=3, values_only=True) if row and row[0]}
    assert not str(about["Report"]).startswith("Report:")
    assert about["As of"] is not None and about["Made on (UTC)"] is not None


def rows_referred(reference: str) -> tuple[int, int]:
    """ "'Sheet'!$B$2:$B$9" -> (2, 9)."""
    cells = reference.rsplit("!", 1)[1].split(":")
    numbers = [int(cell.rsplit("$", 1)[1]) for cell in cells]
    return numbers[0], numbers[-1]


@pytest.mark.parametrize("name", CHARTED)
def test_each_pdf_has_the_chart_and_the_dates(demo_file: Path, tmp_path: Path,
                                              name: str) -> None:
    out = tmp_path / f"{name}.pdf"
    result = run("--db", str(demo_file), "report", name, "--out", str(out))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    first = reader.pages[0]
    text = " ".join(first.extract_text().split())
    assert "As of " in text and " UTC" in text
    assert len(first.images) >= 1


def test_member_directory_leaves_restricted_contacts_out(demo_file: Path,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "directory.xlsx"
    result = run("--db", str(demo_file), "report", "member-directory", "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == ("Country", "Organization", "Contact", "Position", "Email", "Phone")
    assert "Eun-ji Yoon" not in {row[2] for row in rows}
    countries = [row[0] for row in rows[1:]]
    assert len(rows) > 20 and countries == sorted(countries, key=lambda c: (c == "International",
                                                                           c.casefold()))
    everyone = tmp_path / "everyone.pdf"
    result = run("--db", str(demo_file), "report", "member-directory", "--out", str(everyone),
                 "--include-restricted")
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(everyone).pages)
    assert "Eun-ji Yoon" in text and "Member directory" in text

    refused = run("--db", str(demo_file), "report", "letters", "--out",
                  str(tmp_path / "x.xlsx"), "--include-restricted")
    assert refused.returncode != 0 and len(refused.stderr.strip().splitlines()) == 1
