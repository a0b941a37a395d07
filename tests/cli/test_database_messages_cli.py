"""Databases that cannot be opened, met on the command line: one line that says why,
never a traceback, and the file left as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from coalitiondesk.core.storage.db import head_revision, open_database


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


def ours(path: Path, sql: str) -> None:
    open_database(path).close()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(sql)


def two_schema_versions(path: Path) -> None:
    ours(path, "INSERT INTO alembic_version VALUES ('0004')")


def newest_schema_labelled_0004(path: Path) -> None:
    ours(path, "UPDATE alembic_version SET version_num = '0004'")


def other_application_with_alembic(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "two rows in alembic_version": (
        two_schema_versions, f"records 2 schema versions (0004, {head_revision()})"),
    "the newest schema labelled 0004": (
        newest_schema_labelled_0004, "is labelled schema version 0004, but it already has"),
    "another application's database with alembic_version": (
        other_application_with_alembic, "is not a CoalitionDesk database"),
}


@pytest.mark.parametrize("command", ["check", "demo"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_database_that_is_not_one_we_can_use_is_one_line(
    tmp_path: Path, case: str, command: str
) -> None:
    make, fragment = CASES[case]
    path = tmp_path / "coalition.sqlite3"
    make(path)
    before = path.read_bytes()
    line = assert_one_line_error(run("--db", str(path), command, data=tmp_path / "data"),
                                 fragment)
    assert "newer version" not in line
    assert path.read_bytes() == before


@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """A folder that takes no new files: without write permission, or, for root (whom
    permissions do not stop), immutable."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    if shutil.which("chattr") is None or subprocess.run(
            ["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("no way to make a folder read-only for root here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_database_in_a_read_only_folder_says_what_sqlite_needs(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "coalition.sqlite3"
    open_database(path).close()
    with read_only_folder(folder):
        line = assert_one_line_error(run("--db", str(path), "check", data=tmp_path / "data"),
                                     "SQLite needs to create coalition.sqlite3-wal and"
                                     " coalition.sqlite3-shm beside it")
    assert f"the folder {folder} is read-only" in line
