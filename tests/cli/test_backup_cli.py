"""`coalitiondesk backup [--to FILE] [--list]` and `coalitiondesk restore FILE`, run as a
user runs them, and damaged databases met on the command line."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from coalitiondesk.core.backup import back_up
from coalitiondesk.core.db import open_database
from coalitiondesk.core.demo import load_demo


def run(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coalitiondesk", *args], capture_output=True, text=True,
        timeout=120, env=dict(os.environ, XDG_DATA_HOME=str(data)),
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0], lines[0]
    return lines[0]


def count(db_file: Path, table: str = "organization") -> int:
    with closing(sqlite3.connect(db_file)) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """The user data folder, where backups go."""
    return tmp_path / "data"


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """The demo coalition, made in this process to keep the tests quick."""
    path = tmp_path / "coalition.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        load_demo(session=session)
    database.close()
    return path


def backups_in(data: Path) -> list[Path]:
    return sorted((data / "CoalitionDesk" / "backups").rglob("*.sqlite3"))


def test_backup_into_the_backups_folder_and_list(demo_file: Path, data: Path) -> None:
    empty = run("--db", str(demo_file), "backup", "--list", data=data)
    assert empty.returncode == 0
    assert "No backups" in empty.stdout and str(data) in empty.stdout

    result = run("--db", str(demo_file), "backup", data=data)
    assert result.returncode == 0, result.stderr
    made = backups_in(data)
    assert len(made) == 1
    assert made[0].name.startswith("coalition-") and made[0].name.endswith("-manual.sqlite3")
    assert f"to {made[0]}" in result.stdout and "verified" in result.stdout
    assert count(made[0]) == 39

    listed = run("--db", str(demo_file), "backup", "--list", data=data)
    assert listed.returncode == 0
    assert str(made[0].parent) in listed.stdout
    assert made[0].name in listed.stdout and "manual" in listed.stdout


def test_backup_to_a_file(demo_file: Path, data: Path, tmp_path: Path) -> None:
    target = tmp_path / "for-partners.sqlite3"
    result = run("--db", str(demo_file), "backup", "--to", str(target), data=data)
    assert result.returncode == 0, result.stderr
    assert count(target) == 39
    assert backups_in(data) == []  # a chosen file is not part of the rotation
    again = run("--db", str(demo_file), "backup", "--to", str(target), data=data)
    assert_one_line_error(again, "already exists")


def test_backup_of_a_missing_database(tmp_path: Path, data: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert_one_line_error(run("--db", str(missing), "backup", data=data),
                          "There is no database")
    assert not missing.exists()


def test_backup_and_list_refuse_a_server_database(data: Path) -> None:
    result = run("--db", "postgresql://nobody@127.0.0.1:1/coalition", "backup", data=data)
    assert_one_line_error(result, "made on the server")


def test_restore_replaces_the_database_after_backing_it_up(
    demo_file: Path, data: Path, tmp_path: Path
) -> None:
    saved = back_up(demo_file, to=tmp_path / "saved.sqlite3").path
    with closing(sqlite3.connect(demo_file)) as connection, connection:
        connection.execute("DELETE FROM organization WHERE id > 20")
    assert count(demo_file) == 20

    result = run("--db", str(demo_file), "restore", str(saved), data=data)

    assert result.returncode == 0, result.stderr
    assert count(demo_file) == 39
    assert "39 organizations, 4 contacts" in result.stdout
    safety = backups_in(data)
    assert len(safety) == 1 and safety[0].name.endswith("-before-restore.sqlite3")
    assert count(safety[0]) == 20
    assert f"to {safety[0]}" in result.stdout


@pytest.mark.parametrize(("content", "message"), [
    ("notes", "not a CoalitionDesk backup"),
    ("other-app", "not a CoalitionDesk backup"),
])
def test_restore_refuses_what_is_not_a_backup_and_changes_nothing(
    demo_file: Path, data: Path, tmp_path: Path, content: str, message: str
) -> None:
    source = tmp_path / "candidate.sqlite3"
    if content == "notes":
        source.write_text("Seoul contacts — not a database\n" * 200, encoding="utf-8")
    elif content == "other-app":
        with closing(sqlite3.connect(source)) as connection:
            connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    before = demo_file.read_bytes()
    assert_one_line_error(run("--db", str(demo_file), "restore", str(source), data=data),
                          message)
    assert demo_file.read_bytes() == before
    assert backups_in(data) == []


def test_a_damaged_database_is_set_aside_and_the_backup_restored(
    demo_file: Path, data: Path
) -> None:
    assert run("--db", str(demo_file), "backup", data=data).returncode == 0
    [good] = backups_in(data)
    os.truncate(demo_file, demo_file.stat().st_size // 2 // 4096 * 4096)
    damaged_bytes = demo_file.read_bytes()

    # Reading reports the damage and leaves the file where it is.
    checked = run("--db", str(demo_file), "check", data=data)
    assert_one_line_error(checked, "is damaged: the file is truncated")
    assert demo_file.read_bytes() == damaged_bytes

    # A command that writes sets it aside and says how to restore.
    line = assert_one_line_error(run("--db", str(demo_file), "demo", data=data),
                                 "is damaged: the file is truncated")
    assert "moved aside" in line and str(good) in line
    assert f'coalitiondesk --db "{demo_file}" restore "{good}"' in line
    [moved] = demo_file.parent.glob("coalition.sqlite3.damaged-*")
    assert moved.read_bytes() == damaged_bytes
    assert not demo_file.exists()

    restored = run("--db", str(demo_file), "restore", str(good), data=data)
    assert restored.returncode == 0, restored.stderr
    assert "39 organizations" in restored.stdout and "Moved the damaged" not in restored.stdout
    assert count(demo_file) == 39
