"""An import's journal written once per insert: the same journal as the triggers', undone alike.

core.journal.bulk_inserts drops a table's insert trigger while an import inserts
and writes the journal rows afterwards in one statement. These tests run the
same imports on two copies of one database, one with the batch and one with the
triggers firing row by row, and compare the journals; then undo the imports
after a restart and compare every table with the database before them.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.importing import (
    ImportKind,
    apply_import,
    initial_mapping,
    prepare_import,
    read_file,
    run_to_end,
    undo_import,
)
from coalitiondesk.core.importing import apply as import_apply
from coalitiondesk.core.importing.readers import SourceTable, build_table
from coalitiondesk.core.journal.bulk_inserts import JournalGap, journaled_afterwards
from coalitiondesk.core.journal.triggers import OWNERS
from coalitiondesk.core.storage.db import Database, open_database

IMPORT = Path(__file__).resolve().parents[1] / "data" / "import"
HEADERS = ["Given name", "Family name", "Email", "Phone", "Country", "Organization", "Tags"]


def _first_contacts() -> SourceTable:
    grid: list[list[Any]] = [list(HEADERS)]
    for number in range(40):
        grid.append([f"Min-ji {number}", "Kim", f"person{number}@example.org",
                     f"+82 2 123 {4000 + number}", "KR",
                     # New organizations (some shared), and one the demo stores.
                     "Amnesty International" if number % 7 == 0 else f"Partner {number % 9}",
                     "donor; Seoul" if number % 3 == 0 else ""])
    return build_table(grid, name="contacts.xlsx")


def _second_contacts() -> SourceTable:
    """The same people again, some renamed or with new phones, tags and organizations:
    updates, aliases, new links."""
    grid: list[list[Any]] = [list(HEADERS)]
    for number in range(0, 40, 2):
        grid.append([f"Minji {number}", "Kim", f"person{number}@example.org",
                     f"+82 2 987 {4000 + number}", "KR", f"Partner {number % 11}",
                     "volunteer"])
    for number in range(40, 50):
        grid.append([f"Jun {number}", "Lee", f"person{number}@example.org", "", "JP",
                     "Asia Justice and Rights", ""])
    return build_table(grid, name="contacts-again.xlsx")


def _import(database: Database, table: SourceTable, kind: ImportKind) -> int:
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=kind)
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=mapping))
    return run_to_end(apply_import(database=database, plan=plan)).batch_id


def _three_imports(database: Database) -> list[int]:
    return [_import(database, _first_contacts(), ImportKind.contacts),
            _import(database, read_file(IMPORT / "organizations_utf8.csv"),
                    ImportKind.organizations),
            _import(database, _second_contacts(), ImportKind.contacts)]


def _journal(database: Database) -> list[tuple[Any, ...]]:
    """Every journal row; inside an update's values, the times (stamped when each copy
    ran) and the UUIDs (random for each record created) masked."""
    def masked(text: str | None) -> str | None:
        if text is None:
            return None
        values = json.loads(text)
        return json.dumps({key: "<masked>" if key.endswith("_at") or key == "uuid"
                           else value
                           for key, value in values.items()}, sort_keys=True)

    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT id, operation_id, table_name, row_key, action, before, after,"
            " owner_table, owner_key, erased FROM journal_change ORDER BY id").all()
    return [(*row[:5], masked(row[5]), masked(row[6]), *row[7:]) for row in rows]


def _schema(database: Database) -> list[tuple[Any, ...]]:
    with database.engine.connect() as connection:
        return list(connection.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name").all())


def _records(database: Database, *, stamped: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every journaled table's rows, without the time stamp an undo moves on; and, unless
    `stamped`, without any time or UUID (another copy's import stamps its own)."""
    dump: dict[str, list[tuple[Any, ...]]] = {}
    with database.engine.connect() as connection:
        for table in OWNERS:
            columns = [str(row[1]) for row in connection.exec_driver_sql(
                f'PRAGMA table_info("{table}")') if row[1] != "updated_at"
                and (stamped or not (str(row[1]).endswith("_at") or row[1] == "uuid"))]
            if not columns:
                continue
            listed = ", ".join(f'"{column}"' for column in columns)
            dump[table] = list(connection.exec_driver_sql(
                f'SELECT {listed} FROM "{table}" ORDER BY rowid').all())
    return dump


