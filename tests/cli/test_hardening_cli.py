"""The command line against what an adversarial run tried (issue 19): columns mostly
wrong, two imports at once, names too long for the file system, IDs too large for
SQLite, a read-only database, full disks, unwritable folders. Each ends in one line
on stderr and a non-zero exit, never a traceback, and changes nothing it should not."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
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
