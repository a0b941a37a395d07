"""Many records at once: one of the coordinator's own fields set or cleared, and all put
on a letter as signatories or recipients; each one operation that one undo takes back."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlmodel import select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.journal.undo import undo
from coalitiondesk.core.models import JournalOperation, Recipient, Signature, SignatureStatus
from coalitiondesk.core.records import contacts, custom_fields, letters, organizations
from coalitiondesk.core.records.bulk import BulkChange, apply_change, to_change
from coalitiondesk.core.records.bulk_letters import add_to_letter, letter_additions
from coalitiondesk.core.storage.db import Database


def _organizations(database: Database, count: int) -> list[int]:
    with database.transaction() as session:
        made = [organizations.create_organization(session=session, name=f"Group {number}",
                                                  joined_on=date(2025, 1, 1))
                for number in range(count)]
    return [organization.id for organization in made if organization.id]


def _values(database: Database, ids: list[int]) -> list[dict[int, Any]]:
    with database.session() as session:
        return [custom_fields.read_values(organizations.get_organization(
            session=session, organization_id=record_id).custom_values) for record_id in ids]


def _operations(database: Database) -> int:
    with database.session() as session:
        return len(session.exec(select(JournalOperation)).all())


def test_an_own_field_is_set_and_cleared_on_many_records_with_one_undo(
        database: Database) -> None:
    ids = _organizations(database, 300)
    region = custom_fields.add_field(database, record_kind="organization", label="Working group",
                                     value_type="choice", choices=["Asia", "Europe"])
    founded = custom_fields.add_field(database, record_kind="organization", label="Founded",
                                      value_type="number")
    assert region.id and founded.id
    key = custom_fields.field_key(region.id)
    apply_change(database, kind="organization", ids=ids[:10],
                 change=BulkChange(field=custom_fields.field_key(founded.id), value="1990"))
    before = _values(database, ids)
    operations = _operations(database)
    with database.session() as session:
        # A choice is matched without case; records holding it already are not counted.
        assert len(to_change(session=session, kind="organization", ids=ids,
                             change=BulkChange(field=key, value="asia"))) == 300
    result = apply_change(database, kind="organization", ids=ids,
                          change=BulkChange(field=key, value="asia"))
    assert result.changed == 300 and _operations(database) == operations + 1
    after = _values(database, ids)
    assert after[0] == {founded.id: 1990, region.id: "Asia"}
    assert all(values[region.id] == "Asia" for values in after)
    with database.session() as session:
        assert to_change(session=session, kind="organization", ids=ids,
                         change=BulkChange(field=key, value="Asia")) == []
        label = session.exec(select(JournalOperation.label).order_by(
            JournalOperation.id.desc())).first()  # type: ignore[union-attr]
    assert label == "Change Working group of 300 records"
    cleared = apply_change(database, kind="organization", ids=ids[:5],
                           change=BulkChange(field=key, value=""))
    assert cleared.changed == 5
    assert _values(database, ids[:1]) == [{founded.id: 1990}]
    undo(database)
    undo(database)
    assert _values(database, ids) == before


def test_a_wrong_own_value_or_field_is_one_message_and_changes_nothing(
        database: Database) -> None:
    ids = _organizations(database, 3)
    region = custom_fields.add_field(database, record_kind="organization", label="Working group",
                                     value_type="choice", choices=["Asia", "Europe"])
    mobile = custom_fields.add_field(database, record_kind="contact", label="Signal")
    assert region.id and mobile.id
    operations = _operations(database)
    with pytest.raises(InvalidInput, match="Working group: Africa is not one of Asia, Europe"):
        apply_change(database, kind="organization", ids=ids,
                     change=BulkChange(field=custom_fields.field_key(region.id),
                                       value="Africa"))
    with pytest.raises(InvalidInput, match="no custom field"):
        apply_change(database, kind="organization", ids=ids,
                     change=BulkChange(field=custom_fields.field_key(mobile.id), value="x"))
    assert _operations(database) == operations


def test_many_organizations_become_signatories_in_one_undoable_change(
        database: Database) -> None:
    ids = _organizations(database, 4)
    with database.transaction() as session:
        letter = letters.create_letter(session=session, title="Stop the executions")
        assert letter.id
        letters.add_signature(session=session, letter_id=letter.id, organization_id=ids[2],
                              status=SignatureStatus.signed)
    with database.session() as session:
        plan = letter_additions(session=session, kind="organization", ids=ids,
                                letter_id=letter.id, role="signatories")
    assert (plan.new, plan.already) == ((ids[0], ids[1], ids[3]), 1)
    operations = _operations(database)
    added = add_to_letter(database, kind="organization", ids=ids, letter_id=letter.id,
                          role="signatories")
    assert (added.added, added.already) == (3, 1)
    assert _operations(database) == operations + 1
    with database.session() as session:
        rows = session.exec(select(Signature).where(Signature.letter_id == letter.id)
                            .order_by(Signature.position)).all()
    assert [(row.organization_id, row.position, row.status) for row in rows] == [
        (ids[2], 1, "signed"), (ids[0], 2, "invited"), (ids[1], 3, "invited"),
        (ids[3], 4, "invited")]
    undo(database)
    with database.session() as session:
        assert [row.organization_id for row in session.exec(select(Signature)).all()] == [
            ids[2]]
    with pytest.raises(InvalidInput, match="Only organizations sign"):
        add_to_letter(database, kind="contact", ids=[1], letter_id=letter.id,
                      role="signatories")


def test_many_contacts_become_recipients_but_restricted_ones_stay_off(
        database: Database) -> None:
    with database.transaction() as session:
        letter = letters.create_letter(session=session, title="Free the press")
        people = [contacts.create_contact(session=session, given_name=name, family_name="Kim",
                                          sensitivity=sensitivity)
                  for name, sensitivity in (("Ana", "normal"), ("Bo", "restricted"),
                                            ("Cy", "normal"))]
        ids = [person.id for person in people if person.id]
        assert letter.id
        letters.add_recipient(session=session, letter_id=letter.id, contact_id=ids[2])
    added = add_to_letter(database, kind="contact", ids=ids, letter_id=letter.id,
                          role="recipients")
    assert (added.added, added.already, added.restricted) == (1, 1, 1)
    with database.session() as session:
        assert sorted(r.contact_id for r in session.exec(select(Recipient)).all()
                      if r.contact_id) == [ids[0], ids[2]]
    undo(database)
    with database.session() as session:
        assert [r.contact_id for r in session.exec(select(Recipient)).all()] == [ids[2]]
