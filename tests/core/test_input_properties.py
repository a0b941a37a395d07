"""Property tests: whatever a form or an import hands the core services, the value is
either stored and read back as the service said it stored it, or refused with
InvalidInput and nothing stored at all."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.models import Contact, Organization
from coalitiondesk.core.records import contacts, organizations
from coalitiondesk.core.storage.db import Database

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

# Names in any script: letters, marks, digits, punctuation and symbols, with
# single spaces inside, composed (NFC) as keyboards and spreadsheets give them.
NAME_CHARACTERS = st.characters(categories=["L", "M", "N", "P", "S"])
names = st.lists(st.text(NAME_CHARACTERS, min_size=1, max_size=12), min_size=1, max_size=4).map(
    " ".join).filter(lambda name: unicodedata.normalize("NFC", name) == name)
# Anything at all, including control characters, blanks and very long text.
anything = st.text(max_size=300)
emails = st.one_of(st.emails().map(str), anything)
phones = st.one_of(
    st.from_regex(r"\+?[0-9][0-9 ()./-]{5,18}[0-9]", fullmatch=True),
    anything,
)

FIELDS = ("name", "email", "phone", "notes")
CONTACT_FIELDS = ("given_name", "family_name", "native_name", "email", "phone", "notes")


def stored(database: Database, model: type[SQLModel], record_id: int,
           fields: tuple[str, ...]) -> dict[str, Any]:
    """A record's fields as read back through a new session."""
    with database.session() as session:
        record = session.get(model, record_id)
        assert record is not None
        return {field: getattr(record, field) for field in fields}


def total(database: Database, counter: Callable[..., int]) -> int:
    with database.session() as session:
        return counter(session=session)


@SETTINGS
@given(name=names)
def test_organization_names_in_any_script_read_back_identically(
    database: Database, name: str
) -> None:
    with database.transaction() as session:
        organization = organizations.create_organization(session=session, name=name)
        assert organization.id is not None
    assert stored(database, Organization, organization.id, ("name",)) == {"name": name}


@SETTINGS
@given(given_name=names, family_name=names, native_name=names)
def test_contact_names_in_any_script_read_back_identically(
    database: Database, given_name: str, family_name: str, native_name: str
) -> None:
    values = {"given_name": given_name, "family_name": family_name,
              "native_name": native_name}
    with database.transaction() as session:
        contact = contacts.create_contact(session=session, **values)
        assert contact.id is not None
    assert stored(database, Contact, contact.id, tuple(values)) == values


@SETTINGS
@given(name=anything, email=emails, phone=phones, notes=anything)
def test_organization_values_are_stored_as_returned_or_refused_entirely(
    database: Database, name: str, email: str, phone: str, notes: str
) -> None:
    before = total(database, organizations.count_organizations)
    try:
        with database.transaction() as session:
            organization = organizations.create_organization(
                session=session, name=name, email=email, phone=phone, notes=notes,
                country_code="KR")
            returned = {field: getattr(organization, field) for field in FIELDS}
            record_id = organization.id
    except InvalidInput as refused:
        assert str(refused).strip()
        assert total(database, organizations.count_organizations) == before
        return
    assert record_id is not None
    assert stored(database, Organization, record_id, FIELDS) == returned
    assert total(database, organizations.count_organizations) == before + 1
    # Stored values are already in their final form: saving them again changes nothing.
    with database.transaction() as session:
        organizations.update_organization(session=session, organization_id=record_id,
                                          **returned)
    assert stored(database, Organization, record_id, FIELDS) == returned


@SETTINGS
@given(given_name=anything, email=emails, phone=phones, notes=anything)
def test_contact_values_are_stored_as_returned_or_refused_entirely(
    database: Database, given_name: str, email: str, phone: str, notes: str
) -> None:
    before = total(database, contacts.count_contacts)
    try:
        with database.transaction() as session:
            contact = contacts.create_contact(
                session=session, given_name=given_name, email=email, phone=phone,
                notes=notes, address_country_code="JP")
            returned = {field: getattr(contact, field) for field in CONTACT_FIELDS}
            record_id = contact.id
    except InvalidInput as refused:
        assert str(refused).strip()
        assert total(database, contacts.count_contacts) == before
        return
    assert record_id is not None
    assert stored(database, Contact, record_id, CONTACT_FIELDS) == returned


@SETTINGS
@given(changes=st.fixed_dictionaries({}, optional={
    "name": anything, "email": emails, "phone": phones, "notes": anything,
    "acronym": anything}))
def test_an_update_is_stored_whole_or_not_at_all(
    database: Database, changes: dict[str, str]
) -> None:
    with database.transaction() as session:
        organization = organizations.create_organization(
            session=session, name="Network for North Korean Human Rights",
            email="office@example.org", notes="Original notes")
        record_id = organization.id
        assert record_id is not None
    fields = ("name", "email", "phone", "notes", "acronym")
    original = stored(database, Organization, record_id, fields)
    try:
        with database.transaction() as session:
            updated = organizations.update_organization(
                session=session, organization_id=record_id, **changes)
            returned = {field: getattr(updated, field) for field in fields}
    except InvalidInput:
        assert stored(database, Organization, record_id, fields) == original
        return
    assert stored(database, Organization, record_id, fields) == returned


@SETTINGS
@given(before=st.text(NAME_CHARACTERS, max_size=5),
       surrogate=st.characters(categories=["Cs"]),
       after=st.text(NAME_CHARACTERS, max_size=5))
def test_text_with_a_lone_surrogate_is_refused_and_nothing_stored(
    database: Database, before: str, surrogate: str, after: str
) -> None:
    """Qt can hand over half of a character pair (from a broken paste)."""
    count = total(database, organizations.count_organizations)
    try:
        with database.transaction() as session:
            organizations.create_organization(session=session, name=before + surrogate + after)
    except InvalidInput as error:
        assert "broken character" in str(error)
    else:
        raise AssertionError("a lone surrogate was accepted")
    assert total(database, organizations.count_organizations) == count
