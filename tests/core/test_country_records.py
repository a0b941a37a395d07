"""The Country table as the coordinator has adjusted it, aliases, and counts per country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from sqlmodel import SQLModel

from coalitiondesk.core.demo import load_demo_data
from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.geography import country_table as country_records
from coalitiondesk.core.geography.countries import iso_countries
from coalitiondesk.core.models import Country, CountryAlias
from coalitiondesk.core.records import contacts, organizations
from coalitiondesk.core.storage.db import Database, open_database

Count = Callable[[type[SQLModel]], int]


def resolve(database: Database, text: str) -> str | None:
    with database.session() as session:
        return country_records.resolve(session=session, text=text)


def test_new_database_holds_every_iso_country(database: Database, count: Count) -> None:
    assert count(Country) == 250 == len(iso_countries())  # ISO's 249 and Kosovo (XK)
    with database.session() as session:
        countries = country_records.list_countries(session=session)
    assert len({country.code for country in countries}) == 250
    assert [country.name for country in countries] == sorted(country.name for country in countries)


def test_korea_is_signed_rok(database: Database) -> None:
    with database.session() as session:
        korea = country_records.get_country(session=session, code="kr")
    assert korea.code == "KR"
    assert korea.name == "South Korea"
    assert korea.short_form == "ROK"
    assert korea.region == "Asia"
    assert korea.subregion == "Eastern Asia"


def test_get_unknown_country_raises_not_found(database: Database) -> None:
    with database.session() as session, pytest.raises(NotFound, match="No country with id XX"):
        country_records.get_country(session=session, code="XX")


def test_ensure_countries_adds_only_missing_and_keeps_edits(database: Database) -> None:
    with database.transaction() as session:
        assert country_records.ensure_countries(session=session) == 0
        country_records.update_country(session=session, code="NL", short_form="Holland")
        organizations.create_organization(session=session, name="Leiden University",
                                          country_code="NL")
    with database.transaction() as session:
        session.delete(session.get(Country, "AQ"))
    with database.transaction() as session:
        assert country_records.ensure_countries(session=session) == 1
    with database.session() as session:
        assert country_records.get_country(session=session, code="AQ").name == "Antarctica"
        assert country_records.get_country(session=session, code="NL").short_form == "Holland"


# --- editing countries ----------------------------------------------------------


def test_update_country_short_form_and_resolve_then_matches_it(database: Database) -> None:
    assert resolve(database, "Sth. Korea") is None
    with database.transaction() as session:
        country_records.update_country(session=session, code="KR", short_form="  Sth.  Korea ")
    with database.session() as session:
        assert country_records.get_country(session=session, code="KR").short_form == "Sth. Korea"
    assert resolve(database, "Sth. Korea") == "KR"
    assert resolve(database, "sth korea") == "KR"
    # The built-in names keep working.
    assert resolve(database, "ROK") == "KR"
    assert resolve(database, "Republic of Korea") == "KR"


def test_update_country_name_region_and_subregion(database: Database) -> None:
    with database.transaction() as session:
        country_records.update_country(
            session=session, code="TW", name="Taiwan (ROC)", region="Asia",
            subregion="East Asia",
        )
    with database.session() as session:
        taiwan = country_records.get_country(session=session, code="TW")
    assert (taiwan.name, taiwan.region, taiwan.subregion) == ("Taiwan (ROC)", "Asia", "East Asia")
    assert resolve(database, "Taiwan (ROC)") == "TW"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"region": "Asia", "alpha3": "KOR"}, "Cannot change a country's alpha3"),
        ({"official_name": "X"}, "Cannot change a country's official_name"),
        ({"short_form": "   "}, "A country's short form cannot be empty"),
        ({"name": None}, "A country's name cannot be empty"),
    ],
)
def test_invalid_country_update_is_refused(
    database: Database, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message), database.transaction() as session:
        country_records.update_country(session=session, code="KR", **changes)
    with database.session() as session:
        korea = country_records.get_country(session=session, code="KR")
    assert (korea.name, korea.short_form) == ("South Korea", "ROK")


# --- aliases --------------------------------------------------------------------


def test_alias_makes_resolve_find_the_country_and_survives_reopening(database: Database) -> None:
    assert resolve(database, "Hanguk") is None
    with database.transaction() as session:
        alias = country_records.add_alias(session=session, code="kr", alias="  Hanguk ")
    assert alias.alias == "Hanguk"
    assert alias.country_code == "KR"
    assert resolve(database, "Hanguk") == "KR"
    assert resolve(database, "HANGUK") == "KR"

    path = database.path
    assert path is not None
    database.close()
    reopened = open_database(path, create=False)
    try:
        assert resolve(reopened, "hanguk") == "KR"
        with reopened.session() as session:
            assert [a.alias for a in country_records.aliases_of(session=session, code="KR")] == [
                "Hanguk",
            ]
    finally:
        reopened.close()


def test_alias_that_already_means_another_country_is_refused(
    database: Database, count: Count
) -> None:
    with database.transaction() as session:
        country_records.add_alias(session=session, code="KR", alias="Hanguk")
    for alias, meaning in (("ROK", "KR"), ("Hanguk", "KR"), ("hanguk", "KR"), ("Japan", "JP")):
        with pytest.raises(InvalidInput, match=f"already means {meaning}"), \
                database.transaction() as session:
            country_records.add_alias(session=session, code="KP", alias=alias)
    assert count(CountryAlias) == 1
    assert resolve(database, "Hanguk") == "KR"


def test_alias_already_meaning_the_same_country_is_accepted(
    database: Database, count: Count
) -> None:
    with database.transaction() as session:
        first = country_records.add_alias(session=session, code="KR", alias="Hanguk")
    with database.transaction() as session:
        again = country_records.add_alias(session=session, code="KR", alias="HANGUK")
        builtin = country_records.add_alias(session=session, code="KR", alias="Korea")
    assert again.id == first.id
    assert builtin.country_code == "KR"
    assert count(CountryAlias) == 2


@pytest.mark.parametrize("alias", ["", "   ", "...", "''"])
def test_empty_alias_is_refused(database: Database, count: Count, alias: str) -> None:
    with pytest.raises(InvalidInput, match="An alias cannot be empty"), \
            database.transaction() as session:
        country_records.add_alias(session=session, code="KR", alias=alias)
    assert count(CountryAlias) == 0


def test_alias_for_unknown_country_raises_not_found(database: Database) -> None:
    with pytest.raises(NotFound), database.transaction() as session:
        country_records.add_alias(session=session, code="XX", alias="Nowhere")


def test_remove_alias(database: Database, count: Count) -> None:
    with database.transaction() as session:
        alias = country_records.add_alias(session=session, code="NL", alias="Nederland")
        assert alias.id is not None
    with database.transaction() as session:
        country_records.remove_alias(session=session, alias_id=alias.id)
    assert count(CountryAlias) == 0
    assert resolve(database, "Nederland") is None
    with pytest.raises(NotFound), database.transaction() as session:
        country_records.remove_alias(session=session, alias_id=alias.id)


def test_resolve_does_not_guess(database: Database) -> None:
    assert resolve(database, "Korea") == "KR"
    assert resolve(database, "DPRK") == "KP"
    assert resolve(database, "North Korea") == "KP"
    assert resolve(database, "Kore") is None
    assert resolve(database, "") is None


# --- counts ---------------------------------------------------------------------


def test_country_counts_on_the_demo(demo_database: Database) -> None:
    data = load_demo_data()
    members = Counter(item["country_code"] for item in data["organizations"]
                      if item["membership_status"] == "member" and item["country_code"])
    everyone = Counter(item["country_code"] for item in data["organizations"]
                       if item["country_code"])
    residents = Counter(item["address_country_code"] for item in data["contacts"]
                        if item.get("address_country_code"))

    with demo_database.session() as session:
        counts = country_records.country_counts(session=session)

    assert set(counts) == set(members) | set(everyone) | set(residents)
    for code, found in counts.items():
        assert found == country_records.CountryCounts(
            members=members[code], organizations=everyone[code], contacts=residents[code]
        ), code
    # Open Radio for North Korea and the other Seoul members; Daily NK is not a member.
    korean = [item["name"] for item in data["organizations"] if item["country_code"] == "KR"]
    assert "Open Radio for North Korea" in korean and "Daily NK" in korean
    assert counts["KR"].members == len(korean) - 1
    assert counts["KR"].organizations == len(korean)
    assert counts["NL"] == country_records.CountryCounts(members=0, organizations=1, contacts=1)
    assert counts["KP"] == country_records.CountryCounts(members=0, organizations=0, contacts=1)


def test_country_counts_leave_out_international_organizations(database: Database) -> None:
    with database.transaction() as session:
        organizations.create_organization(session=session, name="Amnesty International")
        organizations.create_organization(session=session, name="Conectas", country_code="BR",
                                          membership_status="former")
        contacts.create_contact(session=session, given_name="Nomad")
    with database.session() as session:
        counts = country_records.country_counts(session=session)
    assert counts == {"BR": country_records.CountryCounts(members=0, organizations=1, contacts=0)}
