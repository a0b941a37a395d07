"""`coalitiondesk export`, run as a user runs it: a real process on a real database file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.records import custom_fields
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.storage.db import open_database


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args],
                          capture_output=True, text=True, timeout=120)


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]


def exports_recorded(db_file: Path) -> int:
    with sqlite3.connect(db_file) as connection:
        return int(connection.execute(
            "SELECT count(*) FROM activity WHERE kind = 'export'").fetchone()[0])


def names_in(workbook: Path) -> set[str]:
    sheet = load_workbook(workbook).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    column = rows[0].index("Native name")
    return {str(row[column]) for row in rows[1:] if row[column]}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo coalition and one restricted person, made once for the module."""
    path = tmp_path_factory.mktemp("template") / "coalition.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        load_demo(session=session)
        create_contact(session=session, given_name="Eun-ji", family_name="Yoon",
                       native_name="윤은지", sensitivity="restricted")
        create_contact(session=session, given_name="Ji-hoon", family_name="Kim",
                       native_name="김지훈", phone="0212345678", address_country_code="KR")
    database.close()
    return path


@pytest.fixture
def db_file(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "coalition.sqlite3"
    path.write_bytes(template.read_bytes())
    return path


def test_restricted_contacts_are_left_out_unless_included(db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "contacts.xlsx"
    result = run("--db", str(db_file), "export", str(out), "--kind", "contacts")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"Wrote 5 rows to {out} (contacts, profile “Partner list”).",
        "Left out 1 row: 1 restricted contact (--include-restricted includes them).",
    ]
    assert "윤은지" not in names_in(out) and "김지훈" in names_in(out)
    assert exports_recorded(db_file) == 1

    everyone = tmp_path / "everyone.xlsx"
    result = run("--db", str(db_file), "export", str(everyone), "--kind", "contacts",
                 "--include-restricted", "--profile", "full")
    assert result.returncode == 0, result.stderr
    assert "Wrote 6 rows" in result.stdout and "Left out 0 rows." in result.stdout
    assert "Included on request: 1 restricted contact." in result.stdout
    assert "Private columns included: Mobile phone, Street" in result.stdout
    assert "윤은지" in names_in(everyone)
    assert exports_recorded(db_file) == 2


def test_signatories_of_a_letter_to_csv(db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "signatories.csv"
    result = run("--db", str(db_file), "export", str(out), "--letter", "letter to kim jong-il")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        f"Wrote 32 rows to {out} (signatories of “Letter to Kim Jong-il”, "
        "profile “Partner list”).")
    text = out.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    assert text.decode("utf-8-sig").splitlines()[1].startswith('1,"')


def test_countries_and_organizations(db_file: Path, tmp_path: Path) -> None:
    result = run("--db", str(db_file), "export", str(tmp_path / "countries.xlsx"),
                 "--kind", "countries")
    assert result.returncode == 0, result.stderr
    assert "(countries, profile “Partner list”)" in result.stdout
    result = run("--db", str(db_file), "export", str(tmp_path / "organizations.xlsx"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote 39 rows")


@pytest.mark.parametrize(("arguments", "message"), [
    (["x.xlsx", "--kind", "signatories"], "with --letter TITLE"),
    (["x.xlsx", "--letter", "No such letter"], "No letter titled 'No such letter'"),
    (["x.ods"], "neither an Excel workbook"),
    (["x.xlsx", "--profile", "Friends"], "No export profile 'Friends'"),
    (["missing/x.xlsx"], "does not exist"),
])
def test_bad_input_is_one_line_and_changes_nothing(
    db_file: Path, tmp_path: Path, arguments: list[str], message: str
) -> None:
    target = tmp_path / arguments[0]
    result = run("--db", str(db_file), "export", str(target), *arguments[1:])
    assert_one_line_error(result, message)
    assert not target.exists()
    assert exports_recorded(db_file) == 0


def test_a_workbook_open_elsewhere_is_left_as_it_was(db_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "members.xlsx"
    target.write_bytes(b"the copy a partner has open")
    (tmp_path / ".~lock.members.xlsx#").write_text("locked by LibreOffice")
    result = run("--db", str(db_file), "export", str(target))
    assert_one_line_error(result, "members.xlsx is open in another program")
    assert target.read_bytes() == b"the copy a partner has open"
    assert exports_recorded(db_file) == 0


def test_a_missing_database_is_not_created(tmp_path: Path) -> None:
    db_file = tmp_path / "nothing-here.sqlite3"
    result = run("--db", str(db_file), "export", str(tmp_path / "x.xlsx"))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert not db_file.exists()


def test_help_describes_export() -> None:
    result = run("export", "--help")
    assert "--include-restricted" in result.stdout and "--profile" in result.stdout


def edit_cell(workbook: Path, edited: Path, *, where: tuple[str, str], column: str,
              value: str) -> None:
    """Change one cell as a partner would in their spreadsheet program, and save a copy."""
    book = load_workbook(workbook)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    match_column, match_value = where
    rows = [row for row in sheet.iter_rows(min_row=2)
            if row[headers.index(match_column)].value == match_value]
    assert len(rows) == 1
    rows[0][headers.index(column)].value = value
    book.save(edited)


def count_rows(db_file: Path, table: str) -> int:
    with sqlite3.connect(db_file) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_corrected_contact_list_comes_back_as_an_update(
    db_file: Path, tmp_path: Path
) -> None:
    exported, edited = tmp_path / "contacts.xlsx", tmp_path / "corrected.xlsx"
    assert run("--db", str(db_file), "export", str(exported), "--kind", "contacts"
               ).returncode == 0
    edit_cell(exported, edited, where=("Family name", "Robertson"), column="Position",
              value="Deputy Director, Asia Division")
    contacts = count_rows(db_file, "contact")

    result = run("--db", str(db_file), "import", str(edited))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("created 0, updated 1,"), result.stdout
    assert count_rows(db_file, "contact") == contacts
    with sqlite3.connect(db_file) as connection:
        position = connection.execute(
            "SELECT position FROM contact WHERE family_name = 'Robertson'").fetchone()[0]
    assert position == "Deputy Director, Asia Division"


def test_a_corrected_organization_list_comes_back_as_an_update(
    db_file: Path, tmp_path: Path
) -> None:
    exported, edited = tmp_path / "members.xlsx", tmp_path / "corrected.xlsx"
    assert run("--db", str(db_file), "export", str(exported), "--profile", "Full"
               ).returncode == 0
    edit_cell(exported, edited, where=("Name", "Free NK Gulag"), column="Website",
              value="https://example.org/free-nk-gulag")
    result = run("--db", str(db_file), "import", str(edited))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("created 0, updated 1, unchanged 38,"), result.stdout
    with sqlite3.connect(db_file) as connection:
        website = connection.execute(
            "SELECT website FROM organization WHERE name = 'Free NK Gulag'").fetchone()[0]
    assert website == "https://example.org/free-nk-gulag"
    assert count_rows(db_file, "organization") == 39


def test_a_csv_export_comes_back_unchanged(db_file: Path, tmp_path: Path) -> None:
    """The csv's formula defusing ("'@Dest_Pyongyang") is undone on the way back in."""
    exported = tmp_path / "contacts.csv"
    assert run("--db", str(db_file), "export", str(exported), "--kind", "contacts"
               ).returncode == 0
    assert "'@Dest_Pyongyang" in exported.read_text(encoding="utf-8-sig")
    result = run("--db", str(db_file), "import", str(exported))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("created 0, updated 0,"), result.stdout
    with sqlite3.connect(db_file) as connection:
        handle = connection.execute(
            "SELECT social_handle FROM contact WHERE family_name = 'Green'").fetchone()[0]
    assert handle == "@Dest_Pyongyang (X)"


def test_language_chooses_the_labels(db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "ko.xlsx"
    result = run("--db", str(db_file), "export", str(out), "--language", "ko")
    assert result.returncode == 0, result.stderr
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    at = {header: index for index, header in enumerate(rows[0])}
    assert "회원" in {row[at["Membership status"]] for row in rows[1:]}
    assert "대한민국" in {row[at["Country"]] for row in rows[1:]}
    assert rows[0][-1] == "ID"

    refused = run("--db", str(db_file), "export", str(tmp_path / "fr.xlsx"), "--language", "fr")
    assert_one_line_error(refused, "No export language 'fr'")
    assert not (tmp_path / "fr.xlsx").exists()
    assert exports_recorded(db_file) == 1


def test_columns_chosen_by_name_header_or_own_field(db_file: Path, tmp_path: Path) -> None:
    database = open_database(db_file)
    custom_fields.add_field(database, record_kind="contact", label="Home region")
    database.close()
    out = tmp_path / "chosen.csv"
    result = run("--db", str(db_file), "export", str(out), "--kind", "contacts",
                 "--columns", "family_name, Given name,home REGION,email")
    assert result.returncode == 0, result.stderr
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == '"Family name","Given name","Home region","Email","ID"'
    assert "Private columns included: Home region." in result.stdout


def test_an_unknown_column_is_one_line_and_writes_nothing(db_file: Path,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "chosen.xlsx"
    result = run("--db", str(db_file), "export", str(out), "--kind", "contacts",
                 "--columns", "family_name,shoe size")
    assert_one_line_error(result, "Contacts have no column 'shoe size'")
    assert "family_name" in result.stderr
    assert not out.exists() and not list(tmp_path.glob("*.xlsx*"))
    assert exports_recorded(db_file) == 0
    result = run("--db", str(db_file), "export", str(out), "--columns", " , ")
    assert_one_line_error(result, "--columns names no column")
    assert not out.exists()
