"""`coalitiondesk history` and `coalitiondesk undo`, run as a user runs them: the demo
load and an import listed, the import undone exactly, the one rule set on every path."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

PARTNERS = """Name,Acronym,Country,Email,Website,City
Freedom House,,USA,info@freedomhouse.example,https://freedomhouse.example,Washington
Citizens' Alliance for North Korean Human Rights,NKHR,South Korea,nkhr@nkhr.example,,Seoul
Brand New Group,BNG,Nepal,hello@bng.example,https://bng.example,Kathmandu
Another Partner,,Japan,office@another.example,,Tokyo
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args],
                          capture_output=True, text=True, timeout=120)


def state(path: Path) -> list[tuple[object, ...]]:
    """Every organization and contact with the values an import can write."""
    with closing(sqlite3.connect(path)) as connection:
        return (connection.execute(
            "SELECT uuid, name, acronym, country_code, email, website, phone, city, notes,"
            " membership_status FROM organization ORDER BY uuid").fetchall()
            + connection.execute(
                "SELECT uuid, given_name, family_name, email, phone FROM contact"
                " ORDER BY uuid").fetchall())


@pytest.fixture
def demo_file(demo_db: Path) -> Path:
    return demo_db


@pytest.fixture
def partners(tmp_path: Path) -> Path:
    path = tmp_path / "partners.csv"
    path.write_text(PARTNERS, encoding="utf-8")
    return path


def test_history_lists_the_demo_and_an_import_and_undo_reverses_the_import_exactly(
        demo_file: Path, partners: Path) -> None:
    before = state(demo_file)
    imported = run("--db", str(demo_file), "import", str(partners))
    assert imported.returncode == 0, imported.stderr
    after_import = state(demo_file)
    assert after_import != before

    listed = run("--db", str(demo_file), "history").stdout.splitlines()
    assert "Import partners.csv" in listed[0]
    assert any("Load the demo coalition" in line for line in listed)
    import_id = listed[0].split("\t")[0]

    undone = run("--db", str(demo_file), "undo")
    assert undone.returncode == 0, undone.stderr
    assert undone.stdout.strip() == f"Undid {import_id}: Import partners.csv"
    assert state(demo_file) == before
    assert "(undone)" in run("--db", str(demo_file), "history", "--limit", "2").stdout

    # The step before is the demo load: undone as well, the database holds no records.
    again = run("--db", str(demo_file), "undo")
    assert again.returncode == 0, again.stderr
    assert "Load the demo coalition" in again.stdout
    assert state(demo_file) == []


def test_a_later_edit_makes_undo_refuse_and_name_it(demo_file: Path, tmp_path: Path,
                                                    partners: Path) -> None:
    assert run("--db", str(demo_file), "import", str(partners)).returncode == 0
    import_id = run("--db", str(demo_file), "history", "--limit", "1").stdout.split("\t")[0]
    # A second import changes a record the first one wrote.
    update = tmp_path / "update.csv"
    update.write_text("Name,Email\nFreedom House,press@freedomhouse.example\n",
                      encoding="utf-8")
    assert run("--db", str(demo_file), "import", str(update)).returncode == 0
    snapshot = state(demo_file)
    refused = run("--db", str(demo_file), "undo", import_id)
    assert refused.returncode != 0
    assert refused.stderr.count("\n") == 1 and "Import update.csv" in refused.stderr
    assert state(demo_file) == snapshot


@pytest.mark.parametrize(("cells", "reason"), [
    ("javascript:alert(1),,", "website"),
    (",a@b,", "email"),
    (",,call me", "phone"),
])
def test_an_import_row_breaking_a_rule_is_rejected_with_the_reason(
        demo_file: Path, tmp_path: Path, cells: str, reason: str) -> None:
    source = tmp_path / "partners.csv"
    good = "".join(f"Group {n},https://g{n}.example,g{n}@example.org,+82 2 1234 567{n},KR\n"
                   for n in range(4))
    source.write_text(f"Name,Website,Email,Phone,Country\n{good}Bad Group,{cells},KR\n",
                      encoding="utf-8")
    before = state(demo_file)
    result = run("--db", str(demo_file), "import", str(source))
    assert result.returncode != 0
    assert "created 4" in result.stdout and "errors 1" in result.stdout
    [line] = [line for line in result.stdout.splitlines() if "row 6:" in line]
    assert reason in line
    assert not any(row[1] == "Bad Group" for row in state(demo_file))
    assert len(state(demo_file)) == len(before) + 4


def test_history_filters_by_record_and_bad_arguments_are_one_line(demo_file: Path) -> None:
    listed = run("--db", str(demo_file), "history", "--record", "Kontras").stdout
    assert "Load the demo coalition" in listed
    assert run("--db", str(demo_file), "history", "--record", "nobody here").stdout == ""
    for args in (("undo", "99999999999999999999"), ("undo", "x"), ("undo", "424242"),
                 ("history", "--limit", "-1")):
        result = run("--db", str(demo_file), *args)
        assert result.returncode != 0 and len(result.stderr.strip().splitlines()) <= 2
        assert "Traceback" not in result.stderr
