"""Search through the trigram index: any script, any length, kept current by triggers."""

from __future__ import annotations

import pytest

from coalitiondesk.core.records import contacts, organizations
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database


def found_contacts(database: Database, text: str) -> list[str]:
    with database.session() as session:
        rows = contacts.list_contacts(session=session, filters=ContactFilter(search=text))
        return sorted(c.native_name or c.family_name or "" for c in rows)


def found_organizations(database: Database, text: str) -> list[str]:
    with database.session() as session:
        filters = OrganizationFilter(search=text)
        rows = organizations.list_organizations(session=session, filters=filters)
        assert organizations.count_organizations(session=session, filters=filters) == len(rows)
        return [o.name for o in rows]


@pytest.fixture
def people(database: Database) -> Database:
    with database.transaction() as session:
        contacts.create_contact(session=session, given_name="Tae Kyung", family_name="Ha",
                                family_name_first=True, native_name="하태경")
        contacts.create_contact(session=session, given_name="Yoko", family_name="Tanaka",
                                family_name_first=True, native_name="田中洋子")
        contacts.create_contact(session=session, given_name="Phil", family_name="Robertson",
                                social_handle="@phil_r")
    return database


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("태", ["하태경"]),  # one character: below trigram length
        ("태경", ["하태경"]),  # two: the example
        ("하태경", ["하태경"]),  # three: answered by the index
        ("田中", ["田中洋子"]),
        ("洋子", ["田中洋子"]),
        ("ROBERT", ["Robertson"]),
        ("ha tae", ["하태경"]),
        ("Tae Kyung Ha", ["하태경"]),
        ("  phil   robertson ", ["Robertson"]),
        ("@PHIL_", ["Robertson"]),
        ("zz", []),
    ],
)
def test_substrings_in_any_script_and_length(people: Database, text: str, expected: list[str]
                                             ) -> None:
    assert found_contacts(people, text) == expected


def test_wildcard_characters_are_literal(database: Database) -> None:
    with database.transaction() as session:
        for name in ("Star*Group", "Question? Centre", "Bracket [B] Society", "Plain Group"):
            organizations.create_organization(session=session, name=name)
    assert found_organizations(database, "r*g") == ["Star*Group"]
    assert found_organizations(database, "n? c") == ["Question? Centre"]
    assert found_organizations(database, "[b]") == ["Bracket [B] Society"]
    assert found_organizations(database, "*") == ["Star*Group"]


def test_index_follows_edits_and_deletes(database: Database) -> None:
    with database.transaction() as session:
        organization = organizations.create_organization(session=session, name="Han Voice")
        organization_id = organization.id
    assert found_organizations(database, "voice") == ["Han Voice"]
    with database.transaction() as session:
        assert organization_id is not None
        organizations.update_organization(
            session=session, organization_id=organization_id, name="HanVoice Canada",
            acronym="HVC",
        )
    assert found_organizations(database, "han voice") == []
    assert found_organizations(database, "hvc") == ["HanVoice Canada"]
    with database.transaction() as session:
        organizations.delete_organization(session=session, organization_id=organization_id)
    assert found_organizations(database, "hanvoice") == []


@pytest.mark.parametrize("text", ["\x00", "\x00\x00\x00", "a\x00b", "Group\x00", "\x00 han"])
def test_a_nul_character_finds_nothing(database: Database, text: str) -> None:
    # SQLite reads GLOB and LIKE patterns only up to a NUL: "*\0\0\0*" was "*", and
    # every record matched. No record holds a NUL (tests/core/test_nul_characters.py).
    with database.transaction() as session:
        for name in ("Han Voice", "Plain Group", "Nul Group"):
            organizations.create_organization(session=session, name=name)
    assert found_organizations(database, text) == []


def test_a_nul_character_in_a_contact_search(people: Database) -> None:
    assert found_contacts(people, "\x00\x00\x00") == []
    assert found_contacts(people, "phil\x00") == []


@pytest.mark.parametrize("text", ["\ud800", "Han\udc00", "\udfff\ud800 voice"])
def test_a_lone_surrogate_finds_nothing_and_raises_nothing(people: Database,
                                                           text: str) -> None:
    # Pasted text can carry half of a character pair; UTF-8 cannot encode it, and the
    # driver raised UnicodeEncodeError from core.
    with people.transaction() as session:
        organizations.create_organization(session=session, name="Han Voice")
    assert found_organizations(people, text) == []
    assert found_contacts(people, text) == []


def test_column_search_takes_a_nul_and_a_surrogate_literally(database: Database) -> None:
    # The fallback for databases without the index, and the history's record filter.
    from sqlmodel import select

    from coalitiondesk.core.models import Organization
    from coalitiondesk.core.records.common import contains_any

    with database.transaction() as session:
        for name in ("Han Voice", "Nul Group"):
            organizations.create_organization(session=session, name=name)
    with database.session() as session:
        def names(text: str) -> list[str]:
            return list(session.exec(select(Organization.name).where(
                contains_any([Organization.name], text))).all())

        assert names("l\x00g") == []
        assert names("l g") == ["Nul Group"]
        assert names("\x00\x00") == []
        assert names("a\x00z") == []
        assert names("voice\udc00") == []
