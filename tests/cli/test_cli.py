"""The command line, run as a user runs it: a real process on a real database file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from coalitiondesk import __version__
from coalitiondesk.core.storage.db import head_revision


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coalitiondesk", *args],
        capture_output=True, text=True, timeout=120, env=env,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]


def count(db_file: Path, table: str) -> int:
    with sqlite3.connect(db_file) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "coalition.sqlite3"


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"coalitiondesk {__version__}"


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for word in ("--db", "demo", "check"):
        assert word in result.stdout


def test_demo_loads_the_coalition_once(db_file: Path) -> None:
    first = run("--db", str(db_file), "demo")
    assert first.returncode == 0, first.stderr
    assert "39 organizations, 4 contacts, 1 letter, 3 activities" in first.stdout
    counts = {t: count(db_file, t) for t in ("organization", "contact", "signature", "activity")}
    assert counts["signature"] == 32

    second = run("--db", str(db_file), "demo")
    assert second.returncode == 0, second.stderr
    assert "nothing added" in second.stdout
    assert {t: count(db_file, t) for t in counts} == counts


def test_check_on_a_healthy_database(db_file: Path) -> None:
    run("--db", str(db_file), "demo")
    result = run("--db", str(db_file), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Integrity: ok" in result.stdout
    assert f"Schema version: {head_revision()} " in result.stdout


def test_check_on_a_damaged_database_fails(db_file: Path) -> None:
    run("--db", str(db_file), "demo")
    # CoalitionDesk's SQLite: once FTS5's secure-delete has deleted, an SQLite older
    # than 3.44 (Python's own here) cannot write the search index.
    with sqlcipher3.connect(db_file) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("UPDATE organization SET country_code = 'ZZ' WHERE id = 6")
    result = run("--db", str(db_file), "check")
    assert result.returncode != 0
    assert "Problem:" in result.stdout


def test_sqlalchemy_url_works_like_a_path(db_file: Path) -> None:
    assert run("--db", f"sqlite:///{db_file}", "demo").returncode == 0
    assert count(db_file, "organization") == 39


def test_default_database_is_in_the_user_data_folder(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "xdg"))
    result = run("demo", env=env)
    assert result.returncode == 0, result.stderr
    created = list((tmp_path / "xdg").rglob("*.sqlite3"))
    assert len(created) == 1
    assert str(created[0]) in result.stdout


def test_check_on_a_missing_file_does_not_create_it(db_file: Path) -> None:
    result = run("--db", str(db_file), "check")
    assert_one_line_error(result, "There is no database")
    assert not db_file.exists()


def test_missing_folder(tmp_path: Path) -> None:
    assert_one_line_error(run("--db", str(tmp_path / "nope" / "x.db"), "demo"), "does not exist")


def test_directory_instead_of_a_file(tmp_path: Path) -> None:
    assert_one_line_error(run("--db", str(tmp_path), "demo"), "is a folder")


def test_file_that_is_not_a_database_is_left_unchanged(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Contacts in Seoul — do not share\n" * 50, encoding="utf-8")
    before = notes.read_bytes()
    assert_one_line_error(run("--db", str(notes), "demo"), "not a CoalitionDesk database")
    assert notes.read_bytes() == before


def test_url_for_a_driver_that_is_not_installed() -> None:
    assert_one_line_error(run("--db", "nosuchdb://server/coalition", "check"), "cannot use")


def test_postgresql_without_driver_or_server_is_one_clear_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COALITIONDESK_SERVER_WAIT", "0")  # no wait for a server (30 s)
    result = run("--db", "postgresql://nobody@127.0.0.1:1/coalition", "check")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_database_from_a_newer_version(db_file: Path) -> None:
    run("--db", str(db_file), "demo")
    with sqlite3.connect(db_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    assert_one_line_error(run("--db", str(db_file), "demo"), "newer version")
    assert count(db_file, "organization") == 39


def test_unknown_command_is_a_usage_error() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_every_command_is_listed_by_the_module_that_registers_it() -> None:
    import argparse
    import importlib

    from coalitiondesk.cli import COMMANDS

    registered: dict[str, str] = {}
    for module in dict.fromkeys(COMMANDS.values()):
        commands = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"coalitiondesk.commands.{module}").register(commands)
        registered.update(dict.fromkeys(commands.choices, module))
    assert registered == COMMANDS


@pytest.mark.parametrize("argv, loaded", [
    (["--db", "x.sqlite3", "import", "--status", "member", "file.xlsx"], ["import_file"]),
    (["--passphrase-file", "secret", "undo", "3"], ["history"]),
    (["--db", "x.sqlite3"], []),
    (["--help"], "all"),
    (["no-such-command"], "all"),
])
def test_only_the_command_being_run_is_loaded(argv: list[str], loaded: object) -> None:
    from coalitiondesk.cli import COMMANDS, command_modules

    names = [module.__name__.rsplit(".", 1)[1] for module in command_modules(argv)]
    assert names == (list(dict.fromkeys(COMMANDS.values())) if loaded == "all" else loaded)


def test_an_import_does_not_load_the_other_commands_libraries(tmp_path: Path) -> None:
    code = ("import sys\n"
            "from coalitiondesk.cli import main\n"
            f"main(['--db', {str(tmp_path / 'x.sqlite3')!r}, 'import', '--help'])\n")
    result = subprocess.run([sys.executable, "-c", code + "", ], capture_output=True, text=True)
    assert "usage: coalitiondesk import" in result.stdout
    probe = code.replace("'--help'", "'--dry-run', 'missing.xlsx'") + (
        "print(sorted({'numpy', 'alembic', 'reportlab', 'docx'} & set(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=tmp_path)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr


def test_a_command_collects_garbage_less_often_and_restores_the_thresholds() -> None:
    import gc

    from coalitiondesk.cli import COMMAND_GC_THRESHOLDS, fewer_collections

    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == COMMAND_GC_THRESHOLDS
    assert gc.get_threshold() == before
