"""The command line against what an adversarial run tried (issue 19): columns mostly
wrong, two imports at once, names too long for the file system, IDs too large for
SQLite, a read-only database, full disks, unwritable folders. Each ends in one line
on stderr and a non-zero exit, never a traceback, and changes nothing it should not."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "coalitiondesk", *args]


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args), capture_output=True, text=True, timeout=timeout)


def count(db_file: Path, table: str, where: str = "") -> int:
    with closing(sqlite3.connect(db_file)) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0])


def repeated(db_file: Path, table: str, columns: str) -> int:
    """How many values of `columns` more than one row of `table` holds."""
    with closing(sqlite3.connect(db_file)) as connection:
        return int(connection.execute(
            f"SELECT count(*) FROM (SELECT {columns} FROM {table} GROUP BY {columns}"
            " HAVING count(*) > 1)").fetchone()[0])


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The refusal: one line on stderr, no traceback, a non-zero exit."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("coalitiondesk: "), result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert run("--db", str(path), "demo").returncode == 0
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "coalition.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    return path


# --- item 8: a mostly invalid column -------------------------------------------------


def test_a_mostly_invalid_column_is_imported_and_its_bad_rows_rejected(
        demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "partners.csv"
    source.write_text("Name,Email\nGood Group,office@good.example\nBad One,not an address\n"
                      "Bad Two,n/a at all\nBad Three,ask Kim\n", encoding="utf-8")
    result = run("--db", str(demo_db), "import", str(source))
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("created 1, updated 0, unchanged 0, skipped 0, errors 3")
    assert count(demo_db, "organization", "WHERE email = 'office@good.example'") == 1
    assert count(demo_db, "organization", "WHERE name LIKE 'Bad %'") == 0
    assert "3 rows not imported" in result.stderr


# --- item 7: two imports of the same file at once -----------------------------------

# An import as the command line and the window run it (read, plan, apply), told when
# to apply: both plans are made before either import writes, as when two windows (or
# a window and a script) import the same partner's file at the same moment.
RACER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from coalitiondesk.core.db import open_database
    from coalitiondesk.core.importing import (
        ImportKind, apply_import, initial_mapping, prepare_import, read_file, run_to_end)
    database = open_database(sys.argv[1])
    kind = ImportKind(sys.argv[3])
    table = read_file(Path(sys.argv[2]))
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=kind)
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=mapping))
    print("planned", flush=True)
    sys.stdin.readline()
    result = run_to_end(apply_import(database=database, plan=plan))
    database.close()
    print(result.summary, flush=True)
""")


def import_twice_at_once(db_file: Path, source: Path, kind: str) -> list[str]:
    racers = [subprocess.Popen([sys.executable, "-c", RACER, str(db_file), str(source), kind],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True) for _ in range(2)]
    try:
        for racer in racers:
            assert racer.stdout is not None and racer.stdin is not None
            assert racer.stdout.readline().strip() == "planned", racer.communicate()[1]
        for racer in racers:
            assert racer.stdin is not None
            racer.stdin.write("go\n")
            racer.stdin.flush()
        outputs = [racer.communicate(timeout=120) for racer in racers]
    finally:
        for racer in racers:
            if racer.poll() is None:
                racer.kill()
    for racer, (_, errors) in zip(racers, outputs, strict=True):
        assert racer.returncode == 0, errors
    return sorted(output.strip() for output, _ in outputs)


def test_two_imports_of_the_same_file_at_once_store_each_organization_once(
        demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "members.csv"
    with source.open("w", newline="", encoding="utf-8") as file:
        rows = csv.writer(file)
        rows.writerow(["Name", "Country", "Email"])
        for number in range(200):
            rows.writerow([f"Partner organization {number}", "KR",
                           f"office{number}@partner.example"])
    before = count(demo_db, "organization")
    summaries = import_twice_at_once(demo_db, source, "organizations")
    assert summaries == ["created 0, updated 0, unchanged 200, skipped 0, errors 0",
                         "created 200, updated 0, unchanged 0, skipped 0, errors 0"]
    assert count(demo_db, "organization") == before + 200
    assert repeated(demo_db, "organization", "name") == 0
    # Later imports of those names are matched, not skipped as ambiguous.
    again = run("--db", str(demo_db), "import", str(source))
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("created 0, updated 0, unchanged 200, skipped 0, errors 0")


def test_two_contact_imports_at_once_store_each_person_and_organization_once(
        demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    with source.open("w", newline="", encoding="utf-8") as file:
        rows = csv.writer(file)
        rows.writerow(["First name", "Surname", "Email", "Organisation"])
        for number in range(200):
            rows.writerow([f"Given{number}", f"Family{number}",
                           f"person{number}@partner.example", f"New network {number % 20}"])
    people, organizations = count(demo_db, "contact"), count(demo_db, "organization")
    summaries = import_twice_at_once(demo_db, source, "contacts")
    assert summaries == ["created 0, updated 0, unchanged 200, skipped 0, errors 0",
                         "created 200, updated 0, unchanged 0, skipped 0, errors 0"]
    assert count(demo_db, "contact") == people + 200
    assert count(demo_db, "organization") == organizations + 20
    assert count(demo_db, "contact", "WHERE email LIKE '%@partner.example'") == 200
    assert repeated(demo_db, "contact", "given_name, family_name") == 0
    assert repeated(demo_db, "organization", "name") == 0
    assert count(demo_db, "affiliation", "WHERE contact_id IN (SELECT id FROM contact"
                 " WHERE email LIKE '%@partner.example')") == 200