@pytest.fixture
def demo_file(tmp_path: Path, new_database_file: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(new_database_file, path)
    database = open_database(path)
    with database.transaction() as session:
        load_demo(session=session)
    database.close()
    return path


@contextmanager
def _opened(path: Path) -> Iterator[Database]:
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


def test_an_imports_journal_is_the_triggers_journal_row_for_row(
        demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    batched_path, by_trigger_path = tmp_path / "batched.sqlite3", tmp_path / "trigger.sqlite3"
    shutil.copyfile(demo_file, batched_path)
    shutil.copyfile(demo_file, by_trigger_path)
    with _opened(batched_path) as batched:
        schema = _schema(batched)
        _three_imports(batched)
        journal = _journal(batched)
        records = _records(batched, stamped=False)
        assert _schema(batched) == schema  # every trigger back, as it was
    with monkeypatch.context() as patched:
        # The same imports with the insert triggers firing row by row, as before the batch.
        patched.setattr(import_apply, "journaled_afterwards",
                        lambda **_: nullcontext())
        with _opened(by_trigger_path) as by_trigger:
            _three_imports(by_trigger)
            expected = _journal(by_trigger)
            expected_records = _records(by_trigger, stamped=False)
    inserted = {row[2] for row in expected if row[4] == "insert"}
    # What the comparison covers: records, their tags, links, aliases and status history.
    assert {"contact", "organization", "affiliation", "contact_tag", "organization_tag",
            "membership_change", "contact_alias"} <= inserted
    assert journal == expected
    assert records == expected_records


def test_imports_undone_after_a_restart_leave_the_database_as_before(demo_file: Path) -> None:
    with _opened(demo_file) as database:
        before = _records(database)
        batches = _three_imports(database)
        assert _records(database) != before
    with _opened(demo_file) as reopened:  # a restart: only the file remains
        for batch_id in reversed(batches):
            undo_import(database=reopened, batch_id=batch_id)
        assert _records(reopened) == before


def _trigger_sql(connection: sa.Connection, name: str) -> str | None:
    return connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE name = ?", (name,)).scalar()


def test_a_failed_import_leaves_neither_rows_nor_journal_and_the_trigger_back(
        demo_file: Path) -> None:
    with _opened(demo_file) as database:
        schema, journal, records = _schema(database), _journal(database), _records(database)
        with pytest.raises(RuntimeError, match="cancelled"), \
                database.operation("import") as operation:
            connection = operation.session.connection()
            with journaled_afterwards(session=operation.session, table="tag"):
                assert _trigger_sql(connection, "journal_tag_insert") is None
                connection.exec_driver_sql("INSERT INTO tag (name) VALUES ('new tag')")
                raise RuntimeError("cancelled")
        assert (_schema(database), _journal(database), _records(database)) == (
            schema, journal, records)


def test_a_row_the_batch_would_miss_fails_the_whole_operation(demo_file: Path) -> None:
    with _opened(demo_file) as database:
        journal, records = _journal(database), _records(database)
        with pytest.raises(JournalGap), database.operation("import") as operation, \
                journaled_afterwards(session=operation.session, table="tag"):
            # A rowid below the largest: never an import's, and not found by the batch.
            operation.session.connection().exec_driver_sql(
                "INSERT INTO tag (id, name) VALUES (-5, 'hidden')")
        assert (_journal(database), _records(database)) == (journal, records)
        with database.operation("import") as operation:  # the trigger is back: journaled
            operation.session.connection().exec_driver_sql(
                "INSERT INTO tag (id, name) VALUES (-5, 'seen')")
        assert _journal(database)[-1][2:5] == ("tag", "[-5]", "insert")
