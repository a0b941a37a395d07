"""The records an import creates are indexed once after their inserts, with exactly the
text the insert trigger writes, and the trigger is back afterwards, also when the import
fails (issue 14's speed)."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from coalitiondesk.core.importing import (
    ImportKind,
    apply_import,
    guess_mapping,
    prepare_import,
    run_to_end,
)
from coalitiondesk.core.importing.readers import build_table
from coalitiondesk.core.importing.search_index import indexed_afterwards
from coalitiondesk.core.models import MembershipStatus
from coalitiondesk.core.records import contacts
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.storage.db import Database

GRID: list[list[Any]] = [
    ["Given name", "Family name", "Native name", "Email", "Notes", "Organization"],
    ["Tae Kyung", "Ha", "하태경", "ha@example.kr", "Seoul office", "Citizens' Alliance"],
    ["Takuya", "Yokota", None, "YOKOTA@Families.Example", None, None],
    ["Phil", "Robertson", None, None, "Bangkok\nline two", "Human Rights Watch"],
]


def triggers(database: Database) -> list[str]:
    with database.session() as session:
        return sorted(session.execute(sa.text(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'"
        )).scalars())


def index_texts(database: Database, table: str) -> dict[int, str]:
    with database.session() as session:
        return dict(session.execute(sa.text(
            f"SELECT rowid, text FROM {table}_search ORDER BY rowid")).all())


def test_imported_contacts_have_the_triggers_text_and_the_trigger_is_back(
        database: Database) -> None:
    before = triggers(database)
    table = build_table(GRID, name="people.csv")
    plan = run_to_end(prepare_import(database=database, table=table, kind=ImportKind.contacts,
                                     mapping=guess_mapping(table, ImportKind.contacts),
                                     new_status=MembershipStatus.member))
    run_to_end(apply_import(database=database, plan=plan))
    assert triggers(database) == before
    imported = index_texts(database, "contact")
    assert len(imported) == 3
    assert "하태경" in imported[min(imported)]
    # The update trigger writes each record's text again as the triggers make it.
    with database.transaction() as session:
        session.execute(sa.text("UPDATE contact SET id = id"))
    assert index_texts(database, "contact") == imported

    with database.session() as session:
        found = contacts.list_contacts(session=session, filters=ContactFilter(search="yokota"))
        assert [person.family_name for person in found] == ["Yokota"]
        found = contacts.list_contacts(session=session, filters=ContactFilter(search="ine tw"))
        assert [person.family_name for person in found] == ["Robertson"]


def test_a_failure_inside_leaves_the_trigger_and_the_index_as_they_were(
        database: Database) -> None:
    before = triggers(database)
    with (pytest.raises(RuntimeError), database.transaction() as session,
          indexed_afterwards(session=session, table="contact", batch_id=1)):
        raise RuntimeError("stopped half-way")
    assert triggers(database) == before
    with database.transaction() as session:
        contacts.create_contact(session=session, given_name="Yoko", family_name="Tanaka")
    # The insert trigger works again.
    [text] = index_texts(database, "contact").values()
    assert "yoko tanaka" in text
