"""`coalitiondesk backup [--to FILE] [--list]` and `coalitiondesk restore FILE`, run as a
user runs them, and damaged databases met on the command line."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
import sqlcipher3

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.storage.backup import back_up
from coalitiondesk.core.storage.db import open_database


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


def test_a_backup_of_a_server_out_of_reach_is_one_line(
        data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COALITIONDESK_SERVER_WAIT", "0")  # no wait for a server (30 s)
    result = run("--db", "postgresql://nobody@127.0.0.1:1/coalition", "backup", data=data)
    assert_one_line_error(result, "Cannot reach the database server")


def test_restore_replaces_the_database_after_backing_it_up(
    demo_file: Path, data: Path, tmp_path: Path
) -> None:
    saved = back_up(demo_file, to=tmp_path / "saved.sqlite3").path
    # CoalitionDesk's SQLite: once FTS5's secure-delete has deleted, an SQLite older
    # than 3.44 (Python's own here) cannot write the search index.
    with closing(sqlcipher3.connect(demo_file)) as connection, connection:
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

    # The next write makes no new, empty database in its place: it repeats the hint.
    again = assert_one_line_error(run("--db", str(demo_file), "demo", data=data),
                                  "There is no database")
    assert str(moved) in again
    assert f'coalitiondesk --db "{demo_file}" restore "{good}"' in again
    assert not demo_file.exists()

    restored = run("--db", str(demo_file), "restore", str(good), data=data)
    assert restored.returncode == 0, restored.stderr
    assert "39 organizations" in restored.stdout and "Moved the damaged" not in restored.stdout
    assert count(demo_file) == 39


def crashed_after_39_edits(path: Path) -> None:
    """39 committed renames, then the state a crash leaves: the changes only in the -wal."""
    database = open_database(path)
    keep = sqlite3.connect(path)  # as the application's own, so no checkpoint at the end
    keep.execute("SELECT count(*) FROM organization").fetchone()
    for number in range(1, 40):
        with database.transaction() as session:
            session.connection().exec_driver_sql(
                f"UPDATE organization SET name = 'Edited {number}' WHERE id = {number}")
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    saved = {file: file.read_bytes() for file in [path, *companions]}
    database.close()
    keep.close()
    for file, content in saved.items():
        file.write_bytes(content)


def test_a_damaged_write_ahead_log_is_found_before_its_changes_are_lost(
    demo_file: Path, data: Path
) -> None:
    assert run("--db", str(demo_file), "backup", data=data).returncode == 0
    [good] = backups_in(data)
    crashed_after_39_edits(demo_file)
    wal = demo_file.with_name(demo_file.name + "-wal")
    frames = (wal.stat().st_size - 32) // (24 + 4096)
    with wal.open("r+b") as file:
        file.seek(32 + frames // 2 * (24 + 4096) + 24 + 1000)
        byte = file.read(1)[0]
        file.seek(-1, os.SEEK_CUR)
        file.write(bytes([byte ^ 0x01]))
    damaged = {file.name: file.read_bytes() for file in (demo_file, wal)}

    checked = run("--db", str(demo_file), "check", data=data)
    assert_one_line_error(checked, "write-ahead log (the -wal file) is damaged")
    assert {file.name: file.read_bytes() for file in (demo_file, wal)} == damaged

    line = assert_one_line_error(run("--db", str(demo_file), "demo", data=data),
                                 "fail their checksum")
    assert f'coalitiondesk --db "{demo_file}" restore "{good}"' in line
    [moved] = demo_file.parent.glob("coalition.sqlite3.damaged-*[0-9Z]")
    assert moved.read_bytes() == damaged[demo_file.name]
    assert moved.with_name(moved.name + "-wal").read_bytes() == damaged[wal.name]
    assert not demo_file.exists()


def other_application_file(path: Path) -> bytes:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org/')")
    return path.read_bytes()


def test_check_leaves_another_applications_file_byte_for_byte(
    tmp_path: Path, data: Path
) -> None:
    places = tmp_path / "places.sqlite"
    before = hashlib.sha256(other_application_file(places)).hexdigest()
    assert_one_line_error(run("--db", str(places), "check", data=data),
                          "is not a CoalitionDesk database")
    assert hashlib.sha256(places.read_bytes()).hexdigest() == before
    assert [p.name for p in tmp_path.iterdir()] == ["places.sqlite"]


def test_restore_refuses_to_replace_another_applications_file(
    demo_file: Path, data: Path, tmp_path: Path
) -> None:
    saved = back_up(demo_file, to=tmp_path / "saved.sqlite3").path
    places = tmp_path / "places.sqlite"
    before = other_application_file(places)
    assert_one_line_error(run("--db", str(places), "restore", str(saved), data=data),
                          "is not a CoalitionDesk database; a backup is not restored over it")
    assert places.read_bytes() == before
    assert backups_in(data) == []

