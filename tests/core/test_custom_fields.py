"""The coordinator's own fields (core.records.custom_fields): defined, renamed and removed
as undoable operations, their values checked by type, searched, filtered, and brought back
by an undo."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest
from sqlmodel import select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.journal import undo
from coalitiondesk.core.models import Contact, CustomField, Organization
from coalitiondesk.core.records import contacts, custom_fields, edits, organizations
from coalitiondesk.core.storage.db import Database


def _contact(database: Database, **values: object) -> int:
    return edits.save_record(database, kind="contact", name="x", values=values).record_id


def _found(database: Database, **filters: object) -> list[str | None]:
    with database.session() as session:
        return [contact.family_name for contact in contacts.list_contacts(
            session=session, filters=contacts.ContactFilter(**filters))]  # type: ignore[arg-type]


def test_values_are_checked_by_type_searched_filtered_and_come_back_with_an_undo(
        database: Database) -> None:
    region = custom_fields.add_field(database, record_kind="contact", label="Home region")
    since = custom_fields.add_field(database, record_kind="contact", label="Source since",
                                    value_type="date")
    trust = custom_fields.add_field(database, record_kind="contact", label="Trust level",
                                    value_type="choice", choices=["High", "Low", "high"])
    vetted = custom_fields.add_field(database, record_kind="contact", label="Vetted",
                                     value_type="flag")
    count = custom_fields.add_field(database, record_kind="contact", label="Meetings",
                                    value_type="number")
    assert custom_fields.options(trust) == ("High", "Low")
    assert region.id and since.id and trust.id and vetted.id and count.id
    raw = {region.id: " 함경북도 ", since.id: "2019-03-01", trust.id: "high", vetted.id: "yes",
           count.id: "1 200"}
    with database.session() as session:
        definitions = custom_fields.list_custom_fields(session=session, record_kind="contact")
    clean, problems = custom_fields.check_values(definitions=definitions, values=raw)
    assert problems == {}
    assert clean == {region.id: "함경북도", since.id: "2019-03-01", trust.id: "High",
                     vetted.id: True, count.id: 1200}
    kim = _contact(database, family_name="Kim", custom_values=custom_fields.encode_values(clean))
    _contact(database, family_name="Lee")

    # Stored as written (not \\uXXXX), so the search index reads the words.
    with closing(sqlite3.connect(database.path)) as connection:
        stored = connection.execute("SELECT custom_values FROM contact WHERE id = ?",
                                    (kim,)).fetchone()[0]
    assert "함경북도" in stored and json.loads(stored)[str(count.id)] == 1200
    assert _found(database, search="함경") == ["Kim"]
    assert _found(database, custom=((trust.id, "HIGH"),)) == ["Kim"]
    assert _found(database, custom=((vetted.id, "no"),)) == []
    assert _found(database, custom=((count.id, 1200),)) == ["Kim"]
    assert _found(database, custom=((region.id, None),)) == ["Lee"]

    _, problems = custom_fields.check_values(
        definitions=definitions, values={trust.id: "Medium", count.id: "1,5", since.id: "soon"})
    assert set(problems) == {trust.id, count.id, since.id}
    assert str(problems[trust.id]) == "Medium is not one of High, Low"

    # A deleted contact's values come back with the undo of the delete.
    edits.delete_record(database, kind="contact", record_id=kim, name="Kim")
    assert _found(database, search="함경") == []
    undo.undo(database)
    assert _found(database, search="함경") == ["Kim"]
    with database.session() as session:
        contact = session.get(Contact, kim)
        assert contact is not None
        assert custom_fields.read_values(contact.custom_values)[region.id] == "함경북도"


def test_removing_a_field_takes_its_values_and_an_undo_brings_both_back(
        database: Database) -> None:
    field = custom_fields.add_field(database, record_kind="organization", label="Founded")
    assert field.id is not None
    with database.operation() as operation:
        for name in ("A", "B"):
            record = organizations.create_organization(session=operation.session, name=name)
            custom_fields.set_custom_values(session=operation.session, record=record,
                                            values={field.id: f"19{name}"})
        organizations.create_organization(session=operation.session, name="C")
    with database.session() as session:
        assert custom_fields.count_values(session=session, field_id=field.id) == 2
    assert custom_fields.remove_field(database, field_id=field.id) == 2
    with database.session() as session:
        assert session.exec(select(CustomField)).all() == []
        assert [o.custom_values for o in session.exec(select(Organization))] == [None] * 3
    undo.undo(database)
    with database.session() as session:
        assert custom_fields.count_values(session=session, field_id=field.id) == 2
        assert custom_fields.registry_fields(session=session, record_kind="organization")[
            0].label == "Founded"


def test_names_are_refused_when_taken_and_a_rename_keeps_the_values(
        database: Database) -> None:
    field = custom_fields.add_field(database, record_kind="contact", label="Region of origin")
    assert field.id is not None
    with pytest.raises(InvalidInput, match="already a field called Region of origin"):
        custom_fields.add_field(database, record_kind="contact", label="region  OF origin")
    with pytest.raises(InvalidInput, match="Email is already a field"):
        custom_fields.add_field(database, record_kind="contact", label="Email")
    with pytest.raises(InvalidInput, match="needs at least one choice"):
        custom_fields.add_field(database, record_kind="contact", label="Tier",
                                value_type="choice")
    with pytest.raises(InvalidInput, match="needs a name"):
        custom_fields.add_field(database, record_kind="contact", label="  ")
    # The same name for the other kind of record is another field.
    custom_fields.add_field(database, record_kind="organization", label="Region of origin")
    kim = _contact(database, family_name="Kim")
    with database.operation() as operation:
        record = operation.session.get(Contact, kim)
        assert record is not None
        custom_fields.set_custom_values(session=operation.session, record=record,
                                        values={field.id: "Hamgyong"})
        with pytest.raises(InvalidInput, match="no custom field"):
            custom_fields.set_custom_values(session=operation.session, record=record,
                                            values={field.id + 1: "x"})
    custom_fields.rename_field(database, field_id=field.id, label="Province of origin")
    with database.session() as session:
        entry = custom_fields.registry_fields(session=session, record_kind="contact")[0]
        assert (entry.key, entry.label) == (f"custom_{field.id}", "Province of origin")
        contact = session.get(Contact, kim)
        assert contact is not None
        assert custom_fields.read_values(contact.custom_values) == {field.id: "Hamgyong"}
