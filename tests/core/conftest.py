"""Fixtures for the core service tests: real SQLite files in a temporary folder."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlmodel import SQLModel, func, select

from coalitiondesk.core.storage.db import Database, open_database


@pytest.fixture(scope="session")
def new_database_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database just made by open_database: schema migrated, every country present.

    Made once per run and copied for each test, which saves the migrations'
    time in every test without changing what the tests open.
    """
    path = tmp_path_factory.mktemp("template") / "new.sqlite3"
    open_database(path).close()
    # Closing the last connection folds the write-ahead log into the file, so
    # the file alone is the whole database.
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def database(tmp_path: Path, new_database_file: Path) -> Iterator[Database]:
    """A new, empty CoalitionDesk database (countries only), closed after the test."""
    path = tmp_path / "test.sqlite3"
    shutil.copyfile(new_database_file, path)
    opened = open_database(path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def demo_database(database: Database, demo_template: Callable[[Database], None]) -> Database:
    """The database with the ICNK demo coalition loaded."""
    demo_template(database)
    return database


@pytest.fixture
def count(database: Database) -> Callable[[type[SQLModel]], int]:
    """How many rows a table holds, read through a new session."""

    def count_rows(model: type[SQLModel]) -> int:
        with database.session() as session:
            return int(session.exec(select(func.count()).select_from(model)).one())

    return count_rows
