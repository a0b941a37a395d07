"""Contacts and their affiliations: create, read back, update, delete, search and filter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from sqlmodel import SQLModel

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.models import (
    ActivityContact,
    Affiliation,
    Contact,
    ContactTag,
    Organization,
    Recipient,
    Sensitivity,
)
from coalitiondesk.core.records import activities, contacts, letters, organizations, tags
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.storage.db import Database

Count = Callable[[type[SQLModel]], int]


def create(database: Database, **values: Any) -> int:
    with database.transaction() as session:
        contact = contacts.create_contact(session=session, **values)
        assert contact.id is not None
        return contact.id


def create_organization(database: Database, name: str, **values: Any) -> int:
    with database.transaction() as session:
        organization = organizations.create_organization(session=session, name=name, **values)
        assert organization.id is not None
        return organization.id


def read(database: Database, contact_id: int) -> Contact:
    with database.session() as session:
        return contacts.get_contact(session=session, contact_id=contact_id)


def fields(contact: Contact) -> dict[str, Any]:
    return {name: getattr(contact, name) for name in Contact.model_fields}


def listed(database: Database, **filters: Any) -> list[str]:
    """Contacts as "given family" for easy comparison, in the list's order."""
    with database.session() as session:
        found = contacts.list_contacts(session=session, filters=ContactFilter(**filters))
        return [" ".join(filter(None, (c.given_name, c.family_name))) or (c.native_name or "")
                for c in found]


# --- create and read back -------------------------------------------------------


def test_created_contact_reads_back_from_a_new_session(database: Database) -> None:
    contact_id = create(
        database,
        given_name="Tae Kyung",
        family_name="Ha",
        family_name_first=True,
        native_name="하태경",
        honorific="Mr",
        email="ha@example.kr",
        social_handle="@hatk",
        preferred_language="ko",
        address_country_code="KR",
        city="Seoul",
        do_not_mail=True,
        sensitivity=Sensitivity.restricted,
        tags=["press", "Seoul"],
    )
    contact = read(database, contact_id)
    assert contact.given_name == "Tae Kyung"
    assert contact.family_name == "Ha"
    assert contact.family_name_first is True
    assert contact.native_name == "하태경"
    assert contact.honorific == "Mr"
    assert contact.email == "ha@example.kr"
    assert contact.social_handle == "@hatk"
    assert contact.preferred_language == "ko"
    assert contact.address_country_code == "KR"
    assert contact.city == "Seoul"
    assert contact.do_not_mail is True
    assert contact.do_not_email is False
    assert contact.sensitivity == Sensitivity.restricted
    with database.session() as session:
        assert tags.contact_tags(session=session, contact_id=contact_id) == ["press", "Seoul"]


@pytest.mark.parametrize(
    "name",
    [{"given_name": "Phil"}, {"family_name": "Robertson"}, {"native_name": "하태경"}],
)
def test_any_one_name_is_enough(database: Database, name: dict[str, str]) -> None:
    contact = read(database, create(database, **name))
    assert fields(contact) | name == fields(contact)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({}, "A contact needs a given name, a family name or a native-script name"),
        ({"given_name": "", "family_name": "  ", "native_name": "\t"}, "needs a given name"),
        ({"email": "nobody@example.org"}, "needs a given name"),
        ({"given_name": "Phil", "address_country_code": "XX"}, "XX is not a country code"),
        ({"given_name": "Phil", "sensitivity": "secret"}, "sensitivity"),
        ({"given_name": "Phil", "nickname": "P"}, "Unknown field: nickname"),
    ],
)
def test_invalid_contact_is_refused_and_nothing_is_written(
    database: Database, count: Count, values: dict[str, Any], message: str
) -> None:
    before = count(Contact)
    with pytest.raises(InvalidInput, match=message):
        create(database, **values, tags=["should not stay"])
    assert count(Contact) == before
    assert count(ContactTag) == 0


def test_get_unknown_contact_raises_not_found(database: Database) -> None:
    with database.session() as session, pytest.raises(NotFound, match="No contact with id 3"):
        contacts.get_contact(session=session, contact_id=3)


# --- update ---------------------------------------------------------------------


