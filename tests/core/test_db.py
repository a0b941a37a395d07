"""Opening, creating, migrating and checking databases: real SQLite files only."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel, func, select

from coalitiondesk.core.errors import DatabaseUnavailable, InvalidInput, SchemaTooNew
from coalitiondesk.core.models import Country, Organization
from coalitiondesk.core.records import organizations
from coalitiondesk.core.records.search import is_index_table
from coalitiondesk.core.storage import db

COMPARE = {
    "compare_type": True,
    "include_name": lambda name, type_, _parents: not (type_ == "table" and is_index_table(name)),
}


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "coalition.sqlite3"


def test_new_database_is_created_by_migrations_with_every_country(db_file: Path) -> None:
    database = db.open_database(db_file)
    try:
        assert db_file.exists()
        assert db.schema_revision(database) == db.head_revision()
        with database.session() as session:
            # ISO's 249 countries and Kosovo
            assert session.exec(select(func.count()).select_from(Country)).one() == 250
    finally:
        database.close()


def test_migrations_produce_exactly_the_models_schema(db_file: Path) -> None:
    database = db.open_database(db_file)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts=COMPARE)
            assert compare_metadata(context, SQLModel.metadata) == []
    finally:
        database.close()


def test_the_numbered_migrations_are_alembics_own_chain() -> None:
    """Opening reads the head from the migrations' file names, without Alembic."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(db._alembic_config())
    chain = [revision.revision for revision in script.walk_revisions()]
    assert db.head_revision() == script.get_current_head()
    assert sorted(chain) == sorted(db._revisions())
    assert chain == sorted(chain, reverse=True)  # each numbered after the one before


def test_opening_a_database_at_this_version_loads_no_alembic(db_file: Path) -> None:
    db.open_database(db_file).close()
    code = ("import sys\n"
            "from coalitiondesk.core.storage.db import open_database\n"
            f"open_database({str(db_file)!r}).close()\n"
            "print(sorted({name.split('.')[0] for name in sys.modules} & {'alembic'}))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert loaded == "[]"


def test_sqlite_connection_settings(db_file: Path) -> None:
    database = db.open_database(db_file)
    try:
        with database.engine.connect() as connection:
            def pragma(name: str) -> object:
                return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

            assert pragma("foreign_keys") == 1
            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("busy_timeout") == db.BUSY_TIMEOUT_MS
            assert pragma("secure_delete") == 1
    finally:
        database.close()


def test_reopening_keeps_data_and_does_not_migrate_again(db_file: Path) -> None:
    database = db.open_database(db_file)
    with database.transaction() as session:
        organizations.create_organization(session=session, name="Human Rights Watch")
    database.close()
    again = db.open_database(db_file)
    try:
        with again.session() as session:
            names = [o.name for o in organizations.list_organizations(session=session)]
        assert names == ["Human Rights Watch"]
    finally:
        again.close()


def test_failed_transaction_changes_nothing(db_file: Path) -> None:
    database = db.open_database(db_file)
    try:
        with pytest.raises(InvalidInput), database.transaction() as session:
            organizations.create_organization(session=session, name="Free NK Gulag")
            organizations.create_organization(session=session, name="Bad", country_code="XX")
        with database.session() as session:
            assert organizations.count_organizations(session=session) == 0
    finally:
        database.close()


def test_second_writer_waits_for_the_lock_instead_of_failing(db_file: Path) -> None:
    first = db.open_database(db_file)
    second = db.open_database(db_file)
    finished: list[str] = []

    def write_later() -> None:
        with second.transaction() as session:
            organizations.create_organization(session=session, name="Second")
        finished.append("second")

    try:
        with first.transaction() as session:
            organizations.create_organization(session=session, name="First")
            thread = threading.Thread(target=write_later)
            thread.start()
            time.sleep(0.5)
            assert finished == []  # blocked on BEGIN IMMEDIATE, not failed
        thread.join(timeout=10)
        assert finished == ["second"]
        with first.session() as session:
            assert organizations.count_organizations(session=session) == 2
    finally:
        first.close()
        second.close()


def test_database_from_a_newer_version_is_refused(db_file: Path) -> None:
    db.open_database(db_file).close()
    with sqlite3.connect(db_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(SchemaTooNew, match="newer version"):
        db.open_database(db_file)
    with sqlite3.connect(db_file) as connection:  # left untouched
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "9999_future",
        )


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(db_file: Path) -> None:
    db_file.write_bytes(b"These are my meeting notes, not a database.\n" * 100)
    before = db_file.read_bytes()
    with pytest.raises(DatabaseUnavailable, match="not a CoalitionDesk database"):
        db.open_database(db_file)
    assert db_file.read_bytes() == before


def test_another_applications_sqlite_file_is_refused(db_file: Path) -> None:
    with sqlite3.connect(db_file) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseUnavailable, match="not a CoalitionDesk database"):
        db.open_database(db_file)


