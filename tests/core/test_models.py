"""What the database itself enforces, whatever code writes to it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel, select

from coalitiondesk.core.models import (
    Activity,
    Affiliation,
    Contact,
    Letter,
    Organization,
    OrganizationTag,
    Recipient,
    Signature,
    Tag,
)
from coalitiondesk.core.records import contacts, letters, organizations
from coalitiondesk.core.storage.db import Database

Count = Callable[[type[SQLModel]], int]


def organization_id(database: Database, name: str = "Human Rights Watch") -> int:
    with database.transaction() as session:
        organization = organizations.create_organization(session=session, name=name)
        assert organization.id is not None
        return organization.id


def execute(database: Database, sql: str, **params: object) -> None:
    """Write straight to the database, as a careless script or another program might."""
    with database.transaction() as session:
        session.connection().execute(sa.text(sql), params)


@pytest.mark.parametrize(
    ("sql", "constraint"),
    [
        ("UPDATE organization SET membership_status = 'friend'", "membership_status_valid"),
        ("UPDATE organization SET membership_status = 'Member'", "membership_status_valid"),
        ("UPDATE organization SET kind = 'club'", "kind_valid"),
    ],
)
def test_check_constraints_reject_invalid_organization_values(
    database: Database, sql: str, constraint: str
) -> None:
    organization_id(database)
    with pytest.raises(IntegrityError, match=constraint):
        execute(database, sql)
    with database.session() as session:
        [organization] = organizations.list_organizations(session=session)
    assert organization.membership_status == "member"
    assert organization.kind == "ngo"


def test_check_constraints_on_letters_signatures_activities_and_contacts(
    database: Database,
) -> None:
    org = organization_id(database)
    with database.transaction() as session:
        letter = letters.create_letter(session=session, title="Letter")
        letters.add_signature(session=session, letter_id=letter.id or 0, organization_id=org)
        contacts.create_contact(session=session, given_name="Phil")
    for sql, constraint in (
        ("UPDATE letter SET status = 'posted'", "status_valid"),
        ("UPDATE letter SET kind = 'postcard'", "kind_valid"),
        ("UPDATE signature SET status = 'maybe'", "status_valid"),
        ("UPDATE contact SET sensitivity = 'secret'", "sensitivity_valid"),
        ("UPDATE contact SET given_name = ''", "has_name"),
        ("INSERT INTO activity (uuid, activity_date, kind, subject, follow_up_done, created_at)"
         " VALUES ('u', '2011-09-07', 'party', 'x', 0, '2011-09-07')", "kind_valid"),
    ):
        with pytest.raises(IntegrityError, match=constraint):
            execute(database, sql)


def test_contact_without_any_name_is_rejected_by_the_database(database: Database) -> None:
    with pytest.raises(IntegrityError, match="has_name"), database.transaction() as session:
        session.add(Contact(email="nobody@example.org"))


def test_recipient_must_be_a_contact_or_an_organization_not_both(database: Database) -> None:
    org = organization_id(database)
    with database.transaction() as session:
        letter = letters.create_letter(session=session, title="Letter")
        contact = contacts.create_contact(session=session, family_name="Kim")
    for ids in ({}, {"contact_id": contact.id, "organization_id": org}):
        with pytest.raises(IntegrityError, match="contact_or_organization"), \
                database.transaction() as session:
            session.add(Recipient(letter_id=letter.id or 0, **ids))


def test_uuid_is_unique(database: Database) -> None:
    first = organization_id(database, "First")
    second = organization_id(database, "Second")
    with database.session() as session:
        first_uuid = session.get(Organization, first).uuid  # type: ignore[union-attr]
        second_uuid = session.get(Organization, second).uuid  # type: ignore[union-attr]
    assert first_uuid != second_uuid
    with pytest.raises(IntegrityError, match="UNIQUE"):
        execute(database, "UPDATE organization SET uuid = :uuid WHERE id = :id",
                uuid=first_uuid, id=second)


def test_one_signature_per_organization_and_letter(database: Database) -> None:
    org = organization_id(database)
    with database.transaction() as session:
        letter = letters.create_letter(session=session, title="Letter")
        letters.add_signature(session=session, letter_id=letter.id or 0, organization_id=org)
    with pytest.raises(IntegrityError, match="UNIQUE"), database.transaction() as session:
        session.add(Signature(letter_id=letter.id or 0, organization_id=org))


def test_letter_title_and_tag_name_are_unique(database: Database) -> None:
    with database.transaction() as session:
        session.add(Letter(title="Letter"))
        session.add(Tag(name="press"))
    with pytest.raises(IntegrityError, match="UNIQUE"), database.transaction() as session:
        session.add(Letter(title="Letter"))
    with pytest.raises(IntegrityError, match="UNIQUE"), database.transaction() as session:
        session.add(Tag(name="press"))


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), database.transaction() as session:
        session.add(Organization(name="Nowhere Watch", country_code="XX"))
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), database.transaction() as session:
        session.add(Affiliation(contact_id=99, organization_id=99))


def test_country_in_use_cannot_be_deleted(database: Database) -> None:
    with database.transaction() as session:
        organizations.create_organization(session=session, name="Kontras", country_code="ID")
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        execute(database, "DELETE FROM country WHERE code = 'ID'")


def test_deleting_a_tag_removes_it_from_organizations(database: Database, count: Count) -> None:
    with database.transaction() as session:
        organizations.create_organization(session=session, name="Kontras", tags=["Asia"])
    execute(database, "DELETE FROM tag")
    assert count(OrganizationTag) == 0
    assert count(Organization) == 1


def test_timestamps_are_set_on_create_and_updated_at_moves_on_update(database: Database) -> None:
    org = organization_id(database)
    with database.session() as session:
        created = session.get(Organization, org)
    assert created is not None
    assert created.created_at is not None
    assert created.updated_at is not None
    assert abs((created.updated_at - created.created_at).total_seconds()) < 1

    with database.transaction() as session:
        organizations.update_organization(session=session, organization_id=org, notes="Moved")
    with database.session() as session:
        updated = session.get(Organization, org)
    assert updated is not None
    assert updated.created_at == created.created_at
    assert updated.updated_at > created.updated_at


def test_contact_and_letter_timestamps_move_on_update(database: Database) -> None:
    with database.transaction() as session:
        contact = contacts.create_contact(session=session, given_name="Phil")
        letter = letters.create_letter(session=session, title="Letter")
    with database.transaction() as session:
        contacts.update_contact(session=session, contact_id=contact.id or 0, family_name="R")
        letters.update_letter(session=session, letter_id=letter.id or 0, status="sent")
    with database.session() as session:
        stored_contact = session.get(Contact, contact.id)
        stored_letter = session.get(Letter, letter.id)
    assert stored_contact is not None and stored_letter is not None
    assert stored_contact.updated_at > stored_contact.created_at
    assert stored_letter.updated_at > stored_letter.created_at


def test_dates_and_booleans_round_trip(database: Database) -> None:
    with database.transaction() as session:
        organization = organizations.create_organization(
            session=session, name="No Fence", joined_on=date(2011, 9, 7),
            show_country_on_signature=False,
        )
        session.add(Activity(activity_date=date(2011, 9, 7), subject="Tokyo", follow_up_done=True))
    with database.session() as session:
        stored = session.get(Organization, organization.id)
        [activity] = session.exec(select(Activity)).all()
    assert stored is not None
    assert stored.joined_on == date(2011, 9, 7)
    assert stored.show_country_on_signature is False
    assert activity.follow_up_done is True
    assert activity.activity_date == date(2011, 9, 7)