def test_update_changes_only_the_given_fields(database: Database) -> None:
    contact_id = create(database, given_name="Phil", family_name="Robertson", honorific="Mr")
    before = read(database, contact_id)
    with database.transaction() as session:
        contacts.update_contact(
            session=session, contact_id=contact_id, position="Deputy Director, Asia Division",
            do_not_email=True,
        )
    after = read(database, contact_id)
    assert after.position == "Deputy Director, Asia Division"
    assert after.do_not_email is True
    assert after.given_name == "Phil"
    assert after.honorific == "Mr"
    assert after.created_at == before.created_at
    assert after.updated_at > before.updated_at


def test_update_may_drop_one_name_while_another_remains(database: Database) -> None:
    contact_id = create(database, given_name="Tae Kyung", family_name="Ha", native_name="하태경")
    with database.transaction() as session:
        contacts.update_contact(
            session=session, contact_id=contact_id, given_name=None, family_name=None
        )
    contact = read(database, contact_id)
    assert (contact.given_name, contact.family_name, contact.native_name) == (None, None, "하태경")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"given_name": None, "family_name": ""}, "needs a given name"),
        ({"given_name": "   ", "family_name": None}, "needs a given name"),
        ({"address_country_code": "XX"}, "XX is not a country code"),
        ({"sensitivity": "secret"}, "sensitivity"),
        ({"nickname": "P"}, "Unknown field: nickname"),
    ],
)
def test_invalid_update_is_refused_and_the_record_is_unchanged(
    database: Database, changes: dict[str, Any], message: str
) -> None:
    contact_id = create(database, given_name="Phil", family_name="Robertson", tags=["HRW"])
    before = read(database, contact_id)
    with pytest.raises(InvalidInput, match=message), database.transaction() as session:
        contacts.update_contact(session=session, contact_id=contact_id, tags=["new"], **changes)
    assert fields(read(database, contact_id)) == fields(before)
    with database.session() as session:
        assert tags.contact_tags(session=session, contact_id=contact_id) == ["HRW"]


def test_update_unknown_contact_raises_not_found(database: Database) -> None:
    with pytest.raises(NotFound), database.transaction() as session:
        contacts.update_contact(session=session, contact_id=11, given_name="X")


# --- delete ---------------------------------------------------------------------


def test_delete_removes_contact_affiliations_recipients_activity_links_and_tags(
    database: Database, count: Count
) -> None:
    organization_id = create_organization(database, "Human Rights Watch")
    contact_id = create(database, given_name="Phil", family_name="Robertson", tags=["press"])
    with database.transaction() as session:
        contacts.add_affiliation(
            session=session, contact_id=contact_id, organization_id=organization_id
        )
        letter = letters.create_letter(session=session, title="Letter")
        assert letter.id is not None
        letters.add_recipient(session=session, letter_id=letter.id, contact_id=contact_id)
        activities.create_activity(
            session=session, activity_date=date(2011, 9, 8), subject="Press release",
            contact_ids=[contact_id],
        )

    with database.transaction() as session:
        contacts.delete_contact(session=session, contact_id=contact_id)

    assert count(Contact) == 0
    assert count(Affiliation) == 0
    assert count(Recipient) == 0
    assert count(ActivityContact) == 0
    assert count(ContactTag) == 0
    assert count(Organization) == 1
    with database.session() as session:
        assert len(activities.list_activities(session=session)) == 1
        assert tags.list_tags(session=session) == ["press"]


def test_delete_unknown_contact_raises_not_found(database: Database) -> None:
    with pytest.raises(NotFound), database.transaction() as session:
        contacts.delete_contact(session=session, contact_id=1)


# --- affiliations ---------------------------------------------------------------


def test_affiliations_current_first_then_most_recent(database: Database) -> None:
    leiden = create_organization(database, "Leiden University", country_code="NL")
    daily_nk = create_organization(database, "Daily NK", country_code="KR")
    old = create_organization(database, "Old Employer")
    green = create(database, given_name="Christopher", family_name="Green")
    with database.transaction() as session:
        contacts.add_affiliation(
            session=session, contact_id=green, organization_id=old,
            start_date=date(2005, 1, 1), end_date=date(2008, 1, 1),
        )
        contacts.add_affiliation(
            session=session, contact_id=green, organization_id=daily_nk,
            role="Manager of International Affairs", start_date=date(2010, 1, 1),
            end_date=date(2014, 1, 1),
        )
        contacts.add_affiliation(
            session=session, contact_id=green, organization_id=leiden,
            role="Researcher in Korean Studies", start_date=date(2015, 1, 1),
        )
    with database.session() as session:
        rows = contacts.affiliations_of(session=session, contact_id=green)
    assert [row.organization.name for row in rows] == [
        "Leiden University", "Daily NK", "Old Employer",
    ]
    assert [row.current for row in rows] == [True, False, False]
    assert rows[0].affiliation.role == "Researcher in Korean Studies"


