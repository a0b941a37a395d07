"""Changing one field of many records at once: one operation, one undo."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import func, select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.journal.undo import undo
from coalitiondesk.core.models import (
    JournalOperation,
    MembershipChange,
    Organization,
    OrganizationTag,
)
from coalitiondesk.core.records import contacts, organizations
from coalitiondesk.core.records.bulk import (
    ADD_TAG,
    REMOVE_TAG,
    BulkChange,
    apply_change,
    matching_ids,
    to_change,
)
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.records.tags import contact_tags, organization_tags
from coalitiondesk.core.storage.db import Database


def _prospects(database: Database, count: int) -> list[int]:
    with database.transaction() as session:
        made = [organizations.create_organization(
            session=session, name=f"Prospect {number}", membership_status="prospect",
            country_code="KR" if number % 2 else "JP", joined_on=date(2025, 1, 1))
            for number in range(count)]
        return [organization.id for organization in made if organization.id]


def _state(database: Database) -> tuple[list[tuple[object, ...]], int]:
    with database.session() as session:
        rows = session.execute(sa.select(Organization.id, Organization.membership_status)
                               .order_by(Organization.id)).all()
        history = session.exec(select(func.count()).select_from(MembershipChange)).one()
    return [tuple(row) for row in rows], int(history)


def test_a_membership_change_of_500_organizations_is_one_entry_and_one_undo(
        database: Database) -> None:
    ids = _prospects(database, 500)
    before = _state(database)
    change = BulkChange(field="membership_status", value="member",
                        changed_on=date(2026, 11, 20), note="General assembly")
    result = apply_change(database, kind="organization", ids=ids, change=change)
    assert result.changed == 500
    with database.session() as session:
        operations = session.exec(select(JournalOperation).where(
            JournalOperation.kind == "bulk")).all()
        assert [op.label for op in operations] == ["Change membership status of 500 records"]
        steps = session.exec(select(MembershipChange).where(
            MembershipChange.status == "member")).all()
        assert len(steps) == 500
        assert {(s.changed_on, s.note) for s in steps} == {
            (date(2026, 11, 20), "General assembly")}
    # Nothing left to change: a second run changes nothing and writes no entry.
    assert apply_change(database, kind="organization", ids=ids, change=change).changed == 0
    undo(database)
    assert _state(database) == before


def test_a_tag_is_set_on_the_filtered_records_and_cleared_again(database: Database) -> None:
    ids = _prospects(database, 6)
    with database.session() as session:
        korean = matching_ids(session=session, kind="organization",
                              filters=OrganizationFilter(country_code="KR"))
    assert korean == ids[1::2]
    assert apply_change(database, kind="organization", ids=korean,
                        change=BulkChange(field=ADD_TAG, value=" partner ")).changed == 3
    with database.session() as session:
        assert [organization_tags(session=session, organization_id=i) for i in ids[:2]] == [
            [], ["partner"]]
        assert to_change(session=session, kind="organization", ids=ids,
                         change=BulkChange(field=REMOVE_TAG, value="PARTNER")) == korean
    assert apply_change(database, kind="organization", ids=ids,
                        change=BulkChange(field=REMOVE_TAG, value="partner")).changed == 3
    with database.session() as session:
        assert session.exec(select(func.count()).select_from(OrganizationTag)).one() == 0


def test_a_do_not_share_tag_and_flags_reach_contacts(database: Database) -> None:
    with database.transaction() as session:
        people = [contacts.create_contact(session=session, given_name=name)
                  for name in ("Ana", "Ji-hoon")]
    ids = [person.id for person in people if person.id]
    apply_change(database, kind="contact", ids=ids,
                 change=BulkChange(field=ADD_TAG, value="Do not share"))
    apply_change(database, kind="contact", ids=ids[:1],
                 change=BulkChange(field="sensitivity", value="Restricted"))
    with database.session() as session:
        stored = [contacts.get_contact(session=session, contact_id=i) for i in ids]
        assert [(c.do_not_share, c.sensitivity) for c in stored] == [
            (True, "restricted"), (True, "normal")]
        assert contact_tags(session=session, contact_id=ids[0]) == ["Do not share"]


@pytest.mark.parametrize("change", [
    BulkChange(field="membership_status", value="honorary"),
    BulkChange(field="name", value="Everyone"),
    BulkChange(field="country_code", value="XX"),
    BulkChange(field=ADD_TAG, value="  "),
])
def test_a_bad_change_is_one_message_and_changes_nothing(database: Database,
                                                         change: BulkChange) -> None:
    ids = _prospects(database, 3)
    before = _state(database)
    with pytest.raises(InvalidInput):
        apply_change(database, kind="organization", ids=ids, change=change)
    assert _state(database) == before
