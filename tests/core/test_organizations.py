"""Organizations: create, read back, update, delete, search and filter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlmodel import SQLModel

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.models import (
    ActivityOrganization,
    Affiliation,
    MembershipStatus,
    Organization,
    OrganizationKind,
    OrganizationTag,
    Recipient,
    Signature,
)
from coalitiondesk.core.records import activities, contacts, letters, organizations, tags
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database

Count = Callable[[type[SQLModel]], int]


def create(database: Database, **values: Any) -> int:
    with database.transaction() as session:
        organization = organizations.create_organization(session=session, **values)
        assert organization.id is not None
        return organization.id


def read(database: Database, organization_id: int) -> Organization:
    with database.session() as session:
        return organizations.get_organization(session=session, organization_id=organization_id)


def fields(organization: Organization) -> dict[str, Any]:
    return {name: getattr(organization, name) for name in Organization.model_fields}


def names(database: Database, **filters: Any) -> list[str]:
    with database.session() as session:
        found = organizations.list_organizations(
            session=session, filters=OrganizationFilter(**filters)
        )
        return [organization.name for organization in found]


# --- create and read back -------------------------------------------------------


def test_created_organization_reads_back_from_a_new_session(database: Database) -> None:
    organization_id = create(
        database,
        name="Open Radio for North Korea",
        acronym="ORNK",
        native_name="북한개혁방송",
        kind=OrganizationKind.media,
        country_code="KR",
        membership_status=MembershipStatus.member,
        joined_on=date(2011, 9, 7),
        email="info@example.org",
        city="Seoul",
        address_country_code="KR",
        tags=["ICNK founding member", "radio"],
    )

    organization = read(database, organization_id)
    assert organization.name == "Open Radio for North Korea"
    assert organization.acronym == "ORNK"
    assert organization.native_name == "북한개혁방송"
    assert organization.kind == OrganizationKind.media
    assert organization.country_code == "KR"
    assert organization.membership_status == MembershipStatus.member
    assert organization.joined_on == date(2011, 9, 7)
    assert organization.email == "info@example.org"
    assert organization.city == "Seoul"
    assert organization.show_country_on_signature is True
    assert len(organization.uuid) == 36
    with database.session() as session:
        assert tags.organization_tags(session=session, organization_id=organization_id) == [
            "ICNK founding member",
            "radio",
        ]


def test_name_is_trimmed(database: Database) -> None:
    organization_id = create(database, name="  Conectas \n")
    assert read(database, organization_id).name == "Conectas"
    with database.transaction() as session:
        organizations.update_organization(
            session=session, organization_id=organization_id, name=" Conectas Human Rights "
        )
    assert read(database, organization_id).name == "Conectas Human Rights"


def test_defaults_for_a_new_organization(database: Database) -> None:
    organization = read(database, create(database, name="Human Rights Watch"))
    assert organization.country_code is None
    assert organization.kind == OrganizationKind.ngo
    assert organization.membership_status == MembershipStatus.member
    assert organization.sort_name is None


def test_enumerations_may_be_given_as_their_text(database: Database) -> None:
    organization_id = create(
        database, name="World Food Programme", kind="un_body", membership_status="non_member"
    )
    organization = read(database, organization_id)
    assert organization.kind == OrganizationKind.un_body
    assert organization.membership_status == MembershipStatus.non_member


def test_get_unknown_organization_raises_not_found(database: Database) -> None:
    with database.session() as session, pytest.raises(NotFound, match="No organization with id 9"):
        organizations.get_organization(session=session, organization_id=9)


def test_find_organization_by_name_or_acronym_ignoring_case(database: Database) -> None:
    fidh = create(database, name="International Federation for Human Rights", acronym="FIDH")
    with database.session() as session:
        by_acronym = organizations.find_organization(session=session, name=" fidh ")
        by_name = organizations.find_organization(
            session=session, name="international federation for human rights"
        )
        assert by_acronym is not None and by_acronym.id == fidh
        assert by_name is not None and by_name.id == fidh
        assert organizations.find_organization(session=session, name="Federation") is None


def test_find_organization_with_non_ascii_capitals(database: Database) -> None:
    memorial = create(database, name="Мемориал")
    aerzte = create(database, name="Ärzte ohne Grenzen", acronym="ÄoG")
    with database.session() as session:
        for text, expected in (("Мемориал", memorial), ("Ärzte ohne Grenzen", aerzte),
                               ("ÄRZTE OHNE GRENZEN", aerzte), ("ÄOG", aerzte)):
            found = organizations.find_organization(session=session, name=text)
            assert found is not None and found.id == expected, text


# --- validation -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "Conectas", "country_code": "XX"}, "XX is not a country code"),
        ({"name": "Conectas", "address_country_code": "ZZ"}, "ZZ is not a country code"),
        ({"name": "Conectas", "membership_status": "friend"}, "membership status"),
        ({"name": "Conectas", "kind": "club"}, "kind"),
        ({"country_code": "BR"}, "name"),
    ],
)
def test_invalid_organization_is_refused_and_nothing_is_written(
    database: Database, count: Count, values: dict[str, Any], message: str
) -> None:
    before = count(Organization)
    with pytest.raises(InvalidInput, match=message):
        create(database, **values)
    assert count(Organization) == before


def test_validation_message_is_one_readable_sentence(database: Database) -> None:
    with pytest.raises(InvalidInput) as caught:
        create(database, name="")
    message = str(caught.value)
    assert message.startswith("name:")
    assert "\n" not in message
    assert "pydantic" not in message.lower()


def test_unknown_field_on_create_is_refused(database: Database, count: Count) -> None:
    with pytest.raises(InvalidInput, match="Unknown field: country"):
        create(database, name="Conectas", country="BR")
    assert count(Organization) == 0


# --- update ---------------------------------------------------------------------


def test_update_changes_only_the_given_fields(database: Database) -> None:
    organization_id = create(database, name="Conectas", country_code="BR", email="old@example.org")
    before = read(database, organization_id)

    with database.transaction() as session:
        organizations.update_organization(
            session=session,
            organization_id=organization_id,
            email="new@example.org",
            membership_status=MembershipStatus.observer,
        )

    after = read(database, organization_id)
    assert after.email == "new@example.org"
    assert after.membership_status == MembershipStatus.observer
    assert after.name == "Conectas"
    assert after.country_code == "BR"
    assert after.uuid == before.uuid
    assert after.created_at == before.created_at
    assert after.updated_at > before.updated_at


def test_update_can_make_an_organization_international(database: Database) -> None:
    organization_id = create(database, name="Amnesty International", country_code="GB")
    with database.transaction() as session:
        organizations.update_organization(
            session=session, organization_id=organization_id, country_code=None
        )
    assert read(database, organization_id).country_code is None


def test_update_replaces_tags_only_when_given(database: Database) -> None:
    organization_id = create(database, name="Kontras", tags=["Asia", "founding"])

    def current_tags() -> list[str]:
        with database.session() as session:
            return tags.organization_tags(session=session, organization_id=organization_id)

    with database.transaction() as session:
        organizations.update_organization(
            session=session, organization_id=organization_id, notes="Jakarta"
        )
    assert current_tags() == ["Asia", "founding"]

    with database.transaction() as session:
        organizations.update_organization(
            session=session, organization_id=organization_id, tags=["Indonesia"]
        )
    assert current_tags() == ["Indonesia"]

    with database.transaction() as session:
        organizations.update_organization(session=session, organization_id=organization_id, tags=[])
    assert current_tags() == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, "name"),
        ({"name": "  "}, "name"),
        ({"country_code": "XX"}, "XX is not a country code"),
        ({"address_country_code": "QQ"}, "QQ is not a country code"),
        ({"membership_status": "friend"}, "membership status"),
        ({"colour": "red"}, "Unknown field: colour"),
        ({"id": 5}, "Unknown field: id"),
        ({"uuid": "x"}, "Unknown field: uuid"),
    ],
)
def test_invalid_update_is_refused_and_the_record_is_unchanged(
    database: Database, changes: dict[str, Any], message: str
) -> None:
    organization_id = create(database, name="Freedom House", country_code="US", tags=["USA"])
    before = read(database, organization_id)

    with pytest.raises(InvalidInput, match=message), database.transaction() as session:
        organizations.update_organization(
            session=session, organization_id=organization_id, tags=["changed"], **changes
        )

    after = read(database, organization_id)
    assert fields(after) == fields(before)
    with database.session() as session:
        assert tags.organization_tags(session=session, organization_id=organization_id) == ["USA"]


def test_update_unknown_organization_raises_not_found(database: Database) -> None:
    with pytest.raises(NotFound), database.transaction() as session:
        organizations.update_organization(session=session, organization_id=42, name="X")


# --- search ---------------------------------------------------------------------


@pytest.fixture
def searchable(database: Database) -> Database:
    create(database, name="Human Rights Watch", email="hrwpress@hrw.org", notes="New York office")
    create(
        database,
        name="International Federation for Human Rights",
        acronym="FIDH",
        full_name="Fédération internationale pour les droits humains",
    )
    create(database, name="Citizens' Alliance for North Korean Human Rights",
           native_name="북한인권시민연합", country_code="KR")
    create(database, name="100% Human", notes="Percent sign in the name")
    create(database, name="Free_NK", notes="Underscore in the name")
    create(database, name="FreeXNK")
    create(database, name="Kontras", notes="Jakarta; partner of the 100 Days campaign")
    return database


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("human rights watch", ["Human Rights Watch"]),
        ("HUMAN RIGHTS WATCH", ["Human Rights Watch"]),
        ("fidh", ["International Federation for Human Rights"]),
        ("droits humains", ["International Federation for Human Rights"]),
        ("북한인권", ["Citizens' Alliance for North Korean Human Rights"]),
        ("인권", ["Citizens' Alliance for North Korean Human Rights"]),
        ("HRWPRESS@", ["Human Rights Watch"]),
        ("new york", ["Human Rights Watch"]),
        ("jakarta", ["Kontras"]),
        ("  Kontras  ", ["Kontras"]),
        ("citizens'", ["Citizens' Alliance for North Korean Human Rights"]),
        ("nobody", []),
    ],
)
def test_search_matches_every_searchable_column_ignoring_case(
    searchable: Database, text: str, expected: list[str]
) -> None:
    assert names(searchable, search=text) == expected


def test_search_takes_percent_and_underscore_literally(searchable: Database) -> None:
    assert names(searchable, search="100%") == ["100% Human"]
    assert names(searchable, search="%") == ["100% Human"]
    assert names(searchable, search="Free_NK") == ["Free_NK"]
    assert names(searchable, search="_") == ["Free_NK"]
    assert names(searchable, search="\\") == []
    create(searchable, name="Back\\slash Society")
    assert names(searchable, search="k\\s") == ["Back\\slash Society"]


def test_search_finds_non_ascii_capitals_typed_as_stored(database: Database) -> None:
    create(database, name="Мемориал", notes="Russian human rights society")
    create(database, name="Ärzte ohne Grenzen")
    create(database, name="Égalité Asie")
    assert names(database, search="Мемориал") == ["Мемориал"]
    assert names(database, search="Ärzte") == ["Ärzte ohne Grenzen"]
    assert names(database, search="ÄRZTE OHNE") == ["Ärzte ohne Grenzen"]
    assert names(database, search="Égalité") == ["Égalité Asie"]
    assert names(database, search="galité") == ["Égalité Asie"]


def test_search_folds_non_ascii_case(database: Database) -> None:
    create(database, name="Мемориал")
    create(database, name="Ärzte ohne Grenzen")
    assert names(database, search="мемориал") == ["Мемориал"]
    assert names(database, search="ärzte") == ["Ärzte ohne Grenzen"]


def test_blank_search_shows_everything(searchable: Database) -> None:
    assert len(names(searchable, search="   ")) == 7
    assert len(names(searchable, search="")) == 7


def test_count_agrees_with_the_list(searchable: Database) -> None:
    with searchable.session() as session:
        for text in ("human", "북한", "%", "zzz"):
            filters = OrganizationFilter(search=text)
            assert organizations.count_organizations(session=session, filters=filters) == len(
                organizations.list_organizations(session=session, filters=filters)
            )
        assert organizations.count_organizations(session=session) == 7


# --- filters and order ----------------------------------------------------------


@pytest.fixture
def varied(database: Database) -> Database:
    create(database, name="Free NK Gulag", country_code="KR", tags=["founding"])
    create(database, name="Daily NK", country_code="KR", kind="media",
           membership_status="non_member", tags=["founding"])
    create(database, name="Justice for North Korea", country_code="KR")
    create(database, name="Human Rights in Asia", country_code="JP", tags=["Founding"])
    create(database, name="Amnesty International", tags=["founding"])
    create(database, name="World Food Programme", kind="un_body", membership_status="non_member")
    return database


def test_country_filter(varied: Database) -> None:
    assert names(varied, country_code="KR") == [
        "Daily NK", "Free NK Gulag", "Justice for North Korea",
    ]


def test_international_filter_gives_only_organizations_without_country(varied: Database) -> None:
    assert names(varied, international=True) == ["Amnesty International", "World Food Programme"]
    assert names(varied, international=False) == [
        "Daily NK", "Free NK Gulag", "Human Rights in Asia", "Justice for North Korea",
    ]


def test_membership_and_kind_filters(varied: Database) -> None:
    assert names(varied, membership_status=MembershipStatus.non_member) == [
        "Daily NK", "World Food Programme",
    ]
    assert names(varied, kind=OrganizationKind.un_body) == ["World Food Programme"]


def test_tag_filter_ignores_case(varied: Database) -> None:
    assert names(varied, tag="FOUNDING") == [
        "Amnesty International", "Daily NK", "Free NK Gulag", "Human Rights in Asia",
    ]
    assert names(varied, tag="unknown tag") == []


def test_tag_filter_matches_non_ascii_tags_as_typed(database: Database) -> None:
    create(database, name="Ärzte ohne Grenzen", tags=["Équipe Europe"])
    create(database, name="Straßenkinder", tags=["Straße"])
    assert names(database, tag="Équipe Europe") == ["Ärzte ohne Grenzen"]
    assert names(database, tag=" Équipe  EUROPE ") == ["Ärzte ohne Grenzen"]
    assert names(database, tag="Straße") == ["Straßenkinder"]


def test_filters_combine(varied: Database) -> None:
    assert names(varied, country_code="KR", membership_status="member", tag="founding") == [
        "Free NK Gulag",
    ]
    assert names(varied, country_code="KR", search="korea") == ["Justice for North Korea"]
    assert names(varied, international=True, membership_status="member") == [
        "Amnesty International",
    ]
    assert names(varied, international=True, country_code="KR") == []
    with varied.session() as session:
        filters = OrganizationFilter(country_code="KR", tag="founding")
        assert organizations.count_organizations(session=session, filters=filters) == 2


def test_order_is_alphabetical_ignoring_case_and_uses_sort_name(database: Database) -> None:
    create(database, name="zeta network")
    create(database, name="Alpha Group")
    create(database, name="COMJAN",
           sort_name="Investigation Commission on Missing Japanese")
    create(database, name="beta circle")
    assert names(database) == ["Alpha Group", "beta circle", "COMJAN", "zeta network"]


def test_offset_and_limit_page_through_the_list(varied: Database) -> None:
    everything = names(varied)
    with varied.session() as session:
        page = organizations.list_organizations(session=session, offset=2, limit=3)
    assert [organization.name for organization in page] == everything[2:5]


# --- delete ---------------------------------------------------------------------


@pytest.fixture
def linked(database: Database) -> tuple[Database, int, int]:
    """An organization with two affiliations, a signature, a recipient and an activity."""
    target = create(database, name="Open Radio for North Korea", country_code="KR")
    other = create(database, name="Human Rights Watch")
    with database.transaction() as session:
        ha = contacts.create_contact(session=session, given_name="Tae Kyung", family_name="Ha")
        kim = contacts.create_contact(session=session, given_name="Jong-il", family_name="Kim")
        assert ha.id is not None and kim.id is not None
        contacts.add_affiliation(session=session, contact_id=ha.id, organization_id=target)
        contacts.add_affiliation(session=session, contact_id=kim.id, organization_id=target)
        contacts.add_affiliation(session=session, contact_id=ha.id, organization_id=other)
        letter = letters.create_letter(session=session, title="Launch letter")
        assert letter.id is not None
        letters.add_signature(session=session, letter_id=letter.id, organization_id=target)
        letters.add_signature(session=session, letter_id=letter.id, organization_id=other)
        letters.add_recipient(session=session, letter_id=letter.id, organization_id=target)
        letters.add_recipient(session=session, letter_id=letter.id, contact_id=kim.id)
        activities.create_activity(
            session=session, activity_date=date(2011, 9, 8), subject="Press release",
            organization_ids=[target, other],
        )
    return database, target, other


def test_organization_links_counts_what_deletion_would_remove(
    linked: tuple[Database, int, int],
) -> None:
    database, target, other = linked
    with database.session() as session:
        links = organizations.organization_links(session=session, organization_id=target)
        assert links == organizations.OrganizationLinks(
            affiliations=2, signatures=1, recipients=1, activities=1
        )
        assert links.total == 5
        other_links = organizations.organization_links(session=session, organization_id=other)
        assert other_links.total == 3


def test_delete_removes_the_organization_and_its_links(
    linked: tuple[Database, int, int], count: Count
) -> None:
    database, target, other = linked
    before = {model: count(model) for model in
              (Affiliation, Signature, Recipient, ActivityOrganization, Organization)}

    with database.transaction() as session:
        organizations.delete_organization(session=session, organization_id=target)

    assert count(Organization) == before[Organization] - 1
    assert count(Affiliation) == before[Affiliation] - 2
    assert count(Signature) == before[Signature] - 1
    assert count(Recipient) == before[Recipient] - 1
    assert count(ActivityOrganization) == before[ActivityOrganization] - 1
    with database.session() as session:
        with pytest.raises(NotFound):
            organizations.get_organization(session=session, organization_id=target)
        assert organizations.organization_links(
            session=session, organization_id=target
        ).total == 0
        # The other organization, the contacts, the letter and the activity remain.
        assert organizations.organization_links(
            session=session, organization_id=other
        ).total == 3
        assert contacts.count_contacts(session=session) == 2
        assert len(letters.list_letters(session=session)) == 1
        assert len(activities.list_activities(session=session)) == 1


def test_delete_removes_tag_links_but_keeps_the_tag(database: Database, count: Count) -> None:
    organization_id = create(database, name="No Fence", tags=["Japan"])
    with database.transaction() as session:
        organizations.delete_organization(session=session, organization_id=organization_id)
    assert count(OrganizationTag) == 0
    with database.session() as session:
        assert tags.list_tags(session=session) == ["Japan"]


def test_delete_unknown_organization_raises_not_found(database: Database) -> None:
    with pytest.raises(NotFound), database.transaction() as session:
        organizations.delete_organization(session=session, organization_id=7)


def test_sorting_by_each_column_both_ways(demo_database: Database) -> None:
    with demo_database.session() as session:
        for key in organizations.SORT_KEYS:
            up = organizations.list_organizations(session=session, sort=key)
            down = organizations.list_organizations(session=session, sort=key, descending=True)
            assert len(up) == len(down) == 39
        by_country = organizations.list_organizations(session=session, sort="country")
        # International organizations (no country) first, then by country name.
        assert by_country[0].country_code is None
        assert [o.country_code for o in by_country if o.country_code][:2] == ["BE", "BR"]
        page = organizations.list_organizations(session=session, offset=5, limit=3)
        everything = organizations.list_organizations(session=session)
        assert [o.id for o in page] == [o.id for o in everything[5:8]]