def test_affiliation_ending_in_the_future_is_current(database: Database) -> None:
    organization_id = create_organization(database, "Kontras")
    contact_id = create(database, given_name="Haris")
    with database.transaction() as session:
        contacts.add_affiliation(
            session=session, contact_id=contact_id, organization_id=organization_id,
            end_date=date.today() + timedelta(days=30),
        )
    with database.session() as session:
        [row] = contacts.affiliations_of(session=session, contact_id=contact_id)
    assert row.current


def test_add_affiliation_needs_existing_contact_and_organization(
    database: Database, count: Count
) -> None:
    organization_id = create_organization(database, "Kontras")
    contact_id = create(database, given_name="Haris")
    with pytest.raises(NotFound, match="contact"), database.transaction() as session:
        contacts.add_affiliation(session=session, contact_id=999, organization_id=organization_id)
    with pytest.raises(NotFound, match="organization"), database.transaction() as session:
        contacts.add_affiliation(session=session, contact_id=contact_id, organization_id=999)
    assert count(Affiliation) == 0


def test_remove_affiliation(database: Database, count: Count) -> None:
    organization_id = create_organization(database, "Kontras")
    contact_id = create(database, given_name="Haris")
    with database.transaction() as session:
        affiliation = contacts.add_affiliation(
            session=session, contact_id=contact_id, organization_id=organization_id
        )
        assert affiliation.id is not None
        affiliation_id = affiliation.id
    with database.transaction() as session:
        contacts.remove_affiliation(session=session, affiliation_id=affiliation_id)
    assert count(Affiliation) == 0
    assert count(Contact) == 1
    assert count(Organization) == 1
    with pytest.raises(NotFound), database.transaction() as session:
        contacts.remove_affiliation(session=session, affiliation_id=affiliation_id)


# --- search, filters and order --------------------------------------------------


@pytest.fixture
def people(database: Database) -> Database:
    hrw = create_organization(database, "Human Rights Watch")
    create(database, given_name="Tae Kyung", family_name="Ha", family_name_first=True,
           native_name="하태경", address_country_code="KR", tags=["press"])
    phil = create(database, given_name="Phil", family_name="Robertson",
                  email="Robertp@HRW.org", position="Deputy Director", tags=["Press"])
    create(database, given_name="Christopher", family_name="Green",
           social_handle="@Dest_Pyongyang (X)", address_country_code="NL",
           notes="Researcher; 100% on messaging")
    create(database, native_name="김정일", address_country_code="KP",
           sensitivity=Sensitivity.restricted)
    create(database, given_name="Anna", family_name="de Vries", address_country_code="NL")
    with database.transaction() as session:
        contacts.add_affiliation(session=session, contact_id=phil, organization_id=hrw)
    return database


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("태경", ["Tae Kyung Ha"]),
        ("하태경", ["Tae Kyung Ha"]),
        ("김정", ["김정일"]),
        ("ROBERTSON", ["Phil Robertson"]),
        ("robertp@hrw", ["Phil Robertson"]),
        ("deputy", ["Phil Robertson"]),
        ("messaging", ["Christopher Green"]),
        ("100%", ["Christopher Green"]),
        ("%", ["Christopher Green"]),
        ("Dest_Pyongyang", ["Christopher Green"]),
        ("phil robertson", ["Phil Robertson"]),
        ("Ha Tae Kyung", ["Tae Kyung Ha"]),
        ("nobody", []),
    ],
)
def test_search(people: Database, text: str, expected: list[str]) -> None:
    assert listed(people, search=text) == expected