def foreign_file(path: Path, *, alembic_revision: str | None = None) -> bytes:
    """Another application's SQLite file, in the rollback-journal mode most use; its bytes."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org/')")
        if alembic_revision is not None:
            connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
            connection.execute("INSERT INTO alembic_version VALUES (?)", (alembic_revision,))
    return path.read_bytes()


@pytest.mark.parametrize("migrate", [False, True])
def test_opening_another_applications_file_writes_nothing_to_it(
    db_file: Path, migrate: bool
) -> None:
    """Not even the journal mode (header bytes 18-19) before it is known to be ours."""
    before = foreign_file(db_file)
    with pytest.raises(DatabaseUnavailable, match="not a CoalitionDesk database"):
        db.open_database(db_file, create=False, migrate=migrate)
    assert hashlib.sha256(db_file.read_bytes()).digest() == hashlib.sha256(before).digest()
    assert [p.name for p in db_file.parent.iterdir()] == [db_file.name]


def test_another_applications_database_with_an_alembic_version_is_not_ours(
    db_file: Path,
) -> None:
    """Not "written by a newer version of CoalitionDesk": it never was ours."""
    before = foreign_file(db_file, alembic_revision="ae1027a6acf")
    for migrate in (False, True):
        with pytest.raises(DatabaseUnavailable, match=r"is not a CoalitionDesk database$"):
            db.open_database(db_file, migrate=migrate)
    assert db_file.read_bytes() == before


def test_a_new_database_is_ours_once_migrated_and_then_uses_the_write_ahead_log(
    db_file: Path,
) -> None:
    db.open_database(db_file).close()
    assert db_file.read_bytes()[18:20] == b"\x02\x02"  # WAL, written into the header


def test_two_schema_versions_at_once_are_refused_in_one_line(db_file: Path) -> None:
    db.open_database(db_file).close()
    with closing(sqlite3.connect(db_file)) as connection, connection:
        connection.execute("INSERT INTO alembic_version VALUES ('0004')")
    for migrate in (False, True):
        with pytest.raises(DatabaseUnavailable, match="records 2 schema versions") as raised:
            db.open_database(db_file, migrate=migrate)
        assert f"0004, {db.head_revision()}" in str(raised.value)
        assert "\n" not in str(raised.value)


def test_a_schema_labelled_older_than_it_is_is_refused_before_migrating(db_file: Path) -> None:
    """A schema at the newest version labelled 0004: migrating it would stop half-way,
    on a table or column that is already there."""
    db.open_database(db_file).close()
    with closing(sqlite3.connect(db_file)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0004'")
    with pytest.raises(DatabaseUnavailable, match="labelled schema version 0004, but it already"
                       " has parts of a later version") as raised:
        db.open_database(db_file)
    # The first of the later columns, in the order of the tables' names.
    assert "the column contact." in str(raised.value)
    with closing(sqlite3.connect(db_file)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0004",)]


def test_a_truly_old_schema_is_not_taken_for_a_mislabelled_one(db_file: Path) -> None:
    from alembic import command

    database = db.open_database(db_file)
    try:
        with database.engine.begin() as connection:
            command.downgrade(db._alembic_config(connection), "0004")
    finally:
        database.close()
    db.open_database(db_file).close()
    with closing(sqlite3.connect(db_file)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (db.head_revision(),)]


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
def test_a_database_in_a_read_only_folder_says_why_it_cannot_be_opened(db_file: Path) -> None:
    db.open_database(db_file).close()
    with read_only_folder(db_file.parent), pytest.raises(DatabaseUnavailable) as raised:
        db.open_database(db_file)
    message = str(raised.value)
    assert "needs to create coalition.sqlite3-wal and coalition.sqlite3-shm" in message
    assert "is read-only" in message and "check that it exists" not in message


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="is a folder"):
        db.open_database(tmp_path)


def test_missing_folder_is_reported_not_created(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "db.sqlite3"
    with pytest.raises(DatabaseUnavailable, match="does not exist"):
        db.open_database(target)
    assert not target.parent.exists()


def test_missing_file_without_create(db_file: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="There is no database"):
        db.open_database(db_file, create=False)
    assert not db_file.exists()


def test_url_for_a_driver_that_is_not_installed() -> None:
    with pytest.raises(DatabaseUnavailable, match="cannot use"):
        db.open_database("nosuchdb://localhost/coalition")


def test_url_and_path_give_the_same_database(db_file: Path) -> None:
    assert db.database_url(f"sqlite:///{db_file}").database == str(db_file)
    assert db.database_url(db_file).database == str(db_file.resolve())


def test_default_database_lives_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = db.default_database_path()
    assert path.is_relative_to(tmp_path / "data")
    database = db.open_database(None)  # creates the folder on first run
    try:
        assert database.path == path.resolve()
        assert path.exists()
    finally:
        database.close()


def test_check_reports_a_healthy_database(db_file: Path) -> None:
    database = db.open_database(db_file)
    try:
        report = db.check_database(database)
        assert report.healthy
        assert report.revision == report.head
    finally:
        database.close()


def test_check_reports_broken_foreign_keys(db_file: Path) -> None:
    db.open_database(db_file).close()
    with sqlite3.connect(db_file) as connection:  # foreign keys are off in a bare connection
        connection.execute(
            "INSERT INTO organization (name, kind, membership_status, country_code, uuid,"
            " show_country_on_signature, created_at, updated_at)"
            " VALUES ('Ghost', 'ngo', 'member', 'ZZ', 'u-1', 1, '2024-01-01', '2024-01-01')"
        )
    database = db.open_database(db_file, migrate=False)
    try:
        report = db.check_database(database)
        assert not report.healthy
        assert any("organization" in problem and "country" in problem
                   for problem in report.problems)
    finally:
        database.close()


def test_check_notices_an_old_schema(db_file: Path) -> None:
    database = db.open_database(db_file)
    with database.engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM alembic_version"))
    try:
        assert not db.check_database(database).healthy
    finally:
        database.close()


def test_organization_delete_really_removes_the_row_content(db_file: Path) -> None:
    """secure_delete: a deleted person's details must not linger in the file."""
    database = db.open_database(db_file)
    marker = "Defector-safehouse-address-8472"
    with database.transaction() as session:
        organization = organizations.create_organization(session=session, name="X", notes=marker)
        organization_id = organization.id
    with database.transaction() as session:
        session.delete(session.get(Organization, organization_id))
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    assert marker.encode() not in db_file.read_bytes()


def test_every_migration_can_be_undone_and_redone(db_file: Path) -> None:
    from alembic import command

    database = db.open_database(db_file)
    try:
        with database.engine.begin() as connection:
            command.downgrade(db._alembic_config(connection), "base")
        assert sa.inspect(database.engine).get_table_names() == ["alembic_version"]
        with database.engine.connect() as connection:
            triggers = connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").scalar()
        assert triggers == 0
        db.upgrade_schema(database)
        assert db.schema_revision(database) == db.head_revision()
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts=COMPARE)
            assert compare_metadata(context, SQLModel.metadata) == []
    finally:
        database.close()
