"""Free-form tags on organizations and contacts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlmodel import SQLModel

from coalitiondesk.core.models import ContactTag, OrganizationTag, Tag
from coalitiondesk.core.records import contacts, organizations, tags
from coalitiondesk.core.storage.db import Database

Count = Callable[[type[SQLModel]], int]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (["press", "Press", "PRESS"], ["press"]),
        (["  Seoul  ", "seoul", "Tokyo"], ["Seoul", "Tokyo"]),
        (["ICNK  founding\tmember", "icnk founding member"], ["ICNK founding member"]),
        (["", "   ", "\n"], []),
        (["b", "a", "B"], ["b", "a"]),
        (["Straße", "STRASSE"], ["Straße"]),
        (["인권", "인권 "], ["인권"]),
    ],
)
def test_clean_tags_trims_and_deduplicates_ignoring_case(
    given: list[str], expected: list[str]
) -> None:
    assert tags.clean_tags(given) == expected


def test_tags_are_shared_and_deduplicated_ignoring_case(database: Database, count: Count) -> None:
    with database.transaction() as session:
        first = organizations.create_organization(
            session=session, name="Free NK Gulag", tags=["ICNK founding member", "Seoul"]
        )
        second = organizations.create_organization(
            session=session, name="NK Intellectual Solidarity",
            tags=["icnk FOUNDING member", "SEOUL", "seoul"],
        )
        person = contacts.create_contact(
            session=session, given_name="Tae Kyung", family_name="Ha", tags=["Seoul", "press"]
        )
        assert first.id is not None and second.id is not None and person.id is not None

    assert count(Tag) == 3
    assert count(OrganizationTag) == 4
    assert count(ContactTag) == 2
    with database.session() as session:
        # A tag keeps the spelling it was first given.
        assert tags.list_tags(session=session) == ["ICNK founding member", "press", "Seoul"]
        assert tags.organization_tags(session=session, organization_id=second.id) == [
            "ICNK founding member", "Seoul",
        ]
        assert tags.contact_tags(session=session, contact_id=person.id) == ["press", "Seoul"]


def test_tag_ids_creates_only_missing_tags(database: Database, count: Count) -> None:
    with database.transaction() as session:
        first = tags.tag_ids(session=session, names=["Asia", "Europe"])
    with database.transaction() as session:
        second = tags.tag_ids(session=session, names=["europe", "Africa", "ASIA"])
    assert second[0] == first[1]
    assert second[2] == first[0]
    assert second[1] not in first
    assert count(Tag) == 3


def test_setting_tags_replaces_the_previous_ones(database: Database, count: Count) -> None:
    with database.transaction() as session:
        organization = organizations.create_organization(
            session=session, name="Kontras", tags=["Asia", "founding"]
        )
        assert organization.id is not None
        organization_id = organization.id
    with database.transaction() as session:
        tags.set_organization_tags(
            session=session, organization_id=organization_id, names=["Indonesia", "asia"]
        )
    with database.session() as session:
        assert tags.organization_tags(session=session, organization_id=organization_id) == [
            "Asia", "Indonesia",
        ]
    # The unused tag stays available for the next record.
    assert count(Tag) == 3
    assert count(OrganizationTag) == 2


def test_tags_sort_alphabetically_ignoring_case(database: Database) -> None:
    with database.transaction() as session:
        tags.tag_ids(session=session, names=["beta", "Alpha", "gamma", "Delta"])
    with database.session() as session:
        assert tags.list_tags(session=session) == ["Alpha", "beta", "Delta", "gamma"]
