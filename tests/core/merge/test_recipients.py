"""A letter's recipients: adding them once, and who will be printed or why not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlmodel import SQLModel

from coalitiondesk.core.errors import NotFound
from coalitiondesk.core.merge.documents import SkipReason
from coalitiondesk.core.merge.plan import prepare_merge
from coalitiondesk.core.merge.recipients import add_recipients, recipient_states
from coalitiondesk.core.models import Recipient
from coalitiondesk.core.records import contacts
from coalitiondesk.core.storage.db import Database

Maker = Callable[..., int]


def test_adding_recipients_skips_those_already_on_the_letter(
        database: Database, make_letter: Maker, make_contact: Maker, make_organization: Maker,
        count: Callable[[type[SQLModel]], int]) -> None:
    letter = make_letter()
    first, second = make_contact(given_name="A"), make_contact(given_name="B")
    organization = make_organization(name="Freedom House")
    with database.transaction() as session:
        assert add_recipients(session=session, letter_id=letter, contact_ids=[first]) == 1
        assert add_recipients(session=session, letter_id=letter,
                              contact_ids=[first, second, second],
                              organization_ids=[organization, organization]) == 2
        assert add_recipients(session=session, letter_id=letter, contact_ids=[second],
                              organization_ids=[organization]) == 0
    assert count(Recipient) == 3
    # The same contact may of course receive another letter.
    other = make_letter(title="Another letter")
    with database.transaction() as session:
        assert add_recipients(session=session, letter_id=other, contact_ids=[first]) == 1


def test_an_unknown_recipient_adds_nothing(
        database: Database, make_letter: Maker, make_contact: Maker,
        count: Callable[[type[SQLModel]], int]) -> None:
    letter, someone = make_letter(), make_contact()
    with pytest.raises(NotFound, match="contact with id 999"), database.transaction() as session:
        add_recipients(session=session, letter_id=letter, contact_ids=[someone, 999])
    assert count(Recipient) == 0


def test_states_say_who_will_print_and_why_not(
        database: Database, make_letter: Maker, make_contact: Maker,
        make_organization: Maker) -> None:
    letter = make_letter()
    ids = [
        make_contact(given_name="Ok", street="Storgata 1", city="Oslo", postcode="0155",
                     address_country_code="NO"),
        make_contact(given_name="NoMail", city="Oslo", do_not_mail=True),
        make_contact(given_name="Secret", street="1 Road", sensitivity="restricted"),
        make_contact(given_name="Nowhere", address_country_code="NO"),
        make_contact(given_name="Burma", family_name="Campaign", city="London",
                     postcode="N1 9JP", address_country_code="GB"),
    ]
    office = make_organization(name="Human Rights Watch", street="350 Fifth Avenue",
                               city="New York", region="NY", postcode="10118",
                               address_country_code="US")
    with database.transaction() as session:
        add_recipients(session=session, letter_id=letter, contact_ids=ids,
                       organization_ids=[office])
    with database.session() as session:
        states = recipient_states(session=session, letter_id=letter)
    assert [(state.name, state.will_print, state.reason) for state in states] == [
        ("Ok", True, None),
        ("NoMail", False, SkipReason.do_not_mail),
        ("Secret", False, SkipReason.restricted),
        ("Nowhere", False, SkipReason.no_postal_address),
        ("Burma Campaign", False, SkipReason.incomplete_address),
        ("Human Rights Watch", True, None),
    ]
    assert states[4].missing == ("street",)
    assert states[0].country == "Norway"
    assert states[5].organization == "Human Rights Watch"
    assert str(SkipReason.restricted) == "restricted, and not allowed for this letter"


def test_an_organization_is_addressed_with_its_own_address(
        database: Database, make_letter: Maker, make_organization: Maker) -> None:
    letter = make_letter(body="{{ address_block }}\n\n{{ salutation }}")
    office = make_organization(name="Human Rights Watch", street="350 Fifth Avenue",
                               city="New York", region="NY", postcode="10118",
                               address_country_code="US")
    with database.transaction() as session:
        add_recipients(session=session, letter_id=letter, organization_ids=[office])
    with database.session() as session:
        [document] = prepare_merge(session=session, letter_id=letter,
                                   today=date(2026, 1, 1)).documents
    assert document.address_lines == (
        "Human Rights Watch", "350 Fifth Avenue", "New York, NY 10118", "United States")
    assert document.fields["salutation"] == "Dear Sir or Madam,"


def test_a_contact_without_an_address_is_written_to_at_their_organization(
        database: Database, make_letter: Maker, make_contact: Maker,
        make_organization: Maker) -> None:
    letter = make_letter()
    office = make_organization(name="Freedom House", street="1850 M Street NW",
                               city="Washington", region="DC", postcode="20036",
                               address_country_code="US")
    person = make_contact(given_name="Sarah", family_name="Cook", honorific="Ms")
    with database.transaction() as session:
        contacts.add_affiliation(session=session, contact_id=person, organization_id=office,
                                 role="Research Director")
        add_recipients(session=session, letter_id=letter, contact_ids=[person])
    with database.session() as session:
        [state] = recipient_states(session=session, letter_id=letter)
        [document] = prepare_merge(session=session, letter_id=letter,
                                   today=date(2026, 1, 1)).documents
    assert state.will_print and state.organization == "Freedom House"
    assert document.address_lines == (
        "Sarah Cook", "Research Director", "Freedom House", "1850 M Street NW",
        "Washington, DC 20036", "United States")
    assert document.fields["salutation"] == "Dear Ms Cook,"
