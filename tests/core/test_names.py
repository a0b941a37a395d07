"""Personal names in the right order, and how to greet their owners."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from coalitiondesk.core.geography import names
from coalitiondesk.core.records import contacts
from coalitiondesk.core.storage.db import Database


@dataclass
class Person:
    given_name: str | None = None
    family_name: str | None = None
    family_name_first: bool = False
    native_name: str | None = None
    honorific: str | None = None
    salutation: str | None = None


HA = Person(given_name="Tae Kyung", family_name="Ha", family_name_first=True,
            native_name="하태경", honorific="Mr")
ROBERTSON = Person(given_name="Phil", family_name="Robertson", honorific="Mr")
KIM = Person(given_name="Jong-il", family_name="Kim", family_name_first=True,
             native_name="김정일", honorific="Chairman", salutation="Dear Chairman Kim Jong-il,")


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (HA, "Ha Tae Kyung"),
        (ROBERTSON, "Phil Robertson"),
        (KIM, "Kim Jong-il"),
        (Person(given_name="Phil", family_name="Robertson", family_name_first=True),
         "Robertson Phil"),
        (Person(given_name="Madonna"), "Madonna"),
        (Person(family_name="Ha", family_name_first=True), "Ha"),
        (Person(native_name="하태경"), "하태경"),
        (Person(given_name="  ", family_name="", native_name=" 김정일 "), "김정일"),
        (Person(given_name=" Tae  Kyung ", family_name=" Ha ", family_name_first=True),
         "Ha Tae Kyung"),
        (Person(), ""),
    ],
)
def test_full_name(person: Person, expected: str) -> None:
    assert names.full_name(person) == expected


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (HA, "Ha, Tae Kyung"),
        (ROBERTSON, "Robertson, Phil"),
        (Person(given_name="Madonna"), "Madonna"),
        (Person(family_name="Green"), "Green"),
        (Person(native_name="김정일"), "김정일"),
    ],
)
def test_sort_name_is_family_name_first_whatever_the_display_order(
    person: Person, expected: str
) -> None:
    assert names.sort_name(person) == expected


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (KIM, "Dear Chairman Kim Jong-il,"),
        (HA, "Dear Mr Ha,"),
        (ROBERTSON, "Dear Mr Robertson,"),
        (Person(given_name="Anna", family_name="de Vries", honorific="Ms"), "Dear Ms de Vries,"),
        (Person(given_name="Phil", family_name="Robertson"), "Dear Sir or Madam,"),
        (Person(given_name="Phil", honorific="Mr"), "Dear Sir or Madam,"),
        (Person(native_name="하태경", honorific="Mr"), "Dear Sir or Madam,"),
        (Person(family_name="Ha", honorific="Mr", salutation="   "), "Dear Mr Ha,"),
        (Person(salutation="  Dear   friends, "), "Dear friends,"),
    ],
)
def test_salutation(person: Person, expected: str) -> None:
    assert names.salutation(person) == expected


def test_salutation_fallback_can_be_chosen() -> None:
    assert names.salutation(Person(given_name="Phil"), fallback="Dear friend,") == "Dear friend,"
    assert names.salutation(HA, fallback="Dear friend,") == "Dear Mr Ha,"
    assert names.DEFAULT_SALUTATION_FALLBACK == "Dear Sir or Madam,"


def test_names_of_a_stored_contact(database: Database) -> None:
    with database.transaction() as session:
        contact = contacts.create_contact(
            session=session, given_name="Tae Kyung", family_name="Ha", family_name_first=True,
            native_name="하태경", honorific="Mr",
        )
        assert contact.id is not None
    with database.session() as session:
        stored = contacts.get_contact(session=session, contact_id=contact.id)
    assert names.full_name(stored) == "Ha Tae Kyung"
    assert names.sort_name(stored) == "Ha, Tae Kyung"
    assert names.salutation(stored) == "Dear Mr Ha,"
