"""No U+0000 reaches a database: forms, services, imports and the last guard refuse it.

SQLCipher's driver hands a Python function text only up to its first NUL, so the
Unicode lower() behind search and the unique lower(title) and lower(name) indexes
would read "Nul<NUL>Group" as "nul". Every path that writes text refuses it,
naming the field (or the import's cell), and changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import Session, select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.importing import (
    Action,
    apply_import,
    initial_mapping,
    kind_for,
    prepare_import,
    read_pasted,
    run_to_end,
    write_error_report,
)
from coalitiondesk.core.models import Letter, Organization
from coalitiondesk.core.records import activities, contacts, letters, organizations, tags
from coalitiondesk.core.records.validation import check_contact, check_organization
from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.db import Database, open_database

NUL_PROBLEM = "contains a NUL character"


def texts_with_nul(path: Path) -> list[tuple[str, str]]:
    """Every (table, column) of the file holding a text with U+0000 (plain files)."""
    connection = sqlite3.connect(path)
    try:
        found = []
        tables = [name for name, in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                hit = connection.execute(
                    f'SELECT 1 FROM "{table}" WHERE typeof("{column}") = \'text\''
                    f" AND instr(\"{column}\", char(0)) > 0 LIMIT 1").fetchone()
                if hit:
                    found.append((table, column))
        return found
    finally:
        connection.close()


def test_the_record_checks_name_the_field_holding_a_nul() -> None:
    checked = check_organization({"name": "Han Voice", "notes": "left\x00over"})
    assert set(checked.problems) == {"notes"}
    assert NUL_PROBLEM in checked.problems["notes"]
    checked = check_contact({"given_name": "Tae\x00Kyung", "email": "ha\x00@example.org"})
    assert set(checked.problems) == {"given_name", "email"}


def test_creating_or_updating_a_record_with_a_nul_is_refused(database: Database) -> None:
    with (pytest.raises(InvalidInput, match=f"^name: {NUL_PROBLEM}"),
          database.transaction() as session):
            organizations.create_organization(session=session, name="Nul\x00Group")
    with database.transaction() as session:
        person = contacts.create_contact(session=session, given_name="Tae Kyung", notes="fine")
    with (pytest.raises(InvalidInput, match=f"^notes: {NUL_PROBLEM}"),
          database.transaction() as session):
            contacts.update_contact(session=session, contact_id=person.id, notes="a\x00b")
    with database.session() as session:
        assert session.exec(select(Organization)).all() == []
        assert contacts.get_contact(session=session, contact_id=person.id).notes == "fine"
    assert texts_with_nul(Path(str(database.path))) == []


def test_letters_tags_and_activities_with_a_nul_are_refused_by_the_last_guard(
        database: Database) -> None:
    with database.transaction() as session:
        group_id = organizations.create_organization(session=session, name="Han Voice").id
    assert group_id is not None
    attempts: dict[str, Callable[[Session], object]] = {
        "title": lambda session: letters.create_letter(session=session, title="Le\x00tter"),
        "name": lambda session: tags.set_organization_tags(
            session=session, organization_id=group_id, names=["wit\x00ness"]),
        "subject": lambda session: activities.create_activity(
            session=session, subject="Meet\x00ing", activity_date=date(2026, 12, 6),
            organization_ids=[group_id]),
    }
    for field, attempt in attempts.items():
        with (pytest.raises(InvalidInput, match=f"^{field}: {NUL_PROBLEM}"),
              database.transaction() as session):
            attempt(session)
    with database.session() as session:
        assert session.exec(select(Letter)).all() == []
        assert tags.list_tags(session=session) == []
    assert texts_with_nul(Path(str(database.path))) == []


def test_an_import_reports_each_cell_holding_a_nul_and_stores_none(
        database: Database, tmp_path: Path) -> None:
    table = read_pasted(
        "Name\tCountry\tTags\tNotes\n"
        "Good Group\tKR\tpartners\tfine\n"
        "Bad\x00Group\tKR\t\t\n"
        "Tag Group\tKR\twit\x00ness\t\n"
        "Note Group\tJP\t\tno\x00te\n")
    kind = kind_for(table)
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=kind)
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=mapping))
    problems = {row.number: row.problems for row in plan.rows if row.action is Action.error}
    assert sorted(problems) == [3, 4, 5]
    assert problems[3][0].startswith(f"name: {NUL_PROBLEM}")
    assert problems[4][0].startswith(f"a tag {NUL_PROBLEM}")
    assert problems[5][0].startswith(f"notes: {NUL_PROBLEM}")
    run_to_end(apply_import(database=database, plan=plan))
    with database.session() as session:
        assert [group.name for group in session.exec(select(Organization))] == ["Good Group"]
    assert texts_with_nul(Path(str(database.path))) == []
    # The rows left out still reach the error report, readable.
    report = tmp_path / "not imported.xlsx"
    assert write_error_report(plan, report) == 3
    sheet = openpyxl.load_workbook(report).active
    assert sheet is not None
    assert sheet.max_row == 4


def test_an_encrypted_database_refuses_a_nul_too(tmp_path: Path) -> None:
    database = open_database(tmp_path / "secret.sqlite3", passphrase=Passphrase("correct horse"))
    try:
        with (pytest.raises(InvalidInput, match=f"^title: {NUL_PROBLEM}"),
              database.transaction() as session):
                letters.create_letter(session=session, title="Nul\x00Letter")
        with database.transaction() as session:
            letters.create_letter(session=session, title="Nul Letter")
        with database.session() as session:
            assert [letter.title for letter in session.exec(select(Letter))] == ["Nul Letter"]
    finally:
        database.close()


def test_a_tag_or_letter_title_written_with_a_nul_before_is_marked_when_opened(
        database: Database) -> None:
    """Python's sqlite3 built the unique lower() indexes from the whole text; SQLCipher's
    driver cuts it at the NUL, which the integrity check (and every backup's) failed on."""
    path = Path(str(database.path))
    with database.transaction() as session:
        letters.create_letter(session=session, title="Letter")
        group_id = organizations.create_organization(session=session, name="Han Voice").id
        assert group_id is not None
        tags.set_organization_tags(session=session, organization_id=group_id,
                                   names=["Witness", "Wit"])
    database.close()
    older = sqlite3.connect(path)  # as CoalitionDesk wrote before NULs were refused
    older.create_function("lower", 1, lambda text: text.lower() if isinstance(text, str)
                          else text, deterministic=True)
    with older:
        older.execute("UPDATE tag SET name = 'Wit' || char(0) || 'ness' WHERE name = 'Witness'")
        older.execute("UPDATE letter SET title = 'Let' || char(0) || 'ter'")
    older.close()
    reopened = open_database(path)
    try:
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        with reopened.session() as session:
            assert sorted(tags.list_tags(session=session)) == ["Wit", "Wit\ufffdness"]
            assert [letter.title for letter in session.exec(select(Letter))] == [
                "Let\ufffdter"]
    finally:
        reopened.close()
    assert texts_with_nul(path) == []