def test_search_underscore_is_literal(people: Database) -> None:
    # "_" would match any single character as a LIKE wildcard, i.e. everyone.
    assert listed(people, search="_") == ["Christopher Green"]


def test_order_is_by_family_name_then_given_name(people: Database) -> None:
    assert listed(people) == [
        "Anna de Vries", "Christopher Green", "Tae Kyung Ha", "Phil Robertson", "김정일",
    ]


def test_filters(people: Database) -> None:
    with people.session() as session:
        hrw = organizations.find_organization(session=session, name="Human Rights Watch")
    assert hrw is not None
    assert listed(people, country_code="NL") == ["Anna de Vries", "Christopher Green"]
    assert listed(people, organization_id=hrw.id) == ["Phil Robertson"]
    assert listed(people, tag="PRESS") == ["Tae Kyung Ha", "Phil Robertson"]
    assert listed(people, sensitivity=Sensitivity.restricted) == ["김정일"]
    assert "김정일" not in listed(people, include_restricted=False)
    assert len(listed(people, include_restricted=False)) == 4


def test_filters_combine(people: Database) -> None:
    assert listed(people, country_code="NL", search="green") == ["Christopher Green"]
    assert listed(people, country_code="KR", tag="press") == ["Tae Kyung Ha"]
    assert listed(people, country_code="KP", include_restricted=False) == []
    with people.session() as session:
        filters = ContactFilter(country_code="NL", search="a")
        assert contacts.count_contacts(session=session, filters=filters) == 2
        assert contacts.count_contacts(session=session) == 5


def test_sorting_by_each_column_and_direction(demo_database: Database) -> None:
    with demo_database.session() as session:
        for key in contacts.SORT_KEYS:
            ascending = contacts.list_contacts(session=session, sort=key)
            descending = contacts.list_contacts(session=session, sort=key, descending=True)
            assert {c.id for c in ascending} == {c.id for c in descending}
        by_name = [c.family_name for c in contacts.list_contacts(session=session)]
        assert by_name == ["Green", "Ha", "Kim", "Robertson"]
        by_country = contacts.list_contacts(session=session, sort="country", descending=True)
        assert [c.address_country_code for c in by_country][:3] == ["KR", "KP", "NL"]


def test_unknown_sort_key_is_refused(database: Database) -> None:
    with pytest.raises(InvalidInput, match="cannot be sorted"), database.session() as session:
        contacts.list_contacts(session=session, sort="shoe_size")


def test_current_affiliations_for_a_page_of_contacts(demo_database: Database) -> None:
    with demo_database.session() as session:
        people = {c.family_name: c.id for c in contacts.list_contacts(session=session)}
        result = contacts.current_affiliations(session=session, contact_ids=people.values())
    assert result[people["Green"]] == [
        ("Daily NK", "Former Manager of International Affairs"),
        ("Leiden University", "Researcher in Korean Studies"),
    ]
    assert result[people["Kim"]] == []


def test_set_affiliations_replaces_and_validates(demo_database: Database) -> None:
    with demo_database.session() as session:
        green = next(c for c in contacts.list_contacts(session=session)
                     if c.family_name == "Green")
        leiden = organizations.find_organization(session=session, name="Leiden University")
        assert green.id is not None and leiden is not None
    with demo_database.transaction() as session:
        contacts.set_affiliations(session=session, contact_id=green.id, affiliations=[
            {"organization_id": leiden.id, "role": " Lecturer ", "start_date": date(2020, 1, 1)}])
    with demo_database.session() as session:
        rows = contacts.affiliations_of(session=session, contact_id=green.id)
        assert [(r.organization.name, r.affiliation.role) for r in rows] == [
            ("Leiden University", "Lecturer")]
    with pytest.raises(InvalidInput, match="end before"), demo_database.transaction() as s:
        contacts.set_affiliations(session=s, contact_id=green.id, affiliations=[
            {"organization_id": leiden.id, "start_date": date(2020, 1, 1),
             "end_date": date(2019, 1, 1)}])
    with pytest.raises(NotFound), demo_database.transaction() as s:
        contacts.set_affiliations(session=s, contact_id=green.id,
                                  affiliations=[{"organization_id": 99999}])
    with demo_database.session() as session:
        assert len(contacts.affiliations_of(session=session, contact_id=green.id)) == 1
